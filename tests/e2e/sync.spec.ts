import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TeamsBoard } from './pages/TeamsBoard';
import { BackupSettings } from './pages/BackupSettings';
import { Scenarios } from './pages/Scenarios';
import { SYNC_SERVER_MISSING, TestSyncServer } from './syncServer';

/** The test ports given to this suite: 48150–48199. */
const PORT = Number(process.env.TEAMSHAPE_SYNC_E2E_PORT ?? 48150);

// Sync needs the real clock (reconnect timers), and a server killed on purpose makes Chromium log
// its failed WebSocket connections.
test.use({ clockTime: null, expectedConsoleErrors: [/WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/' failed/] });
test.describe.configure({ mode: 'serial' });

/** Headless Chromium offers a save picker nobody can answer: without it the app downloads, which the test can catch. */
const noSavePicker = (page: Page) => page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true, writable: true }));

let server: TestSyncServer;
let workspaceId: string;

test.beforeAll(async () => {
  test.skip(SYNC_SERVER_MISSING !== null, SYNC_SERVER_MISSING ?? '');
  server = new TestSyncServer(PORT);
  await server.start();
  workspaceId = server.createWorkspace('Acme product teams');
});

test.afterAll(async () => {
  await server?.stop();
});

async function connect(page: Page, token: string): Promise<void> {
  await page.goto('/#/settings');
  const form = page.getByRole('form', { name: 'Connect to a sync server' });
  await form.getByLabel('Server address').fill(server.address);
  await form.getByLabel('Workspace ID').fill(workspaceId);
  await form.getByLabel('Invitation token').fill(token);
  await form.getByRole('button', { name: 'Connect' }).click();
}

function syncStatus(page: Page) {
  return page.getByRole('status', { name: 'Sync status' });
}

/** A second laptop: its own browser context (its own storage), with the same console checks. */
async function secondLaptop(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/WebSocket connection to/.test(message.text())) problems.push(message.text());
  });
  return { page, problems };
}

test('two laptops sync through the real server: edits appear without a reload, offline changes wait and are sent', async ({ page, browser }) => {
  const a = new TeamsBoard(page);
  await connect(page, server.invite(workspaceId, 'editor'));
  await expect(syncStatus(page)).toContainText('Synced');
  await a.open();
  await a.createTeam({ name: 'Payments Platform', mission: 'Customers pay in seconds.' });

  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
  try {
    const { page: pageB, problems } = await secondLaptop(other);
    const b = new TeamsBoard(pageB);
    await connect(pageB, server.invite(workspaceId, 'editor'));
    await expect(syncStatus(pageB)).toContainText('Synced');
    await b.open();
    await expect(b.card('Payments Platform')).toBeVisible();

    // An edit on one laptop appears on the other without a reload.
    await b.renameTeam('Payments Platform', 'Payments & Billing');
    await expect(a.card('Payments & Billing')).toBeVisible();

    // Who else is here, and the team's field history with both laptops' changes.
    await b.card('Payments & Billing').getByRole('link', { name: 'Payments & Billing' }).click();
    await a.card('Payments & Billing').getByRole('link', { name: 'Payments & Billing' }).click();
    await expect(page.getByRole('status', { name: 'Also here' })).toContainText('Also here: Someone (not yet said who)');
    await page.getByText(/^Change history/).click();
    await expect(page.getByRole('list', { name: 'Change history' })).toContainText('Name: “Payments & Billing”');
    await a.open();
    await b.open();

    // The server goes away: work goes on, changes wait, and are sent when it is back.
    await server.kill();
    await expect(syncStatus(page)).toContainText('Offline');
    await a.createTeam({ name: 'Checkout' });
    await expect(syncStatus(page)).toContainText(/Offline — \d+ changes? waiting/);
    await server.start();
    await expect(syncStatus(page)).toContainText('Synced', { timeout: 45_000 });
    await expect(b.card('Checkout')).toBeVisible({ timeout: 20_000 });
    expect(problems).toEqual([]);
  } finally {
    await other.close();
  }
});

test('a read-only viewer sees the workspace; a revoked token is explained in plain words', async ({ page }) => {
  const board = new TeamsBoard(page);
  await connect(page, server.invite(workspaceId, 'viewer'));
  await expect(syncStatus(page)).toContainText('Synced (read-only)');
  await board.open();
  await expect(board.card('Payments & Billing')).toBeVisible();
  server.admin('revoke', listTokenOfViewer());
  await expect(syncStatus(page)).toContainText('token refused', { timeout: 45_000 });
  await expect(page.getByText('Your administrator revoked this invitation token.')).toBeVisible();
  // A viewer may still sketch on their own laptop: the change is saved here (it once failed with
  // "Transaction committed too early": the sync status was worked out inside the change's transaction).
  await board.createTeam({ name: 'Viewer sketch' });
  await expect(page.getByRole('status').filter({ hasText: 'Saved: Create team “Viewer sketch”.' })).toBeVisible();
  await expect(board.card('Viewer sketch')).toBeVisible();
  await expect(syncStatus(page)).toContainText('token refused');
});

function listTokenOfViewer(): string {
  const listing = JSON.parse(server.admin('list', '--json')) as { workspaces: Array<{ tokens: Array<{ id: string; role: string; state: string }> }> };
  const viewer = listing.workspaces.flatMap((w) => w.tokens).find((t) => t.role === 'viewer' && t.state === 'active');
  if (!viewer) throw new Error('no active viewer token');
  return viewer.id;
}

async function laptopB(browser: Browser): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
  const { page, problems } = await secondLaptop(context);
  return { context, page, problems };
}

function syncSection(page: Page) {
  return page.getByRole('region', { name: 'Sync between laptops' });
}

test('a draft stays on its laptop until its author shares it; then the other laptop has it', async ({ page, browser }) => {
  const scenarios = new Scenarios(page);
  await connect(page, server.invite(workspaceId, 'editor'));
  await expect(syncStatus(page)).toContainText('Synced');
  await page.goto('/#/teams');
  await scenarios.createDraft('Reorg 2027');
  await expect(scenarios.banner).toContainText('Private to this laptop');

  const b = await laptopB(browser);
  try {
    await connect(b.page, server.invite(workspaceId, 'editor'));
    await expect(syncStatus(b.page)).toContainText('Synced');
    await b.page.goto('/#/plans');
    const drafts = b.page.getByRole('table', { name: 'Drafts' });
    await expect(b.page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
    // The draft is not there — give sync a moment to prove it stays away.
    await expect(syncStatus(page)).toContainText('Synced');
    await b.page.waitForTimeout(1500);
    await expect(b.page.getByText('Reorg 2027')).toHaveCount(0);

    await scenarios.banner.getByRole('button', { name: 'Share this draft…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Share this draft?' });
    await expect(confirm).toContainText('Every laptop of this sync workspace will get the draft Reorg 2027');
    await confirm.getByRole('button', { name: 'Share draft' }).click();
    await expect(scenarios.banner).toContainText('Shared with the workspace');
    await expect(scenarios.banner).toContainText('The draft “Reorg 2027” is shared');
    await expect(drafts.getByRole('link', { name: 'Reorg 2027', exact: true })).toBeVisible({ timeout: 20_000 });
    expect(b.problems).toEqual([]);
  } finally {
    await b.context.close();
  }
});

test('disconnect keeps this laptop’s data and stops sync; reset takes the server’s copy after a backup', async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  await noSavePicker(page);
  const board = new TeamsBoard(page);
  await connect(page, server.invite(workspaceId, 'editor'));
  await expect(syncStatus(page)).toContainText('Synced');
  await board.open();
  await board.createTeam({ name: 'Growth Loops' });
  await expect(syncStatus(page)).toContainText('Synced');

  // Disconnect: the data stays, the frame no longer shows a sync status, Settings says sync is off.
  await page.goto('/#/settings');
  await syncSection(page).getByRole('button', { name: 'Disconnect this laptop' }).click();
  await page.getByRole('alertdialog', { name: 'Disconnect this laptop?' }).getByRole('button', { name: 'Disconnect' }).click();
  await expect(syncSection(page).getByRole('status')).toHaveText('This laptop no longer syncs. Your workspace stays here as it is.');
  await expect(syncSection(page).getByText('Sync is off.')).toBeVisible();
  await expect(syncStatus(page)).toHaveCount(0);
  const b = await laptopB(browser);
  try {
    await connect(b.page, server.invite(workspaceId, 'editor'));
    await expect(syncStatus(b.page)).toContainText('Synced');
    const boardB = new TeamsBoard(b.page);
    await boardB.open();
    await expect(await boardB.findCard('Growth Loops')).toBeVisible();
    await boardB.createTeam({ name: 'Made while A was away' });
    await expect(syncStatus(b.page)).toContainText('Synced');
    await board.open();
    await expect(await board.findCard('Growth Loops')).toBeVisible();
    await page.waitForTimeout(1500);
    await expect(await board.findCard('Made while A was away')).toHaveCount(0);

    // Reconnect, go offline, make a change the server never sees, then reset from the server.
    await connect(page, server.invite(workspaceId, 'editor'));
    await expect(syncStatus(page)).toContainText('Synced');
    await server.kill();
    await expect(syncStatus(page)).toContainText('Offline');
    await board.open();
    await board.createTeam({ name: 'Only on laptop A' });
    await expect(syncStatus(page)).toContainText(/Offline — \d+ changes? waiting/);
    await server.start();
    await expect(syncStatus(page)).toContainText('Synced', { timeout: 45_000 });
    await server.kill();
    await expect(syncStatus(page)).toContainText('Offline');
    await board.createTeam({ name: 'Never sent' });
    await page.goto('/#/settings');
    const download = page.waitForEvent('download');
    await syncSection(page).getByRole('button', { name: 'Reset from the server…' }).click();
    await page.getByRole('alertdialog', { name: 'Reset this laptop from the server?' }).getByRole('button', { name: 'Back up, then reset' }).click();
    await (await download).saveAs(testInfo.outputPath('before-reset.teamshape.gz'));
    await expect(syncSection(page).getByRole('status')).toContainText('This laptop now takes the workspace from the server.');
    await server.start();
    await expect(syncStatus(page)).toContainText('Synced', { timeout: 45_000 });
    await board.open();
    await expect(await board.findCard('Made while A was away')).toBeVisible({ timeout: 20_000 });
    await expect(await board.findCard('Only on laptop A')).toBeVisible();
    await expect(await board.findCard('Never sent')).toHaveCount(0);
    expect(b.problems).toEqual([]);
  } finally {
    await b.context.close();
  }
});

test('a restore on a synced laptop says what happens to sync, and stops sync there without sending anything', async ({ page }, testInfo) => {
  await noSavePicker(page);
  const board = new TeamsBoard(page);
  const backup = new BackupSettings(page);
  await connect(page, server.invite(workspaceId, 'editor'));
  await expect(syncStatus(page)).toContainText('Synced');
  await page.goto('/#/settings');
  const file = testInfo.outputPath('synced.teamshape.gz');
  await backup.backUpTo(file);
  await board.open();
  await board.createTeam({ name: 'After the backup' });
  await expect(syncStatus(page)).toContainText('Synced');
  await backup.open();
  await backup.chooseMode('Replace');
  await backup.pickFile(file);
  await expect(backup.confirmDialog()).toContainText(`This laptop syncs with 127.0.0.1:${PORT}. The restore changes this laptop only: syncing stops here`);
  await backup.confirmRestore('Replace workspace');
  await expect(page.getByText('Sync is off on this laptop now (the restored workspace is yours alone)')).toBeVisible();
  await expect(syncSection(page).getByText('Sync is off.')).toBeVisible();
  await expect(syncStatus(page)).toHaveCount(0);
  // Undo restore: back to the workspace that syncs, with the team made after the backup.
  await backup.undoRestore();
  await expect(syncStatus(page)).toContainText('Synced', { timeout: 45_000 });
  await board.open();
  await expect(await board.findCard('After the backup')).toBeVisible();
});
