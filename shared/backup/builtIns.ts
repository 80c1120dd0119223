import {
  BUILT_IN_EPOCH,
  DEFAULT_DEPARTMENTS,
  DEFAULT_ROLES,
  DEFAULT_SETTINGS,
  LIVE_PLAN_ID,
  builtInPrincipleSets,
  type Department,
  type PrincipleSet,
  type Plan,
  type Role,
  type Settings,
} from '../model';

const builtInStamp = { createdAt: BUILT_IN_EPOCH, updatedAt: BUILT_IN_EPOCH, deletedAt: null, updatedBy: null };

/**
 * The catalogue every workspace starts with (the same records renderer/db seeds on first open;
 * a test keeps the two equal). A restore fills in any of them a backup lacks, so a workspace is
 * never left without its roles, live plan or settings.
 */
export function builtInRecords(): { roles: Role[]; departments: Department[]; plans: Plan[]; settings: Settings[]; principleSets: PrincipleSet[] } {
  return {
    roles: DEFAULT_ROLES.map((role, index) => ({ ...builtInStamp, ...role, sortOrder: index * 10 })),
    departments: DEFAULT_DEPARTMENTS.map((department) => ({ ...builtInStamp, ...department })),
    plans: [{ ...builtInStamp, id: LIVE_PLAN_ID, name: 'Live organisation', kind: 'live', description: '', basedOnPlanId: null }],
    settings: [{ ...DEFAULT_SETTINGS, sizeLimits: { ...DEFAULT_SETTINGS.sizeLimits }, statusThresholds: { ...DEFAULT_SETTINGS.statusThresholds } }],
    principleSets: builtInPrincipleSets(),
  };
}

/** Ids that always exist after a restore, so references to them are valid even if a file omits them. */
export function builtInIds(): { roles: Set<string>; departments: Set<string>; plans: Set<string>; principleSets: Set<string> } {
  const records = builtInRecords();
  return {
    roles: new Set(records.roles.map((r) => r.id)),
    departments: new Set(records.departments.map((d) => d.id)),
    plans: new Set(records.plans.map((p) => p.id)),
    principleSets: new Set(records.principleSets.map((p) => p.id)),
  };
}

/** Adds each built-in record (and the settings row) the tables lack; existing ones are kept as they are. */
export function withBuiltIns<T extends { roles: Role[]; departments: Department[]; plans: Plan[]; settings: Settings[]; principleSets: PrincipleSet[] }>(tables: T): T {
  const defaults = builtInRecords();
  const fill = <R extends { id: string }>(rows: R[], wanted: R[]): R[] => {
    const present = new Set(rows.map((r) => r.id));
    const missing = wanted.filter((r) => !present.has(r.id));
    return missing.length === 0 ? rows : [...rows, ...missing];
  };
  return {
    ...tables,
    roles: fill(tables.roles, defaults.roles),
    departments: fill(tables.departments, defaults.departments),
    plans: fill(tables.plans, defaults.plans),
    principleSets: fill(tables.principleSets, defaults.principleSets),
    settings: tables.settings.length > 0 ? tables.settings : defaults.settings,
  };
}
