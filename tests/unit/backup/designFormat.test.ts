import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION, DESIGN_TABLES, formatThreeToFour, recordThreeToFour, servicesFromLegacy } from '../../../shared/backup';
import { readBackupFile } from '../../../renderer/db/backupFile';
import { builtInPrincipleSets } from '../../../shared/model';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const NOW = '2026-11-20T10:00:00.000Z';
const v3 = () => new Uint8Array(readFileSync(join(fixtures, 'backup-v3.teamshape.gz')));
const v2 = JSON.parse(readFileSync(join(fixtures, 'backup-v2.json'), 'utf8')) as { tables: { teams: Array<{ id: string; service: string }> } };

describe('format 3 → 4: organisation design', () => {
  it('restores the committed format-3 file: every team keeps its service, now as a list', async () => {
    const reading = await readBackupFile(v3(), { now: NOW });
    expect(reading.ok ? [] : reading.problems).toEqual([]);
    if (!reading.ok) return;
    expect(reading.formatVersion).toBe(3);
    expect(reading.backup.formatVersion).toBe(BACKUP_FORMAT_VERSION);
    expect(reading.counts.teams).toBe(v2.tables.teams.length);
    for (const old of v2.tables.teams) {
      const team = reading.backup.tables.teams.find((t) => t.id === old.id)!;
      expect(team.services).toEqual(old.service.trim() === '' ? [] : [old.service.trim()]);
      expect(Object.hasOwn(team, 'service')).toBe(false);
    }
  });

  it('gives a format-3 workspace the built-in principle sets and empty groups, interactions and dependencies', async () => {
    const reading = await readBackupFile(v3(), { now: NOW });
    if (!reading.ok) throw new Error(reading.problems.join('\n'));
    expect(reading.backup.tables.principleSets.map((p) => p.id).sort()).toEqual(builtInPrincipleSets().map((p) => p.id).sort());
    for (const table of DESIGN_TABLES.filter((t) => t !== 'principleSets')) expect(reading.backup.tables[table]).toEqual([]);
  });

  it('reads a format-3 file whose team line is damaged with the team named, nothing half-read', async () => {
    const lines = gunzipSync(v3()).toString('utf8').split('\n').filter((l) => l !== '');
    const i = lines.findIndex((l) => l.startsWith('{"t":"teams"'));
    lines[i] = lines[i]!.replace(/"service":"[^"]*"/, '"service":42');
    const reading = await readBackupFile(new Uint8Array(gzipSync(`${lines.join('\n')}\n`)), { now: NOW });
    expect(reading.ok).toBe(false);
    expect(reading.ok ? '' : reading.problems.join('\n')).toMatch(/^teams\[0\]/);
  });

  it('migrates a format-3 JSON text and leaves records already in format 4 alone', () => {
    const file = { format: 'teamshape-backup', formatVersion: 3, tables: { teams: [{ id: 't', service: ' Payments ' }, { id: 'u', services: ['A', 'B'] }] } };
    const next = formatThreeToFour(file, { now: NOW }) as { formatVersion: number; tables: Record<string, unknown[]> };
    expect(next.formatVersion).toBe(4);
    expect(next.tables.teams).toEqual([{ id: 't', services: ['Payments'] }, { id: 'u', services: ['A', 'B'] }]);
    for (const table of DESIGN_TABLES) expect(next.tables[table]).toEqual([]);
  });

  it('turns an empty service into no service, and leaves other tables untouched', () => {
    expect(servicesFromLegacy('')).toEqual([]);
    expect(servicesFromLegacy('   ')).toEqual([]);
    expect(servicesFromLegacy(undefined)).toEqual([]);
    const person = { id: 'p', service: 'not a team field' };
    expect(recordThreeToFour('people', person)).toBe(person);
  });

  it('refuses a file of a newer format than this Teamshape reads, saying to update', async () => {
    const lines = gunzipSync(v3()).toString('utf8').split('\n');
    lines[0] = lines[0]!.replace('"formatVersion":3', `"formatVersion":${BACKUP_FORMAT_VERSION + 1}`);
    const reading = await readBackupFile(new Uint8Array(gzipSync(lines.join('\n'))), { now: NOW });
    expect(reading.ok ? [] : reading.problems).toEqual([
      `formatVersion: this backup was made by a newer Teamshape (format ${BACKUP_FORMAT_VERSION + 1}); this version reads formats 0 to ${BACKUP_FORMAT_VERSION}. Update Teamshape to restore it.`,
    ]);
  });
});
