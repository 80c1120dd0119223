import type { Transaction } from 'dexie';
import {
  BUILT_IN_EPOCH,
  DEFAULT_DEPARTMENTS,
  DEFAULT_ROLES,
  DEFAULT_SETTINGS,
  LIVE_PLAN_ID,
  builtInPrincipleSets,
  type Department,
  type Plan,
  type Role,
} from '../../shared/model';

const builtInStamp = { createdAt: BUILT_IN_EPOCH, updatedAt: BUILT_IN_EPOCH, deletedAt: null, updatedBy: null };

export function builtInRoles(): Role[] {
  return DEFAULT_ROLES.map((role, index) => ({ ...builtInStamp, ...role, sortOrder: index * 10 }));
}

export function builtInDepartments(): Department[] {
  return DEFAULT_DEPARTMENTS.map((department) => ({ ...builtInStamp, ...department }));
}

export function livePlan(): Plan {
  return { ...builtInStamp, id: LIVE_PLAN_ID, name: 'Live organisation', kind: 'live', description: '', basedOnPlanId: null };
}

/** Runs once, when the database is first created: the catalogue every workspace starts with. */
export async function seedBuiltIns(tx: Transaction): Promise<void> {
  await tx.table('roles').bulkAdd(builtInRoles());
  await tx.table('departments').bulkAdd(builtInDepartments());
  await tx.table('plans').add(livePlan());
  await tx.table('settings').add({ ...DEFAULT_SETTINGS });
  await tx.table('principleSets').bulkAdd(builtInPrincipleSets());
}
