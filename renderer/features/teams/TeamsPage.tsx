import { useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { useShownAgain } from '../../ui/useShownAgain';
import type { Team } from '../../../shared/model';
import { teamDepartment } from '../../../shared/charts';
import {
  useDepartments,
  useDerived,
  useLayoutPreference,
  usePeople,
  usePlanFormerPeople,
  usePlanHealth,
  usePlanMemberships,
  useRoles,
  useSettings,
  useTeams,
  useTeamGroups,
  useTeamSizes,
  useWorkspaceIsEmpty,
  usePlan,
} from '../../db';
import { useScenariosUi } from '../../state/scenariosUi';
import { useSelectedPlanId } from '../../state/selection';
import { useTeamsUi, type BoardDensity } from '../../state/teamsUi';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useReadyMark } from '../../ui/useReadyMark';
import { AddMemberDialog } from './AddMemberDialog';
import { BoardDragAndDrop } from './BoardDragAndDrop';
import type { BoardGrouping } from './boardRows';
import { boardGroupsByTeam } from './boardGroups';
import { planMemberIndex } from './cardMembers';
import { DeleteTeamDialog } from './DeleteTeamDialog';
import { DirectoryPanel, type DirectoryEntry } from './DirectoryPanel';
import { EmptyWorkspace } from './EmptyWorkspace';
import { OrganisationSummary } from './OrganisationSummary';
import { TeamEditorDialog } from './TeamEditorDialog';
import { teamBoardSummary } from './teamBoardSummary';
import { VirtualTeamBoard } from './VirtualTeamBoard';
import styles from './TeamsPage.module.css';

const GROUPINGS = [
  { value: 'none', label: 'No grouping' },
  { value: 'department', label: 'Department' },
  { value: 'champion', label: 'Executive champion' },
  { value: 'group', label: 'Team group' },
];

export function TeamsPage() {
  const planId = useSelectedPlanId();
  const isDraft = usePlan(planId)?.kind === 'draft';
  const openScenario = useScenariosUi((s) => s.open);
  const { search } = useLocation();
  const teams = useTeams(planId);
  const memberships = usePlanMemberships(planId);
  const people = usePeople();
  // An archived plan keeps showing people deleted since (history): "Ana Lima (removed)".
  const formerPeople = usePlanFormerPeople(planId);
  const roles = useRoles();
  const settings = useSettings();
  const departments = useDepartments();
  const sizes = useTeamSizes(memberships);
  const health = usePlanHealth(planId);
  const isEmpty = useWorkspaceIsEmpty();
  const openEditor = useTeamsUi((s) => s.openEditor);
  const [density, setDensity] = useLayoutPreference('boardDensity', 'compact');
  const [grouping, setGrouping] = useLayoutPreference('boardGrouping', 'none');
  const [teamQuery, setTeamQuery] = useState('');
  // Coming back to the board shows every team (a team just split or created is never hidden by an old search).
  useShownAgain(() => setTeamQuery(''));
  const shownTeams = useMemo(() => {
    const words = teamQuery.toLowerCase().split(/\s+/).filter(Boolean);
    if (!teams || words.length === 0) return teams ?? [];
    return teams.filter((t) => words.every((w) => `${t.name} ${t.services.join(' ')}`.toLowerCase().includes(w)));
  }, [teams, teamQuery]);
  useReadyMark('teamshape:teams-ready', Boolean(teams && health));

  // Shared across visits of the board: computed again only when people or memberships change.
  const { directory, peopleById, allocations } = useDerived(`board-directory:${planId}`, [people, memberships, formerPeople], () => {
    const totals = new Map<string, number>();
    for (const m of memberships ?? []) if (m.personId !== null) totals.set(m.personId, (totals.get(m.personId) ?? 0) + m.allocation);
    const entries: DirectoryEntry[] = (people ?? []).map((person) => ({ person, allocation: totals.get(person.id) ?? 0 }));
    return { directory: entries, peopleById: new Map([...formerPeople, ...(people ?? [])].map((p) => [p.id, p])), allocations: totals };
  });
  const memberIndex = useDerived(`board-members:${planId}`, [memberships], () => planMemberIndex(memberships ?? []));
  const summary = useDerived(`board-summary:${planId}`, [teams, memberships], () =>
    teams && memberships ? teamBoardSummary(teams, memberships) : 'Loading teams…',
  );
  // A team's department: the (business) department giving it the most time; computed only when grouping by it.
  const teamDepartments = useDerived(`board-departments:${planId}:${grouping}`, [memberIndex, people, departments], () => {
    if (grouping !== 'department' || !departments) return new Map<string, string | null>();
    const byId = new Map(departments.map((d) => [d.id, d]));
    const result = new Map<string, string | null>();
    for (const [teamId, list] of memberIndex.byTeam) {
      const members = list.flatMap((m) => (m.personId ? [{ departmentId: peopleById.get(m.personId)?.departmentId ?? null, allocation: m.allocation }] : []));
      result.set(teamId, teamDepartment(members, byId));
    }
    return result;
  });
  const teamGroups = useTeamGroups(planId);
  // Team groups with their health (people and teams against the group's limits): once per group, only when grouping by them.
  const groupsByTeam = useDerived(`board-groups:${planId}:${grouping}`, [teamGroups, teams, memberIndex], () =>
    grouping === 'group' && teamGroups && teams ? boardGroupsByTeam(teamGroups, teams, memberIndex.byTeam) : null,
  );
  // The same function across visits while its inputs stay the same, so the board's rows are kept too.
  const groupOf = useDerived(`board-group-of:${planId}:${grouping}`, [peopleById, teamDepartments, departments, groupsByTeam], () => (team: Team) => {
    if (grouping === 'group') {
      const group = groupsByTeam?.get(team.id);
      return group ? { id: group.id, name: group.name, health: { detail: group.detail, verdict: group.verdict } } : null;
    }
    if (grouping === 'champion') {
      const champion = team.championId ? peopleById.get(team.championId) : undefined;
      return champion ? { id: champion.id, name: champion.name } : null;
    }
    const departmentId = teamDepartments.get(team.id);
    const department = departmentId ? departments?.find((d) => d.id === departmentId) : undefined;
    return department ? { id: department.id, name: department.name } : null;
  });

  return (
    <BoardDragAndDrop people={peopleById} allocations={allocations}>
      <div className={styles.page}>
      <PageHeader
        title="Teams"
        summary={summary}
        actions={
          <>
            {isDraft && (teams?.length ?? 0) > 1 ? <Button onClick={() => openScenario({ kind: 'merge', planId, teamId: null })}>Merge teams…</Button> : null}
            {isDraft && (teams?.length ?? 0) > 0 ? <Button onClick={() => openScenario({ kind: 'split', planId, teamId: null })}>Split a team…</Button> : null}
            <Button variant="primary" onClick={() => openEditor({ mode: 'create' })}>
              New team
            </Button>
          </>
        }
      />
      {isEmpty ? <EmptyWorkspace /> : null}
      <div className={styles.layout}>
        <DirectoryPanel entries={directory} />
        <div className={styles.boardColumn}>
          {health && teams && teams.length > 0 ? <OrganisationSummary health={health} teams={teams} people={peopleById} search={search} /> : null}
          {teams && teams.length > 0 && roles && settings ? (
            <>
              <div className={styles.boardTools}>
                <TextField className={styles.findTeam} label="Find a team" type="search" value={teamQuery} onChange={(event) => setTeamQuery(event.target.value)} />
                <SelectField className={styles.tool} label="Group by" value={grouping} options={GROUPINGS} onChange={(event) => setGrouping(event.target.value as BoardGrouping)} />
                <fieldset className={styles.density}>
                  <legend>Density</legend>
                  {(['compact', 'comfortable'] as const satisfies readonly BoardDensity[]).map((value) => (
                    <label key={value} className={density === value ? styles.densityOn : undefined}>
                      <input type="radio" name="board-density" value={value} checked={density === value} onChange={() => setDensity(value)} />
                      {value === 'compact' ? 'Compact' : 'Comfortable'}
                    </label>
                  ))}
                </fieldset>
                <p role="status" className={styles.shown}>
                  {shownTeams.length === teams.length ? '' : `Showing ${shownTeams.length.toLocaleString('en')} of ${teams.length.toLocaleString('en')} teams`}
                </p>
              </div>
              <p id="board-drag-help" className={styles.dragHelp}>
                Drag a member to another team to move them; hold Alt or Shift as you drop to share them instead. Ctrl/⌘+click (or x) picks several to move
                together. Keyboard: Space picks up, arrow keys choose a team, Space drops.
              </p>
              <VirtualTeamBoard
                teams={shownTeams}
                sizes={sizes}
                health={health}
                index={memberIndex}
                roles={roles}
                peopleById={peopleById}
                settings={settings}
                density={density}
                grouping={grouping}
                groupOf={groupOf}
              />
            </>
          ) : null}
        </div>
      </div>
      </div>
      <TeamEditorDialog planId={planId} />
      <DeleteTeamDialog />
      <AddMemberDialog planId={planId} />
    </BoardDragAndDrop>
  );
}
