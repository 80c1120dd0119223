import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../shared/model';
import { teamHealth, type PlanHealthInput } from '../../../shared/rules';
import { coveredTeam, deleted, members, membership, sizeLimits } from './factories';
import { emptyPlan, person, team } from './orgFactories';

const FINANCE = 'department:finance';
const teams = [team('payments', 'Payments'), team('search', 'Search'), team('web', 'Web')];

/** The covered team on Payments plus a full-time business stakeholder from Finance. */
function healthyPlan(fields: Partial<PlanHealthInput> = {}): PlanHealthInput {
  return emptyPlan({
    teams,
    memberships: [...coveredTeam(), membership({ personId: 'person:fin', roleId: ROLE_IDS.businessStakeholder })],
    people: [person('fin', 'Fia Nunez', { departmentId: FINANCE }), person('po', 'Pat Oyelaran')],
    ...fields,
  });
}

describe('teamHealth', () => {
  it('passes a team of 5 that covers its roles and includes the business, with only the share as information', () => {
    const health = teamHealth({ ...healthyPlan(), teamId: 'team:payments' });
    expect(health.verdict).toBe('pass');
    expect(health.size).toEqual({ headcount: 5, fte: 5 });
    expect(health.crossFunctional).toMatchObject({ members: 5, businessMembers: 1 });
    expect(health.coverage.filter((c) => c.required).map((c) => c.status)).toEqual(['covered', 'covered', 'covered', 'covered']);
    expect(health.findings.map((f) => f.id)).toEqual(['cross-functional:share']);
  });

  it('reports an empty team as having no members and no required roles, without a business-mix finding', () => {
    const health = teamHealth({ ...healthyPlan(), teamId: 'team:web' });
    expect(health.verdict).toBe('fail');
    expect(health.size).toEqual({ headcount: 0, fte: 0 });
    expect(health.findings.map((f) => f.id)).toEqual([
      `role-coverage:${ROLE_IDS.productOwner}`,
      `role-coverage:${ROLE_IDS.developer}`,
      `role-coverage:${ROLE_IDS.businessAnalyst}`,
      `role-coverage:${ROLE_IDS.securityAnalyst}`,
      'two-pizza:empty',
    ]);
  });

  it('combines every rule and sorts the findings fail, then warn, then info', () => {
    const payments = [
      ...members(9, { roleId: ROLE_IDS.developer }),
      membership({ personId: 'person:po', roleId: ROLE_IDS.productOwner }),
      membership({ personId: 'person:ba', roleId: ROLE_IDS.businessAnalyst, allocation: 50 }),
      membership({ personId: 'person:grace', roleId: ROLE_IDS.securityAnalyst, allocation: 40 }),
    ];
    const elsewhere = [
      membership({ personId: 'person:ba', teamId: 'team:search', roleId: ROLE_IDS.developer, allocation: 80 }),
      membership({ personId: 'person:grace', teamId: 'team:search', roleId: ROLE_IDS.securityAnalyst, allocation: 40 }),
    ];
    const people = [person('ba', 'Bea Adeyemi'), person('grace', 'Grace Tanaka')];
    const health = teamHealth({ ...healthyPlan({ memberships: [...payments, ...elsewhere], people }), teamId: 'team:payments' });
    expect(health.findings.map((f) => [f.severity, f.id])).toEqual([
      ['fail', 'two-pizza:headcount'],
      ['warn', 'allocation:over:person:ba'],
      ['warn', `spof:person:grace:${ROLE_IDS.securityAnalyst}`],
      ['warn', 'cross-functional:none'],
    ]);
    expect(health.verdict).toBe('fail');
  });

  it('explains where an over-allocated member’s time goes, by team name', () => {
    const plan = healthyPlan({
      memberships: [
        ...coveredTeam(),
        membership({ personId: 'person:fin', roleId: ROLE_IDS.businessStakeholder, allocation: 100 }),
        membership({ personId: 'person:fin', teamId: 'team:search', roleId: ROLE_IDS.businessStakeholder, allocation: 50 }),
      ],
    });
    const finding = teamHealth({ ...plan, teamId: 'team:payments' }).findings.find((f) => f.rule === 'allocation');
    expect(finding?.explanation).toBe(
      'Fia Nunez is allocated 150% across 2 teams (Payments 100% and Search 50%): 50% more than full time, so some of that work will not happen.',
    );
  });

  it('reports only its own over-allocated members, not those of other teams', () => {
    const plan = healthyPlan({
      memberships: [
        ...coveredTeam(),
        membership({ personId: 'person:x', teamId: 'team:search', allocation: 100 }),
        membership({ personId: 'person:x', teamId: 'team:web', allocation: 100 }),
      ],
    });
    expect(teamHealth({ ...plan, teamId: 'team:payments' }).findings.some((f) => f.rule === 'allocation')).toBe(false);
    expect(teamHealth({ ...plan, teamId: 'team:search' }).findings.some((f) => f.id === 'allocation:over:person:x')).toBe(true);
  });

  it('checks the size against the limits in the settings', () => {
    const strict = { sizeLimits: sizeLimits({ warnAbove: 3, failAbove: 4, warnBelow: 1 }) };
    const health = teamHealth({ ...healthyPlan({ settings: strict }), teamId: 'team:payments' });
    expect(health.findings[0]).toMatchObject({ id: 'two-pizza:headcount', severity: 'fail' });
    expect(health.findings[0]?.explanation).toMatch(/^5 people is over the two-pizza limit of 4/);
  });

  it('ignores time on deleted teams and on teams outside the plan when adding up allocations', () => {
    const plan = healthyPlan({
      teams: [...teams, deleted(team('old', 'Old team'))],
      memberships: [
        ...coveredTeam(),
        membership({ personId: 'person:po', teamId: 'team:old', allocation: 60 }),
        membership({ personId: 'person:po', teamId: 'team:of-a-draft', allocation: 60 }),
      ],
    });
    expect(teamHealth({ ...plan, teamId: 'team:payments' }).findings.some((f) => f.rule === 'allocation')).toBe(false);
  });

  it('ignores deleted memberships of the team', () => {
    const plan = healthyPlan({ memberships: [...coveredTeam(), deleted(membership({ personId: 'person:fin', roleId: ROLE_IDS.businessStakeholder }))] });
    const health = teamHealth({ ...plan, teamId: 'team:payments' });
    expect(health.size.headcount).toBe(4);
    expect(health.findings.map((f) => f.id)).toEqual(['cross-functional:none']);
  });

  it('treats a team that is not an alive team of the plan as empty', () => {
    expect(teamHealth({ ...healthyPlan(), teamId: 'team:unknown' }).size).toEqual({ headcount: 0, fte: 0 });
  });
});
