import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { todayLocal } from '../../../shared/clock';
import { expectedProgress, organisationOkrSummary } from '../../../shared/rules';
import { useDerived } from '../../db';
import { useOkrSelection } from '../../state/okrSelection';
import { useOpenOnArrival } from '../../state/arrival';
import { Button } from '../../ui/Button';
import { KeptViews } from '../../ui/KeptViews';
import { useCommand } from '../../platform';
import { PageHeader } from '../../ui/PageHeader';
import { useReadyMark } from '../../ui/useReadyMark';
import { ClosePeriodButton } from './ClosePeriodButton';
import { CustomPeriodDialog } from './CustomPeriodDialog';
import { ObjectiveEditorDialog } from './ObjectiveEditorDialog';
import { ObjectiveList } from './ObjectiveList';
import { objectiveListRows, visibleObjectiveRows } from './objectiveListRows';
import { okrPaths, useOkrLink } from './okrLinks';
import { OkrSubnav } from './OkrSubnav';
import { percent, periodDates, plural } from './okrFormat';
import { PeriodPicker } from './PeriodPicker';
import { TeamFilter } from './TeamFilter';
import { useOkrBoard } from './useOkrBoard';
import { OkrImportDialog } from './OkrImportDialog';
import { OutlinePasteDialog } from './OutlinePasteDialog';
import { OkrExportButton } from './OkrExportButton';
import styles from './Okr.module.css';

export function OkrsPage() {
  const today = todayLocal();
  const { periodId, teamId, setPeriodId, setTeamId } = useOkrSelection(today);
  const board = useOkrBoard(periodId, today);
  const link = useOkrLink();
  // The menu's "New objective…" (and import, paste) arrive here with { open: … } in the navigation state.
  const [editing, setEditing] = useOpenOnArrival('objective.new');
  useCommand('objective.new', () => setEditing(true));
  const [addingPeriod, setAddingPeriod] = useState(false);
  const [importing, setImporting] = useOpenOnArrival('okrs.import');
  useCommand('okrs.import', () => setImporting(true));
  const [pasting, setPasting] = useOpenOnArrival('okrs.paste');
  useCommand('okrs.paste', () => setPasting(true));

  // Kept across visits and period switches (per period and team): going back to a quarter costs no pass over its objectives.
  const visible = useDerived(`okr-visible:${periodId}:${teamId ?? ''}`, [board], () => (board ? visibleObjectiveRows(board.rows, teamId) : undefined));
  const listRows = useDerived(`okr-list-rows:${periodId}:${teamId ?? ''}`, [visible], () => (visible ? objectiveListRows(visible) : []));
  const organisation = useDerived(`okr-summary:${periodId}`, [board], () => (board ? organisationOkrSummary(board.rows.map((r) => r.objective), board.teams) : undefined));
  const period = board?.period;
  useReadyMark('teamshape:okrs-ready', Boolean(board));
  const summary = useMemo(() => {
    if (!board || !visible) return 'Loading objectives…';
    if (!period) return 'This period does not exist: choose another one.';
    const org = organisation!;
    const counts = `${plural(org.objectiveCount, 'objective')}, ${org.sharedCount} shared by two or more teams`;
    const filter = teamId ? ` · showing ${visible.length} that ${board.teams.find((t) => t.id === teamId)?.name ?? 'this team'} owns or shares` : '';
    return `${period.name} · ${periodDates(period)} · ${counts}${filter}`;
  }, [board, visible, period, teamId, organisation]);

  return (
    <>
      <PageHeader
        title="OKRs"
        summary={summary}
        actions={
          <>
            <Button onClick={() => setPasting(true)}>Paste OKRs…</Button>
            <Button onClick={() => setImporting(true)}>Import OKRs…</Button>
            <OkrExportButton />
            <Button variant="primary" onClick={() => setEditing(true)}>
              New objective
            </Button>
          </>
        }
      />
      <OkrSubnav />
      <div className={styles.toolbar}>
        <PeriodPicker today={today} periodId={periodId} onChange={setPeriodId} />
        <TeamFilter teams={board?.teams ?? []} teamId={teamId} onChange={setTeamId} />
        {teamId ? (
          <p className={styles.toolbarLink}>
            <Link to={link(okrPaths.team(teamId))}>Open this team’s OKR view</Link>
          </p>
        ) : null}
        <div>
          <Button onClick={() => setAddingPeriod(true)}>New custom period</Button>
        </div>
        {period ? (
          <div>
            <ClosePeriodButton period={period} today={today} />
          </div>
        ) : null}
      </div>
      {visible && period && visible.length === 0 ? (
        <p className={styles.empty}>
          {teamId ? 'This team owns no objective in this period.' : `No objectives in ${period.name} yet.`} Create one with “New objective”: choose two
          or more owner teams to share it.
        </p>
      ) : null}
      {period && listRows.length > 0 ? (
        <p className={styles.legend}>Each bar shows progress; its mark shows the progress expected by today ({percent(expectedProgress(period, today))} of the period).</p>
      ) : null}
      {/* The last few periods' lists stay mounted: switching to the previous quarter and back rebuilds neither. */}
      <KeptViews viewKey={`${periodId}|${teamId ?? ''}`}>{period && listRows.length > 0 ? <ObjectiveList rows={listRows} expected={expectedProgress(period, today)} /> : null}</KeptViews>
      <ObjectiveEditorDialog open={editing} onOpenChange={setEditing} objective={null} today={today} periodId={periodId} teamId={teamId} />
      <CustomPeriodDialog open={addingPeriod} onOpenChange={setAddingPeriod} onCreated={setPeriodId} />
      <OkrImportDialog open={importing} onOpenChange={setImporting} />
      <OutlinePasteDialog open={pasting} onOpenChange={setPasting} today={today} periodId={periodId} teamId={teamId} />
    </>
  );
}
