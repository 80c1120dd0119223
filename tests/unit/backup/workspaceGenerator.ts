import { builtInRecords, emptyBackupTables, naturalKeyOf, type BackupTableName, type BackupTables } from '../../../shared/backup';
import { DEFAULT_SETTINGS, ROLE_IDS } from '../../../shared/model';
import { checkIn, department, keyResult, membership, objective, period, person, role, team } from './mergeFixture';

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
    id: (prefix: string) => `${prefix}-${int(0xffffff).toString(16).padStart(6, '0')}`,
  };
}
export type Random = ReturnType<typeof seeded>;

const ANCESTOR_AT = '2026-11-01T08:00:00.000Z';
/** Few distinct edit times, so both sides often edit the same record at the same instant. */
const EDIT_TIMES = ['2026-11-02T08:00:00.000Z', '2026-11-03T08:00:00.000Z', '2026-11-03T08:00:00Z', '2026-11-04T08:00:00.000Z', '2026-11-05T08:00:00.000Z'];
const EMAILS = ['pat@example.com', 'PAT@Example.com', 'sam@example.com', 'Sam@Example.com', 'lee@example.com', 'ana@example.com', 'kim@example.com'];
const EMPLOYEE_IDS = ['E-1', 'e-1', 'E-2', 'E-3'];
const TEAM_NAMES = ['Payments', 'payments ', 'Search', 'Core', 'Growth'];
const DEPARTMENT_NAMES = ['Design', 'design', 'Data', 'Research'];
const ROLE_NAMES = ['Coach', 'coach', 'Designer', 'Tester'];
const PERIOD_NAMES = ['FY27 H1', 'fy27 h1', 'Autumn push'];
const ROLES = [ROLE_IDS.developer, ROLE_IDS.designer, ROLE_IDS.productOwner];

type Row = { id: string; updatedAt: string; deletedAt: string | null } & Record<string, unknown>;
const rowsOf = (tables: BackupTables, table: BackupTableName) => tables[table] as unknown as Row[];
const liveRows = (tables: BackupTables, table: BackupTableName) => rowsOf(tables, table).filter((r) => r.deletedAt === null);

/** True when no live record of the table has this record's natural key (the app keeps keys unique on one device). */
function keyIsFree(tables: BackupTables, table: BackupTableName, record: Row): boolean {
  const key = naturalKeyOf(table, record as never);
  return key === null || !liveRows(tables, table).some((r) => r.id !== record.id && naturalKeyOf(table, r as never) === key);
}

function put(tables: BackupTables, table: BackupTableName, record: Row): boolean {
  if (!keyIsFree(tables, table, record)) return false;
  const rows = rowsOf(tables, table);
  const index = rows.findIndex((r) => r.id === record.id);
  if (index >= 0) rows[index] = record;
  else rows.push(record);
  return true;
}

/** Deletes a record and what the repositories delete or clear with it, all at `at`. */
function remove(tables: BackupTables, table: BackupTableName, id: string, at: string): void {
  const row = rowsOf(tables, table).find((r) => r.id === id);
  if (!row || row.deletedAt !== null) return;
  put(tables, table, { ...row, deletedAt: at, updatedAt: at });
  const children = (child: BackupTableName, field: string) => liveRows(tables, child).filter((r) => r[field] === id);
  if (table === 'teams' || table === 'people') for (const m of children('memberships', table === 'teams' ? 'teamId' : 'personId')) remove(tables, 'memberships', m.id, at);
  if (table === 'people') for (const t of children('teams', 'championId')) put(tables, 'teams', { ...t, championId: null, updatedAt: at });
  if (table === 'objectives') {
    for (const k of children('keyResults', 'objectiveId')) remove(tables, 'keyResults', k.id, at);
    for (const o of children('objectives', 'parentId')) put(tables, 'objectives', { ...o, parentId: null, updatedAt: at });
  }
  if (table === 'keyResults') for (const c of children('checkIns', 'keyResultId')) remove(tables, 'checkIns', c.id, at);
}

/** A small organisation every side starts from. */
export function ancestor(r: Random): BackupTables {
  const t = emptyBackupTables();
  const builtIns = builtInRecords();
  t.roles = builtIns.roles.filter((x) => ROLES.includes(x.id as (typeof ROLES)[number]));
  t.plans = builtIns.plans;
  t.settings = [{ ...DEFAULT_SETTINGS }];
  for (let i = r.int(3); i > 0; i--) put(t, 'departments', department(r.id('d'), r.pick(DEPARTMENT_NAMES), ANCESTOR_AT) as never);
  for (let i = 2 + r.int(3); i > 0; i--) {
    const more = r.chance(0.3) ? { employeeId: r.pick(EMPLOYEE_IDS) } : {};
    put(t, 'people', person(r.id('p'), 'Someone', r.pick(EMAILS), ANCESTOR_AT, more) as never);
  }
  for (let i = 1 + r.int(3); i > 0; i--) put(t, 'teams', team(r.id('t'), r.pick(TEAM_NAMES), ANCESTOR_AT) as never);
  if (r.chance(0.5)) put(t, 'periods', period(r.id('period'), r.pick(PERIOD_NAMES), ANCESTOR_AT) as never);
  for (let i = 2 + r.int(3); i > 0; i--) create(t, r, 'memberships', ANCESTOR_AT);
  for (let i = 1 + r.int(2); i > 0; i--) create(t, r, 'objectives', ANCESTOR_AT);
  for (let i = 1 + r.int(2); i > 0; i--) create(t, r, 'keyResults', ANCESTOR_AT);
  for (let i = r.int(3); i > 0; i--) create(t, r, 'checkIns', ANCESTOR_AT);
  return t;
}

const CREATABLE = ['departments', 'roles', 'people', 'teams', 'periods', 'memberships', 'objectives', 'keyResults', 'checkIns'] as const;

/** Makes one new record, with a name or email from small pools so that the other side often makes "the same" one. */
function create(t: BackupTables, r: Random, table: (typeof CREATABLE)[number], at: string): void {
  const ids = (of: BackupTableName) => liveRows(t, of).map((x) => x.id);
  const someOf = (of: BackupTableName) => (ids(of).length > 0 ? r.pick(ids(of)) : null);
  switch (table) {
    case 'departments':
      put(t, table, department(r.id('d'), r.pick(DEPARTMENT_NAMES), at) as never);
      return;
    case 'roles':
      put(t, table, role(r.id('r'), r.pick(ROLE_NAMES), at) as never);
      return;
    case 'people': {
      const more = { departmentId: r.chance(0.4) ? someOf('departments') : null, ...(r.chance(0.25) ? { employeeId: r.pick(EMPLOYEE_IDS) } : {}) };
      put(t, table, person(r.id('p'), r.pick(['Pat', 'Sam']), r.chance(0.85) ? r.pick(EMAILS) : null, at, more) as never);
      return;
    }
    case 'teams':
      put(t, table, team(r.id('t'), r.pick(TEAM_NAMES), at, null, { championId: r.chance(0.3) ? someOf('people') : null }) as never);
      return;
    case 'periods':
      put(t, table, period(r.id('period'), r.pick(PERIOD_NAMES), at) as never);
      return;
    case 'memberships': {
      const teamId = someOf('teams');
      if (!teamId) return;
      const personId = r.chance(0.15) ? null : someOf('people');
      put(t, table, membership(r.id('m'), teamId, personId, at, { roleId: r.pick(ids('roles')), allocation: 10 * (1 + r.int(10)) }) as never);
      return;
    }
    case 'objectives': {
      const periods = ['period:2026-Q4', ...ids('periods')];
      const owners = [...new Set([someOf('teams'), someOf('teams')].filter((x): x is string => x !== null))];
      if (owners.length === 0) return;
      put(t, table, objective(r.id('o'), { periodId: r.pick(periods), ownerTeamIds: owners, parentId: r.chance(0.3) ? someOf('objectives') : null }, at) as never);
      return;
    }
    case 'keyResults': {
      const objectiveId = someOf('objectives');
      if (!objectiveId) return;
      const owner = r.chance(0.5) ? { ownerId: someOf('people') } : { ownerTeamId: someOf('teams') };
      put(t, table, keyResult(r.id('kr'), objectiveId, { ...owner, contributingTeamIds: ids('teams').slice(0, r.int(3)) }, at) as never);
      return;
    }
    case 'checkIns': {
      const keyResultId = someOf('keyResults');
      if (!keyResultId) return;
      const corrects = liveRows(t, 'checkIns').filter((c) => c.keyResultId === keyResultId);
      put(t, table, checkIn(r.id('c'), keyResultId, { value: r.int(100), authorId: someOf('people'), correctsId: corrects.length > 0 && r.chance(0.4) ? r.pick(corrects).id : null }, at) as never);
      return;
    }
  }
}

const EDITS: Partial<Record<BackupTableName, (r: Random) => Record<string, unknown>>> = {
  departments: (r) => ({ name: r.pick(DEPARTMENT_NAMES) }),
  roles: (r) => ({ description: r.pick(['', 'Coaches the team', 'Tests']) }),
  people: (r) => (r.chance(0.5) ? { title: r.pick(['Lead', 'Engineer']) } : r.chance(0.5) ? { email: r.pick(EMAILS) } : { employeeId: r.pick([...EMPLOYEE_IDS, null]) }),
  teams: (r) => (r.chance(0.5) ? { mission: r.pick(['Fast', 'Safe', 'Kind']) } : { name: r.pick(TEAM_NAMES) }),
  periods: (r) => ({ name: r.pick(PERIOD_NAMES) }),
  memberships: (r) => ({ allocation: 10 * (1 + r.int(10)) }),
  objectives: (r) => ({ title: r.pick(['Grow', 'Delight', 'Ship']) }),
  keyResults: (r) => ({ target: 1 + r.int(5) }),
  settings: (r) => ({ staleAfterDays: 7 + r.int(3) }),
};

/** "The same" things both sides may make on their own, under their own ids: the clashes a merge must resolve. */
export interface Twins {
  email: string;
  employeeId: string | null;
  team: string;
  role: string;
  department: string;
  period: string;
}

export function twins(r: Random): Twins {
  return {
    email: r.pick(EMAILS),
    employeeId: r.chance(0.3) ? r.pick(EMPLOYEE_IDS) : null,
    team: r.pick(TEAM_NAMES),
    role: r.pick([...ROLE_NAMES, 'designer']),
    department: r.pick(DEPARTMENT_NAMES),
    period: r.pick(PERIOD_NAMES),
  };
}

const variant = (r: Random, text: string) => (r.chance(0.5) ? text.toUpperCase() : text);

/** The live record of the table with this record's natural key: the one just made, or the one the side already had. */
function holderOf(t: BackupTables, table: BackupTableName, record: Row): string | undefined {
  const key = naturalKeyOf(table, record as never);
  return liveRows(t, table).find((x) => naturalKeyOf(table, x as never) === key)?.id;
}

function makeTwins(t: BackupTables, r: Random, twin: Twins, at: string): void {
  const made = (table: BackupTableName, record: Row) => {
    if (r.chance(0.8)) put(t, table, record);
    return holderOf(t, table, record);
  };
  const personId = made('people', person(r.id('p'), 'Twin', variant(r, twin.email), at, twin.employeeId ? { employeeId: variant(r, twin.employeeId) } : {}) as never);
  const teamId = made('teams', team(r.id('t'), variant(r, twin.team), at) as never);
  const roleId = r.chance(0.5) ? made('roles', role(r.id('r'), variant(r, twin.role), at) as never) : r.pick(ROLES);
  made('departments', department(r.id('d'), variant(r, twin.department), at) as never);
  made('periods', period(r.id('period'), variant(r, twin.period), at) as never);
  if (personId && teamId && roleId) put(t, 'memberships', membership(r.id('m'), teamId, personId, at, { roleId, allocation: 10 * (1 + r.int(10)) }) as never);
}

/** One side: the ancestor after a few random edits, deletions and creations, and perhaps the twins. */
export function descendant(base: BackupTables, r: Random, twin?: Twins): BackupTables {
  const t = structuredClone(base);
  if (twin && r.chance(0.7)) makeTwins(t, r, twin, r.pick(EDIT_TIMES));
  for (let step = 3 + r.int(8); step > 0; step--) {
    const at = r.pick(EDIT_TIMES);
    const roll = r.int(10);
    if (roll < 3) {
      const table = r.pick(Object.keys(EDITS) as BackupTableName[]);
      const rows = liveRows(t, table);
      if (rows.length > 0) put(t, table, { ...r.pick(rows), ...EDITS[table]!(r), updatedAt: at });
    } else if (roll < 5) {
      // What the app can delete: it deletes no period, role or plan (a merge only folds one into another).
      const table = r.pick(['people', 'teams', 'memberships', 'objectives', 'keyResults', 'checkIns'] as const);
      const rows = liveRows(t, table);
      if (rows.length > 0) remove(t, table, r.pick(rows).id, at);
    } else create(t, r, r.pick(CREATABLE), at);
  }
  return t;
}
