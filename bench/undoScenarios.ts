/**
 * Issue 13's figures for very large changes: undo and redo of the OKR spreadsheet import at L
 * (2,000 objectives, 8,000 key results, 8,000 check-ins), of a 5,000-person roster import, and of
 * two large imports back to back — driven through the real app (import dialogs, Ctrl+Z and
 * Ctrl+Shift+Z), timed from the key press until the toast says it is done, with the longest
 * main-thread task and whether progress was on screen.
 */
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { generateOrganisation, ORGANISATION_SIZES } from '../shared/samples/generateOrganisation';
import { generateOkrWorkspace } from '../shared/samples/generateOkrs';
import { okrsCsv } from '../shared/exports/csvTables';
import { hrExportCsv } from '../tests/fixtures/import/importFiles';
import type { BenchRow } from './report';
import { summarise, type Measurement } from './measure';
import { TODAY } from './scenarios';

/** The records of a benchmark size L OKR import (objectives, key results, check-ins of their current values). */
const OKRS_AT = {
  L: { objectives: 2_000, keyResults: 8_000, checkIns: 100_000 },
  half: { objectives: 1_000, keyResults: 4_000, checkIns: 50_000 },
  S: { objectives: 200, keyResults: 800, checkIns: 8_000 },
} as const;
export type OkrImportSize = keyof typeof OKRS_AT;

/** The OKRs of the organisation of `size` as the OKR CSV export writes them (owner teams by name). */
export function okrSpreadsheet(size: OkrImportSize, organisationSize: 'S' | 'M' | 'L' = 'L'): Buffer {
  const organisation = generateOrganisation(TODAY, ORGANISATION_SIZES[organisationSize]);
  const okrs = generateOkrWorkspace(TODAY, { ...OKRS_AT[size], teams: organisation.teams.length, people: 1, quarters: 4 });
  const teamIds = new Map(okrs.teams.map((t, i) => [t.id, organisation.teams[i]!.id]));
  const table = okrsCsv({
    ...organisation,
    objectives: okrs.objectives.map((o) => ({ ...o, ownerTeamIds: o.ownerTeamIds.map((id) => teamIds.get(id)!) })),
    keyResults: okrs.keyResults.map((k) => ({ ...k, ownerId: null })),
    checkIns: okrs.checkIns,
  });
  return Buffer.from(`${Papa.unparse({ fields: table.header, data: table.rows }, { newline: '\r\n' })}\r\n`, 'utf8');
}

/** An organisation of `size` without OKRs, loaded through the app's path; "Who are you?" answered. */
export async function seedOrganisation(page: Page, size: 'S' | 'M' | 'L' | 'empty'): Promise<void> {
  await page.goto('/bench.html');
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  await page.evaluate(
    async ([s, today]) => {
      await window.teamshapeBench.clear();
      if (s !== 'empty') {
        const records = window.teamshapeBench.generate(s as 'S' | 'M' | 'L', today);
        await window.teamshapeBench.loadViaApp({ ...records, objectives: [], keyResults: [], checkIns: [] });
      }
      await window.teamshapeBench.skipWhoAreYou();
    },
    [size, TODAY] as const,
  );
}

async function openApp(page: Page, hash: string): Promise<void> {
  await page.goto(`/${hash}`);
  await page.waitForFunction(() => performance.getEntriesByName('teamshape:workspace-loaded').length > 0, null, { timeout: 120_000 });
}

/** Imports an OKR spreadsheet through the OKRs page's dialog; resolves once it says what it imported. */
export async function importOkrsThroughDialog(page: Page, csv: Buffer, objectives: number): Promise<void> {
  await openApp(page, '#/okrs');
  await page.getByRole('button', { name: 'Import OKRs…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import OKRs from a spreadsheet' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /^Choose (another )?file…$/ }).click();
  await (await chooser).setFiles({ name: 'okrs.csv', mimeType: 'text/csv', buffer: csv });
  const createTeams = dialog.getByRole('checkbox', { name: /^Create \d[\d,]* new teams?/ });
  await dialog.getByRole('region', { name: 'Preview' }).waitFor({ timeout: 120_000 });
  if ((await createTeams.count()) > 0 && !(await createTeams.isChecked())) await createTeams.check();
  await dialog.getByRole('button', { name: `Import ${objectives.toLocaleString('en-US')} objectives` }).click({ timeout: 120_000 });
  await dialog.getByRole('status').filter({ hasText: 'Imported' }).waitFor({ timeout: 300_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Imports `rows` people (an HR export) through the People page's dialog. */
export async function importRosterThroughDialog(page: Page, rows: number): Promise<void> {
  await openApp(page, '#/people');
  await page.getByRole('button', { name: 'Import people' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import people from a file' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(hrExportCsv(rows)) });
  const total = rows.toLocaleString('en-US');
  await dialog.getByRole('status').filter({ hasText: `${total} new,` }).waitFor({ timeout: 120_000 });
  await dialog.getByRole('button', { name: `Import ${total} people` }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 300_000 });
}

export interface StepFigures {
  ms: number;
  /** The longest main-thread task from the key press to the toast (0 when none reached 50 ms). */
  longestTask: number;
  /** ms after the key press when the first progress report was on screen; null when none was. */
  progressShownAt: number | null;
}

/**
 * Presses Ctrl+Z (undo) or Ctrl+Shift+Z (redo) on the page and waits for the toast's
 * "Undone: …"/"Redone: …" (or an error toast, which throws with its text).
 */
export async function timedStep(page: Page, action: 'undo' | 'redo'): Promise<StepFigures> {
  await page.evaluate(() => {
    const w = window as unknown as { __undoBench?: { longest: number; progressAt: number | null; started: number; observers: { disconnect(): void }[] } };
    w.__undoBench?.observers.forEach((o) => o.disconnect());
    const state = { longest: 0, progressAt: null as number | null, started: 0, observers: [] as { disconnect(): void }[] };
    w.__undoBench = state;
    const tasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.startTime >= state.started) state.longest = Math.max(state.longest, entry.duration);
    });
    tasks.observe({ type: 'longtask' });
    const regions = [...document.querySelectorAll('[role="status"]')];
    const progress = new MutationObserver(() => {
      if (state.progressAt === null && regions.some((region) => region.querySelector('progress[aria-label="Undoing"], progress[aria-label="Redoing"]'))) state.progressAt = performance.now() - state.started;
    });
    for (const region of regions) progress.observe(region, { subtree: true, childList: true });
    state.observers.push(tasks, progress);
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const done = action === 'undo' ? /^Undone: / : /^Redone: /;
  const toast = page.getByRole('status').filter({ hasText: /^(Undone|Redone|Could not|Nothing to)/ });
  // Resolved by a mutation observer on the status regions (polling the page would itself take main-thread time).
  const finished = page.evaluate(
    ([pattern]) =>
      new Promise<{ started: number; ended: number }>((resolve) => {
        const state = (window as unknown as { __undoBench: { started: number } }).__undoBench;
        const regions = [...document.querySelectorAll('[role="status"]')];
        const ended = () => regions.some((e) => new RegExp(pattern!).test(e.textContent ?? '') || /^(Could not|Nothing to)/.test(e.textContent ?? ''));
        const observer = new MutationObserver(() => {
          if (!ended()) return;
          observer.disconnect();
          resolve({ started: state.started, ended: performance.now() });
        });
        for (const region of regions) observer.observe(region, { subtree: true, childList: true, characterData: true });
        state.started = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: true, shiftKey: pattern!.startsWith('^Redone'), bubbles: true }));
      }),
    [done.source] as const,
  );
  const { started: before, ended } = await finished;
  const text = (await toast.first().textContent()) ?? '';
  if (!done.test(text)) throw new Error(`${action} did not complete: “${text}”`);
  // Long tasks are reported after they end: give the observer a frame.
  await page.waitForTimeout(100);
  const figures = await page.evaluate(() => {
    const state = (window as unknown as { __undoBench: { longest: number; progressAt: number | null; observers: { disconnect(): void }[] } }).__undoBench;
    state.observers.forEach((o) => o.disconnect());
    return { longest: state.longest, progressAt: state.progressAt };
  });
  return { ms: Math.round(ended - before), longestTask: Math.round(figures.longest), progressShownAt: figures.progressAt === null ? null : Math.round(figures.progressAt) };
}

export interface UndoFigures {
  undo: StepFigures[];
  redo: StepFigures[];
}

/** Undo then redo of the OKR spreadsheet import at `size`, `runs` times on the same import. */
export async function okrImportUndo(page: Page, size: OkrImportSize, runs: number): Promise<UndoFigures> {
  await seedOrganisation(page, 'L');
  await importOkrsThroughDialog(page, okrSpreadsheet(size), OKRS_AT[size].objectives);
  return undoRedoRuns(page, runs);
}

/** Undo then redo of a roster import of `rows` people into an empty workspace. */
export async function rosterImportUndo(page: Page, rows: number, runs: number): Promise<UndoFigures> {
  await seedOrganisation(page, 'empty');
  await importRosterThroughDialog(page, rows);
  return undoRedoRuns(page, runs);
}

async function undoRedoRuns(page: Page, runs: number): Promise<UndoFigures> {
  const figures: UndoFigures = { undo: [], redo: [] };
  for (let i = 0; i < runs; i++) {
    figures.undo.push(await timedStep(page, 'undo'));
    figures.redo.push(await timedStep(page, 'redo'));
  }
  return figures;
}

/** Two large imports back to back (5,000 people, then the OKRs at L with their teams), both undone, then both redone. */
export async function twoImportsUndo(page: Page): Promise<UndoFigures> {
  await seedOrganisation(page, 'empty');
  await importRosterThroughDialog(page, 5_000);
  await importOkrsThroughDialog(page, okrSpreadsheet('L'), OKRS_AT.L.objectives);
  const undo = [await timedStep(page, 'undo'), await timedStep(page, 'undo')];
  const redo = [await timedStep(page, 'redo'), await timedStep(page, 'redo')];
  return { undo, redo };
}

const ms = (steps: readonly StepFigures[]): Measurement => summarise(steps.map((s) => s.ms));
const longest = (steps: readonly StepFigures[]) => Math.max(...steps.map((s) => s.longestTask));
const progressShown = (steps: readonly StepFigures[]) => steps.every((s) => s.ms < 1_000 || (s.progressShownAt !== null && s.progressShownAt <= 1_000));

/**
 * The benchmark rows: undo and redo of the OKR import at L (target < 3 s, no task over 100 ms,
 * progress within 1 s) and of 5,000 people, and the ratio of the OKR import's undo at L to half
 * of it (2× the records: linear ≈ 2).
 */
export async function undoRows(page: Page, runs = 3): Promise<BenchRow[]> {
  const okrs = await okrImportUndo(page, 'L', runs);
  const half = await okrImportUndo(page, 'half', runs);
  const roster = await rosterImportUndo(page, 5_000, runs);
  const rows: BenchRow[] = [];
  for (const [name, size, figures] of [['undo of the OKR spreadsheet import (18,000 records)', 'L', okrs], ['undo of a roster import (5,000 people)', '5k', roster]] as const) {
    for (const action of ['undo', 'redo'] as const) {
      const steps = figures[action];
      const time = ms(steps);
      const label = name.replace(/^undo/, action);
      rows.push({ figure: label, size, value: time, unit: 'ms', target: '< 3,000', verdict: time.median < 3_000 ? 'meets' : 'misses' });
      rows.push({ figure: `${label}: longest main-thread task`, size, value: longest(steps), unit: 'ms', target: '≤ 100', verdict: longest(steps) <= 100 ? 'meets' : 'misses' });
      rows.push({ figure: `${label}: progress on screen within 1 s`, size, value: progressShown(steps) ? 'yes' : 'no', unit: '', target: 'yes', verdict: progressShown(steps) ? 'meets' : 'misses' });
    }
  }
  const growth = Math.round((ms(okrs.undo).median / ms(half.undo).median) * 100) / 100;
  rows.push({ figure: 'undo of the OKR import: 18,000 records against 9,000 (linear: about 2)', size: 'L / half L', value: growth, unit: '×', target: '≤ 2.5', verdict: growth <= 2.5 ? 'meets' : 'misses' });
  return rows;
}
