import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, canonicalDump, readBackup, type BackupTables } from '../../../shared/backup';
import { exportWorkspace, readAllTables } from '../../../renderer/db/backup';
import { TeamshapeDb, TABLE_NAMES } from '../../../renderer/db/database';

/**
 * The migration harness (ARCHITECTURE.md: schema migrations). Every tests/fixtures/db-v<N>.json
 * is a database as version N left it: its schema and every record. The test recreates it with
 * that version's own schema, opens it with today's TeamshapeDb (running every upgrade function
 * from N on), and proves every record is present and transformed as the upgrades promise.
 */
interface DatabaseFixture {
  dexieVersion: number;
  schema: Record<string, string>;
  tables: Record<string, { id: string }[]>;
}

const fixturesFolder = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtures = readdirSync(fixturesFolder)
  .filter((name) => /^db-v\d+\.json$/.test(name))
  .map((name) => ({ name, fixture: JSON.parse(readFileSync(join(fixturesFolder, name), 'utf8')) as DatabaseFixture }));

/**
 * What the upgrade from version N to N + 1 does to one record of a table. Add an entry with each
 * new schema version (e.g. `2: (table, record) => table === 'teams' ? { ...record, colour: null } : record`).
 */
const UPGRADES: Record<number, (table: string, record: Record<string, unknown>) => Record<string, unknown>> = {};

function expectedAfterUpgrades(fixture: DatabaseFixture, current: number): Record<string, { id: string }[]> {
  const tables = structuredClone(fixture.tables);
  for (let version = fixture.dexieVersion + 1; version <= current; version++) {
    const upgrade = UPGRADES[version];
    if (!upgrade) throw new Error(`Schema version ${version} has no entry in UPGRADES: say what its upgrade does to records.`);
    for (const [table, rows] of Object.entries(tables)) tables[table] = rows.map((r) => upgrade(table, r) as { id: string });
  }
  return tables;
}

async function createOldDatabase(name: string, fixture: DatabaseFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.dexieVersion).stores(fixture.schema);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('opening a database made by an older version of Teamshape', () => {
  it('has a fixture for every schema version before the current one (and for version 1)', () => {
    const current = new TeamshapeDb('migration-versions');
    const versions = fixtures.map((f) => f.fixture.dexieVersion).sort();
    const older = Array.from({ length: Math.max(1, current.verno - 1) }, (_, i) => i + 1);
    expect(versions).toEqual(older);
  });

  it.each(fixtures)('$name: every record is present and transformed, and nothing is seeded twice', async ({ name, fixture }) => {
    const dbName = `migration-${name}`;
    await createOldDatabase(dbName, fixture);
    const db = new TeamshapeDb(dbName);
    opened.push(db);
    await db.open();

    expect(db.verno).toBeGreaterThanOrEqual(fixture.dexieVersion);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    const expected = expectedAfterUpgrades(fixture, db.verno);
    const actual = await readAllTables(db);
    expect(canonicalDump(actual)).toBe(canonicalDump(expected));
    for (const table of Object.keys(fixture.tables)) expect(actual[table as keyof BackupTables]).toHaveLength(fixture.tables[table]!.length);
  });

  it.each(fixtures)('$name: after the upgrade every record passes today’s strict schemas and references', async ({ name, fixture }) => {
    const dbName = `migration-valid-${name}`;
    await createOldDatabase(dbName, fixture);
    const db = new TeamshapeDb(dbName);
    opened.push(db);
    const { text } = await exportWorkspace(db, 'test');
    const reading = readBackup(text, { now: '2026-11-16T10:00:00.000Z' });
    expect(reading.ok ? [] : reading.problems).toEqual([]);
    expect(BACKUP_TABLES.every((t) => reading.ok && reading.counts[t] === (fixture.tables[t]?.length ?? 0))).toBe(true);
  });

  it('keeps the indexes of the version it opened, so the queries the app makes still work', async () => {
    const { fixture } = fixtures[0]!;
    await createOldDatabase('migration-indexes', fixture);
    const db = new TeamshapeDb('migration-indexes');
    opened.push(db);
    const team = fixture.tables.memberships![0] as unknown as { teamId: string };
    expect(await db.memberships.where('teamId').equals(team.teamId).count()).toBeGreaterThan(0);
    expect(await db.objectives.where('ownerTeamIds').equals(team.teamId).count()).toBeGreaterThanOrEqual(0);
  });
});
