import { readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { expect, seriousA11yViolations, test } from './fixtures';
import { BackupSettings } from './pages/BackupSettings';
import { TeamsBoard } from './pages/TeamsBoard';

/**
 * A backup as "Back up now" writes it (format 3: gzip, an envelope line, then one record per line),
 * turned into the format-2 JSON text a test can edit: the app still restores that older format.
 */
async function backupAsJson(path: string) {
  const [envelope, ...records] = gunzipSync(await readFile(path)).toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const tables: Record<string, Record<string, unknown>[]> = Object.fromEntries(Object.keys(envelope.counts).map((table) => [table, []]));
  for (const { t, r } of records) tables[t]!.push(r);
  return { format: envelope.format, formatVersion: 2, app: envelope.app, exportedAt: envelope.exportedAt, tables };
}

async function loadSample(board: TeamsBoard): Promise<void> {
  await board.open();
  await board.page.getByRole('button', { name: 'Load sample organisation' }).click();
  await expect(teamCount(board, 12)).toBeVisible();
}

/** The board's summary line ("12 teams · 95 people"): the board itself only renders the cards in view. */
function teamCount(board: TeamsBoard, teams: number) {
  return board.page.getByText(new RegExp(`^${teams} teams · \\d+ people`));
}

test.describe('Backup and restore', () => {
  // Headless Chromium cannot answer the File System Access save picker, so "Back up now" takes the
  // fallback every other browser takes: a download (the picker path has component tests).
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true, writable: true });
    });
  });

  test('back up, delete a team, restore: the team is back; Undo restore takes it away again', async ({ page }, testInfo) => {
    const board = new TeamsBoard(page);
    const settings = new BackupSettings(page);
    await loadSample(board);
    await settings.open();
    const backupPath = testInfo.outputPath('teamshape-backup.teamshape.gz');
    const backup = await settings.backUpTo(backupPath);
    expect(backup.suggestedFilename()).toBe('teamshape-backup-2026-11-16.teamshape.gz');

    await board.open();
    await board.deleteTeam('Payments Platform');
    await expect(teamCount(board, 11)).toBeVisible();

    await settings.open();
    await settings.chooseMode('Replace');
    await settings.pickFile(backupPath);
    const dialog = settings.confirmDialog();
    await expect(dialog).toHaveAccessibleName('Replace your workspace with this backup?');
    await expect(dialog).toContainText('teamshape-backup.teamshape.gz has 12 teams');
    await expect(dialog).toContainText('Your workspace as it is now is kept, unchanged, for 7 days: “Undo restore” in Settings brings it back.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('restore-confirm.png') });

    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await settings.confirmRestore('Replace workspace');
    await expect(settings.status).toContainText('Restored teamshape-backup.teamshape.gz: 12 teams');
    await expect(settings.status).toContainText('Your workspace from before is kept for 7 days: “Undo restore” below brings it back.');
    expect(downloads).toEqual([]); // nothing depends on a download the page cannot check
    await expect(settings.snapshots()).toContainText('Before restoring teamshape-backup.teamshape.gz');
    await expect(settings.snapshots()).toContainText(/11 teams, \d+ people/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await settings.section.screenshot({ path: testInfo.outputPath('restore-done.png') });

    await board.open();
    await expect(teamCount(board, 12)).toBeVisible();
    await expect(board.card('Payments Platform')).toBeVisible();

    await settings.open();
    await settings.undoRestore();
    await expect(settings.status).toContainText(/^Your workspace is back as it was on .+: 11 teams/);
    await board.open();
    await expect(teamCount(board, 11)).toBeVisible();
  });

  test('a restore reloads every open window onto the restored workspace', async ({ page, context }, testInfo) => {
    const board = new TeamsBoard(page);
    const settings = new BackupSettings(page);
    await loadSample(board);
    await settings.open();
    const backupPath = testInfo.outputPath('teamshape-backup.teamshape.gz');
    await settings.backUpTo(backupPath);
    await board.open();
    await board.deleteTeam('Payments Platform');

    const other = await context.newPage();
    const otherBoard = new TeamsBoard(other);
    await otherBoard.open();
    await expect(teamCount(otherBoard, 11)).toBeVisible();

    await settings.open();
    await settings.pickFile(backupPath);
    const otherReloaded = other.waitForEvent('load');
    await settings.confirmRestore('Replace workspace');
    await otherReloaded;
    await expect(teamCount(otherBoard, 12)).toBeVisible();
    await other.close();
  });

  test('a restore that would not fit beside the current workspace is refused with the sizes, and nothing changes', async ({ page }, testInfo) => {
    await page.addInitScript(() => {
      const storage = navigator.storage;
      Object.defineProperty(storage, 'estimate', { value: async () => ({ usage: 5_000_000, quota: 5_020_000 }), configurable: true });
    });
    const board = new TeamsBoard(page);
    const settings = new BackupSettings(page);
    await loadSample(board);
    await settings.open();
    const backupPath = testInfo.outputPath('teamshape-backup.teamshape.gz');
    await settings.backUpTo(backupPath);
    await board.open();
    await board.deleteTeam('Payments Platform');

    await settings.open();
    await settings.pickFile(backupPath);
    await settings.confirmDialog().getByRole('button', { name: 'Replace workspace' }).click();
    await expect(settings.problems).toContainText('teamshape-backup.teamshape.gz was not restored. Nothing was changed.');
    await expect(settings.problems).toContainText(/Not enough storage to restore safely: the restored workspace needs about [\d.,]+ (KiB|MiB), and this browser lets Teamshape use 20 KiB more\./);
    await board.open();
    await expect(teamCount(board, 11)).toBeVisible();
  });

  test('a broken file is refused with its problems listed, and nothing changes', async ({ page }, testInfo) => {
    const board = new TeamsBoard(page);
    const settings = new BackupSettings(page);
    await loadSample(board);
    await settings.open();
    const beforePath = testInfo.outputPath('before.teamshape.gz');
    await settings.backUpTo(beforePath);
    const good = await backupAsJson(beforePath);

    const broken = structuredClone(good);
    delete broken.tables.teams![0]!.name;
    broken.tables.memberships![0]!.teamId = 'team-that-does-not-exist';
    await settings.pickFile({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect(settings.problems).toContainText('broken.json cannot be restored. Nothing was changed.');
    await expect(settings.problems.getByRole('listitem')).toContainText(['teams[0].name: required']);
    await expect(settings.confirmDialog()).toHaveCount(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await settings.section.screenshot({ path: testInfo.outputPath('backup-section-problems.png') });

    await settings.pickFile({ name: 'cut-off.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good).slice(0, 5000)) });
    await expect(settings.problems).toContainText('cut-off.json cannot be restored. Nothing was changed.');
    await expect(settings.problems).toContainText('The file is not valid JSON; it may be cut off or damaged');

    await settings.pickFile({ name: 'dangling.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...good, tables: { ...good.tables, teams: good.tables.teams!.slice(1) } })) });
    await expect(settings.problems.getByRole('listitem').first()).toContainText(/^memberships\[\d+\]\.teamId: team ".+" is not in the backup$/);

    const hostile = JSON.stringify(good).replace('"tables":{', '"tables":{"__proto__":{"polluted":true},');
    await settings.pickFile({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
    await expect(settings.problems).toContainText('tables: forbidden key "__proto__"');
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();

    // Byte for byte the same workspace: the clock is fixed, so a new backup is the same file.
    const afterPath = testInfo.outputPath('after.teamshape.gz');
    await settings.backUpTo(afterPath);
    expect(Buffer.compare(await readFile(afterPath), await readFile(beforePath))).toBe(0);
  });

  test('merge keeps changes made since the backup and brings back what only the backup has', async ({ page }, testInfo) => {
    const board = new TeamsBoard(page);
    const settings = new BackupSettings(page);
    await loadSample(board);
    await settings.open();
    const backupPath = testInfo.outputPath('backup.json');
    await settings.backUpTo(testInfo.outputPath('backup.teamshape.gz'));
    // A team only the backup knows about: edit the file as another laptop's workspace would have it.
    const file = await backupAsJson(testInfo.outputPath('backup.teamshape.gz'));
    const template = file.tables.teams!.find((t) => t.planId === 'plan:live');
    file.tables.teams!.push({ ...template, id: 'team-from-the-other-laptop', name: 'Field Sales App', championId: null });
    await writeFile(backupPath, JSON.stringify(file));

    await board.open();
    await board.createTeam({ name: 'Made After The Backup' });

    await settings.open();
    await settings.chooseMode('Merge');
    await settings.pickFile(backupPath);
    await expect(settings.confirmDialog()).toHaveAccessibleName('Merge this backup into your workspace?');
    await settings.confirmRestore('Merge backup');
    await expect(settings.status).toContainText('Merged backup.json: 1 item added');

    await board.open();
    await expect(board.card('Field Sales App')).toBeVisible();
    await expect(board.card('Made After The Backup')).toBeVisible();
  });

  test('spreadsheet exports are UTF-8 CSV with a header row', async ({ page }, testInfo) => {
    const board = new TeamsBoard(page);
    await loadSample(board);
    await new BackupSettings(page).open();
    const exports = page.getByRole('region', { name: 'Export to a spreadsheet' });
    const expected: [string, string][] = [
      ['People and teams (CSV)', 'Name,Email,Title,Department,Department kind,Team,Role,Allocation %,Total allocation %'],
      ['OKRs and latest check-ins (CSV)', 'Period,Period start,Period end,Objective,'],
      ['All check-ins (CSV)', 'Date,Period,Objective,Key result,Value,Unit,Confidence,Note,Author,Recorded at'],
    ];
    for (const [button, header] of expected) {
      const download = page.waitForEvent('download');
      await exports.getByRole('button', { name: button }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^teamshape-[a-z-]+-2026-11-16\.csv$/);
      const bytes = await readFile(await file.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      expect(text.startsWith(header)).toBe(true);
      expect(text.split('\r\n').length).toBeGreaterThan(5);
    }
    await expect(exports.getByRole('status')).toContainText(/^Your browser was asked to download teamshape-check-ins-2026-11-16\.csv\. Check it is in your Downloads folder/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await exports.screenshot({ path: testInfo.outputPath('settings-csv-exports.png') });
    const safety = page.getByRole('region', { name: 'Data safety' });
    await expect(safety).toContainText(/kept even when disk space runs low|has not promised to keep your data/);
    await safety.screenshot({ path: testInfo.outputPath('settings-data-safety.png') });
  });
});
