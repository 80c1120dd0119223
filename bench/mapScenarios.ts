import type { Page } from '@playwright/test';
import { ratio, summarise, type Measurement } from './measure';
import type { BenchRow } from './report';
import { TODAY } from './scenarios';

export const MAP_LINK = 'Collaboration map';
export const MAP_MARK = 'teamshape:collaboration-map-ready';

/** Empties the workspace and loads a generated organisation with groups and interactions through the app's own path. */
export async function seedDesigned(page: Page, size: 'S' | 'M' | 'L', design: { groups: number; interactions: number }): Promise<Record<string, number>> {
  await page.goto('/bench.html');
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  return page.evaluate(
    async ([s, today, d]) => {
      await window.teamshapeBench.clear();
      const records = window.teamshapeBench.generateDesigned(s, today, d);
      await window.teamshapeBench.loadViaApp(records);
      return window.teamshapeBench.counts(records);
    },
    [size, TODAY, design] as const,
  );
}

/**
 * Issue 20: the collaboration map by in-app navigation (from Settings, a click on its link) until
 * its ready mark — data read, graph built, laid out by elkjs in the worker, drawn — and the
 * longest main-thread task meanwhile (PerformanceObserver "longtask": tasks over 50 ms; 0 when none).
 */
export async function mapOpen(page: Page, runs: number, around?: { before?: (run: number) => Promise<void>; after?: (run: number) => Promise<void> }): Promise<{ open: Measurement; longestTask: Measurement }> {
  await page.goto('/#/settings');
  await page.waitForFunction(() => performance.getEntriesByName('teamshape:workspace-loaded').length > 0, null, { timeout: 120_000 });
  const open: number[] = [];
  const longest: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await around?.before?.(i);
    const [ms, task] = await page.evaluate(
      async ([name, readyMark]) => {
        const tasks: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push(entry.duration);
        });
        observer.observe({ type: 'longtask' });
        const before = performance.getEntriesByName(readyMark!).length;
        const started = performance.now();
        const anchor = [...document.querySelectorAll('nav[aria-label="Main"] a')].find((a) => a.textContent === name) as HTMLElement;
        anchor.click();
        await new Promise<void>((resolve) => {
          const check = () => (performance.getEntriesByName(readyMark!).length > before ? resolve() : requestAnimationFrame(check));
          check();
        });
        const entries = performance.getEntriesByName(readyMark!);
        const elapsed = entries[entries.length - 1]!.startTime - started;
        // Let the frame that follows the mark paint, so a long task drawing it is counted too.
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
        for (const entry of observer.takeRecords()) tasks.push(entry.duration);
        observer.disconnect();
        return [elapsed, tasks.length ? Math.max(...tasks) : 0];
      },
      [MAP_LINK, MAP_MARK] as const,
    );
    await around?.after?.(i);
    open.push(ms);
    longest.push(task);
  }
  return { open: summarise(open), longestTask: summarise(longest) };
}

/** Runs of the map at least, whatever TEAMSHAPE_BENCH_RUNS says: its longest task is judged on all of them. */
export const MIN_LONG_TASK_RUNS = 7;

const verdict = (ok: boolean): 'meets' | 'misses' => (ok ? 'meets' : 'misses');

/**
 * The benchmark rows of issue 20's collaboration map: at L (500 teams) with 2,000 interactions and
 * 50 groups, open < 500 ms (layout included) and no main-thread task over 50 ms; the limit
 * measured in the same run is the map opened on the empty workspace.
 */
export async function collaborationMapRows(page: Page, runs: number, seedEmpty: () => Promise<unknown>): Promise<BenchRow[]> {
  // A long task is rare, so one run in five can miss it: at least 7 runs, and the verdict is the longest of them all.
  const mapRuns = Math.max(runs, MIN_LONG_TASK_RUNS);
  await seedEmpty();
  const empty = await mapOpen(page, mapRuns);
  const counts = await seedDesigned(page, 'L', { groups: 50, interactions: 2000 });
  const large = await mapOpen(page, mapRuns);
  // A user's first opening after the app started: a fresh window left idle for its warm-up (4 s).
  await page.goto('/bench.html');
  const warmedUp = await mapOpen(page, 1, { before: () => page.waitForTimeout(6_000) });
  const size = `L (${counts.teams} teams, ${counts.interactions?.toLocaleString('en-GB')} interactions, ${counts.teamGroups} groups)`;
  return [
    { figure: 'collaboration map open by in-app navigation (read, graph, elkjs layout in a worker, drawn)', size: 'empty', value: empty.open, unit: 'ms' },
    { figure: 'collaboration map open by in-app navigation (read, graph, elkjs layout in a worker, drawn)', size, value: large.open, unit: 'ms', target: '< 500', verdict: verdict(large.open.median < 500) },
    { figure: 'collaboration map open: L / empty', size: 'L', value: ratio(large.open, empty.open), unit: '×' },
    { figure: 'collaboration map: first opening in a fresh window, right after the workspace loaded (layout worker cold; run 1 of the row above)', size, value: large.open.runs[0]!, unit: 'ms' },
    { figure: 'collaboration map: first opening in a fresh window left idle 6 s (layout worker warmed up)', size, value: warmedUp.open.median, unit: 'ms' },
    { figure: 'collaboration map open: longest main-thread task (longtask; 0 = none over 50 ms)', size: 'empty', value: empty.longestTask, unit: 'ms' },
    { figure: 'collaboration map open: longest main-thread task (longtask; 0 = none over 50 ms)', size, value: large.longestTask, unit: 'ms' },
    { figure: `collaboration map open: longest main-thread task of all ${large.longestTask.runs.length} runs (${large.longestTask.runs.join(', ')} ms)`, size, value: large.longestTask.max, unit: 'ms', target: '≤ 50', verdict: verdict(large.longestTask.max <= 50) },
  ];
}
