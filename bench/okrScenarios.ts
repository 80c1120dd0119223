import type { Page } from '@playwright/test';
import { settled, summarise, type Measurement } from './measure';
import { repeat, TODAY, type Size, type TimedStep } from './scenarios';

/** Issue 16: the OKR spreadsheet import (parse + plan + commit with progress) against a raw Dexie write of the same records. */
export async function okrImport(page: Page, size: Size, runs: number): Promise<{ app: Measurement; raw: Measurement; records: { objectives: number; keyResults: number; checkIns: number }; progressCalls: number }> {
  await page.goto('/bench.html');
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  const app: number[] = [];
  const raw: number[] = [];
  let last = { objectives: 0, keyResults: 0, checkIns: 0, progressCalls: 0 };
  for (let i = 0; i < runs; i++) {
    const figures = await page.evaluate(([s, today]) => window.teamshapeBench.okrSpreadsheetImport(s, today), [size, TODAY] as const);
    app.push(figures.appMs);
    raw.push(figures.rawMs);
    last = figures;
  }
  return { app: summarise(app), raw: summarise(raw), records: { objectives: last.objectives, keyResults: last.keyResults, checkIns: last.checkIns }, progressCalls: last.progressCalls };
}

async function workspaceLoaded(page: Page, hash: string): Promise<void> {
  await page.goto(`/${hash}`);
  await page.waitForFunction(() => performance.getEntriesByName('teamshape:workspace-loaded').length > 0, null, { timeout: 120_000 });
}

/** In-app navigation from the objectives list to "Check-ins due" (everyone's key results) until its ready mark. */
export const checkInsDueStep: TimedStep = {
  prepare: (page) => workspaceLoaded(page, '#/okrs?for=everyone'),
  async once(page) {
    await page.getByRole('navigation', { name: 'OKR views' }).getByRole('link', { name: 'Objectives' }).click();
    await page.getByRole('heading', { level: 1, name: 'OKRs' }).waitFor();
    await settled(page);
    return page.evaluate(async () => {
      const mark = 'teamshape:check-ins-due-ready';
      const before = performance.getEntriesByName(mark).length;
      const started = performance.now();
      ([...document.querySelectorAll('nav[aria-label="OKR views"] a')].find((a) => a.textContent === 'Check-ins due') as HTMLElement).click();
      await new Promise<void>((resolve) => {
        const check = () => (performance.getEntriesByName(mark).length > before ? resolve() : requestAnimationFrame(check));
        check();
      });
      const entries = performance.getEntriesByName(mark);
      return entries[entries.length - 1]!.startTime - started;
    });
  },
};

export function checkInsDueNavigation(page: Page, runs: number): Promise<Measurement> {
  return repeat(page, checkInsDueStep, runs);
}

/** Chooses the period at `optionIndex` of the OKRs page's picker: ms until its summary is on screen. */
function choosePeriod(page: Page, optionIndex: number): Promise<number> {
  return page.evaluate(async (index) => {
    const select = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Period')!.control as HTMLSelectElement;
    const option = select.options[index]!;
    const name = option.textContent!.replace(/ \(.*$/, '');
    const summary = () => document.querySelector('main header p, main h1 + p')?.textContent ?? document.querySelector('main')?.textContent ?? '';
    const started = performance.now();
    const seen = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (summary().startsWith(`${name} ·`)) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
    setter.call(select, option.value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return (await seen) - started;
  }, optionIndex);
}

/** On the OKRs page, choosing the previous quarter until its summary is on screen (then back to the current one, untimed). */
export const pastQuarterStep: TimedStep = {
  async prepare(page) {
    await workspaceLoaded(page, '#/okrs');
    await page.waitForFunction(() => performance.getEntriesByName('teamshape:okrs-ready').length > 0);
  },
  async once(page) {
    await settled(page);
    const ms = await choosePeriod(page, 0);
    await settled(page);
    await choosePeriod(page, 1);
    return ms;
  },
};

export function pastQuarterSwitch(page: Page, runs: number): Promise<Measurement> {
  return repeat(page, pastQuarterStep, runs);
}

/** One inline check-in on "Check-ins due": until the row shows the new value (in memory) and until it is committed. */
export async function inlineCheckIn(page: Page, runs: number): Promise<{ shown: Measurement; committed: Measurement }> {
  await workspaceLoaded(page, '#/okrs/check-ins?for=everyone');
  const shown: number[] = [];
  const committed: number[] = [];
  const rows = page.getByRole('group', { name: 'Key results to check in' }).getByRole('form');
  // The first check-in on a device asks "who are you?" once: answered before anything is timed.
  const warmUp = rows.nth(runs);
  await warmUp.getByRole('textbox', { name: /^Confidence of/ }).fill('7');
  const first = warmUp.getByRole('textbox', { name: /^New value of/ });
  if (await first.count()) await first.fill('1');
  else await warmUp.getByRole('combobox', { name: /^New value of/ }).selectOption('1');
  await warmUp.getByRole('button', { name: 'Check in' }).click();
  const who = page.getByRole('dialog', { name: 'Who are you?' });
  await who.or(page.getByRole('status').filter({ hasText: /^Checked in/ })).first().waitFor();
  if (await who.isVisible()) await who.getByRole('button', { name: 'Not now' }).click();
  await page.getByRole('status').filter({ hasText: /^Checked in/ }).waitFor();
  for (let i = 0; i < runs; i++) {
    const row = rows.nth(i);
    const value = 4000 + i * 7;
    const input = row.getByRole('textbox', { name: /^New value of/ }).or(row.getByRole('combobox', { name: /^New value of/ }));
    if ((await input.evaluate((e) => e.tagName)) === 'SELECT') await input.selectOption('1');
    else await input.fill(String(value));
    await row.getByRole('textbox', { name: /^Confidence of/ }).fill('7');
    const [onScreen, done] = await row.evaluate(async (form, expected) => {
      const started = performance.now();
      const text = () => form.querySelector(':scope > div:nth-child(2)')?.textContent ?? '';
      const before = text();
      const seen = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (text() !== before && (text().includes(expected) || text().startsWith('Done'))) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(form, { subtree: true, childList: true, characterData: true });
      });
      const status = document.querySelector('main [role="status"].visually-hidden, main p[role="status"]')!;
      const stored = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (status.textContent?.startsWith('Checked in')) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(status, { subtree: true, childList: true, characterData: true });
      });
      (form.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      return [(await seen) - started, (await stored) - started];
    }, value.toLocaleString('en-GB'));
    shown.push(onScreen);
    committed.push(done);
  }
  return { shown: summarise(shown), committed: summarise(committed) };
}
