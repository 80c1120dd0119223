import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, canonicalDump, type BackupTables } from '../../../shared/backup';
import { exportWorkspace, readAllTables } from '../../../renderer/db/backup';
import { readBackupFile } from '../../../renderer/db/backupFile';
import { SCHEMA_VERSIONS, TeamshapeDb, TABLE_NAMES } from '../../../renderer/db/database';
import { readMeId } from '../../../renderer/db/device';
import { builtInPrincipleSets } from '../../../shared/model';

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
const UPGRADES: Record<number, (table: string, record: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 2: "this is me" leaves the settings row for the device table (checked on its own below).
  2: (table, record) => {
    if (table !== 'settings') return record;
    const settings = { ...record };
    delete settings.meId;
    return settings;
  },
  // Version 3: a team's one service becomes its list of services.
  3: (table, record) => {
    if (table !== 'teams' || !Object.hasOwn(record, 'service')) return record;
    const { service, ...team } = record;
    return { ...team, services: typeof service === 'string' && service.trim() !== '' ? [service.trim()] : [] };
  },
  // Version 4: sync tables only (renderer/sync); no record changes.
  4: (_table, record) => record,
};

/** Records an upgrade adds (built-ins of a new table), by the version that adds them. */
const ADDED: Record<number, Record<string, { id: string }[]>> = {
  3: { principleSets: builtInPrincipleSets() },
};

function expectedAfterUpgrades(fixture: DatabaseFixture, current: number): Record<string, { id: string }[]> {
  const tables = structuredClone(fixture.tables);
  for (let version = fixture.dexieVersion + 1; version <= current; version++) {
    if (!SCHEMA_VERSIONS.includes(version)) continue;
    const upgrade = UPGRADES[version];
    if (!upgrade) throw new Error(`Schema version ${version} has no entry in UPGRADES: say what its upgrade does to records.`);
    for (const [table, rows] of Object.entries(tables)) tables[table] = rows.map((r) => upgrade(table, r) as { id: string });
    for (const [table, rows] of Object.entries(ADDED[version] ?? {})) tables[table] = [...(tables[table] ?? []), ...rows];
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
    expect(SCHEMA_VERSIONS.at(-1)).toBe(current.verno);
    const older = SCHEMA_VERSIONS.slice(0, -1);
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
    const upgraded = expectedAfterUpgrades(fixture, db.verno);
    // Workspace tables: what a backup holds (device and log tables are checked on their own).
    const expected = Object.fromEntries(Object.entries(upgraded).filter(([table]) => (BACKUP_TABLES as readonly string[]).includes(table)));
    const actual = await readAllTables(db);
    expect(canonicalDump(actual)).toBe(canonicalDump(expected));
    for (const [table, rows] of Object.entries(expected)) expect(actual[table as keyof BackupTables]).toHaveLength(rows.length);
  });

  it.each(fixtures)('$name: after the upgrade every record passes today’s strict schemas and references', async ({ name, fixture }) => {
    const dbName = `migration-valid-${name}`;
    await createOldDatabase(dbName, fixture);
    const db = new TeamshapeDb(dbName);
    opened.push(db);
    const { bytes } = await exportWorkspace(db, 'test');
    const reading = await readBackupFile(bytes, { now: '2026-11-16T10:00:00.000Z' });
    expect(reading.ok ? [] : reading.problems).toEqual([]);
    const expected = expectedAfterUpgrades(fixture, db.verno);
    expect(BACKUP_TABLES.every((t) => reading.ok && reading.counts[t] === (expected[t]?.length ?? 0))).toBe(true);
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

  it.each(fixtures)('$name: "this is me" moves from the settings row to the device table', async ({ name, fixture }) => {
    const dbName = `migration-me-${name}`;
    await createOldDatabase(dbName, fixture);
    const db = new TeamshapeDb(dbName);
    opened.push(db);
    await db.open();
    // Version 1 kept it in the settings row; version 2 on, in the device table already.
    const deviceMe = (fixture.tables.device as unknown as Array<{ key: string; value: string }> | undefined)?.find((row) => row.key === 'meId')?.value;
    const oldMeId = (fixture.tables.settings?.[0] as { meId?: string | null } | undefined)?.meId ?? deviceMe ?? null;
    expect(await readMeId(db)).toBe(oldMeId);
    expect(Object.hasOwn((await db.settings.get('settings'))!, 'meId')).toBe(false);
  });
});

describe('Dexie version 2, opened over a version 1 database', () => {
  const { fixture } = fixtures.find((f) => f.fixture.dexieVersion === 1)!;

  it('answers the version 2 indexes: people by employee ID, key results by owner team, check-ins by the one they correct', async () => {
    await createOldDatabase('migration-v2-indexes', fixture);
    const db = new TeamshapeDb('migration-v2-indexes');
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    const person = fixture.tables.people![0] as unknown as Record<string, unknown>;
    const keyResult = fixture.tables.keyResults![0] as unknown as Record<string, unknown>;
    const checkIn = fixture.tables.checkIns!.find((c) => (c as unknown as { keyResultId: string }).keyResultId === keyResult.id) as unknown as Record<string, unknown>;
    const team = fixture.tables.teams![0]!;
    // Straight into the object stores, past the change recorder: this tests the indexes alone.
    await db.transaction('rw', [db.people, db.keyResults, db.checkIns], async (tx) => {
      const raw = (name: string) => tx.idbtrans.objectStore(name);
      raw('people').put({ ...person, employeeId: 'E-1042' });
      raw('keyResults').put({ ...keyResult, ownerId: null, ownerTeamId: team.id });
      raw('checkIns').put({ ...checkIn, id: 'checkin-correction', correctsId: checkIn.id, value: 1 });
    });
    expect((await db.people.where('employeeId').equals('E-1042').toArray()).map((p) => p.id)).toEqual([person.id]);
    expect((await db.keyResults.where('ownerTeamId').equals(team.id).toArray()).map((k) => k.id)).toEqual([keyResult.id]);
    expect((await db.checkIns.where('correctsId').equals(checkIn.id as string).toArray()).map((c) => c.id)).toEqual(['checkin-correction']);
    // Records without the new fields are simply not in those indexes.
    expect(await db.people.where('employeeId').above('').count()).toBe(1);
  });

  it('keeps the version 1 indexes working after the upgrade', async () => {
    await createOldDatabase('migration-v2-old-indexes', fixture);
    const db = new TeamshapeDb('migration-v2-old-indexes');
    opened.push(db);
    const people = fixture.tables.people as unknown as { id: string; email: string | null }[];
    const withEmail = people.find((p) => p.email)!;
    expect((await db.people.where('email').equals(withEmail.email!).first())?.id).toBe(withEmail.id);
    const checkIn = fixture.tables.checkIns![0] as unknown as { keyResultId: string; date: string };
    expect(await db.checkIns.where('[keyResultId+date]').equals([checkIn.keyResultId, checkIn.date]).count()).toBeGreaterThan(0);
  });

  it('leaves a version 1 database without "this is me" with an empty device table', async () => {
    const withoutMe = structuredClone(fixture);
    (withoutMe.tables.settings![0] as unknown as Record<string, unknown>).meId = null;
    await createOldDatabase('migration-v2-no-me', withoutMe);
    const db = new TeamshapeDb('migration-v2-no-me');
    opened.push(db);
    expect(await readMeId(db)).toBeNull();
    expect(await db.device.count()).toBe(0);
    expect(Object.hasOwn((await db.settings.get('settings'))!, 'meId')).toBe(false);
  });
});
