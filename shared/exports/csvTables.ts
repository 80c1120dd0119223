import { LIVE_PLAN_ID, METRIC_LABELS, type CheckIn, type PeriodRange } from '../model';
import { findPeriod, latestCheckIn } from '../rules';
import type { WorkspaceRecords } from '../samples/workspace';
import { recordedPersonNames } from '../recordedNames';

/** A spreadsheet: one header row, then rows of text or numbers (empty cells are ''). */
export interface CsvTable {
  header: string[];
  rows: (string | number)[][];
}

type Records = Pick<WorkspaceRecords, 'departments' | 'people' | 'roles' | 'teams' | 'memberships' | 'periods' | 'objectives' | 'keyResults' | 'checkIns'>;

const alive = <T extends { deletedAt: string | null }>(rows: readonly T[]): T[] => rows.filter((r) => r.deletedAt === null);
const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));
const compareText = (a: string, b: string) => a.localeCompare(b, 'en');
const cell = (value: number | null | undefined): number | string => (value === null || value === undefined ? '' : value);

/**
 * People of the live organisation with their teams, roles and allocations: one row per team
 * membership; someone on no team gets one row with the team columns empty.
 */
export function peopleCsv(records: Records): CsvTable {
  const departments = byId(records.departments);
  const teams = byId(records.teams);
  const roles = byId(records.roles);
  const memberships = alive(records.memberships).filter((m) => m.planId === LIVE_PLAN_ID && teams.get(m.teamId)?.deletedAt === null);
  const byPerson = new Map<string, typeof memberships>();
  // Vacancies are nobody's row: this table lists people.
  for (const m of memberships) if (m.personId !== null) byPerson.set(m.personId, [...(byPerson.get(m.personId) ?? []), m]);
  const rows: CsvTable['rows'] = [];
  for (const person of alive(records.people).sort((a, b) => compareText(a.name, b.name))) {
    const department = person.departmentId ? departments.get(person.departmentId) : undefined;
    const own = (byPerson.get(person.id) ?? [])
      .map((m) => ({ m, team: teams.get(m.teamId)?.name ?? '', role: roles.get(m.roleId)?.name ?? m.roleId }))
      .sort((a, b) => compareText(a.team, b.team) || compareText(a.role, b.role));
    const total = own.reduce((sum, { m }) => sum + m.allocation, 0);
    const base = [person.name, person.email ?? '', person.title, department?.name ?? '', department?.kind ?? ''];
    if (own.length === 0) rows.push([...base, '', '', '', 0]);
    for (const { m, team, role } of own) rows.push([...base, team, role, m.allocation, total]);
  }
  return {
    header: ['Name', 'Email', 'Title', 'Department', 'Department kind', 'Team', 'Role', 'Allocation %', 'Total allocation %'],
    rows,
  };
}

function periodOf(periodId: string, records: Records): PeriodRange | undefined {
  return findPeriod(periodId, records.periods);
}

/** Objectives with their key results and each key result's latest check-in: one row per key result. */
export function okrsCsv(records: Records): CsvTable {
  const teams = byId(records.teams);
  const people = byId(records.people);
  const objectives = alive(records.objectives);
  const objectiveById = byId(records.objectives);
  const checkInsByKr = new Map<string, CheckIn[]>();
  for (const c of alive(records.checkIns)) checkInsByKr.set(c.keyResultId, [...(checkInsByKr.get(c.keyResultId) ?? []), c]);
  const keyResultsByObjective = new Map<string, WorkspaceRecords['keyResults']>();
  for (const k of alive(records.keyResults)) keyResultsByObjective.set(k.objectiveId, [...(keyResultsByObjective.get(k.objectiveId) ?? []), k]);
  // A person is written by name, or by email where two alive people share the name, so the import finds the same one.
  const nameCount = new Map<string, number>();
  for (const person of alive(records.people)) nameCount.set(person.name.toLowerCase(), (nameCount.get(person.name.toLowerCase()) ?? 0) + 1);
  const personKey = (id: string) => {
    const person = people.get(id);
    if (!person) return '';
    return (nameCount.get(person.name.toLowerCase()) ?? 0) > 1 && person.email ? person.email : person.name;
  };
  const sorted = objectives
    .map((o) => ({ o, period: periodOf(o.periodId, records) }))
    .sort((a, b) => compareText(a.period?.start ?? '', b.period?.start ?? '') || compareText(a.o.createdAt, b.o.createdAt));
  const rows: CsvTable['rows'] = [];
  for (const { o, period } of sorted) {
    const objective = [
      period?.name ?? o.periodId,
      period?.start ?? '',
      period?.end ?? '',
      o.title,
      o.kind,
      o.ownerTeamIds.map((id) => teams.get(id)?.name ?? id).join('; '),
      o.parentId ? (objectiveById.get(o.parentId)?.title ?? '') : '',
      cell(o.score?.value),
    ];
    const keyResults = (keyResultsByObjective.get(o.id) ?? []).sort((a, b) => a.sortOrder - b.sortOrder || compareText(a.createdAt, b.createdAt));
    if (keyResults.length === 0) rows.push([...objective, '', '', '', '', '', '', '', '', '', '', '', '', o.description, '']);
    for (const k of keyResults) {
      const latest = latestCheckIn(checkInsByKr.get(k.id) ?? []);
      rows.push([
        ...objective,
        k.title,
        METRIC_LABELS[k.metric],
        cell(k.start),
        k.target,
        k.unit,
        cell(k.weight),
        k.ownerId ? personKey(k.ownerId) : k.ownerTeamId ? (teams.get(k.ownerTeamId)?.name ?? '') : '',
        latest?.date ?? '',
        cell(latest?.value),
        cell(latest?.confidence),
        latest?.note ?? '',
        cell(k.score?.value),
        o.description,
        k.contributingTeamIds.map((id) => teams.get(id)?.name ?? id).join('; '),
      ]);
    }
  }
  return {
    header: [
      'Period', 'Period start', 'Period end', 'Objective', 'Objective kind', 'Owner teams', 'Aligned to', 'Objective score',
      'Key result', 'Metric', 'Start', 'Target', 'Unit', 'Weight', 'Key result owner',
      'Latest check-in date', 'Latest value', 'Latest confidence', 'Latest note', 'Key result score',
      'Objective description', 'Contributing teams',
    ],
    rows,
  };
}

/** Every alive check-in, oldest first: the full history behind the OKRs export. */
export function checkInsCsv(records: Records): CsvTable {
  const keyResults = byId(records.keyResults);
  const objectives = byId(records.objectives);
  // History: an author deleted since keeps their name, marked "(removed)".
  const authors = recordedPersonNames(records.people);
  const rows = alive(records.checkIns)
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.createdAt, b.createdAt) || compareText(a.id, b.id))
    .map((c): (string | number)[] => {
      const keyResult = keyResults.get(c.keyResultId);
      const objective = keyResult ? objectives.get(keyResult.objectiveId) : undefined;
      const period = objective ? periodOf(objective.periodId, records) : undefined;
      return [
        c.date,
        period?.name ?? '',
        objective?.title ?? '',
        keyResult?.title ?? '',
        c.value,
        keyResult?.unit ?? '',
        c.confidence,
        c.note,
        c.authorId ? (authors.get(c.authorId) ?? '') : '',
        c.createdAt,
      ];
    });
  return { header: ['Date', 'Period', 'Objective', 'Key result', 'Value', 'Unit', 'Confidence', 'Note', 'Author', 'Recorded at'], rows };
}

/** The columns of the directory export, which the people import reads back as they are. */
export const DIRECTORY_HEADER = ['Employee ID', 'Name', 'Email', 'Title', 'Department', 'Department kind'];

/** The directory alone, one row per person: what a roster import reads back into the same people and departments. */
export function directoryCsv(records: Records): CsvTable {
  const departments = byId(records.departments);
  const rows = alive(records.people)
    .sort((a, b) => compareText(a.name, b.name))
    .map((person) => {
      const department = person.departmentId ? departments.get(person.departmentId) : undefined;
      return [person.employeeId ?? '', person.name, person.email ?? '', person.title, department?.name ?? '', department?.kind ?? ''];
    });
  return { header: DIRECTORY_HEADER, rows };
}

/** The columns of the memberships export, which the team memberships import reads back. */
export const MEMBERSHIPS_HEADER = ['Employee ID', 'Email', 'Name', 'Team', 'Role', 'Allocation %'];

/** The live organisation's team structure, one row per membership; an open role has no person. */
export function membershipsCsv(records: Records): CsvTable {
  const teams = byId(records.teams);
  const roles = byId(records.roles);
  const people = byId(records.people);
  const rows = alive(records.memberships)
    .filter((m) => m.planId === LIVE_PLAN_ID && teams.get(m.teamId)?.deletedAt === null)
    .map((m) => {
      const person = m.personId ? people.get(m.personId) : undefined;
      return [person?.employeeId ?? '', person?.email ?? '', person?.name ?? '', teams.get(m.teamId)?.name ?? '', roles.get(m.roleId)?.name ?? '', m.allocation];
    })
    .sort((a, b) => compareText(String(a[3]), String(b[3])) || compareText(String(a[2]), String(b[2])) || compareText(String(a[4]), String(b[4])));
  // A team with nobody on it is a row of its own, so it comes back on import too.
  const staffed = new Set(rows.map((row) => row[3]));
  const empty = alive(records.teams).filter((t) => t.planId === LIVE_PLAN_ID && !staffed.has(t.name)).sort((a, b) => compareText(a.name, b.name));
  for (const t of empty) rows.push(['', '', '', t.name, '', '']);
  return { header: MEMBERSHIPS_HEADER, rows };
}
