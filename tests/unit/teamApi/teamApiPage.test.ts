import { describe, expect, it } from 'vitest';
import { interactionDates, interactionTiming, teamApiPage, type TeamApiInput } from '../../../shared/teamApi';
import { member, objective, roleGroup, team as card } from '../charts/chartFixtures';

const TODAY = '2026-11-16';
const names = new Map([
  ['team:Payments', 'Payments'],
  ['team:Cloud', 'Cloud Infrastructure'],
  ['team:Identity', 'Identity & Access'],
  ['team:Billing', 'Billing'],
]);

function input(overrides: Partial<TeamApiInput> = {}): TeamApiInput {
  return {
    card: card('Payments'),
    team: { id: 'team:Payments', services: ['Card payments', 'Refunds'], type: 'stream-aligned', groupId: 'group:core', workingWithUs: 'Ask in #payments; we answer within a day.' },
    teamNames: names,
    groups: [{ id: 'group:core', name: 'Core', level: 'Tribe', deletedAt: null }],
    interactions: [],
    dependencies: [],
    periodName: 'Q4 2026',
    today: TODAY,
    ...overrides,
  };
}

const interaction = (id: string, provider: string, consumer: string, mode: 'collaboration' | 'x-as-a-service' | 'facilitating', start: string, end: string | null = null) => ({
  id,
  providerTeamId: provider,
  consumerTeamId: consumer,
  mode,
  purpose: `Purpose ${id}`,
  start,
  end,
  deletedAt: null as string | null,
});

describe('teamApiPage', () => {
  it('names the type with its one-line definition, the group with its level, the services and how to work with the team', () => {
    const page = teamApiPage(input());
    expect(page.type).toEqual({ label: 'Stream-aligned', definition: 'Delivers a flow of change for one part of the business, end to end.' });
    expect(page.group).toBe('Tribe: Core');
    expect(page.services).toEqual(['Card payments', 'Refunds']);
    expect(page.workingWithUs).toBe('Ask in #payments; we answer within a day.');
  });

  it('says nothing of a type or group the team does not have, nor of a deleted group', () => {
    const page = teamApiPage(input({ team: { id: 'team:Payments', services: [], type: null, groupId: 'group:core' }, groups: [{ id: 'group:core', name: 'Core', level: 'Tribe', deletedAt: '2026-11-01T00:00:00.000Z' }] }));
    expect(page.type).toBeNull();
    expect(page.group).toBeNull();
    expect(page.workingWithUs).toBe('');
  });

  it('lists members by role with their allocation and the other teams a shared member sits on', () => {
    const page = teamApiPage(input({ card: card('Payments', { roleGroups: [roleGroup('Developer', [member('Ana Costa', { allocation: 60, alsoOn: ['Billing'] })]), roleGroup('Architect', [], { missing: true })] }) }));
    expect(page.roles).toEqual([
      { roleName: 'Developer', members: ['Ana Costa (60 %, also on Billing)'], missing: false },
      { roleName: 'Architect', members: [], missing: true },
    ]);
  });

  it('describes each interaction from this team’s side: active first, then planned, then ended', () => {
    const page = teamApiPage(input({
      interactions: [
        interaction('ended', 'team:Payments', 'team:Billing', 'collaboration', '2026-01-01', '2026-03-31'),
        interaction('planned', 'team:Identity', 'team:Payments', 'facilitating', '2027-01-05'),
        interaction('consumes', 'team:Cloud', 'team:Payments', 'x-as-a-service', '2026-10-01'),
        interaction('provides', 'team:Payments', 'team:Billing', 'x-as-a-service', '2026-09-01', '2026-12-31'),
        interaction('other', 'team:Cloud', 'team:Billing', 'x-as-a-service', '2026-09-01'),
        { ...interaction('deleted', 'team:Payments', 'team:Cloud', 'collaboration', '2026-09-01'), deletedAt: '2026-10-01T00:00:00.000Z' },
      ],
    }));
    expect(page.interactions.map((i) => [i.relation, i.otherTeam, i.mode, i.timing, interactionDates(i)])).toEqual([
      ['Provides to', 'Billing', 'X-as-a-service', 'active', '2026-09-01 to 2026-12-31'],
      ['Consumes from', 'Cloud Infrastructure', 'X-as-a-service', 'active', 'from 2026-10-01, open-ended'],
      ['Facilitated by', 'Identity & Access', 'Facilitating', 'planned', 'from 2027-01-05, open-ended'],
      ['Collaborates with', 'Billing', 'Collaboration', 'ended', '2026-01-01 to 2026-03-31'],
    ]);
    expect(page.interactions[0]?.purpose).toBe('Purpose provides');
  });

  it('calls the providing side of a facilitating interaction “Facilitates”', () => {
    const page = teamApiPage(input({ interactions: [interaction('f', 'team:Payments', 'team:Cloud', 'facilitating', '2026-11-01')] }));
    expect(page.interactions[0]?.relation).toBe('Facilitates');
  });

  it('lists dependencies both ways, blocking first', () => {
    const dependency = (id: string, dependent: string, on: string, state: 'blocking' | 'slowing' | 'fine', since: string) => ({ id, dependentTeamId: dependent, dependsOnTeamId: on, state, since, note: '', deletedAt: null });
    const page = teamApiPage(input({
      dependencies: [
        dependency('a', 'team:Billing', 'team:Payments', 'fine', '2026-01-01'),
        dependency('b', 'team:Payments', 'team:Cloud', 'blocking', '2026-10-01'),
        dependency('c', 'team:Cloud', 'team:Identity', 'blocking', '2026-10-01'),
      ],
    }));
    expect(page.dependencies.map((d) => [d.relation, d.otherTeam, d.state, d.since])).toEqual([
      ['Depends on', 'Cloud Infrastructure', 'blocking', '2026-10-01'],
      ['Depended on by', 'Billing', 'fine', '2026-01-01'],
    ]);
  });

  it('shows shared objectives with their co-owning teams and progress against the expected pace', () => {
    const page = teamApiPage(input({
      card: card('Payments', {
        objectives: [
          objective('Checkout in one step', { progress: 0.456, expected: 0.6, statusText: 'At risk', sharedWith: ['Billing', 'Cloud Infrastructure'] }),
          objective('Draft idea', { progress: null, statusText: 'No key results' }),
        ],
      }),
    }));
    expect(page.objectives).toEqual([
      { id: 'objective:Checkout in one step', title: 'Checkout in one step', coOwners: ['Billing', 'Cloud Infrastructure'], progress: '46 % (expected 60 %)', status: 'At risk' },
      { id: 'objective:Draft idea', title: 'Draft idea', coOwners: [], progress: 'No key results', status: 'No key results' },
    ]);
    expect(page.periodName).toBe('Q4 2026');
  });

  it('puts size findings before the other findings, in plain words with their fix', () => {
    const page = teamApiPage(input({
      card: card('Payments', { sizeFindings: [{ severity: 'fail', title: 'Team too large', explanation: '12 people is above 10.', fix: 'Split the team.' }] }),
    }));
    expect(page.findings.map((f) => f.title)).toEqual(['Team too large', 'Only security analyst on 2 teams']);
    expect(page.findings[0]?.fix).toBe('Split the team.');
  });

  it('names a team that no longer exists on the other side of an interaction plainly', () => {
    const page = teamApiPage(input({ interactions: [interaction('gone', 'team:Payments', 'team:Gone', 'x-as-a-service', '2026-10-01')] }));
    expect(page.interactions[0]?.otherTeam).toBe('a deleted team');
  });
});

describe('interaction timing and dates', () => {
  it('is planned before its start, active through its end day, ended after', () => {
    expect(interactionTiming({ start: '2026-11-17', end: null }, TODAY)).toBe('planned');
    expect(interactionTiming({ start: '2026-11-16', end: '2026-11-16' }, TODAY)).toBe('active');
    expect(interactionTiming({ start: '2026-01-01', end: '2026-11-15' }, TODAY)).toBe('ended');
  });

  it('writes an open-ended interaction as “from … open-ended”', () => {
    expect(interactionDates({ start: '2026-10-01', end: null })).toBe('from 2026-10-01, open-ended');
    expect(interactionDates({ start: '2026-10-01', end: '2026-12-31' })).toBe('2026-10-01 to 2026-12-31');
    expect(interactionDates({ start: '2026-10-01', end: '2026-12-31' }, (d) => d.slice(5))).toBe('10-01 to 12-31');
  });
});
