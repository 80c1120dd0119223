import { expect, type Locator, type Page } from '@playwright/test';
import { moveWithArrows } from './keyboardDrag';

/** Members on the board's team cards: found by their accessible name ("Ann Lee, Developer, 100%…"). */
export class BoardMembers {
  constructor(readonly page: Page) {}

  card(team: string): Locator {
    return this.page.getByRole('list', { name: 'Teams' }).getByRole('article', { name: team, exact: true });
  }

  chip(team: string, person: string): Locator {
    return this.card(team).getByRole('button', { name: new RegExp(`^${person}, `) });
  }

  /** The team card (by name) under a point of the window, as the page is drawn now. */
  async teamAt(x: number, y: number): Promise<string | null> {
    return this.page.evaluate(
      ([px, py]) => {
        const card = document.elementsFromPoint(px!, py!).map((e) => e.closest('article[data-drop-team]')).find(Boolean);
        return card?.querySelector('h2')?.textContent ?? null;
      },
      [x, y],
    );
  }

  async dragWithMouse(person: string, from: string, to: string): Promise<void> {
    const chip = this.chip(from, person);
    const target = this.card(to);
    const a = (await chip.boundingBox())!;
    const b = (await target.boundingBox())!;
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2, { steps: 3 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
    await expect(target).toHaveClass(/dropTarget/);
    await this.page.mouse.up();
  }

  /** Space picks up, arrows go team to team (each waiting for its announcement), Space or Shift+Space drops. */
  async dragWithKeyboard(person: string, from: string, to: string, arrows: string[], drop = 'Space'): Promise<void> {
    await this.chip(from, person).focus();
    await this.page.keyboard.press('Space');
    await moveWithArrows(this.page, person, to, arrows, from);
    await this.page.keyboard.press(drop);
  }
}
