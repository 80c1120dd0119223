import { useEffect, useRef, type KeyboardEvent } from 'react';
import { METRIC_LABELS, MetricKind } from '../../../shared/model';
import { Button } from '../../ui/Button';
import { numberLabels, type KeyResultFormValues } from './keyResultForm';
import styles from './KeyResultRows.module.css';

const METRIC_OPTIONS = MetricKind.options.map((metric) => ({ value: metric, label: METRIC_LABELS[metric] }));

export function emptyKeyResultRow(): KeyResultFormValues {
  return { title: '', metric: 'increase', start: '', target: '', unit: '', weight: '', owner: '', contributingTeamIds: [] };
}

export interface KeyResultRowsProps {
  rows: readonly KeyResultFormValues[];
  onChange: (rows: KeyResultFormValues[]) => void;
  owners: readonly { value: string; label: string }[];
  /** Per row, per field: what is wrong. */
  errors: readonly Record<string, string>[];
}

/**
 * The key results of a new objective, typed inline: Enter in a row adds the next one and moves
 * there; an empty last row is ignored. Each field is labelled with its row number for screen readers.
 */
export function KeyResultRows({ rows, onChange, owners, errors }: KeyResultRowsProps) {
  const list = useRef<HTMLOListElement>(null);
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    list.current?.querySelectorAll<HTMLInputElement>('[data-row-title]')[focusRow.current]?.focus();
    focusRow.current = null;
  });
  const set = (index: number, changes: Partial<KeyResultFormValues>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...changes } : row)));
  const add = (after: number) => {
    focusRow.current = after + 1;
    onChange([...rows.slice(0, after + 1), emptyKeyResultRow(), ...rows.slice(after + 1)]);
  };
  const remove = (index: number) => {
    focusRow.current = Math.max(0, index - 1);
    onChange(rows.length === 1 ? [emptyKeyResultRow()] : rows.filter((_, i) => i !== index));
  };
  const onKeyDown = (index: number) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (index === rows.length - 1 || rows[index + 1]!.title.trim() !== '') add(index);
    else focusRow.current = index + 1;
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend>Key results</legend>
      <p className={styles.hint}>Enter adds the next key result. Leave the start empty when it is unknown: progress then counts from the first check-in.</p>
      <ol ref={list} className={styles.rows}>
        {rows.map((row, index) => {
          const n = index + 1;
          const labels = numberLabels(row.metric);
          const milestone = row.metric === 'milestone';
          const rowErrors = errors[index] ?? {};
          const message = Object.values(rowErrors).join(' ');
          return (
            <li key={index} className={styles.row}>
              <input data-row-title className={styles.title} aria-label={`Key result ${n}`} placeholder={`Key result ${n}`} value={row.title} onChange={(e) => set(index, { title: e.target.value })} onKeyDown={onKeyDown(index)} aria-invalid={rowErrors.title ? true : undefined} maxLength={200} />
              <select aria-label={`Metric of key result ${n}`} value={row.metric} onChange={(e) => set(index, { metric: MetricKind.parse(e.target.value) })} onKeyDown={onKeyDown(index)}>
                {METRIC_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              <input aria-label={`${labels.start} of key result ${n}`} placeholder={milestone ? '—' : 'Start'} disabled={milestone} inputMode="decimal" value={milestone ? '' : row.start} onChange={(e) => set(index, { start: e.target.value })} onKeyDown={onKeyDown(index)} aria-invalid={rowErrors.start ? true : undefined} />
              <input aria-label={`${labels.target} of key result ${n}`} placeholder={milestone ? '—' : 'Target'} disabled={milestone} inputMode="decimal" value={milestone ? '' : row.target} onChange={(e) => set(index, { target: e.target.value })} onKeyDown={onKeyDown(index)} aria-invalid={rowErrors.target ? true : undefined} />
              <input aria-label={`Unit of key result ${n}`} placeholder={milestone ? '—' : 'Unit'} disabled={milestone} value={milestone ? '' : row.unit} onChange={(e) => set(index, { unit: e.target.value })} onKeyDown={onKeyDown(index)} maxLength={30} />
              <select aria-label={`Owner of key result ${n}`} value={row.owner} onChange={(e) => set(index, { owner: e.target.value })} onKeyDown={onKeyDown(index)}>
                {owners.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              <Button variant="ghost" aria-label={`Remove key result ${n}`} onClick={() => remove(index)}>
                ✕
              </Button>
              {message ? (
                <p className={styles.error} role="alert">
                  Key result {n}: {message}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <Button onClick={() => add(rows.length - 1)}>Add key result row</Button>
    </fieldset>
  );
}
