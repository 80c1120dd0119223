import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_VERSION,
  JSON_BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  builtInRecords,
  canonicalDump,
  migrateForward,
  readBackup,
  serializeBackup,
  type MigrationTable,
} from '../../../shared/backup';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../../shared/model';
import { sampleOrganisation } from '../../../shared/samples/sampleOrganisation';
import { tablesOfKind } from '../../../renderer/db/tableKinds';
import { builtInDepartments, builtInRoles, livePlan } from '../../../renderer/db/builtIns';
import { DEFAULT_SETTINGS } from '../../../shared/model';
import { NOW, TODAY, backupOf, backupText, richTables } from './backupFixture';

const read = (text: string) => readBackup(text, { now: NOW });
const problemsOf = (text: string) => {
  const reading = read(text);
  if (reading.ok) throw new Error('expected the backup to be rejected');
  return reading.problems;
};
const mutate = (change: (file: ReturnType<typeof backupOf>) => void) => {
  const file = backupOf(richTables());
  change(file);
  return JSON.stringify(file);
};

describe('reading a backup file', () => {
  it('lists every workspace table of the database, in a fixed order (device and log tables never)', () => {
    expect([...BACKUP_TABLES].sort()).toEqual([...tablesOfKind('workspace')].sort());
  });

  it('reads back exactly what was written, tombstones included', () => {
    const tables = richTables();
    const reading = read(backupText(tables));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.formatVersion).toBe(JSON_BACKUP_FORMAT_VERSION);
    expect(reading.backup.formatVersion).toBe(BACKUP_FORMAT_VERSION);
    expect(canonicalDump(reading.backup.tables)).toBe(canonicalDump(tables));
    expect(reading.backup.tables.teams.find((t) => t.id === 'team-deleted')?.deletedAt).not.toBeNull();
    expect(reading.counts.people).toBe(tables.people.length);
  });

  it('writes one record per line under a versioned envelope', () => {
    const text = backupText();
    expect(text.startsWith('{"format":"teamshape-backup","formatVersion":4,"app":{"name":"Teamshape","version":"0.1.0"},"exportedAt":')).toBe(true);
    expect(text.split('\n').length).toBeGreaterThan(richTables().people.length);
  });

  it('accepts a byte-order mark in front of the JSON', () => {
    expect(read(`\uFEFF${backupText()}`).ok).toBe(true);
  });

  it('names the table, row and field of a missing value: "teams[3].name: required"', () => {
    const problems = problemsOf(mutate((f) => delete (f.tables.teams[3] as Partial<(typeof f.tables.teams)[number]>).name));
    expect(problems).toEqual(['teams[3].name: required']);
  });

  it('uses the model’s own message for a bad value', () => {
    expect(problemsOf(mutate((f) => (f.tables.teams[2]!.name = '   ')))).toEqual(['teams[2].name: Team name is required']);
    expect(problemsOf(mutate((f) => (f.tables.memberships[0]!.allocation = 140)))).toEqual(['memberships[0].allocation: allocation must be at most 100%']);
  });

  it('refuses unknown fields anywhere: strict schemas', () => {
    expect(problemsOf(mutate((f) => Object.assign(f.tables.people[1]!, { salary: 1 })))).toEqual(['people[1]: unknown field salary']);
    expect(problemsOf(mutate((f) => Object.assign(f.tables, { invoices: [] })))).toEqual(['tables: unknown field invoices']);
    expect(problemsOf(mutate((f) => Object.assign(f, { extra: true })))).toEqual(['unknown field extra']);
  });

  it('refuses a file that is not a Teamshape backup', () => {
    expect(problemsOf('[1,2,3]')).toEqual(['This is not a Teamshape backup: the file holds a list, not a backup.']);
    expect(problemsOf('{"hello":"world"}')[0]).toMatch(/not a Teamshape backup/);
    expect(problemsOf(mutate((f) => Object.assign(f, { format: 'excel' })))).toEqual(['format: must be "teamshape-backup"']);
  });

  it('refuses duplicate ids, naming both rows', () => {
    const problems = problemsOf(mutate((f) => f.tables.teams.push({ ...f.tables.teams[1]!, name: 'Copy' })));
    expect(problems).toEqual([`teams[${richTables().teams.length}].id: duplicate id "${richTables().teams[1]!.id}", already used by teams[1]`]);
  });

  it('refuses a membership of a team that is not in the backup', () => {
    expect(problemsOf(mutate((f) => (f.tables.memberships[4]!.teamId = 'team-nowhere')))).toEqual([
      'memberships[4].teamId: team "team-nowhere" is not in the backup',
    ]);
  });

  it('accepts references to deleted records: tombstones are part of a backup', () => {
    const tables = richTables();
    expect(tables.memberships.find((m) => m.id === 'membership-deleted')?.teamId).toBe('team-deleted');
    expect(read(backupText(tables)).ok).toBe(true);
  });

  it('accepts references to built-ins and generated quarters even when the file leaves them out', () => {
    const tables = richTables();
    tables.roles = [];
    tables.plans = tables.plans.filter((p) => p.id !== LIVE_PLAN_ID);
    tables.departments = tables.departments.filter((d) => !d.id.startsWith('department:'));
    tables.settings = [];
    const reading = read(backupText(tables));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.backup.tables.roles.map((r) => r.id)).toContain(ROLE_IDS.productOwner);
    expect(reading.backup.tables.plans.map((p) => p.id)).toContain(LIVE_PLAN_ID);
    expect(reading.backup.tables.settings).toEqual([DEFAULT_SETTINGS]);
  });

  it('fills built-ins exactly as the database seeds them', () => {
    const records = builtInRecords();
    expect(records.roles).toEqual(builtInRoles());
    expect(records.departments).toEqual(builtInDepartments());
    expect(records.plans).toEqual([livePlan()]);
    expect(records.settings).toEqual([DEFAULT_SETTINGS]);
  });

  it('trims text the way the repositories do', () => {
    const reading = read(mutate((f) => (f.tables.teams[0]!.name = '  Payments  ')));
    expect(reading.ok && reading.backup.tables.teams[0]!.name).toBe('Payments');
  });

  it('stops listing after 100 problems', () => {
    const problems = problemsOf(mutate((f) => f.tables.checkIns.forEach((c) => Object.assign(c, { confidence: 11, date: 'yesterday' }))));
    expect(problems).toHaveLength(101);
    expect(problems.at(-1)).toMatch(/more problems/);
  });
});

describe('older backup formats', () => {
  it('migrates format 0 (the bare table dump of the sample generator) forward', () => {
    const legacy = sampleOrganisation(TODAY);
    const reading = read(JSON.stringify(legacy));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.formatVersion).toBe(0);
    expect(reading.backup.exportedAt).toBe(NOW);
    expect(reading.backup.app.version).toBe('unknown (format 0)');
    expect(reading.backup.tables.teams).toEqual(legacy.teams);
    expect(reading.backup.tables.checkIns).toEqual(legacy.checkIns);
    expect(reading.backup.tables.roles).toHaveLength(builtInRoles().length);
    expect(reading.backup.tables.settings).toEqual([DEFAULT_SETTINGS]);
  });

  it('names an unknown field of a format 0 file', () => {
    expect(problemsOf(JSON.stringify({ teams: [], spreadsheets: [] }))).toEqual(['format 0 file: unknown field spreadsheets']);
  });

  it('refuses a backup from a newer Teamshape and says to update', () => {
    expect(problemsOf(mutate((f) => Object.assign(f, { formatVersion: 5 })))[0]).toMatch(
      /newer Teamshape \(format 5\); this version reads formats 0 to 4\. Update Teamshape/,
    );
  });


  it('refuses a format version that is not a whole number', () => {
    expect(problemsOf(mutate((f) => Object.assign(f, { formatVersion: '1' })))).toEqual(['formatVersion: must be a whole number such as 4, not "1"']);
    expect(problemsOf(mutate((f) => Object.assign(f, { formatVersion: 1.5 })))[0]).toMatch(/^formatVersion: must be a whole number/);
  });

  it('chains migrations step by step up to the latest format', () => {
    const table: MigrationTable = {
      latest: 3,
      steps: {
        1: (file) => ({ ...file, formatVersion: 2, renamed: file.old, old: undefined }),
        2: (file) => ({ ...file, formatVersion: 3, added: 'default' }),
      },
    };
    const result = migrateForward({ formatVersion: 1, old: 'x' }, 1, { now: NOW }, table);
    expect(result).toEqual({ ok: true, file: { formatVersion: 3, renamed: 'x', old: undefined, added: 'default' } });
    expect(migrateForward({ formatVersion: 0 }, 0, { now: NOW }, table)).toEqual({
      ok: false,
      problem: 'formatVersion: format 0 cannot be read by this version of Teamshape.',
    });
  });

  it('runs a file in the latest format through no migration at all', () => {
    const file = JSON.parse(serializeBackup(backupOf(richTables())));
    expect(migrateForward(file, BACKUP_FORMAT_VERSION, { now: NOW })).toEqual({ ok: true, file });
  });
});
