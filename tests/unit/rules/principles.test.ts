import { describe, expect, it } from 'vitest';
import { DEFAULT_PRINCIPLES, DEFAULT_SETTINGS, ROLE_IDS, TEAM_TYPES, builtInPrincipleSets, type PrincipleSet, type TeamType } from '../../../shared/model';
import { organisationHealth, principlesFor, sizeLimitsByType, servicesFinding, objectiveLoadFinding, teamHealth, businessShareFinding } from '../../../shared/rules';
import { defaultRoles, membership, coveredTeam } from './factories';
import { emptyPlan, person, team } from './orgFactories';

const sets = builtInPrincipleSets();
const defaults = { sizeLimits: DEFAULT_SETTINGS.sizeLimits, roles: defaultRoles() };

function healthOf(type: TeamType | null, memberships = coveredTeam(), more: Partial<Parameters<typeof teamHealth>[0]> = {}) {
  return teamHealth({
    ...emptyPlan({ teams: [team('payments', 'Payments', { type, services: ['Cards'] })], memberships, principleSets: sets, ...more }),
    teamId: 'team:payments',
  });
}

describe('principle sets per team type', () => {
  it('checks a team without a type against the Default set: Settings’ size limits and the roles’ own requirements', () => {
    const p = principlesFor(null, sets, defaults);
    expect(p.key).toBe('default');
    expect(p.size).toEqual(DEFAULT_SETTINGS.sizeLimits);
    expect(p.roles).toBe(defaults.roles);
    expect(p.whoNeeds).toBe('every team needs');
  });

  it.each(TEAM_TYPES)('checks a %s team against its own set: size, roles, and the other principles', (type) => {
    const p = principlesFor(type, sets, defaults);
    const set = DEFAULT_PRINCIPLES[type];
    expect(p.key).toBe(type);
    expect(p.size).toEqual(set.size);
    for (const rule of set.roles!) {
      const role = p.roles.find((r) => r.id === rule.roleId)!;
      expect([role.required, role.minPerTeam, role.maxPerTeam]).toEqual([rule.min >= 1, rule.min, rule.max]);
    }
    const unlisted = p.roles.filter((r) => !set.roles!.some((rule) => rule.roleId === r.id));
    expect(unlisted.every((r) => !r.required && r.minPerTeam === 0 && r.maxPerTeam === null)).toBe(true);
    expect([p.maxServices, p.maxTeamsPerPerson, p.maxObjectivesPerFte, p.minBusinessShare]).toEqual([set.maxServices, set.maxTeamsPerPerson, set.maxObjectivesPerFte, set.minBusinessShare]);
  });

  it('falls back to the Default set when a type’s set is deleted or missing', () => {
    const withoutPlatform = sets.map((s): PrincipleSet => (s.key === 'platform' ? { ...s, deletedAt: '2026-11-01T00:00:00.000Z' } : s));
    expect(principlesFor('platform', withoutPlatform, defaults).key).toBe('default');
    expect(principlesFor('enabling', [], defaults).key).toBe('default');
  });

  it('says “Platform teams need at least one architect” and names the principle set', () => {
    const health = healthOf('platform', [...coveredTeam(), membership({ personId: 'person:dev2' })]);
    const finding = health.findings.find((f) => f.id === `role-coverage:${ROLE_IDS.architect}`)!;
    expect(finding.explanation).toBe('No architect: platform teams need at least one architect.');
    expect(finding.principle).toBe('Platform');
    expect(health.principles).toBe('platform');
  });

  it('does not ask a typed team for roles only the Default set requires, and reports each missing role once', () => {
    const health = healthOf('enabling', [membership({ personId: 'person:arch', roleId: ROLE_IDS.architect }), membership({ personId: 'person:a2', roleId: ROLE_IDS.architect })]);
    expect(health.findings.filter((f) => f.rule === 'role-coverage')).toEqual([]);
    const ids = health.findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('checks size against the type’s limits: 4 people are too few for a stream-aligned team (5–9) but fine by Default', () => {
    const four = [...coveredTeam()];
    expect(healthOf(null, four).findings.some((f) => f.id === 'two-pizza:headcount')).toBe(false);
    const typed = healthOf('stream-aligned', four).findings.find((f) => f.id === 'two-pizza:headcount')!;
    expect(typed.title).toBe('Team too small');
    expect(typed.principle).toBe('Stream-aligned');
  });

  it('flags more services than the type allows, and an enabling team owning any', () => {
    const platform = principlesFor('platform', sets, defaults);
    expect(servicesFinding(['A', 'B', 'C', 'D', 'E'], platform)).toBeUndefined();
    expect(servicesFinding(['A', 'B', 'C', 'D', 'E', 'F'], platform)?.explanation).toMatch(/^This team owns 6 services: platform teams own at most 5 services \(the Platform principles\)/);
    expect(servicesFinding(['Wiki'], principlesFor('enabling', sets, defaults))?.explanation).toMatch(/enabling teams own no service/);
    expect(servicesFinding(['A', 'B', 'C', 'D'], principlesFor(null, sets, defaults))).toBeUndefined();
  });

  it('flags a member on more teams than the type allows', () => {
    const memberships = [
      ...coveredTeam(),
      membership({ personId: 'person:dev', teamId: 'team:other', allocation: 50 }),
    ];
    const teams = [team('payments', 'Payments', { type: 'complicated-subsystem' }), team('other', 'Other')];
    const health = organisationHealth({ ...emptyPlan({ teams, memberships, principleSets: sets, people: [person('dev', 'Dana Dev')] }) });
    const finding = health.byTeam.get('team:payments')!.findings.find((f) => f.id === 'principles:teams-per-person:person:dev')!;
    expect(finding.explanation).toMatch(/^Dana Dev sits on 2 teams: on complicated-subsystem teams, a person sits on at most 1 team/);
    expect(health.byTeam.get('team:other')!.findings.some((f) => f.id.startsWith('principles:teams-per-person'))).toBe(false);
  });

  it('flags more objectives per FTE than the type allows (a cognitive-load proxy)', () => {
    const sa = principlesFor('stream-aligned', sets, defaults);
    expect(objectiveLoadFinding(3, 6, sa)).toBeUndefined();
    expect(objectiveLoadFinding(4, 6, sa)?.explanation).toBe(
      'This team owns or shares 4 objectives this period with 6 FTE: stream-aligned teams take on at most 0.5 per FTE (the Stream-aligned principles), which is 3 objectives for this team. With more, its people juggle more goals than they can keep in mind.',
    );
    expect(objectiveLoadFinding(9, 6, principlesFor(null, sets, defaults))).toBeUndefined();
    const health = healthOf('stream-aligned', coveredTeam(), { objectiveCounts: new Map([['team:payments', 5]]) });
    expect(health.findings.some((f) => f.id === 'principles:objectives-per-fte')).toBe(true);
  });

  it('replaces the plain “no business member” warning with the set’s business share, never both', () => {
    const health = healthOf('stream-aligned');
    const mix = health.findings.filter((f) => f.rule === 'cross-functional' && f.severity === 'warn');
    expect(mix).toEqual([]);
    expect(health.findings.find((f) => f.id === 'principles:business-share')?.explanation).toMatch(/stream-aligned teams need at least 10%/);
    expect(healthOf(null).findings.some((f) => f.id === 'cross-functional:none')).toBe(true);
    expect(businessShareFinding({ members: 10, businessMembers: 1, share: 0.1 }, principlesFor('stream-aligned', sets, defaults))).toBeUndefined();
  });

  it('leaves health exactly as before for teams without a type (the Default set adds nothing)', () => {
    const plan = emptyPlan({ teams: [team('payments', 'Payments')], memberships: coveredTeam() });
    const before = organisationHealth(plan).byTeam.get('team:payments')!.findings;
    const after = organisationHealth({ ...plan, principleSets: sets }).byTeam.get('team:payments')!.findings;
    expect(after).toEqual(before);
  });
});

describe('the size limits a board card judges a team by', () => {
  it('are its type’s limits, Settings’ for a team without a type, and one object per type', () => {
    const limitsOf = sizeLimitsByType(sets, DEFAULT_SETTINGS.sizeLimits);
    const stream = TEAM_TYPES[0];
    expect(limitsOf(stream)).toEqual(DEFAULT_PRINCIPLES[stream].size);
    expect(limitsOf(stream)).toBe(limitsOf(stream));
    expect(limitsOf(null)).toEqual(DEFAULT_SETTINGS.sizeLimits);
    expect(limitsOf(undefined)).toBe(limitsOf(null));
  });

  it('are Settings’ while the principle sets are still loading', () => {
    expect(sizeLimitsByType(undefined, DEFAULT_SETTINGS.sizeLimits)(TEAM_TYPES[0])).toBe(DEFAULT_SETTINGS.sizeLimits);
  });
});
