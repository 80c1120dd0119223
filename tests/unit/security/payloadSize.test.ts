import { describe, expect, it } from 'vitest';
import { fitsWithin, MAX_PAYLOAD_DEPTH, payloadBytes, utf8ByteLength } from '../../../shared/security';

describe('utf8ByteLength', () => {
  it.each([
    ['', 0],
    ['Teamshape', 9],
    ['Zoë', 4],
    ['€', 3],
    ['👩‍💻', 11],
    ['\ud800', 3],
  ])('counts %j as %i bytes, as UTF-8 encodes it', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
    expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});

describe('payloadBytes: the size a bridge request is capped by', () => {
  it('counts strings as UTF-8 and structure by keys and entries', () => {
    expect(payloadBytes('abc')).toBe(3);
    expect(payloadBytes({ name: 'Zoë' })).toBeGreaterThanOrEqual(4 + 4);
    expect(payloadBytes([1, 2, 3])).toBeGreaterThanOrEqual(24);
    expect(payloadBytes(undefined)).toBe(1);
  });

  it('refuses a payload over the cap, and stops walking it once past the cap', () => {
    expect(fitsWithin({ content: 'x'.repeat(10_000_000) }, 1024)).toBe(false);
    expect(fitsWithin({ content: 'é'.repeat(10_000_000) }, 1024)).toBe(false);
    const manyTeams = Array.from({ length: 1_000_000 }, () => ({ name: 'Team' }));
    expect(payloadBytes(manyTeams, 1024)).toBeLessThan(1100);
  });

  it.each([
    ['a Map', new Map([['a', 1]])],
    ['a typed array', new Uint8Array(16)],
    ['a Date', new Date(0)],
    ['a function', () => 1],
    ['a bigint', 1n],
    ['a symbol', Symbol('x')],
    ['a class instance', new (class Team {})()],
  ])('refuses %s: no channel takes anything but plain data', (_what, value) => {
    expect(payloadBytes(value)).toBe(Infinity);
    expect(fitsWithin({ nested: [value] }, 1_000_000)).toBe(false);
  });

  it('refuses cycles and structures nested deeper than the limit', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(fitsWithin(cycle, 1_000_000)).toBe(false);
    let deep: unknown = 'leaf';
    for (let i = 0; i <= MAX_PAYLOAD_DEPTH; i++) deep = [deep];
    expect(fitsWithin(deep, 1_000_000)).toBe(false);
  });

  it('accepts a payload exactly at the cap and refuses one byte more', () => {
    expect(fitsWithin('x'.repeat(100), 100)).toBe(true);
    expect(fitsWithin('x'.repeat(101), 100)).toBe(false);
  });
});
