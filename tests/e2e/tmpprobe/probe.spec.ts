import { writeFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
test.use({ clockTime: null });
test.setTimeout(240_000);
test('probe', async ({ page }) => {
  page.on('console', (m) => { if (m.text().startsWith('TIMING')) console.log(Date.now(), m.text()); });
  await page.goto('/bench.html');
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await page.evaluate(async () => {
    const records = window.teamshapeBench.generate('L', '2026-11-16');
    await window.teamshapeBench.loadRaw(records);
  });
  await page.goto('/#/okrs?period=period:2026-Q4');
  const objectives = page.getByRole('list', { name: 'Objectives' });
  await expect(objectives.getByRole('article')).toHaveCount(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await page.getByLabel('Period').selectOption('period:2026-Q3');
  await expect(page.getByText(/^Q3 2026 · .* · 500 objectives/)).toBeVisible();
  await expect(objectives.getByRole('article').first()).toBeVisible();
  console.log('switch', Date.now() - started);
  const { profile } = await cdp.send('Profiler.stop');
  // self time per function
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const dt = profile.timeDeltas as number[];
  (profile.samples as number[]).forEach((id, i) => {
    const n: any = byId.get(id);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(top.map(([k, v]) => `${Math.round(v)}ms ${k}`).join('\n'));
  writeFileSync('/tmp/switch.cpuprofile', JSON.stringify(profile));
});
