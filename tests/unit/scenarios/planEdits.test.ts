import { describe, expect, it } from 'vitest';
import { Membership, ROLE_IDS, Team } from '../../../shared/model';
import { copyPlanRecords, correspondTeams, mergeTeamRecords, scenarioChanges, splitTeamRecords } from '../../../shared/scenarios';
import { DRAFT_ID, gone, member, people, roles, team } from './fixtures';

const stamp = { at: '2026-10-02T10:00:00.000Z', actor: null };
const ids = () => {
  let n = 0;
  return () => `new:${++n}`;
};

describe('copy of a plan into a draft', () => {
  it('copies alive teams, memberships and vacancies with new ids and lineage, and nothing else', () => {
    const teams = [team('pay', 'Payments'), gone(team('old', 'Old'))];
    const memberships = [member('pay', 'ana'), member('pay', null, ROLE_IDS.designer, 40), gone(member('pay', 'ben')), member('old', 'cy')];
    const copy = copyPlanRecords(teams, memberships, DRAFT_ID, ids(), stamp);
    expect(copy.teams).toEqual([{ ...teams[0], id: 'new:1', planId: DRAFT_ID, derivedFromTeamIds: ['pay'], createdAt: stamp.at, updatedAt: stamp.at, updatedBy: null }]);
    expect(copy.memberships.map((m) => [m.id, m.teamId, m.personId, m.planId, m.allocation])).toEqual([
      ['new:2', 'new:1', 'ana', DRAFT_ID, 100], ['new:3', 'new:1', null, DRAFT_ID, 40],
    ]);
    for (const t of copy.teams) Team.parse(t);
    for (const m of copy.memberships) Membership.parse(m);
    expect(scenarioChanges({ baselineTeams: teams, baselineMemberships: memberships, candidateTeams: copy.teams, candidateMemberships: copy.memberships, people, roles })).toEqual([]);
  });
});

describe('split and merge of teams', () => {
  const pay = team('pay', 'Payments', DRAFT_ID);
  const members = [member('pay', 'ana', undefined, 100, DRAFT_ID), member('pay', 'ben', undefined, 100, DRAFT_ID), member('pay', null, undefined, 50, DRAFT_ID)];

  it('splits a team: both halves derive from it and each member goes where chosen', () => {
    const split = splitTeamRecords(pay, members, [{ name: 'Payments Core', membershipIds: [members[0]!.id, members[2]!.id] }, { name: ' Payments Risk ', membershipIds: [members[1]!.id] }], ids(), stamp);
    if (!split.ok) throw new Error(split.problems.join());
    expect(split.teams.map((t) => [t.id, t.name, t.deletedAt, t.derivedFromTeamIds])).toEqual([
      ['pay', 'Payments', stamp.at, undefined], ['new:1', 'Payments Core', null, ['pay']], ['new:2', 'Payments Risk', null, ['pay']],
    ]);
    expect(split.memberships.map((m) => m.teamId)).toEqual(['new:1', 'new:2', 'new:1']);
    expect(correspondTeams([pay], split.teams).successors.get('pay')).toEqual(['new:1', 'new:2']);
  });

  it('refuses a split that leaves someone without a part, gives one to two parts or repeats a name', () => {
    const split = splitTeamRecords(pay, members, [{ name: 'A', membershipIds: [members[0]!.id] }, { name: 'A', membershipIds: [members[0]!.id, 'nope'] }], ids(), stamp);
    expect(split.ok ? [] : split.problems).toEqual([
      'Two parts of the split are both called “A”: give each part its own name.',
      `The membership "${members[0]!.id}" is given to two parts: choose one part for each member.`,
      'The membership "nope" is not on Payments: choose among its members.',
      '2 members of Payments have no part yet: choose where each goes.',
    ]);
  });

  it('merges two teams into a new one derived from both, adding up a shared person’s allocations', () => {
    const bill = team('bill', 'Billing', DRAFT_ID);
    const all = [...members, member('bill', 'ana', undefined, 30, DRAFT_ID), member('bill', 'cy', undefined, 100, DRAFT_ID)];
    const merged = mergeTeamRecords([pay, bill], all, 'Payments & Billing', ids(), stamp);
    if (!merged.ok) throw new Error(merged.problems.join());
    expect(merged.teams.map((t) => [t.id, t.deletedAt === null, t.derivedFromTeamIds])).toEqual([
      ['pay', false, undefined], ['bill', false, undefined], ['new:1', true, ['pay', 'bill']],
    ]);
    const alive = merged.memberships.filter((m) => m.deletedAt === null);
    expect(alive.map((m) => [m.personId, m.teamId, m.allocation])).toEqual([['ana', 'new:1', 100], ['ben', 'new:1', 100], [null, 'new:1', 50], ['cy', 'new:1', 100]]);
    expect(merged.memberships.filter((m) => m.deletedAt !== null).map((m) => m.personId)).toEqual(['ana']);
    expect(mergeTeamRecords([pay], all, 'X', ids(), stamp)).toEqual({ ok: false, problems: ['Merging needs at least two teams.'] });
  });
});
