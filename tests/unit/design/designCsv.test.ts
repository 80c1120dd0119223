import { describe, expect, it } from 'vitest';
import {
  designRowCounts,
  readDayCell,
  readInteractionMode,
  readTeamType,
  suggestInteractionMapping,
  suggestTeamDesignMapping,
  validateInteractionRows,
  validateTeamDesignRows,
} from '../../../shared/import/designRows';
import { dependenciesCsv, groupsCsv, interactionsCsv, teamDesignCsv, type DesignRecords } from '../../../shared/exports/designCsv';
import type { ImportTable } from '../../../shared/import/table';

const teams = [
  { id: 't:cloud', name: 'Cloud Infrastructure', type: 'platform' as const, groupId: 'g:core' },
  { id: 't:portal', name: 'Customer Portal', type: null, groupId: null },
  { id: 't:identity', name: 'Identity & Access', type: null, groupId: null },
];
const groups = [{ id: 'g:core', name: 'Core tribe' }];

function table(headers: string[], rows: string[][]): ImportTable {
  return { headers, rows, lines: rows.map((_, i) => i + 2) };
}

describe('reading cells of design files', () => {
  it('reads ISO dates, day-first European dates and Excel serial numbers, and refuses impossible days', () => {
    expect(readDayCell('2026-10-01')).toEqual({ ok: true, date: '2026-10-01' });
    expect(readDayCell('01.10.2026')).toEqual({ ok: true, date: '2026-10-01' });
    expect(readDayCell('1/10/2026')).toEqual({ ok: true, date: '2026-10-01' });
    expect(readDayCell('46296')).toEqual({ ok: true, date: '2026-10-01' });
    expect(readDayCell('31.02.2026')).toEqual({ ok: false });
    expect(readDayCell('next week')).toEqual({ ok: false });
  });

  it('reads modes and team types in the words people use', () => {
    expect(readInteractionMode('X-as-a-Service')).toBe('x-as-a-service');
    expect(readInteractionMode('XaaS')).toBe('x-as-a-service');
    expect(readInteractionMode(' Facilitation ')).toBe('facilitating');
    expect(readInteractionMode('Zusammenarbeit')).toBe('collaboration');
    expect(readInteractionMode('pairing')).toBeNull();
    expect(readTeamType('Platform')).toBe('platform');
    expect(readTeamType('SA')).toBe('stream-aligned');
    expect(readTeamType('Complicated subsystem')).toBe('complicated-subsystem');
    expect(readTeamType('')).toBeNull();
    expect(readTeamType('none')).toBeNull();
    expect(readTeamType('Tribe')).toBeUndefined();
  });

  it('proposes columns from English and German headers', () => {
    expect(suggestInteractionMapping(['Providing team', 'Consuming team', 'Mode', 'Purpose', 'Start', 'Expected end'])).toEqual({ provider: 0, consumer: 1, mode: 2, purpose: 3, start: 4, end: 5 });
    expect(suggestInteractionMapping(['Anbieter', 'Nutzer', 'Modus', 'Zweck', 'Beginn', 'Ende'])).toEqual({ provider: 0, consumer: 1, mode: 2, purpose: 3, start: 4, end: 5 });
    expect(suggestTeamDesignMapping(['Team', 'Type', 'Group', 'Group level', 'Services'])).toEqual({ team: 0, type: 1, group: 2, level: 3 });
  });
});

describe('validating an interactions file', () => {
  const mapping = { provider: 0, consumer: 1, mode: 2, purpose: 3, start: 4, end: 5 };

  it('takes good rows, matches team names without case, and finds interactions already recorded', () => {
    const rows = validateInteractionRows(
      table(['Providing team', 'Consuming team', 'Mode', 'Purpose', 'Start', 'Expected end'], [
        ['cloud infrastructure', 'Customer Portal', 'X-as-a-service', 'Hosting', '01.10.2026', ''],
        ['Identity & Access', 'Cloud Infrastructure', 'Facilitating', '', '2026-11-01', '2026-12-31'],
        // An export that lost its accents and punctuation still names the teams.
        ['Identity  Access', 'Customer-Portal', 'Collaboration', '', '2026-11-01', ''],
      ]),
      mapping,
      teams,
      [{ providerTeamId: 't:identity', consumerTeamId: 't:cloud', mode: 'facilitating', start: '2026-11-01', deletedAt: null }],
    );
    expect(rows.map((r) => [r.status, r.summary])).toEqual([
      ['new', 'Cloud Infrastructure → Customer Portal (X-as-a-service, from 2026-10-01)'],
      ['unchanged', 'Identity & Access → Cloud Infrastructure (Facilitating, from 2026-11-01)'],
      ['new', 'Identity & Access → Customer Portal (Collaboration, from 2026-11-01)'],
    ]);
    expect(rows[0]?.interaction).toEqual({ providerTeamId: 't:cloud', consumerTeamId: 't:portal', mode: 'x-as-a-service', purpose: 'Hosting', start: '2026-10-01', end: null });
  });

  it('refuses a team of itself, an end before its start and an unknown team (suggesting the closest name), each with its row and line', () => {
    const rows = validateInteractionRows(
      table(['p', 'c', 'm', 'pu', 's', 'e'], [
        ['Customer Portal', 'customer portal', 'Collaboration', '', '2026-10-01', ''],
        ['Cloud Infrastructure', 'Customer Portal', 'Collaboration', '', '2026-10-01', '2026-09-30'],
        ['Cloud Infrastucture', 'Billing', 'pairing', '', 'soon', ''],
        ['Cloud Infrastructure', 'Customer Portal', 'XaaS', '', '2026-10-01', ''],
        ['Cloud Infrastructure', 'Customer Portal', 'XaaS', '', '2026-10-01', ''],
      ]),
      mapping,
      teams,
      [],
    );
    expect(rows.map((r) => [r.row, r.line, r.status, r.problems])).toEqual([
      [1, 2, 'refused', ['A team cannot interact with itself: “Customer Portal” is both the providing and the consuming team.']],
      [2, 3, 'refused', ['The expected end 2026-09-30 is before the start 2026-10-01.']],
      [3, 4, 'refused', [
        'Providing team: no team “Cloud Infrastucture” in this plan (did you mean “Cloud Infrastructure”?).',
        'Consuming team: no team “Billing” in this plan.',
        'Mode “pairing” is not one of collaboration, X-as-a-service or facilitating.',
        'Start “soon” is not a date: write it as 2026-10-01 or 01.10.2026.',
      ]],
      [4, 5, 'new', []],
      [5, 6, 'refused', ['The same interaction is on an earlier row of the file: Cloud Infrastructure → Customer Portal (X-as-a-service, from 2026-10-01).']],
    ]);
    expect(designRowCounts(rows)).toEqual({ new: 1, changed: 0, unchanged: 0, refused: 4 });
  });
});

describe('validating a team types and groups file', () => {
  it('changes types and groups, creates groups that do not exist, and leaves teams as they are where nothing differs', () => {
    const rows = validateTeamDesignRows(
      table(['Team', 'Type', 'Group', 'Group level'], [
        ['Cloud Infrastructure', 'Platform', 'core tribe', ''],
        ['Customer Portal', 'Stream-aligned', 'Digital', 'Value stream'],
        ['Identity & Acess', 'Enabling', '', ''],
        ['Identity & Access', 'Tribe', '', ''],
      ]),
      { team: 0, type: 1, group: 2, level: 3 },
      teams,
      groups,
    );
    expect(rows.map((r) => [r.status, r.summary, r.problems])).toEqual([
      ['unchanged', 'Cloud Infrastructure: Platform, Core tribe', []],
      ['changed', 'Customer Portal: Stream-aligned, Digital (new group)', []],
      ['refused', 'Identity & Acess', ['Team: no team “Identity & Acess” in this plan (did you mean “Identity & Access”?).']],
      ['refused', 'Identity & Access', ['Type “Tribe” is not one of stream-aligned, platform, enabling or complicated-subsystem (or empty for none).']],
    ]);
    expect(rows[1]?.change).toEqual({ teamId: 't:portal', type: 'stream-aligned', groupName: 'Digital', groupLevel: 'Value stream' });
  });

  it('leaves the group alone when the file has no group column', () => {
    const rows = validateTeamDesignRows(table(['Team', 'Type'], [['Cloud Infrastructure', 'Enabling']]), { team: 0, type: 1, group: null, level: null }, teams, groups);
    expect(rows[0]?.change).toEqual({ teamId: 't:cloud', type: 'enabling', groupName: 'Core tribe', groupLevel: 'Tribe' });
  });
});

describe('design CSV exports', () => {
  const stamp = { createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', deletedAt: null, updatedBy: null };
  const records: DesignRecords = {
    teams: [
      { ...stamp, id: 't:cloud', planId: 'plan:live', name: 'Cloud Infrastructure', mission: '', services: ['Hosting', 'CI'], championId: null, type: 'platform', groupId: 'g:core' },
      { ...stamp, id: 't:portal', planId: 'plan:live', name: 'Customer Portal', mission: '', services: [], championId: null },
      { ...stamp, id: 't:draft', planId: 'plan:draft', name: 'Draft team', mission: '', services: [], championId: null },
    ],
    memberships: [
      { teamId: 't:cloud', personId: 'p:1', planId: 'plan:live', deletedAt: null },
      { teamId: 't:cloud', personId: 'p:2', planId: 'plan:live', deletedAt: null },
    ],
    teamGroups: [{ ...stamp, id: 'g:core', planId: 'plan:live', name: 'Core tribe', level: 'Tribe', maxPeople: 150, maxTeams: 8 }],
    interactions: [{ ...stamp, id: 'i:1', planId: 'plan:live', providerTeamId: 't:cloud', consumerTeamId: 't:portal', mode: 'x-as-a-service', purpose: 'Hosting', start: '2026-10-01', end: null }],
    dependencies: [{ ...stamp, id: 'd:1', planId: 'plan:live', dependentTeamId: 't:portal', dependsOnTeamId: 't:cloud', state: 'blocking', since: '2026-10-15', note: 'Waiting for a cluster' }],
  };

  it('lists the live plan’s teams with type and group, groups with limits and counts, interactions and dependencies', () => {
    expect(teamDesignCsv(records).rows).toEqual([
      ['Cloud Infrastructure', 'Platform', 'Core tribe', 'Tribe', 'Hosting; CI'],
      ['Customer Portal', '', '', '', ''],
    ]);
    expect(groupsCsv(records).rows).toEqual([['Core tribe', 'Tribe', 150, 8, 1, 2]]);
    expect(interactionsCsv(records).rows).toEqual([['Cloud Infrastructure', 'Customer Portal', 'X-as-a-service', 'Hosting', '2026-10-01', '']]);
    expect(dependenciesCsv(records).rows).toEqual([['Customer Portal', 'Cloud Infrastructure', 'blocking', '2026-10-15', 'Waiting for a cluster']]);
  });

  it('exports interactions and team design in exactly the columns their imports propose', () => {
    expect(suggestInteractionMapping(interactionsCsv(records).header)).toEqual({ provider: 0, consumer: 1, mode: 2, purpose: 3, start: 4, end: 5 });
    expect(suggestTeamDesignMapping(teamDesignCsv(records).header)).toEqual({ team: 0, type: 1, group: 2, level: 3 });
  });
});
