import type { Page } from '@playwright/test';
import { summarise, type Measurement } from './measure';

/**
 * Chart scenarios of the benchmark (issue 19): the full PDF deck against a plain page.pdf of as
 * many pages of static cards in the same page, the one-page overview, and the on-screen chart's
 * opening and its frame times while panning and zooming.
 */

async function waitForPrintReady(page: Page): Promise<number> {
  const ready = await page.waitForFunction(
    () => {
      const { printStatus, printPages } = document.documentElement.dataset;
      return printStatus === 'ready' && printPages ? Number(printPages) : null;
    },
    null,
    { timeout: 300_000 },
  );
  return Number(await ready.jsonValue());
}

/** The first `count` team ids of the live plan by name (read from IndexedDB, as the chart would). */
export async function firstTeamIds(page: Page, count: number): Promise<string[]> {
  await page.goto('/bench.html');
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  return page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('teamshape');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const teams = await new Promise<{ id: string; name: string; planId: string; deletedAt: string | null }[]>((resolve, reject) => {
      const request = db.transaction('teams').objectStore('teams').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return teams
      .filter((t) => t.planId === 'plan:live' && t.deletedAt === null)
      .sort((a, b) => a.name.localeCompare(b.name))
      .slice(0, n)
      .map((t) => t.id);
  }, count);
}

export interface PdfTiming {
  pages: number;
  renderMs: number;
  pdfMs: number;
  totalMs: number;
}

/** A print view from navigation to its PDF: drawn and fonts loaded (render), then Chromium's page.pdf (print). */
export async function printViewPdf(page: Page, query: Record<string, string>, path: string): Promise<PdfTiming> {
  const started = Date.now();
  await page.goto(`/#/print/chart?${new URLSearchParams(query).toString()}`);
  const pages = await waitForPrintReady(page);
  const renderMs = Date.now() - started;
  const printing = Date.now();
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const pdfMs = Date.now() - printing;
  return { pages, renderMs, pdfMs, totalMs: renderMs + pdfMs };
}

/** The full deck (cover, contents, chart pages, one page per team) of the given teams. */
export function deckPdf(page: Page, teamIds: readonly string[], path: string): Promise<PdfTiming> {
  return printViewPdf(
    page,
    { plan: 'plan:live', preset: 'deck', paper: 'A4', orientation: 'landscape', overview: '1', teams: '1', title: 'All product teams', group: 'champion', include: teamIds.join(','), date: '2026-11-16' },
    path,
  );
}

/** The one-page overview of every team of the plan. */
export function onePagePdf(page: Page, path: string): Promise<PdfTiming> {
  return printViewPdf(page, { plan: 'plan:live', preset: 'onePage', paper: 'A3', orientation: 'landscape', title: 'All product teams', group: 'department', date: '2026-11-16' }, path);
}

/**
 * The limit the deck is measured against: `pages` A4 landscape pages of eight static cards each
 * (a name, badges and ten member lines, as HTML text), set into the page and printed with the
 * same page.pdf call. What any PDF of that many pages of cards costs in this Chromium.
 */
export async function staticCardsPdf(page: Page, pages: number, path: string): Promise<{ totalMs: number }> {
  const card = (p: number, c: number) =>
    `<div class="card"><b>Team ${p}-${c}</b><i>Healthy · Two-pizza: fits · 9 people · 8.5 FTE</i>${Array.from({ length: 10 }, (_, m) => `<span>Member ${p}.${c}.${m} — Developer — 100%</span>`).join('')}</div>`;
  const sheet = (p: number) => `<section>${Array.from({ length: 8 }, (_, c) => card(p, c)).join('')}</section>`;
  const html = `<!doctype html><html><head><style>
    @page { size: A4 landscape; margin: 0; }
    body { margin: 0; font: 7.5pt sans-serif; }
    section { width: 297mm; height: calc(210mm - 0.3mm); box-sizing: border-box; padding: 12mm; display: grid; grid-template-columns: repeat(4, 1fr); gap: 4mm; break-after: page; }
    .card { border: 0.75pt solid #b8c1cc; border-top: 3pt solid #2e8b57; border-radius: 4pt; padding: 6pt; display: flex; flex-direction: column; gap: 1pt; }
    b { font-size: 10.5pt; } i { font-style: normal; color: #1b6e3a; }
  </style></head><body>${Array.from({ length: pages }, (_, p) => sheet(p + 1)).join('')}</body></html>`;
  await page.goto('about:blank');
  const started = Date.now();
  await page.setContent(html);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  return { totalMs: Date.now() - started };
}

/**
 * Frame times of the on-screen chart while it is panned and zoomed from the keyboard: one step
 * at the start of every animation frame, a frame's time being the interval between two frames
 * (16.7 ms when every frame is on time at 60 Hz; a longer one is a dropped or late frame).
 */
export async function chartFrameTimes(page: Page): Promise<Measurement & { p95: number }> {
  const intervals = await page.evaluate(async () => {
    const frame = document.querySelector('[role="region"][aria-label^="Org chart"]') as HTMLElement;
    frame.focus();
    const keys = ['0', ...Array(10).fill('+'), ...Array(20).fill('ArrowRight'), ...Array(20).fill('ArrowDown'), ...Array(10).fill('-'), ...Array(20).fill('ArrowLeft'), ...Array(6).fill('+'), ...Array(20).fill('ArrowUp')];
    const stamps: number[] = [];
    await new Promise<void>((resolve) => {
      let index = 0;
      const step = (time: number) => {
        stamps.push(time);
        const key = keys[index++];
        if (key === undefined) return resolve();
        frame.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    return stamps.slice(1).map((t, i) => t - stamps[i]!);
  });
  const sorted = [...intervals].sort((a, b) => a - b);
  return { ...summarise(intervals), p95: Math.round(sorted[Math.floor(sorted.length * 0.95)]! * 10) / 10 };
}
