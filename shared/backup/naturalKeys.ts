import { employeeIdKey, quarterFromId } from '../model';
import { builtInIds } from './builtIns';
import type { BackupTableName, BackupTables } from './format';

/**
 * Natural keys: what makes two records with different ids the same thing to a person, so that two
 * workspaces that each made "Design", "pat@example.com" or "Payments" merge into one record
 * (ARCHITECTURE.md, "Natural keys and one merge rule"). Pure; shared by backup merge and sync.
 */
export const NATURAL_KEY_TABLES = [
  'departments', 'roles', 'people', 'teams', 'periods', 'memberships',
  'principleSets', 'teamGroups', 'interactions', 'dependencies',
] as const;
export type NaturalKeyTable = (typeof NATURAL_KEY_TABLES)[number];

/** How names, emails and employee IDs are compared: trimmed, Unicode-normalised, case-insensitive. */
export function foldText(text: string): string {
  return text.normalize('NFC').trim().toLowerCase();
}

const SEPARATOR = '\u0000';
const folded = (text: string | null | undefined): string | null => {
  if (text === null || text === undefined) return null;
  const value = foldText(text);
  return value === '' ? null : value;
};

type Keyed = { [T in NaturalKeyTable]: BackupTables[T][number] };

/**
 * The natural key of a record, or null when it has none and is matched by id only: a person with
 * neither employee ID nor email, a vacancy (membership without a person), a generated quarter,
 * and every record of a table without a natural key (plans, objectives, key results, check-ins,
 * settings). A membership's key uses its references as they are: resolve merged ids first.
 */
export function naturalKeyOf<T extends BackupTableName>(table: T, record: BackupTables[T][number]): string | null {
  if (!(NATURAL_KEY_TABLES as readonly string[]).includes(table)) return null;
  const r = record as Keyed[NaturalKeyTable];
  switch (table as NaturalKeyTable) {
    case 'departments':
    case 'roles':
      return folded((r as Keyed['roles']).name);
    case 'people': {
      const person = r as Keyed['people'];
      const employeeId = person.employeeId ? employeeIdKey(person.employeeId) || null : null;
      if (employeeId !== null) return `employee${SEPARATOR}${employeeId}`;
      const email = folded(person.email);
      return email === null ? null : `email${SEPARATOR}${email}`;
    }
    case 'teams': {
      const team = r as Keyed['teams'];
      const name = folded(team.name);
      return name === null ? null : [team.planId, name].join(SEPARATOR);
    }
    case 'periods': {
      const period = r as Keyed['periods'];
      return period.kind === 'custom' && !quarterFromId(period.id) ? folded(period.name) : null;
    }
    case 'memberships': {
      const m = r as Keyed['memberships'];
      return m.personId === null ? null : [m.planId, m.teamId, m.personId, m.roleId].join(SEPARATOR);
    }
    // Organisation design (format 4): a principle set by its team type; a group by plan + name;
    // an interaction by plan, its two teams, mode and start (a collaboration either way round is one);
    // a dependency by plan and its two teams in order.
    case 'principleSets':
      return (r as Keyed['principleSets']).key;
    case 'teamGroups': {
      const g = r as Keyed['teamGroups'];
      const name = folded(g.name);
      return name === null ? null : [g.planId, name].join(SEPARATOR);
    }
    case 'interactions': {
      const x = r as Keyed['interactions'];
      const teams = [x.providerTeamId, x.consumerTeamId];
      if (x.mode === 'collaboration') teams.sort();
      return [x.planId, ...teams, x.mode, x.start].join(SEPARATOR);
    }
    case 'dependencies': {
      const d = r as Keyed['dependencies'];
      return [d.planId, d.dependentTeamId, d.dependsOnTeamId].join(SEPARATOR);
    }
  }
}

let builtIns: Set<string> | undefined;

/** Built-ins (default roles and departments, the live plan) have fixed ids shared by every workspace. */
export function isBuiltInId(id: string): boolean {
  builtIns ??= new Set(Object.values(builtInIds()).flatMap((ids: Set<string>) => [...ids]));
  return builtIns.has(id) || quarterFromId(id) !== undefined;
}

/**
 * Which of two clashing ids survives: a built-in always (its id is fixed everywhere), otherwise
 * the smaller id. Negative when `a` survives. A total order, so every side picks the same survivor.
 */
export function survivorOrder(a: string, b: string): number {
  const builtIn = Number(isBuiltInId(b)) - Number(isBuiltInId(a));
  if (builtIn !== 0) return builtIn;
  return a < b ? -1 : a > b ? 1 : 0;
}
