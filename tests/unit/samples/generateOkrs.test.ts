import { describe, expect, it } from 'vitest';
import { generateOkrWorkspace, OKR_BENCHMARK_SCALE } from '../../../shared/samples/generateOkrs';
import { validateWorkspace } from '../../../renderer/db/bulkLoad';

const small = { teams: 6, people: 10, objectives: 20, keyResults: 70, checkIns: 500, quarters: 4 };

describe('the seeded OKR generator (benchmark data)', () => {
  it('makes exactly the benchmark counts: 2,000 objectives, 8,000 key results, 100,000 check-ins', () => {
    const data = generateOkrWorkspace('2026-11-16');
    expect([data.objectives.length, data.keyResults.length, data.checkIns.length]).toEqual([2000, 8000, 100_000]);
    expect(data.teams).toHaveLength(OKR_BENCHMARK_SCALE.teams);
    expect(new Set(data.objectives.map((o) => o.periodId)).size).toBe(8);
    expect(data.checkIns.every((c) => c.date <= '2026-11-16')).toBe(true);
  }, 30_000);

  it('is the same data for the same seed and day', () => {
    expect(generateOkrWorkspace('2026-11-16', small)).toEqual(generateOkrWorkspace('2026-11-16', small));
    expect(generateOkrWorkspace('2026-11-16', small, 1)).not.toEqual(generateOkrWorkspace('2026-11-16', small, 2));
  });

  it('produces records the schemas accept, with shared and aligned objectives and every metric kind', () => {
    const data = generateOkrWorkspace('2026-11-16', { ...small, objectives: 200, keyResults: 800, checkIns: 2000 });
    expect(() => validateWorkspace(data)).not.toThrow();
    expect(data.objectives.some((o) => o.ownerTeamIds.length > 1)).toBe(true);
    expect(data.objectives.some((o) => o.parentId !== null)).toBe(true);
    expect(new Set(data.keyResults.map((k) => k.metric)).size).toBe(5);
  });
});
