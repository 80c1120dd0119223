import { describe, expect, it } from 'vitest';
import { sortInSlices } from '../../../renderer/db/sortInSlices';
import { byName } from '../../../renderer/db/nameOrder';

const names = ['Zoë Adler', 'émile Roy', 'Aamer Khan', 'Łukasz Nowak', 'Anne Berg', 'aamer khan', 'Søren Dahl', 'Émile Roy', 'Chloé Petit', 'Bob Stone'];

describe('sortInSlices', () => {
  it('gives the same order as one sort, ties kept in their original order, for every slice size', async () => {
    const people = Array.from({ length: 2_345 }, (_, i) => ({ name: names[(i * 7) % names.length]!, row: i }));
    const expected = [...people].sort(byName);
    for (const slice of [1, 7, 100, 1_000, 5_000]) {
      const yields: number[] = [];
      const sorted = await sortInSlices(people, byName, slice, async () => void yields.push(1));
      expect(sorted).toEqual(expected);
      if (slice < people.length) expect(yields.length).toBeGreaterThan(0);
    }
  });

  it('yields between slices and merges, so no step sorts more than a slice or merges more than the list once', async () => {
    const people = Array.from({ length: 10_000 }, (_, i) => ({ name: `Person ${(i * 7_919) % 10_000}` }));
    let steps = 0;
    const sorted = await sortInSlices(people, byName, 1_000, async () => void steps++);
    expect(sorted.map((p) => p.name)).toEqual(people.map((p) => p.name).sort((a, b) => a.localeCompare(b)));
    // 10 slices (9 yields before them) and 9 merges.
    expect(steps).toBe(18);
  });

  it('returns an empty list for no items and leaves the input as it was', async () => {
    expect(await sortInSlices([], byName)).toEqual([]);
    const input = [{ name: 'b' }, { name: 'a' }];
    await sortInSlices(input, byName, 1);
    expect(input.map((p) => p.name)).toEqual(['b', 'a']);
  });
});
