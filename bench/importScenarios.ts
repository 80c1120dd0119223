/**
 * Issue 15's speed figures: a 5,000-row CSV and XLSX from "file chosen" to the preview and
 * through the commit, and 50,000 rows previewed and imported, with the longest main-thread
 * freeze (long tasks) of each flow. Driven through the real dialog in the built app.
 */
import type { Page } from '@playwright/test';
import { utils, write } from '@e965/xlsx';
import { hrExportCsv, hrExportRows } from '../tests/fixtures/import/importFiles';
import { summarise, type Measurement } from './measure';
import { seed } from './scenarios';

export interface ImportFigures {
  preview: Measurement;
  commit: Measurement;
  /** The longest long task while previewing and while importing (ms; 0 when none over 50 ms). */
  longestFreeze: Measurement;
}

function xlsxOf(rows: number): Uint8Array {
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, utils.aoa_to_sheet(hrExportRows(rows)), 'People');
  return new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __observer?: PerformanceObserver };
    w.__longest = 0;
    w.__observer?.disconnect();
    w.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    });
    w.__observer.observe({ type: 'longtask' });
  });
}

const longest = (page: Page) => page.evaluate(() => (window as unknown as { __longest: number }).__longest);

/** One import of `rows` people from a fresh empty workspace: preview time, commit time, longest freeze. */
async function importOnce(page: Page, name: string, bytes: Uint8Array, rows: number): Promise<{ preview: number; commit: number; freeze: number }> {
  await seed(page, 'empty');
  await page.goto('/#/people');
  await page.getByRole('button', { name: 'Import people' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import people from a file' });
  await watchLongTasks(page);
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  const started = Date.now();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  const total = rows.toLocaleString('en-US');
  await dialog.getByRole('status').filter({ hasText: `${total} new,` }).waitFor({ timeout: 120_000 });
  const preview = Date.now() - started;
  const button = dialog.getByRole('button', { name: `Import ${total} people` });
  await button.waitFor();
  const commitStarted = Date.now();
  await button.click();
  await dialog.waitFor({ state: 'hidden', timeout: 300_000 });
  await page.getByText(`${total} people in the directory`).waitFor({ timeout: 120_000 });
  const commit = Date.now() - commitStarted;
  return { preview, commit, freeze: await longest(page) };
}

export async function importFigures(page: Page, format: 'csv' | 'xlsx', rows: number, runs: number): Promise<ImportFigures> {
  const bytes = format === 'csv' ? hrExportCsv(rows) : xlsxOf(rows);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await importOnce(page, `people.${format}`, bytes, rows));
  return { preview: summarise(results.map((r) => r.preview)), commit: summarise(results.map((r) => r.commit)), longestFreeze: summarise(results.map((r) => r.freeze)) };
}
