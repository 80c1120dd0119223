import { formatMoment } from '../../ui/dates';
import { BACKUP_FORMAT_VERSION, type BackupFile } from '../../../shared/backup';
import type { MergeSummary } from '../../../shared/backup';
import type { RestoreMode } from '../../db';

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

const alive = (rows: readonly { deletedAt: string | null }[]) => rows.filter((r) => r.deletedAt === null).length;

/** "12 teams, 95 people, 8 objectives and 86 check-ins": what a person recognises in a backup. */
export function describeContents(backup: BackupFile): string {
  const t = backup.tables;
  return `${plural(alive(t.teams), 'team')}, ${plural(alive(t.people), 'person', 'people')}, ${plural(alive(t.objectives), 'objective')} and ${plural(alive(t.checkIns), 'check-in')}`;
}

/** The same sentence from counts of live records per table (a snapshot in the list). */
export function describeCounts(counts: Readonly<Record<string, number>>): string {
  const n = (table: string) => counts[table] ?? 0;
  return `${plural(n('teams'), 'team')}, ${plural(n('people'), 'person', 'people')}, ${plural(n('objectives'), 'objective')} and ${plural(n('checkIns'), 'check-in')}`;
}

export function describeOrigin(backup: BackupFile, formatVersion: number): string {
  const when = formatMoment(backup.exportedAt);
  const made = formatVersion === 0 ? 'This file comes from an older Teamshape without an export date.' : `This backup was made on ${when} by Teamshape ${backup.app.version}.`;
  const older = formatVersion < BACKUP_FORMAT_VERSION ? ' Its older format is converted as it is read.' : '';
  return `${made}${older}`;
}

export const MODE_EXPLANATION: Record<RestoreMode, string> = {
  replace:
    'Everything in your workspace now is replaced by the backup, settings included. Whatever was added or changed since the backup was made will be gone.',
  merge:
    'The backup is combined with your workspace. Where both have the same item, the one changed most recently is kept, and a later deletion stays deleted. Nothing else of yours is removed.',
};

export function describeMerge(summary: MergeSummary): string {
  const remapped = Object.values(summary.remapped).reduce((sum, n) => sum + n, 0);
  const parts = [
    `${plural(summary.added, 'item')} added`,
    `${plural(summary.updated, 'item')} updated`,
    `${plural(summary.keptCurrent, 'item')} kept as you had them`,
  ];
  if (remapped > 0) parts.push(`${plural(remapped, 'item')} matched to one of yours by name, email or employee ID`);
  return `${parts.join(', ')}.`;
}
