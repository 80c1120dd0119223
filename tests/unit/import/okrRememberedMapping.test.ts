import { describe, expect, it } from 'vitest';
import { emptyOkrMapping, rememberedOkrMapping, suggestOkrMapping } from '../../../shared/import/okrs';

const HEADERS = ['Quarter', 'Goal', 'Squad', 'Squad 2', 'KR', 'Aim'];

describe('an OKR column mapping remembered on this device', () => {
  it('comes back as it was saved, owner-team columns included', () => {
    const saved = { ...suggestOkrMapping(HEADERS), objective: 1, target: 5 };
    expect(rememberedOkrMapping(JSON.parse(JSON.stringify(saved)), HEADERS)).toEqual(saved);
    expect(saved.ownerTeams).toEqual([2, 3]);
  });

  it('is ignored when a column it names is no longer in the file, or it is damaged', () => {
    const saved = { ...emptyOkrMapping(), target: 9 };
    expect(rememberedOkrMapping(saved, HEADERS)).toBeNull();
    expect(rememberedOkrMapping({ ...emptyOkrMapping(), ownerTeams: [2, 7] }, HEADERS)).toBeNull();
    expect(rememberedOkrMapping({ ...emptyOkrMapping(), ownerTeams: 'Squad' }, HEADERS)).toBeNull();
    expect(rememberedOkrMapping({ ...emptyOkrMapping(), objective: 1.5 }, HEADERS)).toBeNull();
    expect(rememberedOkrMapping(null, HEADERS)).toBeNull();
    expect(rememberedOkrMapping('objective', HEADERS)).toBeNull();
  });

  it('fills fields it does not mention with "not in the file"', () => {
    expect(rememberedOkrMapping({ objective: 1 }, HEADERS)).toEqual({ ...emptyOkrMapping(), objective: 1 });
  });
});
