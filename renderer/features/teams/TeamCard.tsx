import type { Team } from '../../../shared/model';
import { formatFte, type TeamSize } from '../../../shared/rules';
import { useTeamsUi } from '../../state/teamsUi';
import { Button } from '../../ui/Button';
import styles from './TeamsPage.module.css';

export function TeamCard({ team, size }: { team: Team; size: TeamSize | undefined }) {
  const openEditor = useTeamsUi((s) => s.openEditor);
  const askToDelete = useTeamsUi((s) => s.askToDelete);
  const headingId = `team-${team.id}`;
  const headcount = size?.headcount ?? 0;
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.cardTitle}>
        {team.name}
      </h2>
      {team.service ? <p className={styles.service}>Owns: {team.service}</p> : null}
      {team.mission ? <p className={styles.mission}>{team.mission}</p> : null}
      <p className={styles.size}>
        {headcount} {headcount === 1 ? 'person' : 'people'} · {formatFte(size?.fte ?? 0)} FTE
      </p>
      <div className={styles.cardActions}>
        <Button variant="ghost" aria-label={`Rename ${team.name}`} onClick={() => openEditor({ mode: 'edit', teamId: team.id })}>
          Rename
        </Button>
        <Button variant="ghost" aria-label={`Delete ${team.name}`} onClick={() => askToDelete(team.id)}>
          Delete
        </Button>
      </div>
    </article>
  );
}
