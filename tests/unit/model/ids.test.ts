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

  it('sort in creation order when seeded (time-ordered prefix)', () => {
    const next = createIdGenerator({ seed: 1, startMs: Date.UTC(2026, 10, 26) });
    const ids = Array.from({ length: 50 }, () => next());
    expect([...ids].sort()).toEqual(ids);
  });
});
