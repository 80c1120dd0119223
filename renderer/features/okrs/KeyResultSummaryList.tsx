import { useState } from 'react';
import type { KeyResultRow } from './okrBoard';
import { formatDate, percent, plural } from './okrFormat';
import { okrPaths, useOkrLink } from './okrLinks';
import { ProgressBar } from './ProgressBar';
import { StatusBadge } from './StatusBadge';
import { UserText } from '../../ui/UserText';
import styles from './ObjectiveList.module.css';
import { HashLink } from '../../ui/HashLink';

/**
 * An objective's key results under its card: owner, confidence and last check-in date at a glance.
 * Collapsible; closed, nothing inside is rendered (a period can have thousands of key results).
 * Given `open` and `onOpenChange`, the caller keeps the state (a virtualised list remounts its cards).
 */
export function KeyResultSummaryList({ objectiveTitle, rows, defaultOpen, open: shownOpen, onOpenChange }: { objectiveTitle: string; rows: readonly KeyResultRow[]; defaultOpen: boolean; open?: boolean; onOpenChange?: (open: boolean) => void }) {
  const link = useOkrLink();
  const [ownOpen, setOwnOpen] = useState(defaultOpen);
  const open = shownOpen ?? ownOpen;
  if (rows.length === 0) return null;
  return (
    <details
      className={styles.keyResultDetails}
      open={open}
      onToggle={(event) => {
        const now = event.currentTarget.open;
        if (now === open) return;
        setOwnOpen(now);
        onOpenChange?.(now);
      }}
    >
      <summary>{open ? 'Hide' : 'Show'} {plural(rows.length, 'key result')}</summary>
      {open ? (
        <ul className={styles.keyResultList} aria-label={`Key results of ${objectiveTitle}`}>
          {rows.map(({ keyResult, ownerName, latest, assessment }) => (
            <li key={keyResult.id} className={styles.keyResultLine}>
              <HashLink to={link(okrPaths.keyResult(keyResult.id))}>
                <UserText>{keyResult.title}</UserText>
              </HashLink>
              <ProgressBar progress={assessment.progress} label={`Progress of ${keyResult.title}`} status={assessment.label} />
              <span className={styles.keyResultPercent}>{percent(assessment.progress)}</span>
              <StatusBadge label={assessment.label} />
              <span className={styles.keyResultMeta}>
                {ownerName ? <UserText>{ownerName}</UserText> : 'No owner'} ·{' '}
                {latest ? `confidence ${latest.confidence}/10 · ${formatDate(latest.date)}` : 'no check-in yet'}
                {assessment.finalScore !== undefined ? ` · score ${assessment.finalScore.toFixed(1)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
