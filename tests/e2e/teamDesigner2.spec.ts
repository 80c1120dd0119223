import { expect, seriousA11yViolations, test } from './fixtures';
import { fullyVisibleCards } from './pages/BoardCards';
import { TeamsBoard } from './pages/TeamsBoard';

async function loadSample(board: TeamsBoard): Promise<void> {
  await board.open();
  await board.page.getByRole('button', { name: 'Load sample organisation' }).click();
  await expect(board.board.getByRole('article')).not.toHaveCount(0);
}

test.describe('Team designer, second version', () => {
  for (const viewport of [
    { width: 1440, height: 900, atLeast: 8 },
    { width: 1024, height: 700, atLeast: 4 },
  ]) {
    test(`shows at least ${viewport.atLeast} whole team cards with members by role at ${viewport.width}×${viewport.height}`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const board = new TeamsBoard(page);
      await loadSample(board);
      await page.screenshot({ path: testInfo.outputPath(`board-${viewport.width}.png`) });
      const visible = await fullyVisibleCards(page);
      testInfo.annotations.push({ type: 'fully visible cards', description: String(visible) });
      expect(visible).toBeGreaterThanOrEqual(viewport.atLeast);
      const card = board.board.getByRole('article').first();
      await expect(card.getByRole('img', { name: /^Size: \d+ (person|people) of at most 10$/ })).toBeVisible();
      await expect(card.getByRole('button', { name: /%/ }).first()).toBeVisible();
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }
});
