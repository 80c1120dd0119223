import type { StoredRecord, WorkspaceTable } from './changeRecorder';

const KIND: Record<WorkspaceTable, string> = {
  departments: 'Department',
  people: 'Person',
  roles: 'Role',
  plans: 'Plan',
  teams: 'Team',
  memberships: 'Membership',
  periods: 'Period',
  objectives: 'Objective',
  keyResults: 'Key result',
  checkIns: 'Check-in',
  settings: 'Settings',
  principleSets: 'Principle set',
  teamGroups: 'Group',
  interactions: 'Interaction',
  dependencies: 'Dependency',
};

/** "Team “Payments Platform”", for messages about one record. */
export function describeRecord(table: WorkspaceTable, record: StoredRecord | null, id: string): string {
  const name = record && (typeof record.name === 'string' ? record.name : typeof record.title === 'string' ? record.title : null);
  return name ? `${KIND[table]} “${name}”` : table === 'settings' ? 'Settings' : `${KIND[table]} ${id}`;
}
