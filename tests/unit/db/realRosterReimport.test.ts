import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDb, freshDb } from './testDb';
import { readTableFile } from '../../../renderer/import/readTable';
import { readAllTables } from '../../../renderer/db';
import { importRoster } from '../../../renderer/db/roster';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { planRosterImport, suggestColumnMapping, validateRoster, type ReadOptions } from '../../../shared/import';
import { bambooHrCsv, bambooHrCsvLater, centralEuropeanCsv, workdayWorkersWorkbook } from '../../fixtures/import/realRosters';

const TODAY = '2026-12-01';

/** The whole pipeline as the dialog runs it: read → suggested mapping → preview → commit. */
async function importFile(db: TeamshapeDb, name: string, bytes: Uint8Array, options: ReadOptions = {}) {
  const outcome = readTableFile({ name, bytes }, options);
  if (!outcome.ok) throw new Error(outcome.message);
  const table = outcome.table;
  const tables = await readAllTables(db);
  const validation = validateRoster({
    table, mapping: suggestColumnMapping(table.headers, table.hiddenColumns), departments: tables.departments, existingPeople: tables.people,
    damagedRows: table.damagedRows, today: TODAY, decimalMark: table.decimalMark,
  });
  const result = await importRoster(db, planRosterImport(validation, 'update'));
  return { validation, result };
}

async function alivePeople(db: TeamshapeDb) {
  const tables = await readAllTables(db);
  const department = new Map(tables.departments.map((d) => [d.id, d.name]));
  return tables.people
    .filter((p) => p.deletedAt === null)
    .map((p) => ({ name: p.name, email: p.email, title: p.title, employeeId: p.employeeId, department: p.departmentId ? department.get(p.departmentId) : null }))
    .sort((a, b) => (a.employeeId ?? '').localeCompare(b.employeeId ?? ''));
}

describe('importing real HR exports into a workspace', () => {
  let db: TeamshapeDb;
  beforeEach(async () => {
    db = await freshDb();
  });
  afterEach(async () => {
    await dropDb(db);
  });

  it('re-imports a changed BambooHR export by employee ID — even with the leading zeros Excel dropped — updating, adding, never duplicating', async () => {
    const first = await importFile(db, 'employees.csv', bambooHrCsv());
    expect(first.validation.totals).toMatchObject({ new: 4, inactive: 1, refused: 0 });
    expect((await alivePeople(db)).map((p) => p.name)).toEqual(['Bob Smith', 'Grete van der Berg', "Siobhán Áine O'Connor", 'María José de la Cruz']);

    const later = await importFile(db, 'employees (1).csv', bambooHrCsvLater());
    expect(later.validation.totals).toMatchObject({ new: 1, update: 2, unchanged: 1, inactive: 2, refused: 0 });
    const leaver = later.validation.rows.find((r) => r.status === 'inactive' && r.leaver?.inDirectory);
    expect(leaver?.leaver).toEqual({ name: 'María José de la Cruz', inDirectory: 'María José de la Cruz' });
    const people = await alivePeople(db);
    expect(people).toHaveLength(5);
    expect(people.find((p) => p.name === 'Bob Smith')).toMatchObject({ employeeId: '00042', title: 'Engineering Manager' });
    expect(people.find((p) => p.name === 'Grete van der Berg')?.department).toBe('Platform');
    // An address that differs only in case is the same address: no update.
    expect(people.find((p) => p.name.startsWith('Siobhán'))?.email).toBe('siobhan.oconnor@acme.example');
    expect(people.find((p) => p.employeeId === '47')?.name).toBe('Oskar Ødegård');

    const again = await importFile(db, 'employees (1).csv', bambooHrCsvLater());
    expect(again.validation.totals).toMatchObject({ new: 0, update: 0, unchanged: 4, inactive: 2 });
    expect(await alivePeople(db)).toHaveLength(5);
  });

  it('stores Central European names from a Windows-1250 file exactly, with no replacement or control characters', async () => {
    await importFile(db, 'pracownicy.csv', centralEuropeanCsv());
    const names = (await alivePeople(db)).map((p) => p.name);
    expect(names).toEqual(['Jiří Dvořák', 'Ödön Kővári', 'Ágnes Szőke-Erdős', 'Łukasz Wiśniewski', 'Małgorzata Żółkiewska', 'Ľubomír Šťastný']);
    expect(names.join('')).not.toMatch(/[\uFFFD\u0080-\u009F]/);
  });

  it('imports the people of a Workday workbook with a summary sheet, grouped header and hidden private emails', async () => {
    await importFile(db, 'Workers.xlsx', workdayWorkersWorkbook(), { prefer: 'people' });
    expect(await alivePeople(db)).toEqual([
      { name: 'Seun Adébáyọ̀', email: 'seun.adebayo@contoso.example', title: 'Controller', employeeId: '000003', department: 'Finance' },
      { name: 'Håkon Bjørnstad', email: 'hakon.bjornstad@contoso.example', title: 'Staff Engineer', employeeId: '000088', department: 'Engineering' },
      { name: 'Kasia Nowak-Jabłońska', email: 'kasia.nowak@contoso.example', title: 'Engineering Manager', employeeId: '001207', department: 'Engineering' },
    ]);
  });
});
