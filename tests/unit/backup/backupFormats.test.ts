import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION, formatOneToTwo, integrityProblems, readBackup, serializeBackup } from '../../../shared/backup';
import { NOW, backupOf, richTables, stamp } from './backupFixture';

/**
 * Every tests/fixtures/backup-v<N>.json is a backup file exactly as Teamshape wrote it in format N
 * (never regenerated: it stands for files users keep). Each must still restore.
 */
const fixturesFolder = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtures = readdirSync(fixturesFolder)
  .filter((name) => /^backup-v\d+\.json$/.test(name))
  .map((name) => {
    const text = readFileSync(join(fixturesFolder, name), 'utf8');
    return { name, text, file: JSON.parse(text) as { formatVersion: number; tables: Record<string, Record<string, unknown>[]> } };
  });

describe('backup files of every older format', () => {
  it('has a fixture for every format before the current one (1 on)', () => {
    // Format 3 was only ever written compressed: backup-v3.teamshape.gz (read in designFormat.test.ts).
    const compressed = readdirSync(fixturesFolder).flatMap((name) => /^backup-v(\d+)\.teamshape\.gz$/.exec(name)?.slice(1).map(Number) ?? []);
    const versions = [...fixtures.map((f) => f.file.formatVersion), ...compressed].sort();
    expect(versions).toEqual(Array.from({ length: BACKUP_FORMAT_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(fixtures)('$name restores: every record of every table, migrated to the current format', ({ text, file }) => {
    const reading = readBackup(text, { now: NOW });
    expect(reading.ok ? [] : reading.problems).toEqual([]);
    if (!reading.ok) return;
    expect(reading.formatVersion).toBe(file.formatVersion);
    expect(reading.backup.formatVersion).toBe(BACKUP_FORMAT_VERSION);
    for (const [table, rows] of Object.entries(file.tables)) {
      expect(reading.backup.tables[table as keyof typeof reading.backup.tables].map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
    }
  });
});

describe('format 1 → 2', () => {
  const v1 = fixtures.find((f) => f.file.formatVersion === 1)!;

  it('drops "this is me" from the settings (it is device-local now) and keeps everything else', () => {
    expect(v1.file.tables.settings![0]!.meId).toBeTruthy();
    const reading = readBackup(v1.text, { now: NOW });
    if (!reading.ok) throw new Error(reading.problems.join('\n'));
    const [settings] = reading.backup.tables.settings;
    expect(Object.hasOwn(settings!, 'meId')).toBe(false);
    const { meId: dropped, ...rest } = v1.file.tables.settings![0]!;
    expect(dropped).toBeTruthy();
    expect(settings).toEqual(rest);
  });

  it('leaves the fields format 2 added absent, never invented', () => {
    const reading = readBackup(v1.text, { now: NOW });
    if (!reading.ok) throw new Error(reading.problems.join('\n'));
    const { people, memberships, keyResults, checkIns } = reading.backup.tables;
    expect(people.every((p) => p.employeeId === undefined && p.mergedIntoId === undefined)).toBe(true);
    expect(memberships.every((m) => m.personId !== null)).toBe(true);
    expect(keyResults.every((k) => k.ownerTeamId === undefined && k.start !== null)).toBe(true);
    expect(checkIns.every((c) => c.correctsId === undefined)).toBe(true);
  });

  it('is a pure step that tolerates what the envelope check will refuse', () => {
    const file = { format: 'teamshape-backup', formatVersion: 1, tables: { settings: [{ id: 'settings', meId: 'p' }, 'junk'] } };
    expect(formatOneToTwo(file, { now: NOW })).toEqual({ format: 'teamshape-backup', formatVersion: 2, tables: { settings: [{ id: 'settings' }, 'junk'] } });
    expect(file.tables.settings[0]).toEqual({ id: 'settings', meId: 'p' });
    expect(formatOneToTwo({ formatVersion: 1, tables: 'nope' }, { now: NOW })).toEqual({ formatVersion: 2, tables: 'nope' });
  });

  it('refuses a format-2 file that still has "this is me" in its settings', () => {
    const file = backupOf(richTables());
    (file.tables.settings[0] as unknown as Record<string, unknown>).meId = null;
    const reading = readBackup(JSON.stringify(file), { now: NOW });
    expect(reading.ok ? [] : reading.problems).toEqual(['settings[0]: unknown field meId']);
  });
});

describe('rules across records in a backup', () => {
  it('refuses two live people with the same employee ID (in any letter case), naming both', () => {
    const tables = richTables();
    tables.people.push({ ...stamp('person-twin'), name: 'Twin', email: null, title: '', departmentId: null, employeeId: 'e-1042' });
    const text = serializeBackup(backupOf(tables));
    const ids = (JSON.parse(text) as { tables: { people: { id: string }[] } }).tables.people.map((p) => p.id);
    const [first, second] = [ids.indexOf('person-employee'), ids.indexOf('person-twin')].sort((a, b) => a - b);
    const reading = readBackup(text, { now: NOW });
    const names: Record<number, string> = { [ids.indexOf('person-employee')]: 'Ana Employee', [ids.indexOf('person-twin')]: 'Twin' };
    const employeeId: Record<number, string> = { [ids.indexOf('person-employee')]: 'E-1042', [ids.indexOf('person-twin')]: 'e-1042' };
    expect(reading.ok ? [] : reading.problems).toEqual([
      `people[${second}].employeeId: employee ID "${employeeId[second!]}" is already used by people[${first}] ("${names[first!]}")`,
    ]);
  });

  it('lets a deleted person keep an employee ID a live person has now', () => {
    const tables = richTables();
    tables.people.push({ ...stamp('person-left', '2026-01-01T08:00:00.000Z', '2026-02-01T08:00:00.000Z'), name: 'Left', email: null, title: '', departmentId: null, employeeId: 'E-1042' });
    expect(integrityProblems(tables)).toEqual([]);
  });

  it('refuses a correction of another key result’s check-in, or of itself', () => {
    const tables = richTables();
    const other = tables.checkIns.find((c) => c.keyResultId !== 'kr-fy27')!;
    const index = tables.checkIns.findIndex((c) => c.id === 'checkin-corrected');
    tables.checkIns[index] = { ...tables.checkIns[index]!, correctsId: other.id };
    expect(integrityProblems(tables)).toEqual([
      `checkIns[${index}].correctsId: check-in "${other.id}" belongs to another key result; a correction corrects a check-in of its own key result`,
    ]);
    tables.checkIns[index] = { ...tables.checkIns[index]!, correctsId: 'checkin-corrected' };
    expect(integrityProblems(tables)).toEqual([`checkIns[${index}].correctsId: a check-in cannot correct itself`]);
  });
});
