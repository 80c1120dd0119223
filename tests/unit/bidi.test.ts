import { describe, expect, it } from 'vitest';
import { FSI, PDI, affectsBidiOrder, dropStrayIsolateEnds, isolateBidi } from '../../shared/bidi';

const RLO = '\u202e';

describe('isolating user text for bidirectional display', () => {
  it('wraps a name holding a right-to-left override in FSI … PDI, so the text after it keeps its order', () => {
    expect(isolateBidi(`Ana${RLO} Lima`)).toBe(`${FSI}Ana${RLO} Lima${PDI}`);
    expect(`${isolateBidi(`Evil${RLO}name`)} · 5 people`).toBe(`${FSI}Evil${RLO}name${PDI} · 5 people`);
  });

  it('wraps right-to-left names (Hebrew, Arabic) so numbers after them stay in place', () => {
    expect(isolateBidi('שרה לוי')).toBe(`${FSI}שרה לוי${PDI}`);
    expect(isolateBidi('فريق المدفوعات')).toBe(`${FSI}فريق المدفوعات${PDI}`);
  });

  it('leaves plain left-to-right text byte for byte the same', () => {
    for (const text of ['Payments Platform', 'Zoë Müller', 'Team 7 (Ops) — Łódź', '']) {
      expect(affectsBidiOrder(text)).toBe(false);
      expect(isolateBidi(text)).toBe(text);
    }
  });

  it('drops a stray POP DIRECTIONAL ISOLATE that would end the isolation early and let an override escape', () => {
    expect(isolateBidi(`x${PDI}${RLO}evil`)).toBe(`${FSI}x${RLO}evil${PDI}`);
    expect(dropStrayIsolateEnds(`${FSI}a${PDI}b${PDI}`)).toBe(`${FSI}a${PDI}b`);
    expect(dropStrayIsolateEnds('plain')).toBe('plain');
  });
});
