import { describe, expect, it } from 'vitest';
import { NewDependency, NewInteraction, NewTeamGroup, PrincipleSetFields, RoleRule } from '../../../shared/model';
import { describeIssues } from '../../../shared/validation';

const problems = (result: { success: boolean; error?: unknown }) => (result.success ? [] : describeIssues(result.error as never));

describe('bad organisation-design input is refused with a clear message', () => {
  it('refuses an interaction of a team with itself', () => {
    expect(problems(NewInteraction.safeParse({ planId: 'p', providerTeamId: 't', consumerTeamId: 't', mode: 'collaboration', start: '2026-11-01' }))).toEqual([
      'consumerTeamId: a team cannot interact with itself: pick two different teams',
    ]);
  });

  it('refuses an interaction that ends before it starts', () => {
    expect(problems(NewInteraction.safeParse({ planId: 'p', providerTeamId: 'a', consumerTeamId: 'b', mode: 'facilitating', start: '2026-11-01', end: '2026-10-01' }))).toEqual([
      'end: the expected end must be on or after the start date',
    ]);
  });

  it('refuses an unknown mode and a dependency on itself', () => {
    expect(problems(NewInteraction.safeParse({ planId: 'p', providerTeamId: 'a', consumerTeamId: 'b', mode: 'pairing', start: '2026-11-01' }))).toEqual([
      'mode: mode must be collaboration, x-as-a-service or facilitating',
    ]);
    expect(problems(NewDependency.safeParse({ planId: 'p', dependentTeamId: 'a', dependsOnTeamId: 'a', state: 'blocking', since: '2026-11-01' }))).toEqual([
      'dependsOnTeamId: a team cannot depend on itself: pick two different teams',
    ]);
  });

  it('refuses a principle whose minimum exceeds its maximum', () => {
    expect(problems(RoleRule.safeParse({ roleId: 'role:architect', min: 3, max: 1 }))).toEqual(['max: the maximum of a role must not be below its minimum']);
    const set = { key: 'platform', size: { warnBelow: 9, warnAbove: 5, failAbove: 12 }, roles: [], minBusinessShare: null, maxTeamsPerPerson: null, maxServices: null, maxObjectivesPerFte: null };
    expect(problems(PrincipleSetFields.safeParse(set))).toEqual(['size.warnBelow: the lower limit must not be above the warn limit']);
  });

  it('gives a new group the default limits of 150 people and 8 teams', () => {
    expect(NewTeamGroup.parse({ planId: 'p', name: 'Payments' })).toEqual({ planId: 'p', name: 'Payments', level: 'Tribe', maxPeople: 150, maxTeams: 8 });
  });
});
