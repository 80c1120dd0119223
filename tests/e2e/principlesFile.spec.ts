import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

async function importFile(page: Page, name: string, content: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import principles…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content, 'utf8') });
}

test.describe('Principle sets as a file', () => {
  test.beforeEach(async ({ page }) => {
    // Headless Chromium has a save picker nobody can answer: the download path is the one tested.
    await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true, writable: true }));
  });

  test('exported, changed, imported back after a preview in one undoable step; a file of another version is refused and nothing changes', async ({ page }, testInfo) => {
    await page.setViewportSize(SIZES[0]!);
    await page.goto('/#/settings');
    const principles = page.getByRole('region', { name: 'Design principles per team type' });
    const platform = principles.getByRole('row', { name: /Platform/ });
    await expect(platform).toContainText('5 · 9 · 12');

    const download = page.waitForEvent('download');
    await principles.getByRole('button', { name: 'Export principles…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('teamshape-principles-2026-11-16.json');
    const path = testInfo.outputPath('principles.json');
    await file.saveAs(path);
    const text = readFileSync(path, 'utf8');
    const parsed = JSON.parse(text) as { format: string; version: number; sets: { key: string; roles: { role: string }[] | null }[] };
    expect(parsed.format).toBe('teamshape-principles');
    expect(parsed.version).toBe(1);
    expect(parsed.sets.find((s) => s.key === 'platform')?.roles?.map((r) => r.role)).toEqual(['Product owner', 'Developer', 'Architect']);
    await expect(principles.getByRole('status')).toContainText('teamshape-principles-2026-11-16.json');

    // Someone changes the platform rules here…
    await platform.getByRole('button', { name: 'Edit Platform principles' }).click();
    const form = page.getByRole('form', { name: 'Edit Platform principles' });
    await form.getByLabel('Warn below (people)').fill('3');
    await form.getByLabel('Services at most').fill('9');
    await form.getByRole('button', { name: 'Save principles' }).click();
    await expect(form).toBeHidden();
    await expect(platform).toContainText('3 · 9 · 12');

    // …and the shared file brings the organisation's rules back, after a preview.
    await importFile(page, 'principles.json', text);
    const preview = principles.getByRole('region', { name: 'Preview of principles.json' });
    await expect(preview.getByRole('heading')).toHaveText('Importing principles.json changes 1 of 5 principle sets:');
    await expect(preview).toContainText('Size: warn below 3 · warn above 9 · fail above 12 → warn below 5 · warn above 9 · fail above 12');
    await expect(preview).toContainText('Services at most: 9 → 5');
    await expect(preview).toBeFocused();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await principles.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`principles-preview-${size.width}.png`) });
    }
    await page.setViewportSize(SIZES[0]!);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await preview.getByRole('button', { name: 'Import these principles' }).click();
    await expect(principles.getByRole('status')).toHaveText('Imported the principles from principles.json: 1 set changed. Undo brings the previous ones back.');
    await expect(platform).toContainText('5 · 9 · 12');

    // One undo step takes the whole import back.
    await page.keyboard.press('Control+z');
    await expect(platform).toContainText('3 · 9 · 12');
    await page.keyboard.press('Control+Shift+z');
    await expect(platform).toContainText('5 · 9 · 12');

    // A file of another format version, a minimum above its maximum, an unknown role: said plainly, nothing changes.
    await importFile(page, 'future.json', JSON.stringify({ ...parsed, version: 2 }));
    const alert = principles.getByRole('alert');
    await expect(alert).toContainText('future.json was not imported; nothing changed:');
    await expect(alert).toContainText('This principles file has format version 2; this Teamshape reads version 1.');
    const broken = JSON.parse(text) as { sets: { key: string; roles: { role: string; min: number; max: number | null }[] | null }[] };
    broken.sets.find((s) => s.key === 'platform')!.roles![2] = { role: 'Architect', min: 3, max: 1 };
    broken.sets.find((s) => s.key === 'enabling')!.roles![0]!.role = 'Archtect';
    await importFile(page, 'broken.json', JSON.stringify(broken));
    await expect(alert).toContainText('In the Platform principles: the role "Architect" has a minimum of 3 above its maximum of 1.');
    await importFile(page, 'typo.json', JSON.stringify({ ...JSON.parse(text), sets: [broken.sets.find((s) => s.key === 'enabling')] }));
    await expect(alert).toContainText('there is no role “Archtect” in this workspace. Did you mean “Architect”?');
    await importFile(page, 'notes.json', '{"format": "teamshape-principles", ');
    await expect(alert).toContainText('The file is not valid JSON');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await principles.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`principles-refused-${size.width}.png`) });
    }
    await expect(platform).toContainText('5 · 9 · 12');
  });
});
