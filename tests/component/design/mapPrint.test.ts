import { describe, expect, it } from 'vitest';
import { groupWordOf, mapPrintSearch, readPrintFilter } from '../../../renderer/features/design/map/mapPrint';

describe('the collaboration map print address', () => {
  it('carries the plan, the period and the filter to the print view and back', () => {
    const filter = { groupIds: ['g1', 'ungrouped'], types: ['platform', null] as ('platform' | null)[], kinds: ['collaboration' as const] };
    const search = mapPrintSearch('?plan=live&period=period:2026-Q4&autoprint=1', filter);
    expect(search).toBe('?plan=live&period=period%3A2026-Q4&groups=g1%2Cungrouped&types=platform%2Cnone&kinds=collaboration');
    expect(readPrintFilter(search)).toEqual(filter);
  });
  it('drops types and link kinds it does not know', () => {
    expect(readPrintFilter('?types=platform,robots&kinds=telepathy')).toEqual({ groupIds: [], types: ['platform'], kinds: [] });
  });
  it('calls the groups by their level when all share one, else "group"', () => {
    expect(groupWordOf([{ level: 'Tribe' }, { level: 'tribe ' }])).toBe('tribe');
    expect(groupWordOf([{ level: 'Tribe' }, { level: 'Value stream' }])).toBe('group');
    expect(groupWordOf([])).toBe('group');
  });
});
