import { useDroppable } from '@dnd-kit/core';
import type { Team } from '../../../shared/model';
import { formatFte, type TeamHealth, type TeamSize } from '../../../shared/rules';
import { useTeamsUi } from '../../state/teamsUi';
import { Button } from '../../ui/Button';
import { VerdictBadge } from '../../ui/VerdictBadge';
import styles from './TeamsPage.module.css';
import { UserText } from '../../ui/UserText';
import { isolateBidi } from '../../../shared/bidi';

export function TeamCard({ team, size, health, search }: { team: Team; size: TeamSize | undefined; health: TeamHealth | undefined; search: string }) {
  const openEditor = useTeamsUi((s) => s.openEditor);
  const askToDelete = useTeamsUi((s) => s.askToDelete);
  const { setNodeRef, isOver } = useDroppable({ id: `team:${team.id}`, data: { teamId: team.id, name: team.name } });
  const headingId = `team-${team.id}`;
  const headcount = size?.headcount ?? 0;
  const problems = health?.findings.filter((f) => f.severity !== 'info') ?? [];
  return (
    <article ref={setNodeRef} className={isOver ? `${styles.card} ${styles.dropTarget}` : styles.card} aria-labelledby={headingId}>
      <div className={styles.cardHeader}>
        <h2 id={headingId} className={styles.cardTitle}>
          {/* A plain hash link: the router's <Link> looks up <base> per link, which costs 0.1 s on a 500-team board. */}
          <a href={`#/teams/${team.id}${search}`} className={styles.cardLink}>
            <UserText>{team.name}</UserText>
          </a>
        </h2>
        {health ? <VerdictBadge verdict={health.verdict} /> : null}
      </div>
      {team.service ? <p className={styles.service}>Owns: <UserText>{team.service}</UserText></p> : null}
      {team.mission ? <p className={styles.mission}><UserText>{team.mission}</UserText></p> : null}
      {problems.length > 0 ? (
        <ul className={styles.cardFindings} aria-label={`Findings for ${isolateBidi(team.name)}`}>
          {problems.slice(0, problems.length > 3 ? 2 : 3).map((f) => (
            <li key={f.id}><UserText>{f.title}</UserText></li>
          ))}
          {problems.length > 3 ? <li>and {problems.length - 2} more</li> : null}
        </ul>
      ) : null}
      <p className={styles.size}>
        {headcount} {headcount === 1 ? 'person' : 'people'} · {formatFte(size?.fte ?? 0)} FTE
      </p>
      <div className={styles.cardActions}>
        <Button variant="ghost" aria-label={`Rename ${isolateBidi(team.name)}`} onClick={() => openEditor({ mode: 'edit', teamId: team.id })}>
          Rename
        </Button>
        <Button variant="ghost" aria-label={`Delete ${isolateBidi(team.name)}`} onClick={() => askToDelete(team.id)}>
          Delete
        </Button>
      </div>
    </article>
  );
}
