import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { TeamsBoard } from './pages/TeamsBoard';
import { wordDocument } from '../unit/import/wordDocument';

/** The fixtures name Q3 2026; the fixed clock is in Q4 2026, the quarter the OKRs page opens on. */
const fixture = (name: string) => Buffer.from(readFileSync(new URL(`../fixtures/okr-documents/${name}`, import.meta.url), 'utf8').replaceAll('Q3 2026', 'Q4 2026'), 'utf8');

async function chooseDocument(page: Page, button: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(file);
}

/** Drops a file on the dialog as the desktop's file manager would. */
async function dropFile(target: Locator, name: string, bytes: number[]): Promise<void> {
  await target.evaluate(
    (element, file) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(file.bytes)], file.name));
      for (const type of ['dragenter', 'dragover', 'drop']) element.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name, bytes },
  );
}

async function screenshots(page: Page, dialog: Locator, primary: Locator, path: (name: string) => string, name: string): Promise<void> {
  for (const [width, height] of [[1440, 900], [1024, 700]] as const) {
    await page.setViewportSize({ width, height });
    await expect(primary).toBeInViewport();
    await page.screenshot({ path: path(`${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(dialog).toBeVisible();
}

async function objectiveOwners(page: Page, title: string): Promise<Locator> {
  const card = page.getByRole('list', { name: 'Objectives' }).getByRole('article', { name: title });
  await expect(card).toHaveCount(1);
  return card;
}

test.describe('A published quarter chosen as a file', () => {
  test('a Markdown export and a saved web page chosen in "Paste OKRs…" become objectives owned by their heading teams', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await board.open();
    await board.createTeam({ name: 'Payments' });
    await board.createTeam({ name: 'Growth squad' });

    await page.goto('/#/okrs');
    await page.getByRole('button', { name: 'Paste OKRs…' }).click();
    let dialog = page.getByRole('dialog', { name: 'Paste OKRs' });
    // A file dropped on the text box: an empty one is refused by name; a UTF-16 text outline (Notepad's "Unicode") is read.
    await dropFile(dialog.getByLabel('OKRs as text'), 'notes.txt', []);
    await expect(dialog.getByRole('alert')).toHaveText('notes.txt is empty (0 bytes): choose the file that holds the OKRs, or paste them.');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Qualité de service\r\n- Reduce first response time to 4 h\r\n', 'utf16le')]);
    await dropFile(dialog.getByLabel('OKRs as text'), 'service.txt', [...utf16]);
    await expect(dialog.getByLabel('OKRs as text')).toHaveValue('Qualité de service\n- Reduce first response time to 4 h\n');
    await expect(dialog.getByText(/^Read service\.txt \(plain text, UTF-16 LE/)).toBeVisible();
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    // Text typed into the box is never replaced by a file without asking: Cancel keeps it, Replace takes the file's.
    const markdown = { name: 'Q4 2026 OKRs.md', mimeType: 'text/markdown', buffer: fixture('notion-export.md') };
    const typed = 'Qualité de service\n- Reduce first response time to 4 h\n- Answer 90 % of tickets within a day\n';
    await dialog.getByLabel('OKRs as text').fill(typed);
    await chooseDocument(page, dialog.getByRole('button', { name: /^(or choose a|Choose another) file…$/ }), markdown);
    const replace = page.getByRole('alertdialog', { name: 'Replace the text you typed?' });
    await expect(replace).toBeVisible();
    await replace.getByRole('button', { name: 'Cancel' }).click();
    await expect(replace).toBeHidden();
    await expect(dialog.getByLabel('OKRs as text')).toHaveValue(typed);
    await expect(dialog.getByText('Kept the text you typed: the file’s text was not used.')).toBeVisible();
    await chooseDocument(page, dialog.getByRole('button', { name: /^(or choose a|Choose another) file…$/ }), markdown);
    await replace.getByRole('button', { name: 'Replace with the file’s text' }).click();
    await expect(replace).toBeHidden();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(/^Read Q4 2026 OKRs\.md \(Markdown, UTF-8\): 9 lines of text below/)).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'How the file was read' })).toContainText('front matter');
    await expect(dialog.getByLabel('OKRs as text')).toHaveValue(/^# Q4 2026 OKRs\n\n## Payments team\n/);
    const preview = dialog.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('heading')).toHaveText('Preview: 2 objectives, 4 key results, 0 check-ins from values now');
    await expect(preview.getByRole('listitem').filter({ hasText: 'Customers pay without friction' }).first()).toContainText('Customers pay without friction · Payments');
    await expect(preview.getByRole('listitem').filter({ hasText: 'More customers find us on their own' }).first()).toContainText('More customers find us on their own · Growth squad');
    await expect(dialog.getByLabel('Period')).toHaveValue('period:2026-Q4');
    const create = dialog.getByRole('button', { name: 'Create 2 objectives' });
    expect(await seriousA11yViolations(page), 'paste dialog with a file').toEqual([]);
    await screenshots(page, dialog, create, testInfo.outputPath.bind(testInfo), 'paste-markdown-file');
    await create.click();
    await expect(dialog).toBeHidden();
    await expect(await objectiveOwners(page, 'Customers pay without friction')).toContainText('Payments');
    await expect(await objectiveOwners(page, 'More customers find us on their own')).toContainText('Growth squad');

    // A page saved from the company handbook: its menu, sidebar, breadcrumbs and footer are no objectives.
    await page.getByRole('button', { name: 'Paste OKRs…' }).click();
    dialog = page.getByRole('dialog', { name: 'Paste OKRs' });
    const page2 = fixture('saved-handbook-page.html').toString('utf8').replaceAll('Customers pay without friction', 'Every payment succeeds').replaceAll('More customers find us on their own', 'Word of mouth brings customers');
    await chooseDocument(page, dialog.getByRole('button', { name: /^(or choose a|Choose another) file…$/ }), { name: 'Q4 2026 OKRs _ Acme Handbook.html', mimeType: 'text/html', buffer: Buffer.from(page2, 'utf8') });
    await expect(dialog.getByText(/^Read Q4 2026 OKRs _ Acme Handbook\.html \(web page \(HTML\), UTF-8\)/)).toBeVisible();
    await expect(dialog.getByLabel('OKRs as text')).not.toHaveValue(/Skip to main content|Privacy|Search|Home/);
    await expect(preview.getByRole('heading')).toHaveText('Preview: 2 objectives, 4 key results, 0 check-ins from values now');
    await expect(preview.getByRole('listitem').filter({ hasText: 'Every payment succeeds' }).first()).toContainText('Every payment succeeds · Payments');
    await dialog.getByRole('button', { name: 'Create 2 objectives' }).click();
    await expect(dialog).toBeHidden();
    await expect(await objectiveOwners(page, 'Every payment succeeds')).toContainText('Payments');
    await expect(await objectiveOwners(page, 'Word of mouth brings customers')).toContainText('Growth squad');
    await expect(page.getByRole('list', { name: 'Objectives' }).getByRole('article')).toHaveCount(4);
  });

  test('a Word document chosen in "Import OKRs…" opens the outline preview instead of a spreadsheet error; a PDF is refused by name', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await board.open();
    await board.createTeam({ name: 'Payments' });

    await page.goto('/#/okrs');
    await page.getByRole('button', { name: 'Import OKRs…' }).click();
    const spreadsheet = page.getByRole('dialog', { name: 'Import OKRs from a spreadsheet' });
    await chooseDocument(page, spreadsheet.getByRole('button', { name: 'Choose file…' }), { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n', 'latin1') });
    await expect(spreadsheet.getByRole('alert')).toHaveText(/^scan\.pdf is a PDF document, not a document Teamshape reads: open it, copy the OKRs and paste them/);

    const docx = wordDocument([
      { heading: 1, text: 'Q4 2026 OKRs' },
      { heading: 2, text: 'Payments' },
      { level: 0, text: 'Customers pay without friction' },
      { level: 1, text: 'Increase checkout conversion from 62 % to 70 %' },
      { level: 1, text: 'Reduce failed card payments to 1.5 %' },
    ]);
    await chooseDocument(page, spreadsheet.getByRole('button', { name: /^Choose (another )?file…$/ }), { name: 'Quarter plan.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx) });
    const dialog = page.getByRole('dialog', { name: 'Import OKRs from Quarter plan.docx' });
    await expect(dialog.getByText(/^Read Quarter plan\.docx \(Word document\): 5 lines of text below/)).toBeVisible();
    await expect(dialog.getByLabel('OKRs as text')).toHaveValue('# Q4 2026 OKRs\n## Payments\n1. Customers pay without friction\n    - Increase checkout conversion from 62 % to 70 %\n    - Reduce failed card payments to 1.5 %');
    const create = dialog.getByRole('button', { name: 'Create 1 objective' });
    await screenshots(page, dialog, create, testInfo.outputPath.bind(testInfo), 'import-word-document');
    await create.click();
    await expect(dialog).toBeHidden();
    await expect(await objectiveOwners(page, 'Customers pay without friction')).toContainText('Payments');
  });

  test('an outline under an unknown team heading: the team is created with its objective, and one undo removes both', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await board.open();
    await board.createTeam({ name: 'Payments' });

    await page.goto('/#/okrs');
    await page.getByRole('button', { name: 'Paste OKRs…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste OKRs' });
    await dialog.getByLabel('OKRs as text').fill('# Q4 2026 OKRs\n\n## Growth squad\n\nMore customers find us on their own\n- Increase organic sign-ups from 1200 to 2000 per month\n- Ship the referral programme by December\n\n## Brand\n\nPeople know our name\n- Increase aided brand awareness from 12 % to 20 %');
    const unknown = dialog.getByRole('group', { name: '2 teams named in the text are not in this workspace' });
    await expect(unknown).toBeVisible();
    const growth = unknown.getByLabel('“Growth squad” (line 5)');
    const brand = unknown.getByLabel('“Brand” (line 11)');
    // A heading that says "squad" is proposed for creation; a plain heading is left out until chosen.
    await expect(growth.locator('option:checked')).toHaveText('Create team “Growth squad”');
    await expect(brand.locator('option:checked')).toHaveText('Leave it out');
    await expect(dialog.getByRole('button', { name: 'Create 2 objectives and 1 team' })).toBeEnabled();
    await brand.selectOption({ label: 'Payments' });
    await growth.selectOption({ label: 'Create team “Growth squad”' });
    const preview = dialog.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('listitem').filter({ hasText: 'More customers find us on their own' }).first()).toContainText('More customers find us on their own · Growth squad (new)');
    await expect(preview.getByRole('listitem').filter({ hasText: 'People know our name' }).first()).toContainText('People know our name · Payments');
    const create = dialog.getByRole('button', { name: 'Create 2 objectives and 1 team' });
    expect(await seriousA11yViolations(page), 'unknown teams').toEqual([]);
    await screenshots(page, dialog, create, testInfo.outputPath.bind(testInfo), 'paste-unknown-team');
    // Nothing is written before the confirmation.
    await board.open();
    await expect(board.card('Growth squad')).toHaveCount(0);
    // The OKRs screen is kept while away: the paste left open is still there, with its text.
    await page.goto('/#/okrs');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('OKRs as text')).toHaveValue(/Growth squad/);
    await dialog.getByLabel('OKRs as text').fill('## Growth squad\n\nMore customers find us on their own\n- Increase organic sign-ups from 1200 to 2000 per month');
    await dialog.getByRole('button', { name: 'Create 1 objective and 1 team' }).click();
    await expect(dialog).toBeHidden();
    await expect(await objectiveOwners(page, 'More customers find us on their own')).toContainText('Growth squad');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' }).click();
    await expect(board.card('Growth squad')).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(board.card('Growth squad')).toHaveCount(0);
    await expect(board.card('Payments')).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'OKRs' }).click();
    await expect(page.getByRole('list', { name: 'Objectives' }).getByRole('article')).toHaveCount(0);
  });
});
