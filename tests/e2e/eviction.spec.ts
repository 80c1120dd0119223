import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserServer } from '../../scripts/static-server';
import { expect, seriousA11yViolations, test } from './fixtures';

/**
 * Browser mode as `npm start` serves it, with its note of the workspace in a file: a server of its
 * own here, because the shared test server keeps no note (every test starts with a fresh browser).
 */
let folder: string;
let server: Server;
let origin: string;
let markerFile: string;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function markerOnDisk(): Promise<{ hadData: boolean; teams: number } | null> {
  return readFile(markerFile, 'utf8').then((text) => JSON.parse(text), () => null);
}

test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'teamshape-eviction-'));
  markerFile = join(folder, 'workspace-marker.json');
  const port = await freePort();
  server = await startBrowserServer({ root: join(process.cwd(), 'dist', 'renderer'), port, markerFile });
  origin = `http://127.0.0.1:${port}`;
});
test.afterEach(async () => {
  await new Promise((done) => server.close(done));
  await rm(folder, { recursive: true, force: true });
});

test('after the browser clears the site’s data, the app says the workspace was there and where the backups are', async ({ page }, testInfo) => {
  await page.goto(`${origin}/#/teams`);
  await page.getByRole('button', { name: 'Load sample organisation' }).click();
  await expect(page.getByText(/^12 teams · \d+ people/)).toBeVisible();
  // The note is written outside the browser once the changes settle.
  await expect.poll(markerOnDisk, { timeout: 15_000 }).toMatchObject({ hadData: true, teams: 12 });

  // Everything the browser keeps for the site, as "Clear site data" does.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await page.reload();

  const notice = page.getByRole('alert').filter({ hasText: 'Your workspace is no longer in this browser.' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/it held 12 teams, \d+ people and \d+ objectives\./);
  await expect(notice).toContainText('The browser probably deleted it: site data was cleared');
  await expect(page.getByRole('button', { name: 'Load sample organisation' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('eviction-notice.png') });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: testInfo.outputPath('eviction-notice-1024.png') });

  await notice.getByRole('link', { name: 'Restore a backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await notice.getByRole('button', { name: 'Start afresh' }).click();
  await expect(notice).toBeHidden();
  await expect.poll(markerOnDisk).toMatchObject({ hadData: false, teams: 0 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByText('Your workspace is no longer in this browser.')).toHaveCount(0);
});
