import { memo, useState, type CSSProperties, type FormEvent, type Ref } from 'react';
import type { KeyResult } from '../../../shared/model';
import { defaultCheckInDate } from '../../../shared/rules';
import { recordCheckIn, useDb } from '../../db';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/fieldErrors';
import { UserText } from '../../ui/UserText';
import { parseCheckInForm } from './checkInForm';
import type { CheckInEdit } from './CorrectCheckInDialog';
import type { DueRow } from './dueRows';
import { currentValue, formatDate, plural } from './okrFormat';
import { okrPaths } from './okrLinks';
import { StatusBadge } from './StatusBadge';
import styles from './CheckInsDue.module.css';
import { HashLink } from '../../ui/HashLink';

export interface InlineCheckInProps {
  row: DueRow;
  /** The page's query (`?for=…`), carried by the key result's link. */
  search: string;
  ownerName: string | null;
  today: string;
  graceDays: number;
  meId: string | null;
  /** Before the first write that records an author: "who are you?" (once per device). */
  ensureAuthor: () => Promise<void>;
  /** After a check-in: where the keyboard goes next (the next row's value). */
  onCheckedIn: (keyResult: KeyResult, value: number) => void;
  onEdit: (edit: NonNullable<CheckInEdit>) => void;
  /** What was typed and not yet checked in: kept by the list, so a row scrolled away and back still has it. */
  draft?: CheckInDraft | undefined;
  onDraftChange?: (keyResultId: string, draft: CheckInDraft | null) => void;
  /** In a virtualised list: its place, the measuring ref, and its top when kept out of the flow (it holds focus off screen). */
  index?: number;
  measure?: Ref<HTMLFormElement>;
  keptAt?: number | undefined;
}

export interface CheckInDraft {
  value: string;
  confidence: string;
}

const confidenceBand = (confidence: number) => (confidence >= 7 ? styles.high : confidence >= 4 ? styles.middle : styles.low);

/**
 * One key result of the "Check-ins due" list: its last value, confidence and date, and an inline
 * check-in pre-filled from the last one. Type, Tab, type, Enter: recorded, and the next row's value has focus.
 * Memoised, and reading nothing from the router: showing the screen again renders the page, not its rows.
 */
export const InlineCheckIn = memo(function InlineCheckIn({ row, search, ownerName, today, graceDays, meId, ensureAuthor, onCheckedIn, onEdit, draft, onDraftChange, index, measure, keptAt }: InlineCheckInProps) {
  const db = useDb();
  const { keyResult, objective, period, latest, assessment } = row;
  const [value, setValueState] = useState(draft?.value ?? (latest ? String(latest.value) : ''));
  const [confidence, setConfidenceState] = useState(draft?.confidence ?? (latest ? String(latest.confidence) : ''));
  const setValue = (next: string) => {
    setValueState(next);
    onDraftChange?.(keyResult.id, { value: next, confidence });
  };
  const setConfidence = (next: string) => {
    setConfidenceState(next);
    onDraftChange?.(keyResult.id, { value, confidence: next });
  };
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const milestone = keyResult.metric === 'milestone';
  const date = defaultCheckInDate(period, today);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseCheckInForm({ value, confidence, date, note: '' }, keyResult, today, { period, graceDays });
    if ('errors' in parsed) return setError(Object.values(parsed.errors).join(' '));
    setSaving(true);
    try {
      await ensureAuthor();
      await recordCheckIn(db, { keyResultId: keyResult.id, ...parsed.fields }, today);
      setError(null);
      onDraftChange?.(keyResult.id, null);
      onCheckedIn(keyResult, parsed.fields.value);
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setSaving(false);
    }
  }

  const title = keyResult.title;
  const mine = latest && meId !== null && latest.authorId === meId;
  const errorId = `check-in-error-${keyResult.id}`;
  return (
    <form
      ref={measure}
      className={keptAt === undefined ? styles.row : `${styles.row} ${styles.keptRow}`}
      style={keptAt === undefined ? undefined : ({ top: keptAt } as CSSProperties)}
      data-index={index}
      onSubmit={submit}
      noValidate
      aria-label={`Check in on ${title}`}
      data-key-result={keyResult.id}
    >
      <div className={styles.what}>
        <HashLink to={{ pathname: okrPaths.keyResult(keyResult.id), search }} className={styles.title}>
          <UserText>{title}</UserText>
        </HashLink>
        <span className={styles.context}>
          <UserText>{objective.title}</UserText> · {period.name} · {ownerName ? <UserText>{ownerName}</UserText> : 'No owner'}
        </span>
      </div>
      <div className={styles.last}>
        <span>{latest ? currentValue(keyResult, latest.value) : 'No check-in yet'}</span>
        {latest ? (
          <span className={styles.context}>
            <span className={`${styles.confidence} ${confidenceBand(latest.confidence)}`}>{latest.confidence}/10</span> · {formatDate(latest.date)}
          </span>
        ) : null}
      </div>
      <div className={styles.state}>
        <StatusBadge label={assessment.label} />
        <span className={styles.context}>{row.due ? (latest ? `Due · last check-in ${plural(calendarAge(latest.date, today), 'day')} ago` : 'Due · never checked in') : 'Up to date'}</span>
      </div>
      {milestone ? (
        <select className={styles.input} data-first-field aria-label={`New value of ${title}`} value={value} onChange={(e) => setValue(e.target.value)} aria-describedby={error ? errorId : undefined}>
          <option value="">Choose…</option>
          <option value="0">Not done yet</option>
          <option value="1">Done</option>
        </select>
      ) : (
        <input
          className={styles.input}
          aria-label={`New value of ${title}${keyResult.unit ? ` (${keyResult.unit})` : ''}`}
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          data-first-field
        />
      )}
      <input
        className={`${styles.input} ${styles.narrow}`}
        aria-label={`Confidence of ${title} (0–10)`}
        inputMode="numeric"
        value={confidence}
        onChange={(e) => setConfidence(e.target.value)}
        aria-describedby={error ? errorId : undefined}
      />
      <Button type="submit" variant="primary" disabled={saving}>
        Check in
      </Button>
      {mine ? (
        <span className={styles.edits}>
          <Button variant="ghost" onClick={() => onEdit({ kind: 'correct', checkIn: latest, keyResult })} aria-label={`Correct my check-in on ${title}`}>
            Correct
          </Button>
          <Button variant="ghost" onClick={() => onEdit({ kind: 'delete', checkIn: latest, keyResult })} aria-label={`Delete my check-in on ${title}`}>
            Delete
          </Button>
        </span>
      ) : null}
      {error ? (
        <p id={errorId} className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
});

function calendarAge(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));
}
