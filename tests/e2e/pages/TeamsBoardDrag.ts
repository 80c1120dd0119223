import { expect, type Page } from '@playwright/test';
import { moveWithArrows } from './keyboardDrag';

/** Dragging people from the board's directory onto team cards, by mouse or by keyboard. */
export class TeamsBoardDrag {
  constructor(readonly page: Page) {}

  private async findInDirectory(name: string) {
    await this.page.getByLabel('Find a person').fill(name);
    const handle = this.page.getByRole('button', { name: `Drag ${name} to a team` });
    await expect(handle).toHaveCount(1);
    return handle;
  }

  async dragWithMouse(name: string, team: string): Promise<void> {
    const handle = await this.findInDirectory(name);
    const target = this.page.getByRole('article', { name: team });
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 4 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Space picks up, arrows move team to team (each waiting for its announcement), Space drops. */
  async dragWithKeyboard(name: string, team: string, arrows: string[] = ['ArrowRight']): Promise<void> {
    const handle = await this.findInDirectory(name);
    await handle.focus();
    await this.page.keyboard.press('Space');
    await moveWithArrows(this.page, name, team, arrows);
    await this.page.keyboard.press('Space');
  }

  /** The dialog a drop opens: choose a role and allocation and confirm. */
  async confirmDrop(team: string, role: string, allocation?: number): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: `Add to ${team}` });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Role').selectOption({ label: role });
    if (allocation !== undefined) await dialog.getByLabel('Allocation (%)').fill(String(allocation));
    await dialog.getByRole('button', { name: 'Add to team' }).click();
    await expect(dialog).toBeHidden();
  }
}
