import { RECORD_SCHEMAS } from '../../shared/backup';
import type { WorkspaceRecords } from '../../shared/samples/workspace';
import { ValidationError, describeIssues } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { applyChange } from './changes';

/** The user tables in dependency order (settings are not part of a generated workspace). */
const TABLE_ORDER: (keyof WorkspaceRecords)[] = [
  'departments', 'people', 'roles', 'plans', 'teams', 'memberships', 'periods', 'objectives', 'keyResults', 'checkIns',
  // Organisation design of a generated workspace (benchmarks with groups and interactions).
  'teamGroups', 'interactions', 'dependencies',
];

/** Validates every record, naming the first few bad ones as "teams[3].name: …". */
export function validateWorkspace(records: WorkspaceRecords): void {
  const problems: string[] = [];
  for (const table of TABLE_ORDER) {
    const rows = records[table] as unknown[];
    for (let i = 0; i < rows.length && problems.length < 20; i++) {
      const result = RECORD_SCHEMAS[table].safeParse(rows[i]);
      if (!result.success) problems.push(...describeIssues(result.error, `${table}[${i}]`));
    }
  }
  if (problems.length > 0) throw new ValidationError(problems);
}

/** Adds all records in ONE transaction: on any failure nothing is written. */
export async function bulkAddWorkspace(db: TeamshapeDb, records: WorkspaceRecords): Promise<void> {
  validateWorkspace(records);
  await applyChange(db, 'Load an organisation', async () => {
    for (const name of TABLE_ORDER) {
      if (records[name].length > 0) await db.table(name).bulkAdd(records[name]);
    }
  }, { prevalidated: true, keepTimestamps: true });
}
