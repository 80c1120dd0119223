import type { CDPSession, Page } from '@playwright/test';
import { settled, summarise, type Measurement } from './measure';

export type Size = 'S' | 'M' | 'L';
export const TODAY = '2026-11-16';

async function harness(page: Page): Promise<void> {
  await page.goto('/bench.html');
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
}

/** Empties the workspace and loads a generated organisation of `size` through the app's own path. */
export async function seed(page: Page, size: Size | 'empty'): Promise<Record<string, number>> {
  await harness(page);
  return page.evaluate(
    async ([s, today]) => {
      await window.teamshapeBench.clear();
      if (s === 'empty') return {};
      const records = window.teamshapeBench.generate(s as 'S' | 'M' | 'L', today);
      await window.teamshapeBench.loadViaApp(records);
      return window.teamshapeBench.counts(records);
    },
    [size, TODAY] as const,
  );
}

/** The app's import path against a raw Dexie bulkPut of the same rows, in the same page. */
export async function bulkLoad(page: Page, size: Size, runs: number): Promise<{ app: Measurement; raw: Measurement }> {
  await harness(page);
  const app: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [a, r] = await page.evaluate(
      async ([s, today]) => {
        const records = window.teamshapeBench.generate(s, today);
        await window.teamshapeBench.clear();
        const viaApp = await window.teamshapeBench.loadViaApp(records);
        await window.teamshapeBench.clear();
        const viaRaw = await window.teamshapeBench.loadRaw(records);
        return [viaApp, viaRaw];
      },
      [size, TODAY] as const,
    );
    app.push(a);
    raw.push(r);
  }
  return { app: summarise(app), raw: summarise(raw) };
}

/** Reloads a screen `runs` times: ms from navigation start to its ready mark. */
export async function openScreen(page: Page, hash: string, mark: string, runs: number): Promise<Measurement> {
  const times: number[] = [];
  await page.goto(`/${hash}`);
  for (let i = 0; i < runs; i++) {
    await page.reload();
    const handle = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, mark, { timeout: 60_000 });
    times.push(Number(await handle.jsonValue()));
  }
  return summarise(times);
}

/** Reading the live plan and computing every team's health once, in the page. */
export async function organisationHealth(page: Page, runs: number): Promise<{ total: Measurement; compute: Measurement }> {
  await harness(page);
  const total: number[] = [];
  const compute: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await page.evaluate(() => window.teamshapeBench.organisationHealth());
    total.push(result.readMs + result.computeMs);
    compute.push(result.computeMs);
  }
  return { total: summarise(total), compute: summarise(compute) };
}

/** Adding a member to a team until the over-allocation finding is on screen (the user's wait). */
export async function editLatency(page: Page): Promise<number> {
  await harness(page);
  const target = await page.evaluate(() => window.teamshapeBench.editTarget());
  await page.goto(`/#/teams/${target.teamId}`);
  await page.getByRole('heading', { level: 1, name: target.teamName }).waitFor();
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog', { name: `Add to ${target.teamName}` });
  await dialog.getByLabel('Find a person').fill(target.personName);
  await dialog.getByLabel('Person', { exact: true }).selectOption({ index: 0 });
  await dialog.getByLabel('Role').selectOption({ label: 'Security analyst' });
  await dialog.getByLabel('Allocation (%)').fill('100');
  await page.evaluate((name) => {
    const w = window as unknown as { clickAt?: number; seenAt?: Promise<number> };
    document.addEventListener('click', (e) => { if ((e.target as HTMLElement).closest('button')?.textContent === 'Add to team') w.clickAt = performance.now(); }, { capture: true, once: true });
    w.seenAt = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const findings = document.querySelector('[aria-label^="Health findings for"]');
        if (findings?.textContent?.includes(name) && findings.textContent.includes('Over-allocated')) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, target.personName);
  await dialog.getByRole('button', { name: 'Add to team' }).click();
  // Never wait for ever: a check-in that does not show within a minute fails the run with a reason.
  return page.evaluate(async () => {
    const w = window as unknown as { clickAt: number; seenAt: Promise<number> };
    const late = new Promise<number>((_, reject) => setTimeout(() => reject(new Error('The check-in did not show within 60 s.')), 60_000));
    return Math.round((await Promise.race([w.seenAt, late])) - w.clickAt);
  });
}

/** JS heap in use (MiB) after a garbage collection, on the screen currently open. */
export async function heapMiB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return Math.round((usedSize / 1024 / 1024) * 10) / 10;
}

/** The overview PDF of every team of the plan: print view render + Chromium printing (as printToPDF). */
export async function overviewPdf(page: Page, path: string): Promise<{ pages: number; renderMs: number; pdfMs: number }> {
  const query = new URLSearchParams({ plan: 'plan:live', paper: 'A4', orientation: 'landscape', overview: '1', teams: '0', title: 'All product teams', group: 'none' });
  const started = Date.now();
  await page.goto(`/#/print/chart?${query.toString()}`);
  const ready = await page.waitForFunction(
    () => {
      const { printStatus, printPages } = document.documentElement.dataset;
      return printStatus === 'ready' && printPages ? Number(printPages) : null;
    },
    null,
    { timeout: 120_000 },
  );
  const renderMs = Date.now() - started;
  const pages = Number(await ready.jsonValue());
  const printing = Date.now();
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  return { pages, renderMs, pdfMs: Date.now() - printing };
}

/** Recording a check-in until the key result's page shows the new current value (live query round trip). */
export async function checkInLatency(page: Page, value: number): Promise<number> {
  await harness(page);
  const target = await page.evaluate(() => window.teamshapeBench.checkInTarget('period:2026-Q4'));
  await page.evaluate(() => window.teamshapeBench.skipWhoAreYou());
  await page.goto(`/#/okrs/key-results/${target.keyResultId}`);
  const form = page.getByRole('form', { name: /check-in/i }).or(page.locator('form').filter({ has: page.getByRole('button', { name: 'Record check-in' }) }));
  await form.getByLabel(/^New value/).fill(String(value));
  await form.getByLabel('Confidence (0–10)').fill('7');
  await page.evaluate((expected) => {
    const w = window as unknown as { clickAt?: number; seenAt?: Promise<number> };
    document.addEventListener('click', (e) => { if ((e.target as HTMLElement).closest('button')?.textContent?.includes('Record check-in')) w.clickAt = performance.now(); }, { capture: true, once: true });
    w.seenAt = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('main')?.textContent?.includes(`Now ${expected}`)) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, `${value}`);
  await form.getByRole('button', { name: 'Record check-in' }).click();
  // Never wait for ever: a check-in that does not show within a minute fails the run with a reason.
  return page.evaluate(async () => {
    const w = window as unknown as { clickAt: number; seenAt: Promise<number> };
    const late = new Promise<number>((_, reject) => setTimeout(() => reject(new Error('The check-in did not show within 60 s.')), 60_000));
    return Math.round((await Promise.race([w.seenAt, late])) - w.clickAt);
  });
}

/** A cold start: a new page load until the whole workspace is in memory (ms from navigation start). */
export async function coldStart(page: Page, runs: number): Promise<Measurement> {
  const times: number[] = [];
  await page.goto('/#/settings');
  for (let i = 0; i < runs; i++) {
    await page.reload();
    const handle = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, 'teamshape:workspace-loaded', { timeout: 120_000 });
    times.push(Number(await handle.jsonValue()));
  }
  return summarise(times);
}

/** Raw Dexie reading every workspace table once, in the same page: the floor of a cold start. */
export async function readAllRaw(page: Page, runs: number): Promise<Measurement> {
  await harness(page);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await page.evaluate(() => window.teamshapeBench.readAllRaw()));
  return summarise(times);
}

/** One timed action repeated on a page made ready for it once: what the paired runs alternate (bench/paired.ts). */
export interface TimedStep {
  prepare(page: Page): Promise<void>;
  once(page: Page): Promise<number>;
}

/** Repeats a step `runs` times on one page. */
export async function repeat(page: Page, step: TimedStep, runs: number): Promise<Measurement> {
  await step.prepare(page);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await step.once(page));
  return summarise(times);
}

/**
 * In-app navigation with the workspace loaded: from Settings, a click on the screen's link until
 * its ready mark (a mark per visit). What a user waits for between screens.
 */
export function navigationStep(link: string, mark: string): TimedStep {
  return {
    async prepare(page) {
      await page.goto('/#/settings');
      await page.waitForFunction(() => performance.getEntriesByName('teamshape:workspace-loaded').length > 0, null, { timeout: 120_000 });
    },
    async once(page) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await settled(page);
      return page.evaluate(
        async ([name, readyMark]) => {
          const before = performance.getEntriesByName(readyMark!).length;
          const started = performance.now();
          const anchor = [...document.querySelectorAll('nav[aria-label="Main"] a')].find((a) => a.textContent === name) as HTMLElement;
          anchor.click();
          await new Promise<void>((resolve) => {
            const check = () => (performance.getEntriesByName(readyMark!).length > before ? resolve() : requestAnimationFrame(check));
            check();
          });
          const entries = performance.getEntriesByName(readyMark!);
          return entries[entries.length - 1]!.startTime - started;
        },
        [link, mark] as const,
      );
    },
  };
}

export function navigateTo(page: Page, link: string, mark: string, runs: number): Promise<Measurement> {
  return repeat(page, navigationStep(link, mark), runs);
}

/** Issue 14: back up and restore twice size L with notes, against a raw bulkPut of the same records (one run: ~2 min). */
export async function backupRoundTrip(page: Page): Promise<{ backupMs: number; backupBytes: number; restoreMs: number; rawMs: number; records: number; progressEvents: number }> {
  await harness(page);
  await page.evaluate(() => window.teamshapeBench.clear());
  return page.evaluate((today) => window.teamshapeBench.backupRoundTrip(today), TODAY);
}

/** Issue 18: copying the live plan into a draft, and comparing the two plans, at the seeded size. */
export async function scenarioCopyAndCompare(page: Page, runs: number): Promise<{ copy: Measurement; compare: Measurement }> {
  await harness(page);
  const copy: number[] = [];
  const compare: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await page.evaluate((name) => window.teamshapeBench.scenarioCopyAndCompare(name), `Bench draft ${i + 1}`);
    copy.push(result.copyMs);
    compare.push(result.compareMs);
  }
  return { copy: summarise(copy), compare: summarise(compare) };
}
