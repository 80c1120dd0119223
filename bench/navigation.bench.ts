import { test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { ratio, type Measurement } from './measure';
import { checkInsDueNavigation, pastQuarterSwitch } from './okrScenarios';
import { navigateTo, seed } from './scenarios';

/**
 * The in-app navigation rows of the full benchmark alone (empty workspace, then L, same page), for
 * work on those screens: `npm run bench:navigation` (about 2 min instead of the full run's 10+).
 * TEAMSHAPE_BENCH_PROFILE=<file> also writes a CPU profile of one navigation per screen at L.
 */
const RUNS = Number(process.env.TEAMSHAPE_BENCH_RUNS ?? 7);
const SCREENS = [
  { name: 'team board', mark: 'teamshape:teams-ready', link: 'Teams' },
  { name: 'people list', mark: 'teamshape:people-ready', link: 'People' },
  { name: 'OKRs page (one period)', mark: 'teamshape:okrs-ready', link: 'OKRs' },
  { name: 'org chart (Charts page)', mark: 'teamshape:charts-ready', link: 'Charts' },
] as const;

test('in-app navigation at L against the empty workspace', async ({ page }) => {
  const measureAll = async (): Promise<Map<string, Measurement>> => {
    const results = new Map<string, Measurement>();
    for (const screen of SCREENS) results.set(screen.name, await navigateTo(page, screen.link, screen.mark, RUNS));
    results.set('Check-ins due', await checkInsDueNavigation(page, RUNS));
    results.set('switch to the previous quarter', await pastQuarterSwitch(page, RUNS));
    return results;
  };
  await seed(page, 'empty');
  const empty = await measureAll();
  await seed(page, 'L');
  const large = await measureAll();
  const lines = [...large].map(([name, l]) => {
    const e = empty.get(name)!;
    return `${name}: L ${l.median} ms [${l.runs.join(', ')}] / empty ${e.median} ms [${e.runs.join(', ')}] = ${ratio(l, e)}×`;
  });
  console.log(lines.join('\n'));

  const tracePath = process.env.TEAMSHAPE_BENCH_TRACE;
  if (tracePath) {
    const browser = page.context().browser()!;
    await page.goto('/#/okrs?for=everyone');
    await page.waitForFunction(() => performance.getEntriesByName('teamshape:workspace-loaded').length > 0, null, { timeout: 120_000 });
    await page.getByRole('heading', { level: 1, name: 'OKRs' }).waitFor();
    for (const screen of SCREENS) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen.link, exact: true }).click();
      await page.waitForTimeout(200);
    }
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'OKRs', exact: true }).click();
    await page.waitForTimeout(300);
    await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'blink', 'loading'] });
    const views = page.getByRole('navigation', { name: 'OKR views' });
    await views.getByRole('link', { name: 'Check-ins due' }).click();
    await page.waitForTimeout(600);
    await views.getByRole('link', { name: 'Objectives' }).click();
    await page.waitForTimeout(600);
    const period = page.getByLabel('Period', { exact: true });
    const options = await period.locator('option').evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
    await period.selectOption(options[0]!);
    await page.waitForTimeout(600);
    await period.selectOption(options[1]!);
    await page.waitForTimeout(600);
    for (const screen of SCREENS) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
      await page.waitForTimeout(300);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen.link, exact: true }).click();
      await page.waitForTimeout(600);
    }
    await browser.stopTracing();
  }
  const profilePath = process.env.TEAMSHAPE_BENCH_PROFILE;
  if (profilePath) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    for (const screen of SCREENS) {
      await navigateTo(page, screen.link, screen.mark, 1);
      await cdp.send('Profiler.start');
      for (let i = 0; i < 3; i++) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
        await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
        const before = await page.evaluate((m) => performance.getEntriesByName(m).length, screen.mark);
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen.link, exact: true }).click();
        await page.waitForFunction(([m, n]) => performance.getEntriesByName(m as string).length > (n as number), [screen.mark, before] as const);
      }
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(`${profilePath}.${screen.link}.cpuprofile`, JSON.stringify(profile));
    }
    // Check-ins due: from Objectives, three visits (the workspace is loaded already).
    await page.goto('/#/okrs?for=everyone');
    await page.waitForFunction(() => performance.getEntriesByName('teamshape:workspace-loaded').length > 0, null, { timeout: 120_000 });
    await page.getByRole('heading', { level: 1, name: 'OKRs' }).waitFor();
    await cdp.send('Profiler.start');
    const views = page.getByRole('navigation', { name: 'OKR views' });
    for (let i = 0; i < 3; i++) {
      await views.getByRole('link', { name: 'Objectives' }).click();
      await page.getByRole('heading', { level: 1, name: 'OKRs' }).waitFor();
      const before = await page.evaluate(() => performance.getEntriesByName('teamshape:check-ins-due-ready').length);
      await views.getByRole('link', { name: 'Check-ins due' }).click();
      await page.waitForFunction((n) => performance.getEntriesByName('teamshape:check-ins-due-ready').length > n, before);
    }
    writeFileSync(`${profilePath}.due.cpuprofile`, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    // The previous quarter and back, three times.
    await views.getByRole('link', { name: 'Objectives' }).click();
    const period = page.getByLabel('Period', { exact: true });
    const options = await period.locator('option').evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
    await cdp.send('Profiler.start');
    for (let i = 0; i < 3; i++) {
      await period.selectOption(options[0]!);
      await page.waitForTimeout(300);
      await period.selectOption(options[1]!);
      await page.waitForTimeout(300);
    }
    writeFileSync(`${profilePath}.past.cpuprofile`, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  }
});
