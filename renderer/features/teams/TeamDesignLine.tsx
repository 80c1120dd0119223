import { Link, useLocation } from 'react-router';
import type { Team } from '../../../shared/model';
import { useTeamGroups } from '../../db';
import { TeamTypeBadge } from '../../ui/TeamTypeBadge';
import { UserText } from '../../ui/UserText';
import styles from './TeamView.module.css';

/** The team's type (shape, name, one-line definition) and its team of teams, under its name. */
export function TeamDesignLine({ team, planId }: { team: Team; planId: string }) {
  const { search } = useLocation();
  const group = useTeamGroups(planId)?.find((g) => g.id === team.groupId);
  return (
    <p className={styles.design}>
      {team.type ? <TeamTypeBadge type={team.type} withDefinition /> : <span>No team type: checked against the Default principles.</span>}
      {group ? (
        <span>
          {' '}· {group.level}: <Link to={{ pathname: '/design', search }}><UserText>{group.name}</UserText></Link>
        </span>
      ) : null}
    </p>
  );
}
