import { describe, expect, it } from 'vitest';
import { hiddenCardItems, hiddenLabel, hiddenSummary, NOTHING_HIDDEN } from '../../../renderer/features/teams/hiddenCardItems';

describe('what a team card hides below its edge', () => {
  it('counts members and missing roles whose bottom is below the visible bottom; half-cut ones are hidden', () => {
    const items = [
      { kind: 'member' as const, bottom: 100 },
      { kind: 'member' as const, bottom: 200.4 },
      { kind: 'gap' as const, bottom: 210 },
      { kind: 'member' as const, bottom: 223 },
      { kind: 'member' as const, bottom: 246 },
    ];
    expect(hiddenCardItems(200, items)).toEqual({ members: 2, gaps: 1 });
  });

  it('is the one "nothing hidden" value when everything fits, so a card does not re-render for it', () => {
    expect(hiddenCardItems(300, [{ kind: 'member', bottom: 120 }])).toBe(NOTHING_HIDDEN);
    expect(hiddenCardItems(300, [])).toBe(NOTHING_HIDDEN);
  });

  it('says it shortly on the card and in full to a screen reader', () => {
    expect(hiddenSummary({ members: 3, gaps: 0 })).toBe('+3 more');
    expect(hiddenSummary({ members: 0, gaps: 1 })).toBe('1 missing');
    expect(hiddenSummary({ members: 2, gaps: 1 })).toBe('+2, 1 missing');
    expect(hiddenLabel({ members: 1, gaps: 0 })).toBe('1 more member not shown on the card: open the team');
    expect(hiddenLabel({ members: 4, gaps: 2 })).toBe('4 more members and 2 missing roles not shown on the card: open the team');
  });
});
