import type { Page } from '@playwright/test';

/** How many team cards lie wholly inside the window (what a person sees without scrolling). */
export async function fullyVisibleCards(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { innerWidth: w, innerHeight: h } = window;
    const list = document.querySelector('ul[aria-label="Teams"]');
    return [...(list?.querySelectorAll('article') ?? [])].filter((card) => {
      const r = card.getBoundingClientRect();
      return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= h && r.right <= w;
    }).length;
  });
}
