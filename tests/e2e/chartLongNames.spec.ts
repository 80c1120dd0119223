import { expect, test } from './fixtures';
import { ChartsScreen } from './pages/ChartsScreen';
import { TeamsBoard } from './pages/TeamsBoard';

const LONG = 'Zahlungsverkehrsabwicklungsplattform';

test('at the “team names” zoom level a long one-word team name breaks with hyphens, and the card carries the full name', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const board = new TeamsBoard(page);
  await board.open();
  for (const name of [LONG, 'Payments', 'Ledger']) await board.createTeam({ name });
  const charts = new ChartsScreen(page);
  await charts.open();
  const note = page.getByText(/^Showing /);
  await expect(note).toBeVisible();
  for (let i = 0; i < 20 && !(await note.textContent())?.startsWith('Showing team names'); i++) {
    await page.getByRole('button', { name: 'Zoom out' }).click();
  }
  await expect(note).toHaveText('Showing team names: zoom in for more');
  const card = charts.card(LONG);
  await expect(card).toBeVisible();
  await expect(card.locator('title')).toHaveText(LONG);
  const lines = await card.locator('text').allTextContents();
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(0, -1)) expect(line).toMatch(/\p{L}-$/u);
  expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe(LONG);
  for (const [width, height] of [[1440, 900], [1024, 700]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: testInfo.outputPath(`chart-names-long-word-${width}.png`) });
  }
});
