import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../shared/model';
import { teamSize, twoPizzaFinding, twoPizzaFindings, type TeamSize } from '../../../shared/rules';
import { members, membership, sizeLimits } from './factories';

const limits = sizeLimits(); // warn above 8, fail above 10, warn below 3

function fullTime(headcount: number): TeamSize {
  return { headcount, fte: headcount };
}

/** `headcount` people, `doubled` of whom also hold a second role full-time on the same team. */
function withSecondRoles(headcount: number, doubled: number, extraAllocation = 100): TeamSize {
  const team = members(headcount);
  for (let i = 1; i <= doubled; i++) {
    team.push(membership({ personId: `person:${i}`, roleId: ROLE_IDS.architect, allocation: extraAllocation }));
  }
  return teamSize(team);
}

describe('twoPizzaFinding: headcount', () => {
  it.each([3, 5, 8])('passes a team of %i full-time people', (headcount) => {
    expect(twoPizzaFinding(fullTime(headcount), limits)).toBeUndefined();
    expect(twoPizzaFindings(fullTime(headcount), limits)).toEqual([]);
  });

  it('fails a team of 11 people: over the two-pizza limit of 10', () => {
    expect(twoPizzaFinding(fullTime(11), limits)).toEqual({
      id: 'two-pizza:headcount',
      rule: 'two-pizza',
      severity: 'fail',
      title: 'Team too large',
      explanation: '11 people is over the two-pizza limit of 10: a team this size spends more time coordinating than delivering.',
      fix: 'Split the team around parts of its service, or move people to teams that need them.',
    });
  });

  it('warns, but does not fail, a team of exactly 10: the limit itself is allowed', () => {
    expect(twoPizzaFinding(fullTime(10), limits)?.severity).toBe('warn');
  });

  it('warns a team of 9 people: above the comfortable size of 8', () => {
    const finding = twoPizzaFinding(fullTime(9), limits);
    expect(finding).toMatchObject({ id: 'two-pizza:headcount', severity: 'warn', title: 'Team getting large' });
    expect(finding?.explanation).toBe(
      '9 people is above the comfortable size of 8: a team this size spends more time coordinating than delivering.',
    );
    expect(finding?.fix).toBe('Keep the team at 8 or fewer, or plan how it will split before it grows further.');
  });

  it('warns a team of 2 people: below the minimum of 3', () => {
    const finding = twoPizzaFinding(fullTime(2), limits);
    expect(finding).toMatchObject({ id: 'two-pizza:headcount', severity: 'warn', title: 'Team too small' });
    expect(finding?.explanation).toMatch(/^2 people is below the minimum of 3: /);
    expect(finding?.fix).toMatch(/at least 3/);
  });

  it('speaks of one person in the singular', () => {
    expect(twoPizzaFinding(fullTime(1), limits)?.explanation).toMatch(/^1 person is below the minimum of 3/);
  });

  it('gives an empty team its own finding instead of "0 people is below the minimum"', () => {
    const findings = twoPizzaFindings({ headcount: 0, fte: 0 }, limits);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'two-pizza:empty', rule: 'two-pizza', severity: 'warn', title: 'No members yet' });
    expect(findings[0]?.fix).toMatch(/add people/i);
  });

  it('flags an empty team even when the lower limit is switched off', () => {
    expect(twoPizzaFinding({ headcount: 0, fte: 0 }, sizeLimits({ warnBelow: 0 }))?.id).toBe('two-pizza:empty');
  });
});

describe('twoPizzaFinding: limits changed in settings', () => {
  const strict = sizeLimits({ warnAbove: 5, failAbove: 6, warnBelow: 4 });

  it('fails 7 people when the two-pizza limit is 6', () => {
    const finding = twoPizzaFinding(fullTime(7), strict);
    expect(finding?.severity).toBe('fail');
    expect(finding?.explanation).toMatch(/^7 people is over the two-pizza limit of 6/);
  });

  it('warns 6 people when the comfortable size is 5', () => {
    expect(twoPizzaFinding(fullTime(6), strict)?.explanation).toMatch(/above the comfortable size of 5/);
  });

  it('warns 3 people when the minimum is 4', () => {
    expect(twoPizzaFinding(fullTime(3), strict)?.explanation).toMatch(/^3 people is below the minimum of 4/);
  });

  it('passes a team of one when the lower limit is 0', () => {
    expect(twoPizzaFinding(fullTime(1), sizeLimits({ warnBelow: 0 }))).toBeUndefined();
  });

  it('goes straight from fine to fail when the warn and fail limits are equal', () => {
    const noWarning = sizeLimits({ warnAbove: 8, failAbove: 8 });
    expect(twoPizzaFinding(fullTime(8), noWarning)).toBeUndefined();
    expect(twoPizzaFinding(fullTime(9), noWarning)?.severity).toBe('fail');
  });

  it('passes 12 people when the two-pizza limit is raised to 12', () => {
    expect(twoPizzaFinding(fullTime(12), sizeLimits({ warnAbove: 12, failAbove: 12 }))).toBeUndefined();
  });
});

describe('twoPizzaFinding: FTE', () => {
  it('fails 14 half-time people on headcount and explains that part-timers still add coordination', () => {
    const size = teamSize(members(14, { allocation: 50 }));
    const findings = twoPizzaFindings(size, limits);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'two-pizza:headcount', severity: 'fail' });
    expect(findings[0]?.explanation).toBe(
      '14 people is over the two-pizza limit of 10, even though their time adds up to only 7 FTE: every member, part-time or not, adds to the coordination.',
    );
    expect(findings[0]?.fix).toMatch(/fewer people more of their time/);
  });

  it('warns 6 people at 40% each: only 2.4 FTE, below the minimum of 3', () => {
    const findings = twoPizzaFindings(teamSize(members(6, { allocation: 40 })), limits);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'two-pizza:fte', severity: 'warn', title: 'Mostly part-time' });
    expect(findings[0]?.explanation).toBe(
      '6 people add up to only 2.4 FTE, below the minimum of 3: with so many part-timers the team has little time to deliver.',
    );
  });

  it('both fails 11 people at 10% on headcount and warns that they add up to only 1.1 FTE', () => {
    const findings = twoPizzaFindings(teamSize(members(11, { allocation: 10 })), limits);
    expect(findings.map((f) => [f.id, f.severity])).toEqual([
      ['two-pizza:headcount', 'fail'],
      ['two-pizza:fte', 'warn'],
    ]);
    expect(twoPizzaFinding(teamSize(members(11, { allocation: 10 })), limits)?.id).toBe('two-pizza:headcount');
  });

  it('prefers the headcount finding when headcount and FTE are equally severe', () => {
    const size = teamSize(members(9, { allocation: 30 })); // 9 people (warn), 2.7 FTE (warn)
    expect(twoPizzaFindings(size, limits)).toHaveLength(2);
    expect(twoPizzaFinding(size, limits)?.id).toBe('two-pizza:headcount');
  });

  it('does not repeat a small team as a low-FTE finding: 2 people at 50% get one warning', () => {
    const findings = twoPizzaFindings(teamSize(members(2, { allocation: 50 })), limits);
    expect(findings.map((f) => f.id)).toEqual(['two-pizza:headcount']);
  });

  it('does not repeat a large team as a high-FTE finding: 11 full-timers get one failure', () => {
    expect(twoPizzaFindings(fullTime(11), limits).map((f) => f.id)).toEqual(['two-pizza:headcount']);
  });

  it('fails 8 people whose roles add up to 11 FTE: some are counted more than full-time', () => {
    const size = withSecondRoles(8, 3);
    expect(size).toEqual({ headcount: 8, fte: 11 });
    const findings = twoPizzaFindings(size, limits);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'two-pizza:fte', severity: 'fail', title: 'More work than people' });
    expect(findings[0]?.explanation).toBe(
      'Allocations add up to 11 FTE for 8 people, over the two-pizza limit of 10: some people are counted as more than full-time across their roles on this team.',
    );
    expect(findings[0]?.fix).toMatch(/at most 100%/);
  });

  it('warns 7 people whose roles add up to 9 FTE: above the comfortable size of 8', () => {
    const finding = twoPizzaFinding(withSecondRoles(7, 2), limits);
    expect(finding).toMatchObject({ id: 'two-pizza:fte', severity: 'warn' });
    expect(finding?.explanation).toMatch(/9 FTE for 7 people, above the comfortable size of 8/);
  });

  it('adds an FTE failure to a headcount warning: 9 people, 11 FTE', () => {
    const size = withSecondRoles(9, 2);
    expect(twoPizzaFindings(size, limits).map((f) => [f.id, f.severity])).toEqual([
      ['two-pizza:headcount', 'warn'],
      ['two-pizza:fte', 'fail'],
    ]);
    expect(twoPizzaFinding(size, limits)?.id).toBe('two-pizza:fte');
  });

  it('compares the exact FTE with the limit: 10.01 FTE fails, 10 FTE does not', () => {
    expect(twoPizzaFinding(withSecondRoles(10, 1, 1), limits)).toMatchObject({ id: 'two-pizza:fte', severity: 'fail' });
    expect(twoPizzaFinding(withSecondRoles(9, 1, 100), limits)?.severity).toBe('warn');
  });

  it('shows a fractional FTE rounded to two decimals in the explanation', () => {
    const size = teamSize(members(7, { allocation: 33 })); // 2.31 FTE
    expect(twoPizzaFinding(size, limits)?.explanation).toMatch(/only 2\.31 FTE/);
  });
});
