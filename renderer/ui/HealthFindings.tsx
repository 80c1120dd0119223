import type { ReactNode } from 'react';
import type { Finding } from '../../shared/rules';
import styles from './Health.module.css';
import { UserText } from './UserText';

const SEVERITY_LABEL: Record<Finding['severity'], string> = { fail: 'Fail', warn: 'Warning', info: 'Note' };

/** Each finding in plain words: what is wrong, why it matters, and what to do about it. */
export function HealthFindings({ findings, label, actionFor }: { findings: readonly Finding[]; label: string; actionFor?: (finding: Finding) => ReactNode }) {
  if (findings.length === 0) return <p className={styles.allGood}>No findings: this team passes every check.</p>;
  return (
    <ul className={styles.findings} aria-label={label}>
      {findings.map((finding) => (
        <li key={finding.id} className={`${styles.finding} ${styles[finding.severity]}`}>
          <p className={styles.findingTitle}>
            <span className={styles.severity}>{SEVERITY_LABEL[finding.severity]}:</span> <UserText>{finding.title}</UserText>
            {finding.principle ? <span className={styles.principle}> · {finding.principle} principles</span> : null}
          </p>
          <p className={styles.explanation}>{finding.explanation}</p>
          {finding.fix ? <p className={styles.fix}>Suggested fix: {finding.fix}</p> : null}
          {actionFor?.(finding)}
        </li>
      ))}
    </ul>
  );
}
