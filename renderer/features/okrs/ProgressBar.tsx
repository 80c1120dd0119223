import type { KeyResultStatus, StatusLabel } from '../../../shared/rules';
import { percent } from './okrFormat';
import styles from './Okr.module.css';

export interface ProgressBarProps {
  /** 0–1. */
  progress: number;
  /** 0–1: where the pace line stands today; drawn as a tick. */
  expected?: number | undefined;
  label: string;
  /** Colours the bar by status (the words are in the badge beside it). */
  status?: StatusLabel | KeyResultStatus | undefined;
}

/**
 * Progress with the expected pace marked. Drawn in SVG (vector in PDFs, and no inline styles under
 * the CSP); exposed to assistive technology as a progressbar with its numbers in words.
 */
export function ProgressBar({ progress, expected, label, status }: ProgressBarProps) {
  const done = Math.round(progress * 100);
  const valueText = expected === undefined ? `${done}% done` : `${done}% done, ${percent(expected)} expected by today`;
  return (
    <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={done} aria-valuetext={valueText}>
      <svg className={`${styles.bar} ${status ? (styles[`bar_${status}`] ?? '') : ''}`} aria-hidden="true" focusable="false">
        <rect className={styles.barTrack} x="0.5" y="0.5" width="99%" height="11" rx="5" />
        {progress > 0 ? <rect className={styles.barValue} x="0" y="0" width={`${Math.max(1, progress * 100)}%`} height="12" rx="5" /> : null}
        {expected !== undefined ? (
          <line className={styles.barExpected} x1={`${expected * 100}%`} x2={`${expected * 100}%`} y1="0" y2="12" />
        ) : null}
      </svg>
    </div>
  );
}
