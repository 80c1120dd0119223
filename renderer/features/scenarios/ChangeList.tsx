import type { ScenarioChange, ScenarioChangeKind } from '../../../shared/scenarios';
import { UserText } from '../../ui/UserText';
import styles from './Scenarios.module.css';

export const CHANGE_KIND_LABELS: Record<ScenarioChangeKind, string> = {
  'team-added': 'Team added',
  'team-removed': 'Team removed',
  'team-renamed': 'Renamed',
  'team-split': 'Split',
  'team-merged': 'Merged',
  'person-moved': 'Moved',
  'person-joined': 'Joined',
  'person-left': 'Left',
  'person-added-to-team': 'Also on',
  'person-removed-from-team': 'Off a team',
  'role-changed': 'Role',
  'allocation-changed': 'Allocation',
  'vacancy-opened': 'Vacancy',
  'vacancy-closed': 'Vacancy closed',
};

/** The change list like a code review: one line per change, its kind first. */
export function ChangeList({ changes, label }: { changes: readonly ScenarioChange[]; label: string }) {
  if (changes.length === 0) return <p className={styles.muted}>No differences: the plans have the same teams, people, roles and allocations.</p>;
  return (
    <ul className={styles.changeList} aria-label={label}>
      {changes.map((change, index) => (
        <li key={`${change.kind}-${index}`}>
          <span className={styles.kind}>{CHANGE_KIND_LABELS[change.kind]}</span>
          <span>
            <UserText>{change.text}</UserText>
          </span>
        </li>
      ))}
    </ul>
  );
}
