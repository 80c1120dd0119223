import { describe, expect, it } from 'vitest';
import { createIdGenerator, newId, UUID_V7_PATTERN } from '../../../shared/ids';

describe('record ids', () => {
  it('are UUIDv7 strings', () => {
    expect(newId()).toMatch(UUID_V7_PATTERN);
  });

  it('are unique across many calls', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId()));
    expect(ids.size).toBe(10_000);
  });

  it('repeat exactly for the same seed and differ for another seed', () => {
    const a = createIdGenerator({ seed: 7 });
    const b = createIdGenerator({ seed: 7 });
    const c = createIdGenerator({ seed: 8 });
    const fromA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(fromA);
    expect(c()).not.toBe(fromA[0]);
    fromA.forEach((id) => expect(id).toMatch(UUID_V7_PATTERN));
  });

  it('sort in creation order even when many are made in the same millisecond', () => {
    const next = createIdGenerator();
    const ids = Array.from({ length: 5_000 }, () => next());
    expect([...ids].sort()).toEqual(ids);
    ids.forEach((id) => expect(id).toMatch(UUID_V7_PATTERN));
  });

  it('keep their exact form for a seed (8-4-4-4-12 lower-case hex): stored sample ids never change', () => {
    const next = createIdGenerator({ seed: 42, startMs: Date.UTC(2026, 10, 26) });
    expect([next(), next(), next()]).toEqual(['01a21526-e400-759f-9d78-3fe1be4e3280', '01a21526-e401-7708-840f-2fc887062cd7', '01a21526-e402-7e98-bea5-354dbddb8234']);
  });

  it('draw fresh random bits for every id across refills of the random pool (256 ids per refill)', () => {
    const next = createIdGenerator();
    const randomParts = Array.from({ length: 1_000 }, () => next().slice(19));
    expect(new Set(randomParts).size).toBe(1_000);
  });

  it('sort in creation order when seeded (time-ordered prefix)', () => {
    const next = createIdGenerator({ seed: 1, startMs: Date.UTC(2026, 10, 26) });
    const ids = Array.from({ length: 50 }, () => next());
    expect([...ids].sort()).toEqual(ids);
  });
});
