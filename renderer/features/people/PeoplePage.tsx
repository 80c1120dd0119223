import { useMemo } from 'react';
import { useDepartments, usePeople, usePlanMemberships, useTeams } from '../../db';
import { useSelectedPlanId } from '../../state/selection';
import { PageHeader } from '../../ui/PageHeader';
import { peopleRows } from './peopleRows';
import styles from './PeoplePage.module.css';

export function PeoplePage() {
  const planId = useSelectedPlanId();
  const people = usePeople();
  const departments = useDepartments();
  const teams = useTeams(planId);
  const memberships = usePlanMemberships(planId);
  const rows = useMemo(
    () => (people && departments && teams && memberships ? peopleRows(people, departments, teams, memberships) : undefined),
    [people, departments, teams, memberships],
  );

  return (
    <>
      <PageHeader
        title="People"
        summary={rows ? `${rows.length} ${rows.length === 1 ? 'person' : 'people'} in the directory` : 'Loading people…'}
      />
      {rows && rows.length === 0 ? (
        <p className={styles.empty}>No people yet. Load the sample organisation from the Teams page to see a directory.</p>
      ) : null}
      {rows && rows.length > 0 ? (
        <table className={styles.table}>
          <caption className="visually-hidden">People directory</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Title</th>
              <th scope="col">Department</th>
              <th scope="col">Teams</th>
              <th scope="col">Allocated</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td>{row.title}</td>
                <td>{row.department}</td>
                <td>{row.teams}</td>
                <td>{row.allocation}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
