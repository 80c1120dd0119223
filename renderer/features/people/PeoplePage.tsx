import { useDeferredValue, useMemo } from 'react';
import { useDepartments, useDerived, usePeople, usePlan, usePlanMemberships, useRoles, useSettings, useTeams } from '../../db';
import { countOf, thousands } from '../../../shared/import';
import { usePeopleUi } from '../../state/peopleUi';
import { useSelectedPlanId } from '../../state/selection';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { useReadyMark } from '../../ui/useReadyMark';
import { filterPeople, sortPeople } from './filterPeople';
import { PersonTeamsDialog } from './PersonTeamsDialog';
import { peopleRows } from './peopleRows';
import { PeopleFilters } from './PeopleFilters';
import { PeopleList } from './PeopleList';
import { PersonEditorDialog } from './PersonEditorDialog';
import { RemovePersonDialog } from './RemovePersonDialog';
import { RosterImportDialog } from './RosterImportDialog';
import { MembershipImportDialog } from './MembershipImportDialog';
import styles from './PeoplePage.module.css';

export function PeoplePage() {
  const planId = useSelectedPlanId();
  const people = usePeople();
  const departments = useDepartments();
  const roles = useRoles();
  const teams = useTeams(planId);
  const memberships = usePlanMemberships(planId);
  const filter = usePeopleUi((s) => s.filter);
  const sort = usePeopleUi((s) => s.sort);
  const openEditor = usePeopleUi((s) => s.openEditor);
  const setImportOpen = usePeopleUi((s) => s.setImportOpen);
  const setMembershipImportOpen = usePeopleUi((s) => s.setMembershipImportOpen);
  const settings = useSettings();
  const plan = usePlan(planId);
  // After a large change (50,000 people imported) the rows are rebuilt in a render of their own,
  // not in the task that takes the change in.
  const rowsPeople = useDeferredValue(people);
  const rows = useDerived(`people-rows:${planId}`, [rowsPeople, departments, teams, memberships, roles], () =>
    rowsPeople && departments && teams && memberships && roles ? peopleRows(rowsPeople, departments, teams, memberships, roles) : undefined,
  );
  const visible = useMemo(() => (rows ? sortPeople(filterPeople(rows, filter), sort) : undefined), [rows, filter, sort]);
  useReadyMark('teamshape:people-ready', Boolean(visible));

  const summary = !rows
    ? 'Loading people…'
    : visible && visible.length !== rows.length
      ? `Showing ${thousands(visible.length)} of ${countOf(rows.length, 'person', 'people')}`
      : `${countOf(rows.length, 'person', 'people')} in the directory`;

  return (
    <div className={styles.page}>
      <PageHeader
        title="People"
        summary={<span role="status">{summary}</span>}
        actions={
          <>
            <Button onClick={() => setImportOpen(true)}>Import people</Button>
            <Button onClick={() => setMembershipImportOpen(true)}>Import team memberships</Button>
            <Button variant="primary" onClick={() => openEditor({ mode: 'create' })}>
              Add person
            </Button>
          </>
        }
      />
      <PeopleFilters departments={departments ?? []} roles={roles ?? []} teams={teams ?? []} />
      {rows && rows.length === 0 ? (
        <p className={styles.empty}>No people yet. Add people one by one, import a CSV roster, or load the sample organisation from the Teams page.</p>
      ) : null}
      {visible && rows && rows.length > 0 ? <PeopleList rows={visible} /> : null}
      <PersonEditorDialog departments={departments ?? []} />
      <PersonTeamsDialog memberships={memberships ?? []} teams={teams ?? []} roles={roles ?? []} />
      <RemovePersonDialog rows={rows ?? []} />
      <RosterImportDialog departments={departments ?? []} people={people ?? []} />
      <MembershipImportDialog
        planId={planId}
        planName={plan?.name ?? 'the selected plan'}
        people={people ?? []}
        teams={teams ?? []}
        roles={roles ?? []}
        memberships={memberships ?? []}
        settings={settings}
      />
    </div>
  );
}
