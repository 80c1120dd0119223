import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LIVE_PLAN_ID, ROLE_IDS, type Membership, type Person, type Team } from '../../../shared/model';
import { organisationHealth, teamHealth, type PlanHealthInput } from '../../../shared/rules';
import { coveredTeam, defaultRoles, deleted, membership } from './factories';
import { defaultDepartments, emptyPlan, person, team } from './orgFactories';

const SEC = ROLE_IDS.securityAnalyst;
const onTeam = (key: string, list: Membership[]) => list.map((m) => ({ ...m, teamId: `team:${key}` }));

/**
 * Search: covered, with a business stakeholder (pass). Payments and Billing: covered, but they share
 * Grace as their only security analyst and each has an over-allocated member (warn). Web: no
 * business analyst and no security analyst (fail). Fia is on 100 + 50 = 150 %, Pat on 100 + 20 = 120 %.
 */
function smallOrg(): PlanHealthInput {
  const grace = (key: string) => membership({ personId: 'person:grace', teamId: `team:${key}`, roleId: SEC, allocation: 40 });
  return emptyPlan({
    teams: [team('search', 'Search'), team('payments', 'Payments'), team('billing', 'Billing'), team('web', 'Web'), deleted(team('old', 'Old'))],
    people: [
      person('grace', 'Grace Tanaka'),
      person('fin', 'Fia Nunez', { departmentId: 'department:finance' }),
      person('sal', 'Sol Alvarez', { departmentId: 'department:sales' }),
    ],
    memberships: [
      ...onTeam('search', coveredTeam()).map((m) => ({ ...m, personId: `${m.personId}-s` })),
      membership({ personId: 'person:sal', teamId: 'team:search', roleId: ROLE_IDS.businessStakeholder, allocation: 50 }),
      ...onTeam('payments', coveredTeam()).filter((m) => m.roleId !== SEC),
      grace('payments'),
      membership({ personId: 'person:fin', teamId: 'team:payments', roleId: ROLE_IDS.businessStakeholder, allocation: 100 }),
      membership({ personId: 'person:fin', teamId: 'team:web', roleId: ROLE_IDS.businessStakeholder, allocation: 50 }),
      ...onTeam('billing', coveredTeam()).filter((m) => m.roleId !== SEC).map((m) => ({ ...m, personId: `${m.personId}-b` })),
      grace('billing'),
      membership({ personId: 'person:pat', teamId: 'team:web', roleId: ROLE_IDS.productOwner, allocation: 100 }),
      membership({ personId: 'person:pat', teamId: 'team:billing', roleId: ROLE_IDS.developer, allocation: 20 }),
      membership({ personId: 'person:dev-w', teamId: 'team:web', roleId: ROLE_IDS.developer }),
      membership({ personId: 'person:x', teamId: 'team:old', roleId: SEC }),
    ],
  });
}

describe('organisationHealth', () => {
  it('summarises a small organisation exactly', () => {
    const { summary } = organisationHealth(smallOrg());
    expect(summary).toEqual({
      teams: { pass: 1, warn: 2, fail: 1 },
      overAllocatedPeople: [
        { personId: 'person:fin', total: 150, shares: [{ teamId: 'team:payments', allocation: 100 }, { teamId: 'team:web', allocation: 50 }] },
        { personId: 'person:pat', total: 120, shares: [{ teamId: 'team:web', allocation: 100 }, { teamId: 'team:billing', allocation: 20 }] },
      ],
      missingRoles: [
        { roleId: ROLE_IDS.businessAnalyst, roleName: 'Business analyst', teamIds: ['team:web'] },
        { roleId: SEC, roleName: 'Security analyst', teamIds: ['team:web'] },
      ],
      singlePointsOfFailure: 1,
      singlePointOfFailurePersonIds: ['person:grace'],
    });
  });

  it('gives every alive team the same health teamHealth gives it alone, and leaves out deleted teams', () => {
    const input = smallOrg();
    const { byTeam } = organisationHealth(input);
    expect([...byTeam.keys()]).toEqual(['team:search', 'team:payments', 'team:billing', 'team:web']);
    for (const [teamId, health] of byTeam) expect(health).toEqual(teamHealth({ ...input, teamId }));
    expect(byTeam.get('team:payments')?.findings.map((f) => f.id)).toEqual([
      'allocation:over:person:fin',
      `spof:person:grace:${SEC}`,
      'cross-functional:share',
    ]);
  });

  it('lists missing roles in the roles\' order, each with the teams that lack it in plan order', () => {
    const input = emptyPlan({
      teams: [team('a', 'A'), team('b', 'B')],
      memberships: [membership({ personId: 'person:1', teamId: 'team:a', roleId: SEC }), ...onTeam('b', coveredTeam()).filter((m) => m.roleId !== ROLE_IDS.productOwner)],
    });
    expect(organisationHealth(input).summary.missingRoles.map((r) => [r.roleId, r.teamIds])).toEqual([
      [ROLE_IDS.productOwner, ['team:a', 'team:b']],
      [ROLE_IDS.developer, ['team:a']],
      [ROLE_IDS.businessAnalyst, ['team:a']],
    ]);
  });

  it('does not count an understaffed role as missing: its team still has a holder', () => {
    const roles = defaultRoles().map((r) => (r.id === ROLE_IDS.developer ? { ...r, minPerTeam: 3 } : r));
    const input = emptyPlan({ teams: [team('a', 'A')], memberships: onTeam('a', coveredTeam()), roles });
    const { summary, byTeam } = organisationHealth(input);
    expect(summary.missingRoles).toEqual([]);
    expect(byTeam.get('team:a')?.verdict).toBe('fail');
  });

  it('counts a person who is the only holder of two roles on several teams as one single point of failure', () => {
    const alone = (key: string) => [
      membership({ personId: 'person:grace', teamId: `team:${key}`, roleId: SEC }),
      membership({ personId: 'person:grace', teamId: `team:${key}`, roleId: ROLE_IDS.businessAnalyst }),
    ];
    const input = emptyPlan({ teams: [team('a', 'A'), team('b', 'B')], memberships: [...alone('a'), ...alone('b')] });
    const { summary, byTeam } = organisationHealth(input);
    expect(summary.singlePointsOfFailure).toBe(1);
    expect(byTeam.get('team:a')?.findings.filter((f) => f.rule === 'spof')).toHaveLength(2);
  });

  it('is empty for a plan without teams', () => {
    expect(organisationHealth(emptyPlan())).toEqual({
      byTeam: new Map(),
      summary: { teams: { pass: 0, warn: 0, fail: 0 }, overAllocatedPeople: [], missingRoles: [], singlePointsOfFailure: 0, singlePointOfFailurePersonIds: [] },
    });
  });

  it('reads each membership a fixed number of times, however many teams there are: no teams × memberships', () => {
    const input = largeOrganisation();
    let reads = 0;
    const memberships = new Proxy(input.memberships, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    organisationHealth({ ...input, memberships });
    expect(reads).toBeLessThanOrEqual(2 * input.memberships.length);
  });

  it('works out 500 teams, 5,000 people and about 6,000 memberships within 200 ms', () => {
    const input = largeOrganisation();
    expect(input.memberships.length).toBeGreaterThanOrEqual(6_000);
    const { byTeam, summary } = organisationHealth(input);
    expect(byTeam.size).toBe(500);
    expect(summary.teams.pass + summary.teams.warn + summary.teams.fail).toBe(500);
    expect(summary.overAllocatedPeople.length).toBeGreaterThan(0);
    expect(summary.singlePointsOfFailure).toBe(50);
    // The best of three, so a busy test machine does not fail it; the test above guards the complexity.
    const timings = [0, 1, 2].map(() => {
      const started = performance.now();
      organisationHealth(input);
      return performance.now() - started;
    });
    expect(Math.min(...timings)).toBeLessThan(200);
  });
});

const CREATED = '2026-10-01T09:00:00.000Z';
const alive = { createdAt: CREATED, updatedAt: CREATED, deletedAt: null, updatedBy: null };
const ROLE_CYCLE = [ROLE_IDS.productOwner, ROLE_IDS.developer, ROLE_IDS.developer, ROLE_IDS.developer, ROLE_IDS.developer,
  ROLE_IDS.developer, ROLE_IDS.businessAnalyst, ROLE_IDS.securityAnalyst, ROLE_IDS.designer, ROLE_IDS.businessStakeholder];
const DEPARTMENT_IDS = defaultDepartments().map((d) => d.id);

/**
 * Size L: 500 teams of 10 people each and 1,000 people on a second team. Every tenth team has no
 * security analyst of its own but borrows the next team's, who becomes a single point of failure.
 */
function largeOrganisation(): PlanHealthInput {
  const teams: Team[] = Array.from({ length: 500 }, (_, i) => ({
    ...alive, id: `team:${i}`, planId: LIVE_PLAN_ID, name: `Team ${i}`, mission: '', services: [], championId: null,
  }));
  const people: Person[] = Array.from({ length: 5_000 }, (_, i) => ({
    ...alive, id: `person:${i}`, name: `Person ${i}`, email: null, title: '', departmentId: DEPARTMENT_IDS[i % DEPARTMENT_IDS.length] ?? null,
  }));
  const memberships: Membership[] = [];
  const join = (n: number, personIndex: number, teamIndex: number, allocation: number, roleId: string) =>
    memberships.push({ ...alive, id: `membership:${n}`, planId: LIVE_PLAN_ID, teamId: `team:${teamIndex}`, personId: `person:${personIndex}`, roleId, allocation });
  for (let p = 0; p < 5_000; p++) {
    const team = Math.floor(p / 10);
    const role = ROLE_CYCLE[p % 10]!;
    join(p, p, team, 80, team % 10 === 0 && role === ROLE_IDS.securityAnalyst ? ROLE_IDS.designer : role);
  }
  for (let q = 0; q < 50; q++) join(5_000 + q, (q * 10 + 1) * 10 + 7, q * 10, 20, ROLE_IDS.securityAnalyst);
  for (let q = 50; q < 1_000; q++) join(5_000 + q, q * 5, (q * 7 + 3) % 500, q % 3 === 0 ? 40 : 20, ROLE_CYCLE[(q * 5) % 10]!);
  return { teams, people, memberships, departments: defaultDepartments(), roles: defaultRoles(), settings: { sizeLimits: DEFAULT_SETTINGS.sizeLimits } };
}
