import { describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID, type Dependency, type Interaction, type TeamType } from '../../../shared/model';
import { groupHealth, interactionFindings, interactionIsActive, organisationHealth } from '../../../shared/rules';
import { members, membership } from './factories';
import { emptyPlan, team } from './orgFactories';

const AT = '2026-10-01T09:00:00.000Z';
const TODAY = '2026-11-20';
let n = 0;
function interaction(provider: string, consumer: string, mode: Interaction['mode'], start: string, end: string | null = null): Interaction {
  return { id: `i${++n}`, createdAt: AT, updatedAt: AT, deletedAt: null, updatedBy: null, planId: LIVE_PLAN_ID, providerTeamId: `team:${provider}`, consumerTeamId: `team:${consumer}`, mode, purpose: '', start, end };
}
function dependency(dependent: string, on: string, state: Dependency['state'], since: string): Dependency {
  return { id: `d${++n}`, createdAt: AT, updatedAt: AT, deletedAt: null, updatedBy: null, planId: LIVE_PLAN_ID, dependentTeamId: `team:${dependent}`, dependsOnTeamId: `team:${on}`, state, since, note: '' };
}
const teams = (types: Record<string, TeamType | null> = {}) =>
  ['a', 'b', 'c', 'd', 'e'].map((key) => team(key, key.toUpperCase(), { type: types[key] ?? null }));
const ids = (findings: Map<string, { id: string }[]>, teamKey: string) => (findings.get(`team:${teamKey}`) ?? []).map((f) => f.id);

describe('interaction rules', () => {
  it('flags a collaboration planned for longer than a quarter, under both teams', () => {
    const long = interaction('a', 'b', 'collaboration', '2026-10-01', '2027-03-31');
    const findings = interactionFindings({ teams: teams(), interactions: [long], dependencies: [], today: TODAY });
    expect(ids(findings, 'a')).toEqual([`interactions:long-collaboration:${long.id}`]);
    expect(ids(findings, 'b')).toEqual([`interactions:long-collaboration:${long.id}`]);
    expect(findings.get('team:a')![0]!.explanation).toMatch(/planned for 181 days, longer than 91 days/);
  });

  it('flags an open-ended collaboration once it has lasted longer than allowed, and honours the setting', () => {
    const open = interaction('a', 'b', 'collaboration', '2026-07-01');
    expect(ids(interactionFindings({ teams: teams(), interactions: [open], dependencies: [], today: TODAY }), 'a')).toHaveLength(1);
    expect(ids(interactionFindings({ teams: teams(), interactions: [open], dependencies: [], today: TODAY, collaborationMaxDays: 180 }), 'a')).toEqual([]);
    const short = interaction('a', 'b', 'collaboration', '2026-11-01', '2026-12-15');
    expect(interactionFindings({ teams: teams(), interactions: [short], dependencies: [], today: TODAY }).size).toBe(0);
  });

  it('flags a team in more than two collaborations at once, naming its partners', () => {
    const list = ['b', 'c', 'd'].map((other) => interaction('a', other, 'collaboration', '2026-11-01', '2026-12-31'));
    const findings = interactionFindings({ teams: teams(), interactions: list, dependencies: [], today: TODAY });
    const finding = findings.get('team:a')!.find((f) => f.id === 'interactions:too-many-collaborations')!;
    expect(finding.explanation).toMatch(/collaborates with 3 teams at once \(“B”, “C”, “D”\), more than 2/);
    expect(ids(findings, 'b')).toEqual([]);
    const ended = [...list.slice(0, 2), interaction('a', 'd', 'collaboration', '2026-09-01', '2026-10-31')];
    expect(ids(interactionFindings({ teams: teams(), interactions: ended, dependencies: [], today: TODAY }), 'a')).toEqual([]);
  });

  it('flags a platform team nobody consumes as a service, and stops once one does', () => {
    const typed = teams({ a: 'platform' });
    expect(ids(interactionFindings({ teams: typed, interactions: [], dependencies: [], today: TODAY }), 'a')).toEqual(['interactions:platform-unconsumed']);
    const consumed = interaction('a', 'b', 'x-as-a-service', '2026-01-01');
    expect(ids(interactionFindings({ teams: typed, interactions: [consumed], dependencies: [], today: TODAY }), 'a')).toEqual([]);
    const backwards = interaction('b', 'a', 'x-as-a-service', '2026-01-01');
    expect(ids(interactionFindings({ teams: typed, interactions: [backwards], dependencies: [], today: TODAY }), 'a')).toEqual(['interactions:platform-unconsumed']);
  });

  it('flags an enabling team with no facilitating interaction', () => {
    const typed = teams({ e: 'enabling' });
    expect(ids(interactionFindings({ teams: typed, interactions: [], dependencies: [], today: TODAY }), 'e')).toEqual(['interactions:enabling-idle']);
    const helping = interaction('e', 'a', 'facilitating', '2026-11-01', '2026-12-31');
    expect(ids(interactionFindings({ teams: typed, interactions: [helping], dependencies: [], today: TODAY }), 'e')).toEqual([]);
  });

  it.each<[TeamType]>([['stream-aligned'], ['complicated-subsystem']])('asks nothing of a %s team without interactions', (type) => {
    expect(interactionFindings({ teams: teams({ a: type }), interactions: [], dependencies: [], today: TODAY }).size).toBe(0);
  });

  it('fails a blocking dependency older than a month, under both teams; slowing or recent ones pass', () => {
    const old = dependency('a', 'b', 'blocking', '2026-10-01');
    const findings = interactionFindings({ teams: teams(), interactions: [], dependencies: [old, dependency('c', 'd', 'blocking', '2026-11-10'), dependency('c', 'e', 'slowing', '2026-01-01')], today: TODAY });
    expect(ids(findings, 'a')).toEqual([`interactions:blocking-dependency:${old.id}`]);
    expect(ids(findings, 'b')).toEqual([`interactions:blocking-dependency:${old.id}`]);
    expect(findings.get('team:a')![0]!.explanation).toBe('“A” has been blocked by “B” for 50 days, more than 30: blocked work piles up and goals slip.');
    expect(findings.get('team:a')![0]!.severity).toBe('fail');
    expect(ids(findings, 'c')).toEqual([]);
  });

  it('ignores deleted interactions and interactions of deleted teams', () => {
    const gone = { ...interaction('a', 'b', 'x-as-a-service', '2026-01-01'), deletedAt: AT };
    const typed = teams({ a: 'platform' });
    expect(ids(interactionFindings({ teams: typed, interactions: [gone], dependencies: [], today: TODAY }), 'a')).toEqual(['interactions:platform-unconsumed']);
    const deadTeam = typed.map((t) => (t.id === 'team:b' ? { ...t, deletedAt: AT } : t));
    expect(ids(interactionFindings({ teams: deadTeam, interactions: [interaction('a', 'b', 'x-as-a-service', '2026-01-01')], dependencies: [], today: TODAY }), 'a')).toEqual(['interactions:platform-unconsumed']);
  });

  it('is active from its start to its expected end, both included', () => {
    expect(interactionIsActive({ start: '2026-11-20', end: '2026-11-20' }, TODAY)).toBe(true);
    expect(interactionIsActive({ start: '2026-11-21', end: null }, TODAY)).toBe(false);
    expect(interactionIsActive({ start: '2026-01-01', end: '2026-11-19' }, TODAY)).toBe(false);
  });

  it('adds the findings to team health when the plan’s interactions and a day are given', () => {
    const plan = emptyPlan({ teams: teams({ a: 'platform' }), interactions: [], dependencies: [], today: TODAY });
    expect(organisationHealth(plan).byTeam.get('team:a')!.findings.some((f) => f.id === 'interactions:platform-unconsumed')).toBe(true);
    expect(organisationHealth({ ...plan, today: undefined }).byTeam.get('team:a')!.findings.some((f) => f.rule === 'interactions')).toBe(false);
  });
});

describe('teams of teams', () => {
  const group = { id: 'g', name: 'Payments', level: 'Tribe', maxPeople: 150, maxTeams: 8 };
  it('passes a tribe within 150 people and 8 teams', () => {
    const health = groupHealth(group, ['team:a'], members(9, { teamId: 'team:a' }));
    expect([health.people, health.teams, health.verdict]).toEqual([9, 1, 'pass']);
  });

  it('fails a tribe over its people limit and warns over its team limit', () => {
    const small = { ...group, maxPeople: 5, maxTeams: 1 };
    const memberships = [...members(4, { teamId: 'team:a' }), ...members(6, { teamId: 'team:b' }), membership({ personId: null, teamId: 'team:b' })];
    const health = groupHealth(small, ['team:a', 'team:b'], memberships);
    expect(health.people).toBe(6);
    expect(health.findings.map((f) => [f.id, f.severity])).toEqual([['group:people', 'fail'], ['group:teams', 'warn']]);
    expect(health.findings[0]!.explanation).toMatch(/^“Payments” has 6 people, over its limit of 5: beyond about 150 people a tribe/);
  });

  it('counts only the group’s teams and alive memberships', () => {
    const memberships = [...members(3, { teamId: 'team:a' }), { ...membership({ personId: 'person:x', teamId: 'team:a' }), deletedAt: AT }, ...members(50, { teamId: 'team:z' })];
    expect(groupHealth(group, ['team:a'], memberships).people).toBe(3);
  });
});
