import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDb, freshDb } from './testDb';
import { readTableFile } from '../../../renderer/import/readTable';
import { exportCsv, readAllTables } from '../../../renderer/db';
import { addMember } from '../../../renderer/db/memberships';
import { updatePerson } from '../../../renderer/db/people';
import { loadSampleOrganisation } from '../../../renderer/db/sample';
import { importRoster } from '../../../renderer/db/roster';
import { importMemberships } from '../../../renderer/db/membershipImport';
import { ImportCancelledError } from '../../../renderer/db/importProgress';
import { readUndoHistory } from '../../../renderer/db/undo';
import type { TeamshapeDb } from '../../../renderer/db/database';
import {
  DEFAULT_TITLE_ROLE_SYNONYMS,
  planMembershipImport,
  planRosterImport,
  suggestColumnMapping,
  suggestMembershipMapping,
  validateMemberships,
  validateRoster,
} from '../../../shared/import';
import type { ReadTable } from '../../../shared/import/table';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { hrExportCsv } from '../../fixtures/import/importFiles';

function read(name: string, text: string | Uint8Array): ReadTable {
  const outcome = readTableFile({ name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.table;
}

async function importPeopleFile(db: TeamshapeDb, table: ReadTable, control = {}) {
  const tables = await readAllTables(db);
  const validation = validateRoster({ table, mapping: suggestColumnMapping(table.headers), departments: tables.departments, existingPeople: tables.people });
  return { validation, result: await importRoster(db, planRosterImport(validation, 'update'), control) };
}

async function importMembershipFile(db: TeamshapeDb, table: ReadTable) {
  const tables = await readAllTables(db);
  const validation = validateMemberships({
    table,
    mapping: suggestMembershipMapping(table.headers),
    decimalMark: table.decimalMark,
    people: tables.people,
    teams: tables.teams.filter((t) => t.planId === LIVE_PLAN_ID),
    roles: tables.roles,
    memberships: tables.memberships.filter((m) => m.planId === LIVE_PLAN_ID),
    synonyms: DEFAULT_TITLE_ROLE_SYNONYMS,
    defaultAllocation: 100,
  });
  return { validation, result: await importMemberships(db, LIVE_PLAN_ID, planMembershipImport(validation)) };
}

/** The workspace by natural keys (ARCHITECTURE.md): no ids, no timestamps. */
async function byNaturalKeys(db: TeamshapeDb) {
  const t = await readAllTables(db);
  const alive = <R extends { deletedAt: string | null }>(rows: R[]) => rows.filter((r) => r.deletedAt === null);
  const department = new Map(t.departments.map((d) => [d.id, d]));
  const person = new Map(t.people.map((p) => [p.id, p]));
  const team = new Map(t.teams.map((x) => [x.id, x.name]));
  const role = new Map(t.roles.map((r) => [r.id, r.name]));
  const personKey = (id: string | null) => (id === null ? 'vacancy' : (person.get(id)?.employeeId ?? person.get(id)?.email ?? ''));
  const usedDepartments = new Set(alive(t.people).map((p) => p.departmentId));
  return {
    departments: alive(t.departments).filter((d) => usedDepartments.has(d.id)).map((d) => `${d.name}|${d.kind}`).sort(),
    people: alive(t.people).map((p) => [p.employeeId ?? '', p.email ?? '', p.name, p.title, p.departmentId ? department.get(p.departmentId)?.name : ''].join('|')).sort(),
    teams: [...new Set(alive(t.memberships).filter((m) => m.planId === LIVE_PLAN_ID).map((m) => team.get(m.teamId)))].sort(),
    memberships: alive(t.memberships).filter((m) => m.planId === LIVE_PLAN_ID).map((m) => `${team.get(m.teamId)}|${personKey(m.personId)}|${role.get(m.roleId)}|${m.allocation}`).sort(),
  };
}

let source: TeamshapeDb;
let target: TeamshapeDb;
beforeEach(async () => {
  source = await freshDb();
  target = await freshDb();
});
afterEach(async () => {
  await dropDb(source);
  await dropDb(target);
});

describe('people and memberships exports round-trip through the imports', () => {
  it('importing the directory export, then the memberships export, into an empty workspace gives the same workspace by natural keys', async () => {
    await loadSampleOrganisation(source, '2026-11-16');
    const before = await readAllTables(source);
    const someone = before.people.find((p) => p.deletedAt === null);
    if (someone) await updatePerson(source, someone.id, { employeeId: 'HR-0001' });
    const team = before.teams.find((t) => t.planId === LIVE_PLAN_ID && t.deletedAt === null);
    if (team) await addMember(source, { planId: LIVE_PLAN_ID, teamId: team.id, personId: null, roleId: 'role:developer', allocation: 50 });

    const directory = await exportCsv(source, 'directory');
    const memberships = await exportCsv(source, 'memberships');
    const people = await importPeopleFile(target, read('directory.csv', directory.text));
    expect(people.validation.totals.refused).toBe(0);
    const teams = await importMembershipFile(target, read('memberships.csv', memberships.text));
    expect(teams.validation.totals.refused).toBe(0);
    expect(teams.validation.vacancies).toBeGreaterThan(0);

    expect(await byNaturalKeys(target)).toEqual(await byNaturalKeys(source));
  });
});

describe('the roster commit', () => {
  it('writes 5,000 people and 8 new departments as ONE undo step, reporting progress chunk by chunk', async () => {
    const updates: number[] = [];
    const { result } = await importPeopleFile(target, read('hr.csv', hrExportCsv(5000)), { onProgress: (done: number) => updates.push(done) });
    expect(result).toEqual({ created: 5000, updated: 0, departments: 8 });
    expect(await target.people.count()).toBe(5000);
    expect(updates.at(-1)).toBe(5008);
    expect(updates.length).toBeGreaterThanOrEqual(10);
    expect((await readUndoHistory(target)).map((e) => e.label)).toEqual(['Import 5,000 people']);
  });

  it('writes nothing when cancelled during the commit', async () => {
    const controller = new AbortController();
    const table = read('hr.csv', hrExportCsv(3000));
    const departmentsBefore = await target.departments.count();
    await expect(importPeopleFile(target, table, { signal: controller.signal, onProgress: (done: number) => done >= 1000 && controller.abort() })).rejects.toBeInstanceOf(ImportCancelledError);
    expect(await target.people.count()).toBe(0);
    expect(await target.departments.count()).toBe(departmentsBefore);
    expect(await readUndoHistory(target)).toEqual([]);
  });

  it('refuses a commit over a person another window changed since the preview, writing nothing', async () => {
    await importPeopleFile(target, read('hr.csv', hrExportCsv(3)));
    const table = read('hr.csv', new TextEncoder().encode('Employee ID,First Name,Last Name,Job Title\nE00001,Aamer,Abbasi,Chief Engineer\n'));
    const tables = await readAllTables(target);
    const validation = validateRoster({ table, mapping: suggestColumnMapping(table.headers), departments: tables.departments, existingPeople: tables.people });
    const aamer = tables.people.find((p) => p.employeeId === 'E00001');
    await updatePerson(target, aamer?.id ?? '', { title: 'Changed elsewhere' });
    await expect(importRoster(target, planRosterImport(validation, 'update'))).rejects.toThrow(/changed in another window/);
    expect((await target.people.get(aamer?.id ?? ''))?.title).toBe('Changed elsewhere');
  });
});
