import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, ROLE_IDS } from '../../../shared/model';
import { healthDelta, planHealthSummary } from '../../../shared/scenarios';
import { defaultRoles } from '../rules/factories';
import { member, team } from './fixtures';

const roles = defaultRoles();
const departments = [{ id: 'dep:sales', kind: 'business' as const, deletedAt: null }, { id: 'dep:eng', kind: 'technology' as const, deletedAt: null }];
const person = (id: string, departmentId = 'dep:eng') => ({ id, name: id, departmentId, deletedAt: null });
const people = [person('po'), person('dev1'), person('dev2'), person('ba'), person('sec'), person('sales', 'dep:sales')];
const full = (teamId: string) => [
  member(teamId, 'po', ROLE_IDS.productOwner, 30), member(teamId, 'dev1', ROLE_IDS.developer, 50), member(teamId, 'ba', ROLE_IDS.businessAnalyst, 50),
  member(teamId, 'sec', ROLE_IDS.securityAnalyst, 50), member(teamId, 'sales', ROLE_IDS.businessStakeholder, 20),
];

describe('health summary of a plan and its delta', () => {
  it('counts failing teams, over-allocated people, single points of failure and the business share, with the ids behind them', () => {
    const teams = [team('a', 'A'), team('b', 'B'), team('empty', 'Empty')];
    const memberships = [...full('a'), ...full('b'), member('a', 'dev2', ROLE_IDS.developer, 100), member('b', 'dev2', ROLE_IDS.developer, 10)];
    const summary = planHealthSummary({ teams, memberships, people, departments, roles, settings: DEFAULT_SETTINGS });
    expect(summary.teams).toBe(3);
    expect(summary.failingTeams).toEqual({ count: 1, teamIds: ['empty'], personIds: [] });
    expect(summary.overAllocatedPeople).toEqual({ count: 1, teamIds: ['a', 'b'], personIds: ['dev2'] });
    expect(summary.singlePointsOfFailure.count).toBe(3);
    expect(summary.singlePointsOfFailure.personIds).toEqual(['ba', 'po', 'sec']);
    expect(summary.businessShare.personIds).toEqual(['sales']);
    expect(summary.businessShare.fte).toBeCloseTo(5.1);
    expect(summary.businessShare.share).toBeCloseTo(0.4 / 5.1);
  });

  it('reads "failing teams 1 → 0" and says whether each figure got better', () => {
    const base = planHealthSummary({ teams: [team('a', 'A'), team('empty', 'Empty')], memberships: full('a'), people, departments, roles, settings: DEFAULT_SETTINGS });
    const next = planHealthSummary({ teams: [team('a', 'A')], memberships: [...full('a'), member('a', 'sales', ROLE_IDS.businessStakeholder, 80)], people, departments, roles, settings: DEFAULT_SETTINGS });
    const delta = healthDelta(base, next);
    expect(delta.map((row) => row.text)).toEqual([
      'failing teams 1 → 0', 'teams needing attention 1 → 1', 'over-allocated people 0 → 0', 'single points of failure 0 → 0', 'business share 10% → 36%',
    ]);
    expect(delta.map((row) => row.direction)).toEqual(['better', 'same', 'same', 'same', 'better']);
  });

  it('summarises an empty plan as zeros', () => {
    const summary = planHealthSummary({ teams: [], memberships: [], people, departments, roles, settings: DEFAULT_SETTINGS });
    expect(summary.failingTeams.count + summary.overAllocatedPeople.count + summary.businessShare.share).toBe(0);
  });
});
