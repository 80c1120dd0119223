import { Link } from 'react-router';
import type { ScenarioChange, ScenarioChangeKind } from '../../../shared/scenarios';
import { UserText } from '../../ui/UserText';
import { searchWithPlan } from './planAddress';
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
  'team-type-changed': 'Type',
  'team-group-changed': 'Group',
  'group-added': 'Group',
  'group-removed': 'Group',
  'group-renamed': 'Group',
  'group-limits-changed': 'Group',
  'interaction-added': 'Interaction',
  'interaction-removed': 'Interaction',
  'interaction-changed': 'Interaction',
  'dependency-added': 'Dependency',
  'dependency-removed': 'Dependency',
  'dependency-changed': 'Dependency',
};

/** The two plans an entry's link can open a team in. */
export interface ChangeLinkPlans {
  baselinePlanId: string;
  candidatePlanId: string;
}

/** The team page an entry opens: the team in the candidate plan when it is alive there, else in the baseline. */
export function changeLink(change: ScenarioChange, plans: ChangeLinkPlans): { pathname: string; search: string } | null {
  if (!change.focus) return null;
  const planId = change.focus.side === 'candidate' ? plans.candidatePlanId : plans.baselinePlanId;
  return { pathname: `/teams/${change.focus.teamId}`, search: searchWithPlan('', planId) };
}

/**
 * The change list like a code review: one line per change, its kind first. With `plans`, each
 * entry about a team is a link to that team in its plan (one Tab stop per entry).
 */
export function ChangeList({ changes, label, plans }: { changes: readonly ScenarioChange[]; label: string; plans?: ChangeLinkPlans }) {
  if (changes.length === 0) return <p className={styles.muted}>No differences: the plans have the same teams, people, roles, allocations, groups, interactions and dependencies.</p>;
  return (
    <ul className={styles.changeList} aria-label={label}>
      {changes.map((change, index) => (
        <li key={`${change.kind}-${index}`}>
          <span className={styles.kind}>{CHANGE_KIND_LABELS[change.kind]}</span>
          <ChangeText change={change} plans={plans} />
        </li>
      ))}
    </ul>
  );
}

function ChangeText({ change, plans }: { change: ScenarioChange; plans: ChangeLinkPlans | undefined }) {
  const to = plans ? changeLink(change, plans) : null;
  if (!to) {
    return (
      <span>
        <UserText>{change.text}</UserText>
      </span>
    );
  }
  return (
    <Link to={to} className={styles.changeLink}>
      <UserText>{change.text}</UserText>
    </Link>
  );
}
