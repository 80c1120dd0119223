import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { todayLocal } from '../../../shared/clock';
import { LIVE_PLAN_ID, type KeyResult } from '../../../shared/model';
import { expectedProgress, suggestedScore } from '../../../shared/rules';
import { deleteObjective, useDb, useObjectiveOkrs, useRecordedPersonNames, useRecordedTeamNames, useSettings, useTeams } from '../../db';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageHeader } from '../../ui/PageHeader';
import { PresenceNote } from '../../ui/PresenceNote';
import { FieldHistory } from '../../ui/FieldHistory';
import { DuplicateObjectiveDialog } from './DuplicateObjectiveDialog';
import { KeyResultEditorDialog } from './KeyResultEditorDialog';
import { KeyResultItem, type KeyResultAction } from './KeyResultItem';
import { MoveKeyResultDialog } from './MoveKeyResultDialog';
import { ObjectiveEditorDialog } from './ObjectiveEditorDialog';
import { okrBoard, teamRefs } from './okrBoard';
import { ObjectiveSummary } from './ObjectiveSummary';
import { okrPaths } from './okrLinks';
import { ScoreKeyResultDialog, type ScoreTarget } from './ScoreKeyResultDialog';
import { DeleteKeyResultDialog } from './DeleteKeyResultDialog';
import styles from './ObjectivePage.module.css';
import { isolateBidi } from '../../../shared/bidi';

type ObjectiveDialog = 'edit' | 'duplicate' | 'delete' | 'addKeyResult' | null;

export function ObjectivePage() {
  const { objectiveId } = useParams();
  const today = todayLocal();
  const db = useDb();
  const navigate = useNavigate();
  const data = useObjectiveOkrs(objectiveId);
  const teams = useTeams(LIVE_PLAN_ID);
  const settings = useSettings();
  const personNames = useRecordedPersonNames();
  const recordedTeamNames = useRecordedTeamNames();
  const [dialog, setDialog] = useState<ObjectiveDialog>(null);
  const [editing, setEditing] = useState<KeyResult | null>(null);
  const [moving, setMoving] = useState<KeyResult | null>(null);
  const [deleting, setDeleting] = useState<KeyResult | null>(null);
  const [scoring, setScoring] = useState<ScoreTarget | null>(null);

  const row = useMemo(() => {
    if (!data || !teams || !settings) return undefined;
    const outsideParents = data.parent ? new Map([[data.parent.id, data.parent]]) : new Map();
    return okrBoard({ ...data, objectives: [data.objective], outsideParents }, teams, settings, today, personNames, recordedTeamNames)[0];
  }, [data, teams, settings, today, personNames, recordedTeamNames]);

  if (data === null) {
    return (
      <>
        <PageHeader title="Objective not found" summary="It may have been deleted. Its key results and check-ins were deleted with it." />
        <Link to="/okrs">Back to all objectives</Link>
      </>
    );
  }
  if (!data || !row || !teams) return <p>Loading objective…</p>;

  const { objective, period } = data;
  const listLink = { pathname: okrPaths.list, search: `?period=${encodeURIComponent(objective.periodId)}` };
  const teamNames = new Map(teams.map((t) => [t.id, t.name]));
  const nextSortOrder = data.keyResults.reduce((max, kr) => Math.max(max, kr.sortOrder + 10), 0);
  const onAction = (kr: KeyResult, suggested: number) => (action: KeyResultAction) => {
    if (action === 'edit') setEditing(kr);
    if (action === 'move') setMoving(kr);
    if (action === 'delete') setDeleting(kr);
    if (action === 'score') setScoring({ keyResult: kr, suggested });
  };

  return (
    <>
      <Link className={styles.back} to={listLink}>
        ← All objectives of {period?.name ?? 'this period'}
      </Link>
      <PageHeader
        title={isolateBidi(objective.title)}
        summary={`${period?.name ?? 'Unknown period'} · ${objective.kind === 'aspirational' ? 'Aspirational' : 'Committed'} objective`}
        actions={
          <>
            <Button onClick={() => setDialog('edit')}>Edit</Button>
            {period ? <Button onClick={() => setDialog('duplicate')}>Duplicate to next period</Button> : null}
            <Button variant="danger" onClick={() => setDialog('delete')}>
              Delete
            </Button>
          </>
        }
      />
      <PresenceNote table="objectives" id={objective.id} />
      <FieldHistory table="objectives" record={objective as never} />
      <ObjectiveSummary row={row} parent={data.parent} expected={period ? expectedProgress(period, today) : 0} />
      <section className={styles.section} aria-labelledby="key-results-title">
        <div className={styles.sectionHeader}>
          <h2 id="key-results-title">Key results</h2>
          <Button variant="primary" onClick={() => setDialog('addKeyResult')}>
            Add key result
          </Button>
        </div>
        {row.keyResults.length === 0 ? <p>No key results yet: add two to five measurable results that show the objective is achieved.</p> : null}
        <ul className={styles.keyResults} aria-label="Key results">
          {row.keyResults.map((kr) => {
            const suggested = suggestedScore(kr.assessment.progress);
            return (
              <li key={kr.keyResult.id}>
                <KeyResultItem
                  row={kr}
                  contributors={teamRefs(kr.keyResult.contributingTeamIds, teamNames, recordedTeamNames)}
                  suggestedScore={suggested}
                  onAction={onAction(kr.keyResult, suggested)}
                />
              </li>
            );
          })}
        </ul>
      </section>
      <ObjectiveEditorDialog open={dialog === 'edit'} onOpenChange={(open) => setDialog(open ? 'edit' : null)} objective={objective} today={today} periodId={objective.periodId} />
      {period ? (
        <DuplicateObjectiveDialog open={dialog === 'duplicate'} onOpenChange={(open) => setDialog(open ? 'duplicate' : null)} objective={objective} period={period} today={today} />
      ) : null}
      <KeyResultEditorDialog open={dialog === 'addKeyResult' || editing !== null} onOpenChange={(open) => (open ? undefined : (setDialog(null), setEditing(null)))} objectiveId={objective.id} keyResult={editing} nextSortOrder={nextSortOrder} />
      <MoveKeyResultDialog keyResult={moving} periodId={objective.periodId} onClose={() => setMoving(null)} />
      <DeleteKeyResultDialog keyResult={deleting} onClose={() => setDeleting(null)} />
      <ScoreKeyResultDialog target={scoring} onClose={() => setScoring(null)} />
      <ConfirmDialog
        open={dialog === 'delete'}
        onOpenChange={(open) => setDialog(open ? 'delete' : null)}
        title={`Delete ${isolateBidi(objective.title)}?`}
        confirmLabel="Delete objective"
        onConfirm={() => void deleteObjective(db, objective.id).then(() => navigate(listLink))}
      >
        <p>
          Its {data.keyResults.length} key results and all their check-ins are deleted too. Objectives that contribute to it stay, no longer
          aligned to anything. A backup made before now still contains it.
        </p>
      </ConfirmDialog>
    </>
  );
}
