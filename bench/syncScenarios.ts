/**
 * Issue 21's sync figures, in Chromium against the real sync server on loopback:
 * (a) a fresh laptop joining a workspace of size L is usable (the board shows it) in < 10 s while
 *     saving to Dexie goes on with progress — beside the Yjs-only apply of the same documents and a
 *     raw Dexie write of the same records, measured in the same run;
 * (b) two laptops each make 500 edits offline (the same records on both: conflicts) and reconnect:
 *     both converge in < 5 s, every edit of both logs accounted for.
 */
import type { Browser, Page } from '@playwright/test';
import { SYNC_SERVER_MISSING, TestSyncServer } from '../tests/e2e/syncServer';
import { ratio, summarise } from './measure';
import type { BenchRow } from './report';
import { TODAY } from './scenarios';

/** The sync server's port for the benchmark (the end-to-end tests use 48150–48199). */
const PORT = Number(process.env.TEAMSHAPE_BENCH_SYNC_PORT ?? 48149);
const EDITS = 500;
/** L for the figures; a smaller size only to try the scenario out. */
const JOIN_SIZE = (process.env.TEAMSHAPE_BENCH_SYNC_SIZE ?? 'L') as 'S' | 'M' | 'L';

const verdict = (ok: boolean): 'meets' | 'misses' => (ok ? 'meets' : 'misses');

async function harness(page: Page): Promise<void> {
  await page.goto('/bench.html');
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
}

/** The harness page, loaded again once the test server's policy allows the sync server. */
async function connectedHarness(page: Page, origin: string): Promise<void> {
  await harness(page);
  if (!(await page.evaluate((o) => window.teamshapeBench.syncAllow(o), origin))) throw new Error('The test server did not allow the sync server.');
  await harness(page);
}

interface Config {
  socketOrigin: string;
  workspaceId: string;
  token: string;
}

function config(server: TestSyncServer, name: string): Config {
  const workspaceId = server.createWorkspace(name);
  return { socketOrigin: server.address, workspaceId, token: server.invite(workspaceId, 'editor') };
}

async function joinRows(browser: Browser, baseURL: string, server: TestSyncServer, runs: number): Promise<BenchRow[]> {
  const wire = config(server, 'Bench L');
  const first = await browser.newContext({ baseURL });
  const uploader = await first.newPage();
  await connectedHarness(uploader, wire.socketOrigin);
  const upload = await uploader.evaluate(async ([c, today, size]) => {
    const records = window.teamshapeBench.generate(size, today);
    const figures = await window.teamshapeBench.syncUpload(c, records);
    await window.teamshapeBench.clear();
    const rawMs = await window.teamshapeBench.loadRaw(records);
    return { ...figures, rawMs };
  }, [wire, TODAY, JOIN_SIZE] as const);
  await first.close();

  const usable: number[] = [];
  const saved: number[] = [];
  const problems: string[] = [];
  let progressShown = 0;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ baseURL });
    try {
      const page = await context.newPage();
      if (process.env.TEAMSHAPE_BENCH_DEBUG) page.on('console', (m) => console.log(`[joiner] ${m.type()}: ${m.text()}`));
      await harness(page);
      if (!(await page.evaluate((c) => window.teamshapeBench.syncPrepareJoin(c), wire))) throw new Error('The test server did not allow the sync server.');
      await page.goto('/#/teams');
      const shownAt = await page
        .waitForFunction(() => (document.querySelector('section[aria-label="Organisation health"]') ? performance.now() : false), null, { polling: 'raf', timeout: 180_000 })
        .catch(async (error: unknown) => {
          const status = await page.evaluate(() => document.querySelector('[aria-label="Sync status"]')?.textContent ?? 'no sync status');
          throw new Error(`The joined board never showed (sync status: ${status}): ${String(error)}`);
        });
      usable.push(Number(await shownAt.jsonValue()));
      const statusNow = await page.evaluate(() => document.querySelector('[aria-label="Sync status"]')?.textContent ?? '');
      if (/Saving to this laptop — [\d,]+ of [\d,]+ records/.test(statusNow)) progressShown++;
      // Saved: no "not all in Dexie yet" marker and every record there, read by a second page.
      const probe = await context.newPage();
      await harness(probe);
      const expected = upload.records;
      let stored = await probe.evaluate(() => window.teamshapeBench.syncStoredCounts());
      const savedBy = Date.now() + 300_000;
      while (stored.pending || Object.values(stored.counts).reduce((a, b) => a + b, 0) < expected) {
        if (Date.now() > savedBy) break;
        await probe.waitForTimeout(100);
        stored = await probe.evaluate(() => window.teamshapeBench.syncStoredCounts());
      }
      saved.push(await page.evaluate(() => performance.now()));
      if (stored.pending) problems.push(`run ${run + 1}: still marked as saving`);
      if (JOIN_SIZE === "L" && (stored.counts.checkIns! < 100_000 || stored.counts.teams! < 500 || stored.counts.people! < 5_000)) problems.push(`run ${run + 1}: ${JSON.stringify(stored.counts)}`);
    } finally {
      await context.close();
    }
  }
  const usableMs = summarise(usable);
  const savedMs = summarise(saved);
  const yjs = Math.round(upload.yjsApplyMs);
  const mb = (key: string) => ((upload.bytes[key] ?? 0) / 1e6).toFixed(1);
  const what = `${upload.records.toLocaleString('en-GB')} records; documents ${mb('workspace')} / ${mb('plan/plan:live')} / ${mb('checkins')} MB`;
  return [
    { figure: `sync join: first laptop uploads L (${what}) until the server acknowledges`, size: 'L', value: Math.round(upload.uploadMs), unit: 'ms' },
    { figure: 'sync join: Yjs-only apply of the same documents into fresh Y.Docs (same run)', size: 'L', value: yjs, unit: 'ms' },
    { figure: 'sync join: raw Dexie bulkPut of the same records (same run)', size: 'L', value: Math.round(upload.rawMs), unit: 'ms' },
    {
      figure: `sync join: fresh laptop, page load → board shows the 500 teams (saving goes on; progress shown in ${progressShown} of ${runs} runs${problems.length ? `; ${problems.join('; ')}` : ''})`,
      size: 'L',
      value: usableMs,
      unit: 'ms',
      target: '< 10000',
      verdict: verdict(usableMs.median < 10_000 && problems.length === 0),
    },
    { figure: 'sync join: usable / Yjs-only apply', size: 'L', value: ratio(usableMs, summarise([yjs])), unit: '×' },
    { figure: 'sync join: page load → every record saved in Dexie ("Synced")', size: 'L', value: savedMs, unit: 'ms' },
    { figure: 'sync join: saved / (Yjs-only apply + raw Dexie bulkPut)', size: 'L', value: ratio(savedMs, summarise([yjs + upload.rawMs])), unit: '×' },
  ];
}

async function offlineRows(browser: Browser, baseURL: string, server: TestSyncServer): Promise<BenchRow[]> {
  const wire = config(server, 'Bench offline');
  const first = await browser.newContext({ baseURL });
  const uploader = await first.newPage();
  await connectedHarness(uploader, wire.socketOrigin);
  await uploader.evaluate(async ([c, today]) => {
    await window.teamshapeBench.syncUpload(c, window.teamshapeBench.generate('S', today));
  }, [wire, TODAY] as const);
  await first.close();

  const contexts = [await browser.newContext({ baseURL }), await browser.newContext({ baseURL })];
  try {
    const laptops = await Promise.all(contexts.map((context) => context.newPage()));
    for (const page of laptops) {
      await connectedHarness(page, wire.socketOrigin);
      await page.evaluate((c) => window.teamshapeBench.syncLaptopStart(c), wire);
    }
    const converged = async () => {
      if (!(await Promise.all(laptops.map((page) => page.evaluate(() => window.teamshapeBench.syncLaptopSynced())))).every(Boolean)) return false;
      const [a, b] = await Promise.all(laptops.map((page) => page.evaluate(() => window.teamshapeBench.syncLaptopDigest())));
      return a === b;
    };
    const waitConverged = async (what: string) => {
      const deadline = Date.now() + 120_000;
      while (!(await converged())) {
        if (Date.now() > deadline) throw new Error(`The two laptops did not converge ${what} within 120 s.`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    await waitConverged('on the base workspace');
    for (const page of laptops) await page.evaluate(() => window.teamshapeBench.syncLaptopOffline());
    const editMs = await Promise.all(laptops.map((page, i) => page.evaluate(([side, n, today]) => window.teamshapeBench.syncLaptopEdit(side, n, today), [i === 0 ? 'A' : 'B', EDITS, TODAY] as const)));
    const waiting = await Promise.all(laptops.map((page) => page.evaluate(() => window.teamshapeBench.syncLaptopWaiting())));
    const started = Date.now();
    await Promise.all(laptops.map((page) => page.evaluate(() => window.teamshapeBench.syncLaptopOnline())));
    await waitConverged('after reconnecting');
    const convergeMs = Date.now() - started;
    const logs = await Promise.all(laptops.map((page) => page.evaluate(() => window.teamshapeBench.syncLaptopLog())));
    const problems = (await Promise.all(laptops.map((page) => page.evaluate((l) => window.teamshapeBench.syncLaptopAccountFor(l), logs)))).flat();
    const keysOf = (log: (typeof logs)[number]) => new Set(log.edits.map((e) => `${e.table}/${e.id}/${e.field}`));
    const [keysA, keysB] = [keysOf(logs[0]!), keysOf(logs[1]!)];
    const conflicts = [...keysA].filter((key) => keysB.has(key)).length;
    return [
      { figure: `sync offline: ${EDITS} edits per laptop through the app's write path, offline (updates waiting: ${waiting.map((w) => w.toLocaleString('en-GB')).join(' / ')})`, size: 'S', value: summarise(editMs), unit: 'ms' },
      {
        figure: `sync offline: two laptops reconnect → same workspace on both (${conflicts} fields edited on both sides; every edit of both logs accounted for${problems.length ? `: ${problems.length} NOT: ${problems.slice(0, 3).join('; ')}` : ''})`,
        size: 'S',
        value: convergeMs,
        unit: 'ms',
        target: '< 5000',
        verdict: verdict(convergeMs < 5000 && problems.length === 0),
      },
      { figure: 'sync offline: converge / time to make the edits on one laptop', size: 'S', value: ratio(summarise([convergeMs]), summarise(editMs)), unit: '×' },
    ];
  } finally {
    for (const context of contexts) await context.close();
  }
}

/** Every sync row; a row saying why when the server is not installed. */
export async function syncFigures(browser: Browser, baseURL: string, runs: number): Promise<BenchRow[]> {
  if (SYNC_SERVER_MISSING) return [{ figure: 'sync figures', size: 'L', value: SYNC_SERVER_MISSING, unit: '' }];
  const server = new TestSyncServer(PORT);
  await server.start();
  try {
    return [...(await joinRows(browser, baseURL, server, runs)), ...(await offlineRows(browser, baseURL, server))];
  } finally {
    await server.stop();
  }
}
