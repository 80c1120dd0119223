import { test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { importOkrsThroughDialog, okrSpreadsheet, seedOrganisation, timedStep, okrImportUndo, rosterImportUndo, twoImportsUndo, undoRows, type UndoFigures } from './undoScenarios';

/**
 * Issue 13's undo and redo rows of the full benchmark alone, plus the figures behind them (two
 * large imports back to back, and half the OKR import for linearity): `npm run bench:undo`.
 * TEAMSHAPE_BENCH_UNDO=figures prints every step's figures instead of the rows.
 */
const RUNS = Number(process.env.TEAMSHAPE_BENCH_RUNS ?? 3);

const show = (name: string, figures: UndoFigures) =>
  `${name}\n  undo: ${figures.undo.map((s) => `${s.ms} ms (longest task ${s.longestTask} ms, progress ${s.progressShownAt ?? '—'})`).join('; ')}\n  redo: ${figures.redo.map((s) => `${s.ms} ms (longest task ${s.longestTask} ms, progress ${s.progressShownAt ?? '—'})`).join('; ')}`;

test('undo and redo of very large changes', async ({ page }) => {
  test.setTimeout(30 * 60_000);
  const profile = process.env.TEAMSHAPE_BENCH_PROFILE;
  if (profile) {
    // A CPU profile of one undo and one redo of the OKR import at L (open it in Chromium's DevTools).
    await seedOrganisation(page, 'L');
    await importOkrsThroughDialog(page, okrSpreadsheet('L'), 2_000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    // TEAMSHAPE_BENCH_CPU_SLOWDOWN=4 stands for a slower or busier machine: its long tasks show where one is too long.
    const slowdown = Number(process.env.TEAMSHAPE_BENCH_CPU_SLOWDOWN ?? 1);
    if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    for (const action of ['undo', 'redo'] as const) {
      await cdp.send('Profiler.start');
      console.log(action, await timedStep(page, action));
      writeFileSync(`${profile}.${action}.cpuprofile`, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    }
    return;
  }
  const shots = process.env.TEAMSHAPE_BENCH_SCREENSHOTS;
  if (shots) {
    // The undo toast's progress while the OKR import at L is undone (1440×900) and redone (1024×700).
    await seedOrganisation(page, 'L');
    await importOkrsThroughDialog(page, okrSpreadsheet('L'), 2_000);
    for (const [action, width, height] of [['undo', 1440, 900], ['redo', 1024, 700]] as const) {
      await page.setViewportSize({ width, height });
      await page.keyboard.press(action === 'undo' ? 'Control+z' : 'Control+Shift+z');
      await page.locator(`progress[aria-label="${action === 'undo' ? 'Undoing' : 'Redoing'}"]`).waitFor();
      await page.screenshot({ path: `${shots}-${action}-${width}.png` });
      await page.getByRole('status').filter({ hasText: action === 'undo' ? /^Undone: / : /^Redone: / }).waitFor({ timeout: 120_000 });
      await page.screenshot({ path: `${shots}-${action}-done-${width}.png` });
    }
    return;
  }
  if (process.env.TEAMSHAPE_BENCH_UNDO === 'roster') {
    console.log(show('roster import of 5,000 people', await rosterImportUndo(page, 5_000, 1)));
    return;
  }
  if (process.env.TEAMSHAPE_BENCH_UNDO === 'figures') {
    console.log(show('OKR import at L (18,000 records)', await okrImportUndo(page, 'L', RUNS)));
    console.log(show('OKR import at half L (9,000 records)', await okrImportUndo(page, 'half', RUNS)));
    console.log(show('roster import of 5,000 people', await rosterImportUndo(page, 5_000, RUNS)));
    console.log(show('5,000 people, then OKRs at L: both undone, both redone', await twoImportsUndo(page)));
    console.log(show('roster import of 50,000 people', await rosterImportUndo(page, 50_000, 1)));
    return;
  }
  const rows = await undoRows(page, RUNS);
  console.log(rows.map((r) => `| ${r.figure} | ${r.size} | ${typeof r.value === 'object' ? `${r.value.median} (${r.value.min}–${r.value.max}, n=${r.value.runs.length})` : r.value} | ${r.unit} | ${r.target ?? ''} | ${r.verdict ?? ''} |`).join('\n'));
});
