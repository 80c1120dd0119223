import type { Team } from '../../../shared/model';
import type { OrganisationHealth } from '../../../shared/rules';
import styles from './TeamsPage.module.css';
import { UserText } from '../../ui/UserText';
import { isolateBidi } from '../../../shared/bidi';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The organisation at a glance: how many teams pass, who is over-allocated, which roles are missing. */
export function OrganisationSummary({ health, teams }: { health: OrganisationHealth; teams: readonly Team[] }) {
  const { summary } = health;
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  return (
    <section className={styles.summary} aria-labelledby="org-health-title">
      <div>
        <h2 id="org-health-title">Organisation health</h2>
        <p>
          {plural(summary.teams.pass, 'team passes', 'teams pass')} · {plural(summary.teams.warn, 'team needs', 'teams need')} attention ·{' '}
          {plural(summary.teams.fail, 'team fails', 'teams fail')}
        </p>
      </div>
      <div>
        <h2>Over-allocated people</h2>
        <p>{summary.overAllocatedPeople.length === 0 ? 'Nobody is over 100%.' : plural(summary.overAllocatedPeople.length, 'person is', 'people are') + ' over 100%.'}</p>
      </div>
      <div>
        <h2>Single points of failure</h2>
        <p>{summary.singlePointsOfFailure === 0 ? 'None.' : plural(summary.singlePointsOfFailure, 'person is', 'people are') + ' the only holder of a required role on several teams.'}</p>
      </div>
      <div>
        <h2>Roles missing</h2>
        {summary.missingRoles.length === 0 ? (
          <p>Every team has every required role.</p>
        ) : (
          <ul aria-label="Roles missing across the organisation">
            {summary.missingRoles.map((missing) => (
              <li key={missing.roleId}>
                <UserText>{missing.roleName}</UserText>: {missing.teamIds.length > 3
                  ? plural(missing.teamIds.length, 'team', 'teams')
                  : missing.teamIds.map((id) => isolateBidi(teamName.get(id) ?? 'a deleted team')).join(', ')}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
