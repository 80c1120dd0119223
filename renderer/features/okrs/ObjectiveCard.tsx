import { plural } from './okrFormat';
import { okrPaths, useOkrLink } from './okrLinks';
import type { ObjectiveRow, TeamRef } from './okrBoard';
import { ObjectiveProgress } from './ObjectiveProgress';
import { KeyResultSummaryList } from './KeyResultSummaryList';
import styles from './ObjectiveList.module.css';
import okr from './Okr.module.css';
import { UserText } from '../../ui/UserText';
import { HashLink } from '../../ui/HashLink';

export function TeamLinks({ teams }: { teams: readonly TeamRef[] }) {
  const link = useOkrLink();
  return (
    <>
      {teams.map((team, index) => (
        <span key={team.id}>
          {index === 0 ? '' : index === teams.length - 1 ? ' and ' : ', '}
          {team.live ? <HashLink to={link(okrPaths.team(team.id))}><UserText>{team.name}</UserText></HashLink> : <UserText>{team.name}</UserText>}
        </span>
      ))}
    </>
  );
}

function Owners({ owners, fromTeamId }: { owners: readonly TeamRef[]; fromTeamId: string | undefined }) {
  const others = owners.filter((team) => team.id !== fromTeamId);
  if (fromTeamId && others.length < owners.length) {
    return others.length === 0 ? <>Owned by this team alone</> : <>Shared with <TeamLinks teams={others} /></>;
  }
  return (
    <>
      {owners.length > 1 ? 'Shared by ' : 'Owned by '}
      <TeamLinks teams={owners} />
    </>
  );
}

/** One objective at a glance: owners, progress against pace, status and staleness. */
export interface ObjectiveCardProps {
  row: ObjectiveRow;
  expected: number;
  /** Seen from one team (its OKR view): a shared objective names the other owners. */
  fromTeamId?: string;
  /** Show its key results unfolded (a short list); otherwise one click or Enter away. */
  keyResultsOpen?: boolean;
  /** Given, the caller keeps whether the key results are unfolded (`keyResultsOpen`), so a card shown again shows them as the user left them. */
  onKeyResultsOpenChange?: (open: boolean) => void;
}

export function ObjectiveCard({ row, expected, fromTeamId, keyResultsOpen = false, onKeyResultsOpenChange }: ObjectiveCardProps) {
  const link = useOkrLink();
  const { objective, assessment } = row;
  const headingId = `objective-${objective.id}`;
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.title}>
        <HashLink to={link(okrPaths.objective(objective.id))}><UserText>{objective.title}</UserText></HashLink>
      </h2>
      <p className={styles.meta}>
        <Owners owners={row.owners} fromTeamId={fromTeamId} /> · {objective.kind === 'aspirational' ? 'Aspirational' : 'Committed'} ·{' '}
        {plural(assessment.keyResultCount, 'key result')}
        {objective.score ? ` · Score ${objective.score.value.toFixed(2)}` : ''}
      </p>
      {row.parentTitle ? <p className={okr.note}>Contributes to “{row.parentTitle}”</p> : null}
      {assessment.progress === null ? <p className={okr.note}>No key results yet: add some to measure this objective.</p> : null}
      <ObjectiveProgress title={objective.title} assessment={assessment} expected={expected} />
      {assessment.disagreementCount > 0 ? (
        <p className={okr.warnNote}>
          Confidence and numbers disagree on {plural(assessment.disagreementCount, 'key result')}
        </p>
      ) : null}
      <KeyResultSummaryList
        objectiveTitle={objective.title}
        rows={row.keyResults}
        defaultOpen={keyResultsOpen}
        open={onKeyResultsOpenChange ? keyResultsOpen : undefined}
        onOpenChange={onKeyResultsOpenChange}
      />
    </article>
  );
}
