import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION, BACKUP_TABLES, LineSplitter, backupLines, canonicalDump, isGzip } from '../../../shared/backup';
import { encodeBackup, readBackupFile } from '../../../renderer/db/backupFile';
import { NOW, backupOf, richTables } from './backupFixture';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const read = (input: string | Uint8Array) => readBackupFile(input, { now: NOW });
const problemsOf = async (input: Uint8Array) => {
  const reading = await read(input);
  return reading.ok ? [] : reading.problems;
};
/** The decompressed lines of a format-3 file, for editing as a damaged or hostile file would be. */
const linesOf = (bytes: Uint8Array) => gunzipSync(bytes).toString('utf8').split('\n').filter((line) => line !== '');
const gzipLines = (lines: string[]) => new Uint8Array(gzipSync(`${lines.join('\n')}\n`));

describe('format 3: gzip of an envelope line, then one record per line', () => {
  it('writes the envelope with the counts, then every record as {"t":table,"r":record}, tables in backup order', async () => {
    const tables = richTables();
    const bytes = await encodeBackup(backupOf(tables));
    expect(isGzip(bytes)).toBe(true);
    const [envelope, ...records] = linesOf(bytes);
    expect(JSON.parse(envelope!)).toEqual({
      format: 'teamshape-backup',
      formatVersion: 4,
      app: { name: 'Teamshape', version: '0.1.0' },
      exportedAt: '2026-11-16T09:30:00.000Z',
      counts: Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t].length])),
    });
    expect(records).toHaveLength(BACKUP_TABLES.reduce((n, t) => n + tables[t].length, 0));
    const order = records.map((line) => BACKUP_TABLES.indexOf(JSON.parse(line).t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(records[0]).toMatch(/^\{"t":"departments","r":\{"id":/);
  });

  it('reads back exactly what was written, tombstones included, and the same workspace gives the same bytes', async () => {
    const tables = richTables();
    const bytes = await encodeBackup(backupOf(tables));
    const reading = await read(bytes);
    expect(reading.ok ? [] : reading.problems).toEqual([]);
    if (!reading.ok) return;
    expect(reading.formatVersion).toBe(BACKUP_FORMAT_VERSION);
    expect(canonicalDump(reading.backup.tables)).toBe(canonicalDump(tables));
    expect(reading.backup.exportedAt).toBe('2026-11-16T09:30:00.000Z');
    expect(Buffer.compare(await encodeBackup(backupOf(richTables())), bytes)).toBe(0);
  });

  it('is generated line by line: no line holds more than one record', () => {
    const lines = [...backupLines(backupOf(richTables()))];
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(4000);
    expect(lines.every((line) => line.endsWith('\n') && line.indexOf('\n') === line.length - 1)).toBe(true);
  });

  it('splits decoded text into lines across chunk boundaries', () => {
    const splitter = new LineSplitter();
    expect(splitter.push('{"a":1}\n{"b"')).toEqual(['{"a":1}']);
    expect(splitter.push(':2}\r\n{"c":3}')).toEqual(['{"b":2}']);
    expect(splitter.end()).toEqual(['{"c":3}']);
  });
});

describe('older backups, recognised by content', () => {
  it.each(['backup-v1.json', 'backup-v2.json'])('%s restores from its bytes through the same reader', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(fixtures, name)));
    const file = JSON.parse(Buffer.from(bytes).toString('utf8')) as { formatVersion: number; tables: Record<string, unknown[]> };
    const reading = await read(bytes);
    expect(reading.ok ? [] : reading.problems).toEqual([]);
    if (!reading.ok) return;
    expect(reading.formatVersion).toBe(file.formatVersion);
    expect(reading.backup.formatVersion).toBe(BACKUP_FORMAT_VERSION);
    expect(reading.counts.teams).toBe(file.tables.teams!.length);
  });
});

describe('a damaged or hostile compressed file is refused with a clear message', () => {
  it('refuses a cut-off gzip', async () => {
    const bytes = await encodeBackup(backupOf(richTables()));
    const problems = await problemsOf(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^The file is not a complete Teamshape backup; it may be cut off or damaged \(.+\)\.$/);
  });

  it('refuses a gzip whose compressed data is garbage', async () => {
    const bytes = await encodeBackup(backupOf(richTables()));
    const damaged = bytes.slice();
    for (let i = 20; i < 400; i++) damaged[i] = (i * 37) & 0xff;
    expect((await problemsOf(damaged))[0]).toMatch(/^The file is not a complete Teamshape backup; it may be cut off or damaged/);
  });

  it('refuses a valid gzip of something that is not a backup', async () => {
    expect(await problemsOf(new Uint8Array(gzipSync(Buffer.from([0xff, 0xfe, 0x00, 0x12, 0x80, 0x81]))))).toEqual([
      'The file is not a complete Teamshape backup; it may be cut off or damaged (it is not UTF-8 text inside).',
    ]);
    expect(await problemsOf(new Uint8Array(gzipSync('hello, world\nsecond line\n')))).toEqual([
      'line 1 (the envelope): not valid JSON; it may be cut off or damaged (Unexpected token \'h\', "hello, world" is not valid JSON).',
    ]);
    expect(await problemsOf(new Uint8Array(gzipSync('{"some":"json"}\n')))).toEqual([
      'This is not a Teamshape backup: the compressed file does not start with a Teamshape envelope.',
    ]);
  });

  it('refuses bytes that are neither gzip nor text', async () => {
    expect(await problemsOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0xfd]))).toEqual([
      'This is not a Teamshape backup: it is neither a compressed backup nor JSON text.',
    ]);
  });

  it('refuses a record line that is not JSON, naming the line', async () => {
    const lines = linesOf(await encodeBackup(backupOf(richTables())));
    lines[5] = lines[5]!.slice(0, 30);
    const problems = await problemsOf(gzipLines(lines));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^line 6: not valid JSON; it may be cut off or damaged/);
  });

  it('refuses a file whose envelope counts do not match its records (a lost line)', async () => {
    const lines = linesOf(await encodeBackup(backupOf(richTables())));
    const teamLine = lines.findIndex((line) => line.startsWith('{"t":"teams"'));
    lines.splice(teamLine, 1);
    const tables = richTables();
    expect(await problemsOf(gzipLines(lines))).toEqual([
      `The backup is incomplete or damaged: its records do not match its counts (teams: the backup says ${tables.teams.length} records, the file holds ${tables.teams.length - 1}).`,
    ]);
  });

  it('keeps the checks of every record: schema, duplicate ids, prototype keys, unknown tables, references', async () => {
    const lines = linesOf(await encodeBackup(backupOf(richTables())));
    const teams = lines.map((line, i) => [line, i] as const).filter(([line]) => line.startsWith('{"t":"teams"'));
    const edited = [...lines];
    const team = JSON.parse(teams[3]![0]);
    delete team.r.name;
    edited[teams[3]![1]] = JSON.stringify(team);
    expect(await problemsOf(gzipLines(edited))).toEqual(['teams[3].name: required']);

    const duplicate = [...lines];
    duplicate[teams[1]![1]] = teams[0]![0];
    expect((await problemsOf(gzipLines(duplicate)))[0]).toMatch(/^teams\[1\]\.id: duplicate id ".+", already used by teams\[0\]$/);

    const hostile = [...lines];
    hostile[teams[0]![1]] = teams[0]![0].replace('"r":{', '"r":{"__proto__":{"polluted":true},');
    expect(await problemsOf(gzipLines(hostile))).toEqual([`line ${teams[0]![1] + 1}: r: forbidden key "__proto__" (it could change how objects behave; no backup contains it)`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const unknownTable = [...lines];
    unknownTable[teams[0]![1]] = teams[0]![0].replace('{"t":"teams"', '{"t":"budgets"');
    expect((await problemsOf(gzipLines(unknownTable)))[0]).toMatch(/^line \d+: t: must be one of the tables departments, people/);

    const dangling = lines.filter((_, i) => i !== teams[0]![1]).map((line, i) => (i === 0 ? line.replace(/"teams":(\d+)/, (_m, n) => `"teams":${Number(n) - 1}`) : line));
    expect((await problemsOf(gzipLines(dangling))).some((p) => /\.teamId: team ".+" is not in the backup$/.test(p) || /is not in the backup/.test(p))).toBe(true);
  });

  it('refuses a backup from a newer Teamshape and says to update', async () => {
    const lines = linesOf(await encodeBackup(backupOf(richTables())));
    lines[0] = lines[0]!.replace('"formatVersion":4', '"formatVersion":5');
    expect(await problemsOf(gzipLines(lines))).toEqual([
      'formatVersion: this backup was made by a newer Teamshape (format 5); this version reads formats 0 to 4. Update Teamshape to restore it.',
    ]);
  });

  it('refuses an empty gzip', async () => {
    expect(await problemsOf(new Uint8Array(gzipSync('')))).toEqual(['The file is empty.']);
  });
});
