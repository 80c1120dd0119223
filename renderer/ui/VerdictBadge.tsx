import type { Verdict } from '../../shared/rules';
import styles from './Health.module.css';

const LABELS: Record<Verdict, string> = { pass: 'Healthy', warn: 'Needs attention', fail: 'Failing' };

/** Words, not only colour, so the verdict reads the same in print and to a screen reader. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span className={`${styles.badge} ${styles[verdict]}`}>{LABELS[verdict]}</span>;
}
