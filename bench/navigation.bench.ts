import { test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { ratio } from './measure';
import { checkInsDueStep, pastQuarterStep } from './okrScenarios';
import { emptyWorkspaceWindow, paired } from './paired';
import { navigateTo, navigationStep, seed, type TimedStep } from './scenarios';

/**
 * The in-app navigation rows of the full benchmark alone (L, each run paired with one on the empty
 * workspace in a second window, as in the full run), for
 * work on those screens: `npm run bench:navigation` (about a minute instead of the full run's 10+).
 * TEAMSHAPE_BENCH_PROFILE=<path prefix> also writes CPU profiles of three navigations per screen at
 * L, each from the click to the screen's ready mark (open them in Chromium's DevTools), and of the same
 * navigations on the empty workspace (`<prefix>.empty.*`).
 */
const RUNS = Number(process.env.TEAMSHAPE_BENCH_RUNS ?? 31);
const SCREENS = [
  { name: 'team board', mark: 'teamshape:teams-ready', link: 'Teams' },
  { name: 'people list', mark: 'teamshape:people-ready', link: 'People' },
  { name: 'OKRs page (one period)', mark: 'teamshape:okrs-ready', link: 'OKRs' },
  { name: 'org chart (Charts page)', mark: 'teamshape:charts-ready', link: 'Charts' },
] as const;

const STEPS: { name: string; step: TimedStep }[] = [
  ...SCREENS.map((screen) => ({ name: screen.name, step: navigationStep(screen.link, screen.mark) })),
  { name: 'Check-ins due', step: checkInsDueStep },
  { name: 'switch to the previous quarter', step: pastQuarterStep },
];

/** Clicks the link named `text` among `selector` and resolves at the next `mark`. */
function clickUntilMark(page: Page, selector: string, text: string, mark: string): Promise<void> {
  return page.evaluate(
    async ([sel, name, readyMark]) => {
      const before = performance.getEntriesByName(readyMark!).length;
      ([...document.querySelectorAll(sel!)].find((a) => a.textContent === name) as HTMLElement).click();
      await new Promise<void>((resolve) => {
        const check = () => (performance.getEntriesByName(readyMark!).length > before ? resolve() : requestAnimationFrame(check));
        check();
      });
    },
    [selector, text, mark] as const,
  );
}

async function profileNavigations(page: Page, prefix: string, screensOnly = false): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const profiled = async (file: string, act: () => Promise<unknown>) => {
    await cdp.send('Profiler.start');
    await act();
    writeFileSync(file, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  };
  const main = page.getByRole('navigation', { name: 'Main' });
  await navigateTo(page, 'Settings', 'teamshape:workspace-loaded', 0);
  for (const screen of SCREENS) {
    for (let i = 0; i < 3; i++) {
      await main.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await page.waitForTimeout(300);
      await profiled(`${prefix}.${screen.link}.${i}.cpuprofile`, () => clickUntilMark(page, 'nav[aria-label="Main"] a', screen.link, screen.mark));
    }
  }
  if (screensOnly) return;
  const views = page.getByRole('navigation', { name: 'OKR views' });
  for (let i = 0; i < 3; i++) {
    await main.getByRole('link', { name: 'OKRs' }).click();
    await views.getByRole('link', { name: 'Objectives' }).click();
    await page.waitForTimeout(300);
    await profiled(`${prefix}.due.${i}.cpuprofile`, () => clickUntilMark(page, 'nav[aria-label="OKR views"] a', 'Check-ins due', 'teamshape:check-ins-due-ready'));
  }
  await views.getByRole('link', { name: 'Objectives' }).click();
  const period = page.getByLabel('Period', { exact: true });
  const options = await period.locator('option').evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
  for (let i = 0; i < 3; i++) {
    await period.selectOption(options[1]!);
    await page.waitForTimeout(500);
    await profiled(`${prefix}.past.${i}.cpuprofile`, () => period.selectOption(options[0]!));
  }
}

test('in-app navigation at L against the empty workspace', async ({ page, browser, baseURL }) => {
  const limitWindow = await emptyWorkspaceWindow(browser, baseURL!, page.viewportSize());
  const prefix = process.env.TEAMSHAPE_BENCH_PROFILE;
  // The same navigations on the empty workspace, to compare with L's profiles.
  if (prefix) await profileNavigations(limitWindow.page, `${prefix}.empty`, true);
  await seed(page, 'L');
  const lines: string[] = [];
  for (const { name, step } of STEPS) {
    const { limit, large } = await paired(limitWindow.page, page, step, RUNS);
    lines.push(`${name}: L ${large.median} ms [${large.runs.join(', ')}] / empty ${limit.median} ms [${limit.runs.join(', ')}] = ${ratio(large, limit)}×`);
  }
  console.log(lines.join('\n'));
  if (prefix) await profileNavigations(page, prefix);
  await limitWindow.close();
});
