import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../shared/model';
import { FULL_TIME, overAllocationFindings, personAllocations } from '../../../shared/rules';
import { deleted, membership } from './factories';

const TEAM_NAMES: Record<string, string> = {
  'team:payments': 'Payments',
  'team:search': 'Search',
  'team:data': 'Data platform',
  'team:mobile': 'Mobile',
  'team:identity': 'Identity',
};
const names = {
  person: (id: string) => (id === 'person:ana' ? 'Ana Souza' : undefined),
  team: (id: string) => TEAM_NAMES[id],
};

/** Ana on five teams: 40 + 30 + 30 + 25 + 25 = 150 %. */
function anaOnFiveTeams() {
  return [
    membership({ personId: 'person:ana', teamId: 'team:search', allocation: 30 }),
    membership({ personId: 'person:ana', teamId: 'team:payments', allocation: 40 }),
    membership({ personId: 'person:ana', teamId: 'team:data', allocation: 30 }),
    membership({ personId: 'person:ana', teamId: 'team:mobile', allocation: 25 }),
    membership({ personId: 'person:ana', teamId: 'team:identity', allocation: 25 }),
  ];
}

describe('personAllocations', () => {
  it('has nobody to report when there are no memberships', () => {
    expect(personAllocations([])).toEqual([]);
  });

  it('adds up a person\'s time across teams and shows where it goes, largest share first', () => {
    expect(personAllocations(anaOnFiveTeams())).toEqual([
      {
        personId: 'person:ana',
        total: 150,
        shares: [
          { teamId: 'team:payments', allocation: 40 },
          { teamId: 'team:search', allocation: 30 },
          { teamId: 'team:data', allocation: 30 },
          { teamId: 'team:mobile', allocation: 25 },
          { teamId: 'team:identity', allocation: 25 },
        ],
      },
    ]);
  });

  it('merges two roles on the same team into one share of that team', () => {
    const [ana] = personAllocations([
      membership({ personId: 'person:ana', roleId: ROLE_IDS.developer, allocation: 50 }),
      membership({ personId: 'person:ana', roleId: ROLE_IDS.architect, allocation: 20 }),
    ]);
    expect(ana?.shares).toEqual([{ teamId: 'team:payments', allocation: 70 }]);
    expect(ana?.total).toBe(70);
  });

  it('reports each person separately, in order of first appearance', () => {
    const allocations = personAllocations([
      membership({ personId: 'person:ben', allocation: 60 }),
      membership({ personId: 'person:ana', allocation: 100 }),
      membership({ personId: 'person:ben', teamId: 'team:search', allocation: 40 }),
    ]);
    expect(allocations.map((a) => [a.personId, a.total])).toEqual([
      ['person:ben', 100],
      ['person:ana', 100],
    ]);
  });

  it('ignores deleted memberships', () => {
    const [first, ...rest] = anaOnFiveTeams();
    const [ana] = personAllocations([deleted(first!), ...rest]);
    expect(ana?.total).toBe(120);
    expect(ana?.shares.map((s) => s.teamId)).not.toContain('team:search');
  });

  it('leaves out a person whose memberships are all deleted', () => {
    expect(personAllocations([deleted(membership({ personId: 'person:ana' }))])).toEqual([]);
  });
});

describe('overAllocationFindings', () => {
  it('finds nothing when everyone is at or under full time', () => {
    const allocations = personAllocations([
      membership({ personId: 'person:ana', allocation: 60 }),
      membership({ personId: 'person:ana', teamId: 'team:search', allocation: 40 }),
      membership({ personId: 'person:ben', allocation: 30 }),
    ]);
    expect(FULL_TIME).toBe(100);
    expect(overAllocationFindings(allocations)).toEqual([]);
  });

  it('warns about a person on 5 teams at 150%, naming the teams and the excess', () => {
    expect(overAllocationFindings(personAllocations(anaOnFiveTeams()), names)).toEqual([
      {
        id: 'allocation:over:person:ana',
        rule: 'allocation',
        severity: 'warn',
        title: 'Over-allocated: 150%',
        explanation:
          'Ana Souza is allocated 150% across 5 teams (Payments 40%, Search 30%, Data platform 30%, Mobile 25% and Identity 25%): 50% more than full time, so some of that work will not happen.',
        fix: 'Lower their allocations by 50 percentage points in total, or take them off one of the teams.',
        subject: { personId: 'person:ana' },
      },
    ]);
  });

  it('stays general without name lookups', () => {
    const [finding] = overAllocationFindings(personAllocations(anaOnFiveTeams()));
    expect(finding?.explanation).toBe(
      'This person is allocated 150% across 5 teams: 50% more than full time, so some of that work will not happen.',
    );
  });

  it('falls back to the team id when the lookup does not know a team', () => {
    const allocations = personAllocations([
      membership({ personId: 'person:ana', teamId: 'team:payments', allocation: 80 }),
      membership({ personId: 'person:ana', teamId: 'team:unknown', allocation: 30 }),
    ]);
    expect(overAllocationFindings(allocations, names)[0]?.explanation).toMatch(/\(Payments 80% and team:unknown 30%\)/);
  });

  it('flags someone at 101%: one point over is still over', () => {
    const allocations = personAllocations([
      membership({ personId: 'person:ana', allocation: 100 }),
      membership({ personId: 'person:ana', teamId: 'team:search', allocation: 1 }),
    ]);
    expect(overAllocationFindings(allocations, names)[0]?.explanation).toMatch(/allocated 101% across 2 teams .*: 1% more than full time/);
  });

  it('flags someone over full time through two roles on one team, and suggests lowering them there', () => {
    const allocations = personAllocations([
      membership({ personId: 'person:ana', roleId: ROLE_IDS.developer, allocation: 100 }),
      membership({ personId: 'person:ana', roleId: ROLE_IDS.architect, allocation: 50 }),
    ]);
    const [finding] = overAllocationFindings(allocations, names);
    expect(finding?.explanation).toMatch(/^Ana Souza is allocated 150% on Payments: 50% more than full time/);
    expect(finding?.fix).toBe('Lower their allocations across their roles on this team by 50 percentage points in total.');
    expect(overAllocationFindings(allocations)[0]?.explanation).toMatch(/^This person is allocated 150% on one team:/);
  });

  it('reports only the people who are over, each with their own stable id', () => {
    const allocations = personAllocations([
      ...anaOnFiveTeams(),
      membership({ personId: 'person:ben', allocation: 100 }),
      membership({ personId: 'person:cy', allocation: 70 }),
      membership({ personId: 'person:cy', teamId: 'team:search', allocation: 70 }),
    ]);
    expect(overAllocationFindings(allocations).map((f) => f.id)).toEqual(['allocation:over:person:ana', 'allocation:over:person:cy']);
  });
});
