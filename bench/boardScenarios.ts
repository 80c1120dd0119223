import type { Page } from '@playwright/test';
import { summarise, type Measurement } from './measure';

/** The 95th percentile of a list of numbers (nearest rank). */
function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

interface MoveTarget {
  person: string;
  from: string;
  to: string;
}

/** The first member of the first card, and the card beside it: a move the board can show at once. */
async function moveTarget(page: Page): Promise<MoveTarget> {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('ul[aria-label="Teams"] article')];
    const chip = cards[0]!.querySelector('[aria-roledescription="member"]')!;
    return { person: chip.getAttribute('aria-label')!.split(',')[0]!, from: cards[0]!.querySelector('h2')!.textContent!, to: cards[1]!.querySelector('h2')!.textContent! };
  });
}

/** Waits in the page for `person` on the card `team`, and for the "Saved" toast: ms from `start` to each. */
async function watchMove(page: Page, person: string, team: string, toast: string, startEvent: 'pointerup' | 'keydown'): Promise<void> {
  await page.evaluate(
    ([who, where, saved, event]) => {
      const w = window as unknown as { startedAt?: number; shownAt?: Promise<number>; committedAt?: Promise<number> };
      w.startedAt = undefined;
      window.addEventListener(event!, () => (w.startedAt ??= performance.now()), { capture: true, once: true });
      const has = () =>
        [...document.querySelectorAll('ul[aria-label="Teams"] article')].some(
          (card) => card.querySelector('h2')?.textContent === where && [...card.querySelectorAll('[aria-roledescription="member"]')].some((c) => c.getAttribute('aria-label')?.startsWith(`${who},`)),
        );
      const when = (test: () => boolean) =>
        new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            if (w.startedAt !== undefined && test()) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });
        });
      w.shownAt = when(has);
      w.committedAt = when(() => document.querySelector('[role="status"][aria-live="polite"]')?.textContent?.includes(saved!) ?? false);
    },
    [person, team, toast, startEvent] as const,
  );
}

async function readMove(page: Page): Promise<{ shown: number; committed: number }> {
  return page.evaluate(async () => {
    const w = window as unknown as { startedAt: number; shownAt: Promise<number>; committedAt: Promise<number> };
    const [shown, committed] = await Promise.all([w.shownAt, w.committedAt]);
    return { shown: Math.round((shown - w.startedAt) * 10) / 10, committed: Math.round((committed - w.startedAt) * 10) / 10 };
  });
}

/**
 * On the board (already open): a member dragged by mouse onto the next card, from the drop until
 * the member is drawn on the new team (the workspace in memory, verdicts recomputed in the same
 * render) and until the change is committed to IndexedDB (the "Saved" toast); then Ctrl+Z until
 * the member is back on their team.
 */
export async function moveAndUndo(page: Page, runs: number): Promise<{ shown: Measurement; committed: Measurement; undone: Measurement }> {
  const shown: number[] = [];
  const committed: number[] = [];
  const undone: number[] = [];
  for (let i = 0; i < runs; i++) {
    const target = await moveTarget(page);
    const chip = page.locator('ul[aria-label="Teams"] article').first().locator('[aria-roledescription="member"]').first();
    const card = page.locator('ul[aria-label="Teams"] article').nth(1);
    const a = (await chip.boundingBox())!;
    const b = (await card.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2, { steps: 3 });
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await page.waitForTimeout(100);
    await watchMove(page, target.person, target.to, `Saved: Move ${target.person} to ${target.to}.`, 'pointerup');
    await page.mouse.up();
    const move = await readMove(page);
    shown.push(move.shown);
    committed.push(move.committed);
    await page.getByRole('heading', { level: 1, name: 'Teams' }).click();
    await watchMove(page, target.person, target.from, `Undone: Move ${target.person} to ${target.to}.`, 'keydown');
    await page.keyboard.press('Control+z');
    undone.push((await readMove(page)).shown);
  }
  return { shown: summarise(shown), committed: summarise(committed), undone: summarise(undone) };
}

/** Scrolling the board's page by 240 px a frame for 120 frames: the 95th percentile of frame times. */
export async function boardScrollFrames(page: Page): Promise<number> {
  const frames = await page.evaluate(async () => {
    const main = document.querySelector('main')!;
    main.scrollTop = 0;
    const times: number[] = [];
    let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < 120; i++) {
      main.scrollTop += 240;
      const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      times.push(now - last);
      last = now;
    }
    main.scrollTop = 0;
    return times;
  });
  return Math.round(p95(frames) * 10) / 10;
}
