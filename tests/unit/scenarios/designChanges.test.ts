import { describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID, type Dependency, type Interaction, type Team, type TeamGroup } from '../../../shared/model';
import { comparePlans, scenarioChanges, type ScenarioDesign } from '../../../shared/scenarios';
import { AT, DRAFT_ID, gone, people, roles, team } from './fixtures';

const fields = (id: string) => ({ id, createdAt: AT, updatedAt: AT, deletedAt: null, updatedBy: null });
const group = (id: string, name: string, planId: string, limits: Partial<Pick<TeamGroup, 'maxPeople' | 'maxTeams'>> = {}): TeamGroup => ({
  ...fields(id), planId, name, level: 'Tribe', maxPeople: 150, maxTeams: 8, ...limits,
});
const interaction = (id: string, planId: string, providerTeamId: string, consumerTeamId: string, more: Partial<Interaction> = {}): Interaction => ({
  ...fields(id), planId, providerTeamId, consumerTeamId, mode: 'x-as-a-service', purpose: 'Payments API', start: '2026-10-01', end: null, ...more,
});
const dependency = (id: string, planId: string, dependentTeamId: string, dependsOnTeamId: string, more: Partial<Dependency> = {}): Dependency => ({
  ...fields(id), planId, dependentTeamId, dependsOnTeamId, state: 'slowing', since: '2026-09-01', note: '', ...more,
});
const typed = (t: Team, type: Team['type'], groupId: string | null = null): Team => ({ ...t, type, groupId });

const live = [typed(team('pay', 'Payments'), 'stream-aligned', 'g1'), typed(team('plat', 'Platform'), 'platform', 'g1'), typed(team('fraud', 'Fraud'), null, 'g2')];
const liveDesign: ScenarioDesign = {
  teamGroups: [group('g1', 'Money', LIVE_PLAN_ID), group('g2', 'Risk', LIVE_PLAN_ID)],
  interactions: [interaction('i1', LIVE_PLAN_ID, 'plat', 'pay'), interaction('i2', LIVE_PLAN_ID, 'plat', 'fraud', { mode: 'collaboration', end: '2026-12-31' })],
  dependencies: [dependency('d1', LIVE_PLAN_ID, 'fraud', 'pay')],
};
/** An exact copy of live in a draft, as createDraft makes it. */
function copy() {
  const teams = [typed(team('pay2', 'Payments', DRAFT_ID, ['pay']), 'stream-aligned', 'h1'), typed(team('plat2', 'Platform', DRAFT_ID, ['plat']), 'platform', 'h1'), typed(team('fraud2', 'Fraud', DRAFT_ID, ['fraud']), null, 'h2')];
  const design: ScenarioDesign = {
    teamGroups: [group('h1', 'Money', DRAFT_ID), group('h2', 'Risk', DRAFT_ID)],
    interactions: [interaction('j1', DRAFT_ID, 'plat2', 'pay2'), interaction('j2', DRAFT_ID, 'plat2', 'fraud2', { mode: 'collaboration', end: '2026-12-31' })],
    dependencies: [dependency('e1', DRAFT_ID, 'fraud2', 'pay2')],
  };
  return { teams, design };
}
function diff(teams: Team[], design: ScenarioDesign) {
  return scenarioChanges({ baselineTeams: live, baselineMemberships: [], candidateTeams: teams, candidateMemberships: [], people, roles, baselineDesign: liveDesign, candidateDesign: design });
}
const texts = (teams: Team[], design: ScenarioDesign) => diff(teams, design).map((c) => `${c.kind}: ${c.text}`);

describe('design changes in the comparison (team types, groups, interactions, dependencies)', () => {
  it('lists nothing for an exact copy with its groups, interactions and dependencies under new ids', () => {
    const { teams, design } = copy();
    expect(diff(teams, design)).toEqual([]);
  });

  it('reports a team whose type changed, naming both types', () => {
    const { teams, design } = copy();
    teams[2] = { ...teams[2]!, type: 'complicated-subsystem' };
    expect(texts(teams, design)).toEqual(['team-type-changed: Fraud: No type → Complicated-subsystem']);
    expect(diff(teams, design)[0]).toMatchObject({ teamIds: ['fraud', 'fraud2'], focus: { side: 'candidate', teamId: 'fraud2' } });
  });

  it('reports a team that moved to another group, joined one or left one', () => {
    const { teams, design } = copy();
    teams[0] = { ...teams[0]!, groupId: 'h2' };
    teams[2] = { ...teams[2]!, groupId: null };
    expect(texts(teams, design)).toEqual(['team-group-changed: Fraud left Risk', 'team-group-changed: Payments: Money → Risk']);
    const joined = copy();
    const withoutGroup = live.map((t) => (t.id === 'fraud' ? { ...t, groupId: null } : t));
    expect(scenarioChanges({
      baselineTeams: withoutGroup, baselineMemberships: [], candidateTeams: joined.teams, candidateMemberships: [], people, roles, baselineDesign: liveDesign, candidateDesign: joined.design,
    }).map((c) => c.text)).toEqual(['Fraud joined Risk']);
  });

  it('reports groups added, removed, renamed (matched by their teams) and limits changed', () => {
    const { teams, design } = copy();
    const groups = [group('h1', 'Payments & Money', DRAFT_ID, { maxTeams: 4, maxPeople: 1200 }), group('h3', 'Data', DRAFT_ID)];
    teams[2] = { ...teams[2]!, groupId: 'h1' };
    expect(texts(teams, { ...design, teamGroups: groups })).toEqual([
      'team-group-changed: Fraud: Risk → Payments & Money',
      'group-added: Tribe Data added',
      'group-removed: Tribe Risk removed',
      'group-renamed: Tribe Money renamed Payments & Money',
      'group-limits-changed: Payments & Money limits: at most 150 → 1,200 people, at most 8 → 4 teams',
    ]);
  });

  it('takes a group whose teams all went to a group of another name for a rename', () => {
    const { teams, design } = copy();
    teams[2] = { ...teams[2]!, groupId: 'h3' };
    expect(texts(teams, { ...design, teamGroups: [design.teamGroups[0]!, group('h3', 'Data', DRAFT_ID)] })).toEqual(['group-renamed: Tribe Risk renamed Data']);
  });

  it('reports interactions added, removed and changed (mode, dates, purpose)', () => {
    const { teams, design } = copy();
    const interactions = [
      interaction('j1', DRAFT_ID, 'plat2', 'pay2', { purpose: 'Card vault' }),
      interaction('j2', DRAFT_ID, 'plat2', 'fraud2', { mode: 'x-as-a-service' }),
      interaction('j3', DRAFT_ID, 'fraud2', 'pay2', { mode: 'facilitating', end: '2027-01-31' }),
    ];
    expect(texts(teams, { ...design, interactions })).toEqual([
      'interaction-added: Interaction added: Fraud → Payments (facilitating, 2026-10-01 to 2027-01-31)',
      'interaction-changed: Interaction Platform → Fraud: collaboration → x-as-a-service; 2026-10-01 to 2026-12-31 → 2026-10-01 to open end',
      'interaction-changed: Interaction Platform → Payments: purpose “Card vault”',
    ]);
    expect(texts(teams, { ...design, interactions: [design.interactions[0]!] })).toEqual(['interaction-removed: Interaction removed: Platform → Fraud (collaboration)']);
  });

  it('reports dependencies added, removed and changed, and ignores deleted ones', () => {
    const { teams, design } = copy();
    expect(texts(teams, { ...design, dependencies: [dependency('e1', DRAFT_ID, 'fraud2', 'pay2', { state: 'blocking', since: '2026-10-15' })] }))
      .toEqual(['dependency-changed: Dependency Fraud on Payments: slowing → blocking; since 2026-09-01 → 2026-10-15']);
    expect(texts(teams, { ...design, dependencies: [gone(design.dependencies[0]!), dependency('e2', DRAFT_ID, 'pay2', 'plat2')] })).toEqual([
      'dependency-added: Dependency added: Payments on Platform (slowing since 2026-09-01)',
      'dependency-removed: Dependency removed: Fraud on Payments (was slowing)',
    ]);
  });

  it('lets interactions and dependencies follow their team through a split and a merge without reporting them', () => {
    const { teams, design } = copy();
    const split = [
      gone(teams[0]!), typed(team('core', 'Payments Core', DRAFT_ID, ['pay2']), 'stream-aligned', 'h1'), typed(team('risk', 'Payments Risk', DRAFT_ID, ['pay2']), 'stream-aligned', 'h1'),
      teams[1]!, teams[2]!,
    ];
    const moved = { ...design, interactions: [interaction('j1', DRAFT_ID, 'plat2', 'risk'), design.interactions[1]!], dependencies: [dependency('e1', DRAFT_ID, 'fraud2', 'core')] };
    expect(texts(split, moved)).toEqual(['team-split: Payments → Payments Core + Payments Risk']);

    const merged = [gone(teams[1]!), gone(teams[2]!), teams[0]!, typed(team('pf', 'Platform & Fraud', DRAFT_ID, ['plat2', 'fraud2']), 'platform', 'h1')];
    const after = { ...design, interactions: [interaction('j1', DRAFT_ID, 'pf', 'pay2')], dependencies: [dependency('e1', DRAFT_ID, 'pf', 'pay2')] };
    expect(texts(merged, after)).toEqual([
      'team-merged: Platform + Fraud → Platform & Fraud',
      // The self-interaction Platform → Fraud disappears with the merge: said once, as removed.
      'interaction-removed: Interaction removed: Platform → Fraud (collaboration)',
    ]);
  });

  it('reports a merged team whose type is none of its predecessors’ types', () => {
    const { teams, design } = copy();
    const merged = [gone(teams[0]!), gone(teams[1]!), teams[2]!, typed(team('m', 'Money', DRAFT_ID, ['pay2', 'plat2']), 'enabling', 'h1')];
    expect(texts(merged, { ...design, interactions: [], dependencies: [dependency('e1', DRAFT_ID, 'fraud2', 'm')] })).toEqual([
      'team-merged: Payments + Platform → Money',
      'team-type-changed: Money: Stream-aligned / Platform → Enabling',
      'interaction-removed: Interaction removed: Platform → Fraud (collaboration)',
      'interaction-removed: Interaction removed: Platform → Payments (x-as-a-service)',
    ]);
  });

  it('leaves design out when a side has no design records, and comparePlans passes both sides', () => {
    const { teams, design } = copy();
    teams[2] = { ...teams[2]!, type: 'enabling' };
    expect(scenarioChanges({ baselineTeams: live, baselineMemberships: [], candidateTeams: teams, candidateMemberships: [], people, roles })).toEqual([]);
    const directory = { people: [], departments: [], roles: [], settings: { sizeLimits: { warnAbove: 8, failAbove: 10, warnBelow: 3 } }, allTeams: [...live, ...teams] } as unknown as Parameters<typeof comparePlans>[0];
    const result = comparePlans(directory, { planId: LIVE_PLAN_ID, records: { teams: live, memberships: [], design: liveDesign } }, [{ planId: DRAFT_ID, records: { teams, memberships: [], design } }]);
    expect(result.candidates[0]!.changes.map((c) => c.kind)).toEqual(['team-type-changed']);
  });
});
