import { useMemo, useState } from 'react';
import { useDerived, usePeople, usePlanHealth, usePlanMemberships, useTeams, useTeamSizes, useWorkspaceIsEmpty } from '../../db';
import { useSelectedPlanId } from '../../state/selection';
import { useTeamsUi } from '../../state/teamsUi';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { useReadyMark } from '../../ui/useReadyMark';
import { AddMemberDialog } from './AddMemberDialog';
import { BoardDragAndDrop } from './BoardDragAndDrop';
import { DeleteTeamDialog } from './DeleteTeamDialog';
import { DirectoryPanel, type DirectoryEntry } from './DirectoryPanel';
import { EmptyWorkspace } from './EmptyWorkspace';
import { OrganisationSummary } from './OrganisationSummary';
import { TeamEditorDialog } from './TeamEditorDialog';
import { teamBoardSummary } from './teamBoardSummary';
import { VirtualTeamBoard } from './VirtualTeamBoard';
import { TextField } from '../../ui/TextField';
import styles from './TeamsPage.module.css';

export function TeamsPage() {
  const planId = useSelectedPlanId();
  const teams = useTeams(planId);
  const memberships = usePlanMemberships(planId);
  const people = usePeople();
  const sizes = useTeamSizes(memberships);
  const health = usePlanHealth(planId);
  const isEmpty = useWorkspaceIsEmpty();
  const openEditor = useTeamsUi((s) => s.openEditor);
  const [teamQuery, setTeamQuery] = useState('');
  const shownTeams = useMemo(() => {
    const words = teamQuery.toLowerCase().split(/\s+/).filter(Boolean);
    if (!teams || words.length === 0) return teams ?? [];
    return teams.filter((t) => words.every((w) => `${t.name} ${t.service}`.toLowerCase().includes(w)));
  }, [teams, teamQuery]);
  useReadyMark('teamshape:teams-ready', Boolean(teams && health));

  // Shared across visits of the board: computed again only when people or memberships change.
  const { directory, peopleById, allocations } = useDerived(`board-directory:${planId}`, [people, memberships], () => {
    const totals = new Map<string, number>();
    for (const m of memberships ?? []) if (m.personId !== null) totals.set(m.personId, (totals.get(m.personId) ?? 0) + m.allocation);
    const entries: DirectoryEntry[] = (people ?? []).map((person) => ({ person, allocation: totals.get(person.id) ?? 0 }));
    return { directory: entries, peopleById: new Map((people ?? []).map((p) => [p.id, p])), allocations: totals };
  });
  const summary = useDerived(`board-summary:${planId}`, [teams, memberships], () =>
    teams && memberships ? teamBoardSummary(teams, memberships) : 'Loading teams…',
  );

  return (
    <BoardDragAndDrop people={peopleById} allocations={allocations}>
      <div className={styles.layout}>
        <DirectoryPanel entries={directory} />
        <div className={styles.boardColumn}>
          <PageHeader
            title="Teams"
            summary={summary}
            actions={
              <Button variant="primary" onClick={() => openEditor({ mode: 'create' })}>
                New team
              </Button>
            }
          />
          {isEmpty ? <EmptyWorkspace /> : null}
          {health && teams && teams.length > 0 ? <OrganisationSummary health={health} teams={teams} /> : null}
          {teams && teams.length > 0 ? (
            <>
              <div className={styles.boardTools}>
                <TextField label="Find a team" type="search" value={teamQuery} onChange={(event) => setTeamQuery(event.target.value)} />
                <p role="status" className={styles.service}>
                  {shownTeams.length === teams.length ? '' : `Showing ${shownTeams.length} of ${teams.length} teams`}
                </p>
              </div>
              <VirtualTeamBoard teams={shownTeams} sizes={sizes} health={health} />
            </>
          ) : null}
        </div>
      </div>
      <TeamEditorDialog planId={planId} />
      <DeleteTeamDialog />
      <AddMemberDialog planId={planId} />
    </BoardDragAndDrop>
  );
}
