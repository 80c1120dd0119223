import { test } from '@playwright/test';
import { writeFileSync, mkdirSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';
import { mapOpen, MIN_LONG_TASK_RUNS, seedDesigned } from './mapScenarios';

/**
 * The collaboration map rows alone (`npm run bench:map`), to study its open time and long tasks
 * without the whole benchmark: TEAMSHAPE_BENCH_RUNS runs (default 10) at L with 2,000
 * interactions and 50 groups; TEAMSHAPE_BENCH_TRACE=<dir> records a Chromium trace of every run
 * (with JavaScript samples when TEAMSHAPE_BENCH_TRACE_JS is set: starting the sampler is itself a long task);
 * TEAMSHAPE_BENCH_SHOTS=<dir> saves screenshots of the map at L at 1440×900 and 1024×700.
 */
const RUNS = Math.max(MIN_LONG_TASK_RUNS, Number(process.env.TEAMSHAPE_BENCH_RUNS ?? 10));
const SHOTS_DIR = process.env.TEAMSHAPE_BENCH_SHOTS;
const TRACE_DIR = process.env.TEAMSHAPE_BENCH_TRACE;

async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.gc', 'blink', 'toplevel', 'disabled-by-default-devtools.timeline.frame', ...(process.env.TEAMSHAPE_BENCH_TRACE_JS ? ['disabled-by-default-v8.cpu_profiler'] : [])] },
  });
}

async function stopTrace(cdp: CDPSession, file: string): Promise<void> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream!)));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  writeFileSync(file, text);
}

test('collaboration map at L', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  const counts = await seedDesigned(page, 'L', { groups: 50, interactions: 2000 });
  if (TRACE_DIR) mkdirSync(TRACE_DIR, { recursive: true });
  const measured = await mapOpen(page, RUNS, TRACE_DIR ? { before: () => startTrace(cdp), after: (run) => stopTrace(cdp, `${TRACE_DIR}/map-run-${run + 1}.json`) } : undefined);
  console.log(JSON.stringify({ counts, open: measured.open, longestTask: measured.longestTask }));
  if (SHOTS_DIR) {
    // The map at L as a person sees it, at the two window sizes the screens are checked at.
    for (const [width, height] of [[1440, 900], [1024, 700]] as const) {
      await page.setViewportSize({ width, height });
      await page.getByRole('button', { name: 'Fit', exact: true }).click();
      await page.screenshot({ path: `${SHOTS_DIR}/map-L-${width}.png` });
    }
  }
});
