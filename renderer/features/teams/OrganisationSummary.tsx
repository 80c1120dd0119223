import { useState, type ReactNode } from 'react';
import type { Person, Team } from '../../../shared/model';
import type { OrganisationHealth } from '../../../shared/rules';
import { UserText } from '../../ui/UserText';
import styles from './TeamsPage.module.css';

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

interface OrganisationSummaryProps {
  health: OrganisationHealth;
  teams: readonly Team[];
  people: ReadonlyMap<string, Person>;
  search: string;
}

const SHOWN = 50;

/** A count that opens to name what is behind it; the names are drawn only once it is open (at L, thousands). */
function Disclosure({ summary, label, items }: { summary: string; label: string; items: () => ReactNode[] }) {
  const [open, setOpen] = useState(false);
  const list = open ? items() : [];
  return (
    <details className={styles.summaryItem} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? (
        <ul aria-label={label}>
          {list.slice(0, SHOWN)}
          {list.length > SHOWN ? <li>and {(list.length - SHOWN).toLocaleString('en')} more</li> : null}
        </ul>
      ) : null}
    </details>
  );
}

/**
 * The organisation at a glance on one line; each count opens to name the people and teams behind
 * it, each a link to the team where it can be fixed.
 */
export function OrganisationSummary({ health, teams, people, search }: OrganisationSummaryProps) {
  const { summary } = health;
  // Team names are looked up only once a count is opened: no pass over 500 teams when the board opens.
  let teamName: Map<string, string> | undefined;
  const teamLink = (id: string) => {
    teamName ??= new Map(teams.map((t) => [t.id, t.name]));
    return (
      <a key={id} href={`#/teams/${id}${search}`}>
        <UserText>{teamName.get(id) ?? 'a deleted team'}</UserText>
      </a>
    );
  };
  const personName = (id: string) => people.get(id)?.name ?? 'Unknown person';
  return (
    <section className={styles.summary} aria-label="Organisation health">
      <p className={styles.summaryItem}>
        <strong>{plural(summary.teams.pass, 'team passes', 'teams pass')}</strong> · {plural(summary.teams.warn, 'needs', 'need')} attention · {plural(summary.teams.fail, 'fails', 'fail')}
      </p>
      <Disclosure
        summary={summary.overAllocatedPeople.length === 0 ? 'Nobody over 100%' : plural(summary.overAllocatedPeople.length, 'person over 100%', 'people over 100%')}
        label="Over-allocated people"
        items={() =>
          summary.overAllocatedPeople.map((a) => (
            <li key={a.personId}>
              <UserText>{personName(a.personId)}</UserText> {a.total}%:{' '}
              {a.shares.map((share, i) => (
                <span key={share.teamId}>
                  {i > 0 ? ', ' : ''}
                  {teamLink(share.teamId)} {share.allocation}%
                </span>
              ))}
            </li>
          ))
        }
      />
      <Disclosure
        summary={summary.singlePointsOfFailure === 0 ? 'No single point of failure' : plural(summary.singlePointsOfFailure, 'single point of failure', 'single points of failure')}
        label="Single points of failure"
        items={() => {
          const spofTeams = new Map<string, string[]>();
          for (const [teamId, team] of health.byTeam) {
            for (const f of team.findings) if (f.rule === 'spof' && f.subject?.personId) spofTeams.set(f.subject.personId, [...(spofTeams.get(f.subject.personId) ?? []), teamId]);
          }
          return summary.singlePointOfFailurePersonIds.map((id) => (
            <li key={id}>
              <UserText>{personName(id)}</UserText>:{' '}
              {(spofTeams.get(id) ?? []).map((teamId, i) => (
                <span key={teamId}>
                  {i > 0 ? ', ' : ''}
                  {teamLink(teamId)}
                </span>
              ))}
            </li>
          ));
        }}
      />
      <Disclosure
        summary={summary.missingRoles.length === 0 ? 'Every required role filled' : plural(summary.missingRoles.reduce((n, r) => n + r.teamIds.length, 0), 'required role missing', 'required roles missing')}
        label="Roles missing across the organisation"
        items={() =>
          summary.missingRoles.flatMap((missing) =>
            missing.teamIds.map((id) => (
              <li key={`${missing.roleId}:${id}`}>
                <UserText>{missing.roleName}</UserText>: {teamLink(id)}
              </li>
            )),
          )
        }
      />
    </section>
  );
}
