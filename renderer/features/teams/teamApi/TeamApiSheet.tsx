import { interactionDates, type TeamApiPage } from '../../../../shared/teamApi';
import { formatFte } from '../../../../shared/rules';
import { TeamTypeShape } from '../../../ui/TeamTypeBadge';
import { VerdictBadge } from '../../../ui/VerdictBadge';
import { formatDay } from '../../../ui/dates';
import type { TeamType } from '../../../../shared/model';
import styles from './TeamApi.module.css';

interface TeamApiSheetProps {
  page: TeamApiPage;
  type: TeamType | null | undefined;
  planName: string;
  isDraft: boolean;
  date: string;
}

const SEVERITY_WORDS = { fail: 'Problem', warn: 'Watch', info: 'Note' } as const;
const TIMING_WORDS = { active: 'Active', planned: 'Planned', ended: 'Ended' } as const;
const STATE_WORDS = { blocking: 'Blocking', slowing: 'Slowing', fine: 'Fine' } as const;

/**
 * The Team API one-pager: the same sheet on screen and in print (an A4 page, text as text), so
 * what a team reviews is what it publishes.
 */
export function TeamApiSheet({ page, type, planName, isDraft, date }: TeamApiSheetProps) {
  return (
    <article className={styles.sheet} aria-label={`Team API of ${page.name}`}>
      <div className={styles.running}>
        <span>Team API · {planName} · {formatDay(date)}</span>
        {isDraft ? <span className={styles.draftMark}>DRAFT</span> : null}
      </div>
      <header className={styles.head}>
        <h1 className={styles.title}>{page.name}</h1>
        <p className={styles.typeLine}>
          {page.type ? (
            <span>
              {type ? <TeamTypeShape type={type} size={11} /> : null} <strong>{page.type.label} team</strong> — {page.type.definition}
            </span>
          ) : (
            <span>No team type set: checked against the Default principles.</span>
          )}
          {page.group ? <span className={styles.group}>{page.group}</span> : null}
        </p>
        <dl className={styles.figures}>
          <div>
            <dt>Headcount</dt>
            <dd>{page.headcount.toLocaleString('en-US')}</dd>
          </div>
          <div>
            <dt>FTE</dt>
            <dd>{formatFte(page.fte)}</dd>
          </div>
          <div>
            <dt>Health</dt>
            <dd>
              <VerdictBadge verdict={page.verdict} />
            </dd>
          </div>
        </dl>
      </header>

      <section className={styles.block} aria-labelledby="api-mission">
        <h2 id="api-mission">Mission and services</h2>
        <p>{page.mission || 'No mission written yet.'}</p>
        <p>
          <strong>Owns:</strong> {page.services.length > 0 ? page.services.join(', ') : 'no service recorded yet.'}
        </p>
      </section>

      <div className={styles.columns}>
        <section className={styles.block} aria-labelledby="api-members">
          <h2 id="api-members">Members by role</h2>
          {page.roles.length === 0 ? (
            <p>No members yet.</p>
          ) : (
            <dl className={styles.roles}>
              {page.roles.map((role) => (
                <div key={role.roleName}>
                  <dt>{role.roleName}</dt>
                  <dd>{role.missing ? <em>Nobody yet (required)</em> : role.members.join('; ')}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
        <section className={styles.block} aria-labelledby="api-work">
          <h2 id="api-work">How to work with us</h2>
          <p className={styles.prose}>{page.workingWithUs || 'Not written yet: edit the team to say where to ask, how fast you answer and which rituals others may join.'}</p>
        </section>
      </div>

      <section className={styles.block} aria-labelledby="api-interactions">
        <h2 id="api-interactions">Interactions</h2>
        {page.interactions.length === 0 ? (
          <p>No interactions recorded with other teams.</p>
        ) : (
          <table className={styles.table} aria-labelledby="api-interactions">
            <thead>
              <tr>
                <th scope="col">Relation</th>
                <th scope="col">Team</th>
                <th scope="col">Mode</th>
                <th scope="col">Purpose</th>
                <th scope="col">Dates</th>
                <th scope="col">Now</th>
              </tr>
            </thead>
            <tbody>
              {page.interactions.map((i) => (
                <tr key={i.id}>
                  <td>{i.relation}</td>
                  <td>{i.otherTeam}</td>
                  <td>{i.mode}</td>
                  <td>{i.purpose || '—'}</td>
                  <td>{interactionDates(i, formatDay)}</td>
                  <td>{TIMING_WORDS[i.timing]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className={styles.block} aria-labelledby="api-dependencies">
        <h2 id="api-dependencies">Dependencies</h2>
        {page.dependencies.length === 0 ? (
          <p>No dependencies recorded.</p>
        ) : (
          <table className={styles.table} aria-labelledby="api-dependencies">
            <thead>
              <tr>
                <th scope="col">Relation</th>
                <th scope="col">Team</th>
                <th scope="col">State</th>
                <th scope="col">Since</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {page.dependencies.map((d) => (
                <tr key={d.id}>
                  <td>{d.relation}</td>
                  <td>{d.otherTeam}</td>
                  <td>{STATE_WORDS[d.state]}</td>
                  <td className={styles.nowrap}>{formatDay(d.since)}</td>
                  <td>{d.note || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className={styles.block} aria-labelledby="api-objectives">
        <h2 id="api-objectives">Objectives{page.periodName ? ` for ${page.periodName}` : ''}</h2>
        {page.objectives.length === 0 ? (
          <p>No objectives this period.</p>
        ) : (
          <table className={styles.table} aria-labelledby="api-objectives">
            <thead>
              <tr>
                <th scope="col">Objective</th>
                <th scope="col">Shared with</th>
                <th scope="col">Progress</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {page.objectives.map((o) => (
                <tr key={o.id}>
                  <td>{o.title}</td>
                  <td>{o.coOwners.length > 0 ? o.coOwners.join(', ') : 'Owned alone'}</td>
                  <td className={styles.nowrap}>{o.progress}</td>
                  <td>{o.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className={styles.block} aria-labelledby="api-health">
        <h2 id="api-health">Health</h2>
        {page.findings.length === 0 ? (
          <p>No health problems found: size, roles, allocation and mix fit the team&apos;s principles.</p>
        ) : (
          <ul className={styles.findings}>
            {page.findings.map((f) => (
              <li key={`${f.title}:${f.explanation}`}>
                <strong className={styles[f.severity]}>{SEVERITY_WORDS[f.severity]}: {f.title}.</strong> {f.explanation}
                {f.fix ? <> <span className={styles.fix}>{f.fix}</span></> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
