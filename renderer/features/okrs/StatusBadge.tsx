import type { KeyResultStatus, StatusLabel } from '../../../shared/rules';
import { statusText } from './okrFormat';
import styles from './Okr.module.css';

/** A status in words and colour (the words carry the meaning; colour only helps). */
export function StatusBadge({ label }: { label: StatusLabel | KeyResultStatus | undefined }) {
  return <span className={`${styles.badge} ${styles[label ?? 'none']}`}>{statusText(label)}</span>;
}
