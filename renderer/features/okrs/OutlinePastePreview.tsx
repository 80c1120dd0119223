import type { ReactNode } from 'react';
import type { OutlineMessage } from '../../../shared/import/outline/keyResultLine';
import type { OutlineSavePlan } from '../../../shared/import/outline/outlineSave';
import { UserText } from '../../ui/UserText';
import { formatValue, metricSummary, namesList, plural } from './okrFormat';
import styles from './OutlinePaste.module.css';

/** What the paste will create — objectives with owners and typed key results — and every line to correct first. */
export function OutlinePastePreview({ plan, problems, notes, teamName, personName, children }: {
  plan: OutlineSavePlan;
  problems: readonly OutlineMessage[];
  notes: readonly OutlineMessage[];
  teamName: (id: string) => string;
  personName: (id: string) => string;
  /** The choices for owner teams the workspace lacks, shown above the objectives. */
  children?: ReactNode;
}) {
  const keyResultCount = plan.entries.reduce((sum, o) => sum + o.keyResults.length, 0);
  const checkIns = plan.entries.reduce((sum, o) => sum + o.keyResults.filter((k) => k.checkIn).length, 0);
  return (
    <section aria-label="Preview" className={styles.preview}>
      <h3>
        Preview: {plural(plan.entries.length, 'objective')}, {plural(keyResultCount, 'key result')}, {plural(checkIns, 'check-in')} from values now
      </h3>
      {children}
      {problems.length > 0 ? (
        <ul className={styles.problems} aria-label="Lines to correct">
          {problems.slice(0, 50).map((p) => (
            <li key={`${p.line}:${p.message}`}>
              Line {p.line}: {p.message}
            </li>
          ))}
          {problems.length > 50 ? <li>… and {problems.length - 50} more</li> : null}
        </ul>
      ) : null}
      {notes.length > 0 ? (
        <details className={styles.notes}>
          <summary>{plural(notes.length, 'assumption')} made</summary>
          <ul aria-label="Assumptions">
            {notes.slice(0, 100).map((n) => (
              <li key={`${n.line}:${n.message}`}>
                Line {n.line}: <UserText>{n.message}</UserText>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <ol className={styles.objectives}>
        {plan.entries.slice(0, 200).map((o) => (
          <li key={o.line}>
            <strong>
              <UserText>{o.title}</UserText>
            </strong>
            <span className={styles.typed}>
              {' '}
              · {o.ownerTeamIds.length + o.newOwnerTeamNames.length > 0 ? <UserText>{namesList([...o.ownerTeamIds.map(teamName), ...o.newOwnerTeamNames.map((name) => `${name} (new)`)])}</UserText> : 'no owner team yet'}
            </span>
            <ul aria-label={`Key results of ${o.title}`}>
              {o.keyResults.map((k, index) => {
                const owner = k.ownerId ? personName(k.ownerId) : k.ownerTeamId ? teamName(k.ownerTeamId) : k.newOwnerTeamName ? `${k.newOwnerTeamName} (new)` : null;
                return (
                  <li key={index}>
                    <UserText>{k.title}</UserText>{' '}
                    <span className={styles.typed}>
                      ({metricSummary(k)}
                      {k.checkIn ? `; now ${k.metric === 'milestone' ? (k.checkIn.value === 1 ? 'done' : 'not done') : formatValue(k.checkIn.value, k.unit)}, confidence ${k.checkIn.confidence}/10` : ''})
                    </span>
                    {owner ? (
                      <span className={styles.owner}>
                        {' '}
                        · <UserText>{owner}</UserText>
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
