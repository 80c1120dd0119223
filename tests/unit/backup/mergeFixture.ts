import { emptyBackupTables, type BackupTables } from '../../../shared/backup';
import {
  LIVE_PLAN_ID,
  ROLE_IDS,
  type CheckIn,
  type Department,
  type KeyResult,
  type Membership,
  type Objective,
  type Period,
  type Person,
  type Role,
  type Team,
} from '../../../shared/model';
import { stamp } from './backupFixture';

export const EARLY = '2026-11-01T08:00:00.000Z';
export const LATE = '2026-11-12T08:00:00.000Z';

export function tables(parts: Partial<BackupTables>): BackupTables {
  return { ...emptyBackupTables(), ...parts };
}

export function department(id: string, name: string, at = EARLY): Department {
  return { ...stamp(id, at), name, kind: 'technology' };
}
export function role(id: string, name: string, at = EARLY): Role {
  return { ...stamp(id, at), name, description: '', required: false, minPerTeam: 0, maxPerTeam: null, sortOrder: 100 };
}
export function person(id: string, name: string, email: string | null, at = EARLY, more: Partial<Person> = {}): Person {
  return { ...stamp(id, at), name, email, title: '', departmentId: null, ...more };
}
export function team(id: string, name: string, at = EARLY, deletedAt: string | null = null, more: Partial<Team> = {}): Team {
  return { ...stamp(id, at, deletedAt), planId: LIVE_PLAN_ID, name, mission: '', services: [], championId: null, ...more };
}
export function membership(id: string, teamId: string, personId: string | null, at = EARLY, more: Partial<Membership> = {}): Membership {
  return { ...stamp(id, at), planId: LIVE_PLAN_ID, teamId, personId, roleId: ROLE_IDS.developer, allocation: 100, ...more };
}
export function period(id: string, name: string, at = EARLY): Period {
  return { ...stamp(id, at), name, kind: 'custom', start: '2027-01-01', end: '2027-06-30' };
}
export function objective(id: string, more: Partial<Objective> = {}, at = EARLY): Objective {
  return {
    ...stamp(id, at), title: id, description: '', periodId: 'period:2026-Q4', ownerTeamIds: [], parentId: null, kind: 'committed', score: null, ...more,
  };
}
export function keyResult(id: string, objectiveId: string, more: Partial<KeyResult> = {}, at = EARLY): KeyResult {
  return {
    ...stamp(id, at), objectiveId, title: id, metric: 'increase', start: 0, target: 1, unit: '', weight: null, ownerId: null,
    contributingTeamIds: [], sortOrder: 0, score: null, ...more,
  };
}
export function checkIn(id: string, keyResultId: string, more: Partial<CheckIn> = {}, at = EARLY): CheckIn {
  return { ...stamp(id, at), keyResultId, date: '2026-11-01', value: 1, confidence: 5, note: '', authorId: null, ...more };
}

/** A deleted copy of a record, deleted (and last changed) at `at`. */
export function deleted<R extends { updatedAt: string; deletedAt: string | null }>(record: R, at = LATE): R {
  return { ...record, updatedAt: at, deletedAt: at };
}
