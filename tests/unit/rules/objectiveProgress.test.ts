import { describe, expect, it } from 'vitest';
import { keyResultWeight, objectiveProgress } from '../../../shared/rules';
import { checkIn, deleted, keyResult } from './factories';

const objective = { id: 'objective:growth' };

/** An "increase from 0 to 100" key result of the objective whose latest value is `value`. */
function measured(id: string, value: number | undefined, weight: number | null = null) {
  const kr = keyResult({ id, objectiveId: objective.id, metric: 'increase', start: 0, target: 100, weight });
  const checkIns = value === undefined ? [] : [checkIn({ keyResultId: id, date: '2026-10-10', value })];
  return { kr, checkIns };
}

function progressOf(parts: ReturnType<typeof measured>[]): number | null {
  return objectiveProgress(objective, parts.map((p) => p.kr), parts.flatMap((p) => p.checkIns));
}

describe('objectiveProgress', () => {
  it('is null for an objective with no key results yet: nothing to measure is not 0% done', () => {
    expect(objectiveProgress(objective, [], [])).toBeNull();
  });

  it('equals the progress of its only key result', () => {
    expect(progressOf([measured('kr:a', 30)])).toBe(0.3);
  });

  it('takes the plain mean when no key result has a weight', () => {
    expect(progressOf([measured('kr:a', 20), measured('kr:b', 60), measured('kr:c', 100)])).toBeCloseTo(0.6, 10);
  });

  it('weighs key results by their weights: 3 × 100% and 1 × 0% is 75%', () => {
    expect(progressOf([measured('kr:a', 100, 3), measured('kr:b', 0, 1)])).toBe(0.75);
  });

  it('gives the same answer for weights in any scale: 0.3 and 0.1 like 3 and 1', () => {
    expect(progressOf([measured('kr:a', 100, 0.3), measured('kr:b', 0, 0.1)])).toBeCloseTo(0.75, 10);
  });

  it('counts a key result without a weight as weight 1 when weights are mixed', () => {
    // (2 × 100% + 1 × 40%) / (2 + 1) = 80%
    expect(progressOf([measured('kr:a', 100, 2), measured('kr:b', 40, null)])).toBeCloseTo(0.8, 10);
  });

  it('counts a key result with no check-in as 0%, which pulls the objective down', () => {
    expect(progressOf([measured('kr:a', 80), measured('kr:b', undefined)])).toBe(0.4);
  });

  it('is 0, not null, when key results exist but nobody has checked in', () => {
    expect(progressOf([measured('kr:a', undefined), measured('kr:b', undefined)])).toBe(0);
  });

  it('uses each key result\'s clamped progress, so an overshoot cannot make up for another', () => {
    expect(progressOf([measured('kr:a', 200), measured('kr:b', 0)])).toBe(0.5);
  });

  it('mixes metric kinds: a 50% decrease, a held line and an unfinished milestone make 50%', () => {
    const krs = [
      keyResult({ id: 'kr:cost', objectiveId: objective.id, metric: 'decrease', start: 20, target: 10 }),
      keyResult({ id: 'kr:uptime', objectiveId: objective.id, metric: 'stayAbove', start: 99, target: 99 }),
      keyResult({ id: 'kr:launch', objectiveId: objective.id, metric: 'milestone', start: 0, target: 1 }),
    ];
    const checkIns = [
      checkIn({ keyResultId: 'kr:cost', date: '2026-10-10', value: 15 }),
      checkIn({ keyResultId: 'kr:uptime', date: '2026-10-10', value: 99.5 }),
      checkIn({ keyResultId: 'kr:launch', date: '2026-10-10', value: 0 }),
    ];
    expect(objectiveProgress(objective, krs, checkIns)).toBe(0.5);
  });

  it('ignores deleted key results', () => {
    const kept = measured('kr:a', 60);
    const removed = measured('kr:b', 0);
    expect(objectiveProgress(objective, [kept.kr, deleted(removed.kr)], [...kept.checkIns, ...removed.checkIns])).toBe(0.6);
  });

  it('is null when every key result is deleted', () => {
    const removed = measured('kr:a', 60);
    expect(objectiveProgress(objective, [deleted(removed.kr)], removed.checkIns)).toBeNull();
  });

  it('ignores key results of other objectives', () => {
    const own = measured('kr:a', 20);
    const other = keyResult({ id: 'kr:other', objectiveId: 'objective:other' });
    const otherCheckIn = checkIn({ keyResultId: 'kr:other', date: '2026-10-10', value: 100 });
    expect(objectiveProgress(objective, [own.kr, other], [...own.checkIns, otherCheckIn])).toBe(0.2);
  });

  it('uses the latest check-in of each key result', () => {
    const kr = keyResult({ id: 'kr:a', objectiveId: objective.id, metric: 'increase', start: 0, target: 100 });
    const checkIns = [
      checkIn({ keyResultId: 'kr:a', date: '2026-10-20', value: 70 }),
      checkIn({ keyResultId: 'kr:a', date: '2026-10-01', value: 10 }),
    ];
    expect(objectiveProgress(objective, [kr], checkIns)).toBe(0.7);
  });
});

describe('keyResultWeight', () => {
  it('is the given weight', () => {
    expect(keyResultWeight({ weight: 2.5 })).toBe(2.5);
  });

  it('is 1 when no weight is given', () => {
    expect(keyResultWeight({ weight: null })).toBe(1);
  });
});
