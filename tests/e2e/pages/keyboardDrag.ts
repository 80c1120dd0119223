import { expect, type Page } from '@playwright/test';

/**
 * A keyboard drag with dnd-kit, pressed the way a screen-reader user hears it: Space has picked up
 * `person` (from the team `from`, if any); the arrows then move from team to team, each pressed
 * only once the page has handled the one before, so a slow page neither loses a key nor is sent
 * an extra one (which would overshoot the target).
 */
export async function moveWithArrows(page: Page, person: string, to: string, arrows: string[], from?: string): Promise<void> {
  const announcement = page.locator('[id^="DndLiveRegion-"]');
  const name = escapeRegExp(person);
  // Picked up from a team, the member is announced over it at once, after the pick-up.
  await expect(announcement).toHaveText(from ? `${person} is over ${from}.` : new RegExp(`^(Picked up ${name}\\.|${name} is (not )?over )`));
  // dnd-kit starts listening for arrow keys from a timer set at the pick-up.
  await settle(page);
  for (const key of arrows) {
    await page.keyboard.press(key);
    await settle(page);
  }
  await expect(announcement).toHaveText(`${person} is over ${to}.`);
}

/** Timers set and frames asked for before now have run: the page has handled the last key. */
function settle(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => setTimeout(resolve, 0)), 50)));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
