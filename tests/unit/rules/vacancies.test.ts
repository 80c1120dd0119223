import { describe, expect, it } from 'vitest';
import { ROLE_IDS, type Membership } from '../../../shared/model';
import {
  crossFunctionalMix,
  organisationHealth,
  personAllocations,
  roleCoverage,
  singlePointsOfFailure,
  teamHealth,
  teamSize,
} from '../../../shared/rules';
import { coveredTeam, defaultRoles, deleted, membership } from './factories';
import { emptyPlan, person, team } from './orgFactories';

/** An open role on team:payments: no person yet, its planned allocation. */
const vacancy = (fields: Partial<Membership> = {}) =>
  membership({ personId: null, roleId: ROLE_IDS.developer, allocation: 60, ...fields });

describe('vacancies (memberships without a person)', () => {
  it('count one each in headcount and their planned allocation in FTE', () => {
    const size = teamSize([...coveredTeam(), vacancy(), vacancy({ allocation: 40 })]);
    expect(size).toEqual({ headcount: 6, fte: 5 });
  });

  it('are not counted once deleted', () => {
    expect(teamSize([...coveredTeam(), deleted(vacancy())])).toEqual({ headcount: 4, fte: 4 });
  });

  it('cover their role, each one a holder, and say how many of the holders are still to hire', () => {
    const withoutSecurity = coveredTeam().filter((m) => m.roleId !== ROLE_IDS.securityAnalyst);
    const coverage = roleCoverage([...withoutSecurity, vacancy({ roleId: ROLE_IDS.securityAnalyst }), vacancy({ roleId: ROLE_IDS.securityAnalyst })], defaultRoles());
    expect(coverage.find((c) => c.roleId === ROLE_IDS.securityAnalyst)).toMatchObject({ holders: 2, vacancies: 2, status: 'covered' });
    expect(coverage.find((c) => c.roleId === ROLE_IDS.developer)).toMatchObject({ holders: 1, vacancies: 0 });
  });

  it('push a role over its maximum like any holder (a second product owner planned)', () => {
    const coverage = roleCoverage([...coveredTeam(), vacancy({ roleId: ROLE_IDS.productOwner })], defaultRoles());
    expect(coverage.find((c) => c.roleId === ROLE_IDS.productOwner)).toMatchObject({ holders: 2, status: 'overstaffed' });
  });

  it('are never over-allocated: nobody’s time is spent on them', () => {
    const allocations = personAllocations([vacancy({ allocation: 100 }), vacancy({ allocation: 100, teamId: 'team:search' })]);
    expect(allocations).toEqual([]);
  });

  it('are never a single point of failure, and share the role with the person beside them', () => {
    const roles = defaultRoles();
    const alone = [
      membership({ personId: 'person:sec', roleId: ROLE_IDS.securityAnalyst, teamId: 'team:payments' }),
      membership({ personId: 'person:sec', roleId: ROLE_IDS.securityAnalyst, teamId: 'team:search' }),
    ];
    expect(singlePointsOfFailure(alone, roles).map((s) => s.personId)).toEqual(['person:sec']);
    const withVacancy = [...alone, vacancy({ roleId: ROLE_IDS.securityAnalyst, teamId: 'team:search' })];
    expect(singlePointsOfFailure(withVacancy, roles)).toEqual([]);
    const onlyVacancies = ['team:payments', 'team:search', 'team:web'].map((teamId) => vacancy({ roleId: ROLE_IDS.securityAnalyst, teamId }));
    expect(singlePointsOfFailure(onlyVacancies, roles)).toEqual([]);
  });

  it('are left out of the business share: nobody knows which department the hire comes from', () => {
    const business = new Set(['person:fin']);
    const mix = crossFunctionalMix([membership({ personId: 'person:fin' }), membership({ personId: 'person:dev' }), vacancy({ allocation: 100 })], business);
    expect(mix).toMatchObject({ members: 2, businessMembers: 1, share: 0.5, fte: 2, businessFte: 1, fteShare: 0.5 });
  });

  it('make a team’s health count them without naming anyone over-allocated or a single point of failure', () => {
    const plan = emptyPlan({
      teams: [team('payments', 'Payments'), team('search', 'Search')],
      people: [person('po', 'Pat Oyelaran'), person('dev', 'Dev Ahmed'), person('ba', 'Bea Alvarez'), person('sec', 'Sam Ekwueme')],
      memberships: [
        ...coveredTeam(),
        vacancy({ roleId: ROLE_IDS.productOwner, teamId: 'team:search', allocation: 100 }),
        vacancy({ roleId: ROLE_IDS.developer, teamId: 'team:search', allocation: 100 }),
        vacancy({ roleId: ROLE_IDS.businessAnalyst, teamId: 'team:search', allocation: 100 }),
        vacancy({ roleId: ROLE_IDS.securityAnalyst, teamId: 'team:search', allocation: 100 }),
      ],
    });
    const search = teamHealth({ ...plan, teamId: 'team:search' });
    expect(search.size).toEqual({ headcount: 4, fte: 4 });
    expect(search.coverage.filter((c) => c.required).map((c) => c.status)).toEqual(['covered', 'covered', 'covered', 'covered']);
    expect(search.crossFunctional.members).toBe(0);
    expect(search.findings.map((f) => f.rule)).not.toContain('allocation');
    expect(search.findings.map((f) => f.rule)).not.toContain('spof');
    const organisation = organisationHealth(plan);
    expect(organisation.summary.overAllocatedPeople).toEqual([]);
    expect(organisation.summary.missingRoles).toEqual([]);
    expect(organisation.summary.singlePointsOfFailure).toBe(0);
  });
});
