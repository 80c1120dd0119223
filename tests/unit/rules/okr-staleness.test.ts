import { describe, expect, it } from 'vitest';
import { checkInIsStale, daysWithoutCheckIn } from '../../../shared/rules';

const Q4 = { start: '2026-10-01', end: '2026-12-31' };
const createdOn = '2026-10-01';

describe('staleness: no check-in for more than N days', () => {
  it('is fresh at exactly 14 days without a check-in (default setting)', () => {
    expect(checkInIsStale({ lastCheckInDate: '2026-11-02', createdOn }, Q4, '2026-11-16', 14)).toBe(false);
  });

  it('is stale at 15 days without a check-in', () => {
    expect(checkInIsStale({ lastCheckInDate: '2026-11-01', createdOn }, Q4, '2026-11-16', 14)).toBe(true);
  });

  it('uses the number of days from Settings', () => {
    expect(checkInIsStale({ lastCheckInDate: '2026-11-09', createdOn }, Q4, '2026-11-16', 5)).toBe(true);
    expect(checkInIsStale({ lastCheckInDate: '2026-11-09', createdOn }, Q4, '2026-11-16', 7)).toBe(false);
  });

  it('counts from the period start when nobody has checked in yet', () => {
    expect(daysWithoutCheckIn({ lastCheckInDate: undefined, createdOn: '2026-09-20' }, Q4, '2026-10-10')).toBe(9);
    expect(checkInIsStale({ lastCheckInDate: undefined, createdOn: '2026-09-20' }, Q4, '2026-10-20', 14)).toBe(true);
  });

  it('counts from the day the key result was created when that is later than the period start', () => {
    expect(checkInIsStale({ lastCheckInDate: undefined, createdOn: '2026-11-10' }, Q4, '2026-11-16', 14)).toBe(false);
  });

  it('stops counting at the end of the period: a closed period does not grow stale', () => {
    expect(daysWithoutCheckIn({ lastCheckInDate: '2026-12-28', createdOn }, Q4, '2027-03-01')).toBe(3);
  });

  it('is never stale before the period starts', () => {
    expect(checkInIsStale({ lastCheckInDate: undefined, createdOn: '2026-08-01' }, Q4, '2026-09-30', 14)).toBe(false);
  });
});
