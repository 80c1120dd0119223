import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_MAX_BYTES, BACKUP_TABLES, buildBackup, canonicalDump, readBackup, serializeBackup } from '../../../shared/backup';
import { resetClock, setClock } from '../../../shared/clock';
import { generateOkrWorkspace } from '../../../shared/samples/generateOkrs';
import { ORGANISATION_SIZES, generateOrganisation } from '../../../shared/samples/generateOrganisation';
import type { WorkspaceRecords } from '../../../shared/samples/workspace';
import { BackupRejectedError, exportWorkspace, readAllTables, restoreWorkspace } from '../../../renderer/db/backup';
import { bulkAddWorkspace } from '../../../renderer/db/bulkLoad';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { backupText, richTables } from '../backup/backupFixture';
import { dropDb, freshDb } from './testDb';

const TODAY = '2026-11-16';
let db: TeamshapeDb;
beforeEach(async () => {
  setClock(() => new Date('2026-11-16T10:00:00.000Z'));
  db = await freshDb();
});
afterEach(async () => {
  resetClock();
  await dropDb(db);
});

const dump = async (target = db) => canonicalDump(await readAllTables(target));
const gzipLines = (lines: string[]) => new Uint8Array(gzipSync(`${lines.join('\n')}\n`));

describe('restoring a format-3 file', () => {
  it('refuses each damaged file before writing anything', async () => {
    await restoreWorkspace(db, backupText(richTables()), 'replace');
    const before = await dump();
    const { bytes } = await exportWorkspace(db, '0.1.0');
    const lines = gunzipSync(bytes).toString('utf8').split('\n').filter(Boolean);
    const lastTeam = lines.findLastIndex((line) => line.startsWith('{"t":"teams"'));
    const damaged: [string, Uint8Array, RegExp][] = [
      ['a cut-off gzip', bytes.subarray(0, bytes.length - 40), /^The file is not a complete Teamshape backup; it may be cut off or damaged/],
      ['a gzip of garbage', new Uint8Array(gzipSync(Buffer.from('\u0000garbage\u0001'.repeat(50)))), /^line 1 \(the envelope\): not valid JSON/],
      ['a record line that is not JSON', gzipLines(lines.map((line, i) => (i === lastTeam ? line.slice(0, -5) : line))), new RegExp(`^line ${lastTeam + 1}: not valid JSON`)],
      ['a count mismatch', gzipLines(lines.filter((_, i) => i !== lastTeam)), /^The backup is incomplete or damaged: its records do not match its counts \(teams: /],
    ];
    for (const [, file, message] of damaged) {
      for (const mode of ['replace', 'merge'] as const) {
        const attempt = restoreWorkspace(db, file, mode);
        await expect(attempt).rejects.toBeInstanceOf(BackupRejectedError);
        await expect(attempt).rejects.toMatchObject({ issues: [expect.stringMatching(message)] });
        expect(await dump()).toBe(before);
      }
    }
  });

  it('merges a format-4 file like any other backup', async () => {
    await restoreWorkspace(db, backupText(richTables()), 'replace');
    const { bytes } = await exportWorkspace(db, '0.1.0');
    const result = await restoreWorkspace(db, bytes, 'merge');
    expect(result).toMatchObject({ mode: 'merge', formatVersion: 4, written: 0 });
  });
});

/** Size L (500 teams, 5,000 people) with the benchmark's OKRs, as renderer/bench/harness.ts builds it. */
function workspaceL(): WorkspaceRecords {
  const organisation = generateOrganisation(TODAY, ORGANISATION_SIZES.L);
  const okrs = generateOkrWorkspace(TODAY, { objectives: 2_000, keyResults: 8_000, checkIns: 100_000, teams: organisation.teams.length, people: 1, quarters: 4 });
  const teamIds = new Map(okrs.teams.map((t, i) => [t.id, organisation.teams[i]!.id]));
  const owner = organisation.people[0]!.id;
  const note = (i: number) => `Check-in ${i}: ${'progress on the migration, blocked by the vendor, next step agreed with finance; '.repeat(24)}`.slice(0, 2000).trimEnd();
  return {
    ...organisation,
    objectives: okrs.objectives.map((o) => ({ ...o, ownerTeamIds: o.ownerTeamIds.map((id) => teamIds.get(id)!) })),
    keyResults: okrs.keyResults.map((k) => ({ ...k, ownerId: owner })),
    // A long note on every third check-in: the old single-JSON format passes its 50 MiB cap.
    checkIns: okrs.checkIns.map((c, i) => ({ ...c, authorId: owner, note: i % 3 === 0 ? note(i) : c.note })),
  };
}

describe('a workspace of size L with long notes', () => {
  it('backs up and restores in format 3, where the old JSON format refused it', async () => {
    const workspace = workspaceL();
    const total = Object.values(workspace).reduce((n, rows) => n + rows.length, 0);
    expect(total).toBeGreaterThan(110_000);
    await bulkAddWorkspace(db, workspace);

    const oldText = serializeBackup(buildBackup(await readAllTables(db), { appVersion: '0.1.0', exportedAt: '2026-11-16T10:00:00.000Z' }));
    expect(oldText.length).toBeGreaterThan(BACKUP_MAX_BYTES);
    const old = readBackup(oldText, { now: '2026-11-16T10:00:00.000Z' });
    expect(old.ok ? [] : old.problems[0]).toMatch(/^The file is too large: a backup may be at most 50.0 MiB/);

    let started = performance.now();
    const first = await exportWorkspace(db, '0.1.0');
    const exportMs = performance.now() - started;
    const other = await freshDb();
    try {
      started = performance.now();
      const result = await restoreWorkspace(other, first.bytes, 'replace');
      const restoreMs = performance.now() - started;
      expect(result.written).toBe(BACKUP_TABLES.reduce((n, t) => n + first.counts[t], 0));
      expect(result.counts.checkIns).toBe(100_000);
      // The same records, line for line; the restore only adds what a file may lack (the settings row).
      const second = await exportWorkspace(other, '0.1.0');
      const recordLines = (bytes: Uint8Array) => gunzipSync(bytes).toString('utf8').split('\n').slice(1).filter((line) => !line.startsWith('{"t":"settings"'));
      const [a, b] = [recordLines(first.bytes), recordLines(second.bytes)];
      const at = a.findIndex((line, i) => line !== b[i]);
      expect([at, a[at]?.slice(0, 400), b[at]?.slice(0, 400)]).toEqual([-1, undefined, undefined]);
      const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
      console.info(
        `L round trip: ${result.written} records; format 3 ${mib(first.bytes.length)} (old JSON text ${mib(oldText.length)}); export ${Math.round(exportMs)} ms, restore ${Math.round(restoreMs)} ms (fake-indexeddb)`,
      );
    } finally {
      await dropDb(other);
    }
  }, 600_000);
});
