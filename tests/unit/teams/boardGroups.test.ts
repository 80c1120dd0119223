import { describe, expect, it } from 'vitest';
import type { Membership, Team, TeamGroup } from '../../../shared/model';
import { generateOrganisation, ORGANISATION_SIZES } from '../../../shared/samples/generateOrganisation';
import { boardGroupsByTeam } from '../../../renderer/features/teams/boardGroups';
import { boardRows } from '../../../renderer/features/teams/boardRows';
import { planMemberIndex } from '../../../renderer/features/teams/cardMembers';

const stamp = { createdAt: '2026-11-16T00:00:00.000Z', updatedAt: '2026-11-16T00:00:00.000Z', deletedAt: null, updatedBy: null };
const group = (id: string, name: string, overrides: Partial<TeamGroup> = {}): TeamGroup =>
  ({ ...stamp, id, planId: 'plan:live', name, level: 'Tribe', maxPeople: 150, maxTeams: 8, ...overrides }) as TeamGroup;
const team = (id: string, name: string, groupId: string | null) => ({ id, name, groupId }) as Team;
const member = (teamId: string, personId: string | null): Membership => ({ ...stamp, id: `m:${teamId}:${personId}`, planId: 'plan:live', teamId, personId, roleId: 'role:developer', allocation: 100 }) as Membership;

describe('the team board grouped by team group', () => {
  it('gives each team its group’s heading: the level’s name, headcount and team count against the group’s limits', () => {
    const teams = [team('t1', 'Checkout', 'g1'), team('t2', 'Ledger', 'g1'), team('t3', 'Loose', null)];
    const memberships = [member('t1', 'ada'), member('t1', 'bo'), member('t2', 'ada'), member('t2', 'cy'), member('t2', null), member('t3', 'dee')];
    const groups = boardGroupsByTeam([group('g1', 'Payments', { maxPeople: 10, maxTeams: 4 }), group('g2', 'Empty')], teams, planMemberIndex(memberships).byTeam);
    // A person on two teams of the group counts once; a vacancy is nobody yet.
    expect(groups.get('t1')).toEqual({ id: 'g1', name: 'Tribe: Payments', detail: '3 of 10 people · 2 of 4 teams', verdict: 'pass' });
    expect(groups.get('t2')).toBe(groups.get('t1'));
    expect(groups.has('t3')).toBe(false);
  });

  it('says in the heading what is over the group’s limits, failing over the people limit', () => {
    const teams = [team('t1', 'A', 'g1'), team('t2', 'B', 'g1'), team('t3', 'C', 'g1')];
    const memberships = ['a', 'b', 'c', 'd'].map((p, i) => member(`t${(i % 3) + 1}`, p));
    const [entry] = boardGroupsByTeam([group('g1', 'Crowded', { level: 'Value stream', maxPeople: 3, maxTeams: 2 })], teams, planMemberIndex(memberships).byTeam).values();
    expect(entry).toEqual({ id: 'g1', name: 'Value stream: Crowded', detail: '4 of 3 people · 3 of 2 teams · too many people, too many teams', verdict: 'fail' });
  });

  it('lays out sections by group name with the teams in no group last, the heading carrying the group’s health', () => {
    const teams = [team('t1', 'Alpha', 'g2'), team('t2', 'Bravo', null), team('t3', 'Charlie', 'g1'), team('t4', 'Delta', 'g2')];
    const groups = boardGroupsByTeam([group('g1', 'Lending'), group('g2', 'Cards')], teams, new Map());
    const rows = boardRows(teams, 2, 'group', (t) => {
      const g = groups.get(t.id);
      return g ? { id: g.id, name: g.name, health: { detail: g.detail, verdict: g.verdict } } : null;
    }, 'Teams in no group');
    expect(rows.map((r) => (r.kind === 'group' ? `# ${r.title} (${r.count}) ${r.health?.detail ?? ''}`.trim() : r.teams.map((t) => t.name).join(' ')))).toEqual([
      '# Tribe: Cards (2) 0 of 150 people · 2 of 8 teams',
      'Alpha Delta',
      '# Tribe: Lending (1) 0 of 150 people · 1 of 8 teams',
      'Charlie',
      '# Teams in no group (1)',
      'Bravo',
    ]);
  });

  it('computes every group’s health at L (500 teams in 50 groups) reading each team’s members once, not once per card', () => {
    const records = generateOrganisation('2026-11-16', ORGANISATION_SIZES.L);
    const groups = Array.from({ length: 50 }, (_, i) => group(`g${i}`, `Group ${i}`));
    const teams = records.teams.map((t, i) => ({ ...t, groupId: i % 11 === 0 ? null : `g${i % 50}` }));
    const index = planMemberIndex(records.memberships);
    let reads = 0;
    const counted = new Map(index.byTeam);
    const get = counted.get.bind(counted);
    counted.get = (id: string) => {
      reads += 1;
      return get(id);
    };
    const result = boardGroupsByTeam(groups, teams, counted);
    const grouped = teams.filter((t) => t.groupId).length;
    expect(result.size).toBe(grouped);
    expect(reads).toBe(grouped);
  });
});
