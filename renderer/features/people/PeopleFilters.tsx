import type { Department, Role, Team } from '../../../shared/model';
import { usePeopleUi } from '../../state/peopleUi';
import { Button } from '../../ui/Button';
import { LongSelectField } from '../../ui/LongSelectField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import styles from './PeoplePage.module.css';

export function PeopleFilters({ departments, roles, teams }: { departments: readonly Department[]; roles: readonly Role[]; teams: readonly Team[] }) {
  const filter = usePeopleUi((s) => s.filter);
  const setFilter = usePeopleUi((s) => s.setFilter);
  const clearFilter = usePeopleUi((s) => s.clearFilter);
  const active = Boolean(filter.query || filter.departmentId || filter.roleId || filter.teamId || filter.status);
  return (
    <div role="search" className={styles.filters} aria-label="Filter people">
      <TextField
        label="Search people"
        type="search"
        placeholder="Name, title, email or department"
        value={filter.query}
        onChange={(event) => setFilter({ query: event.target.value })}
        className={styles.search}
      />
      <SelectField
        label="Department"
        value={filter.departmentId}
        onChange={(event) => setFilter({ departmentId: event.target.value })}
        options={[{ value: '', label: 'All departments' }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
      />
      <SelectField
        label="Role"
        value={filter.roleId}
        onChange={(event) => setFilter({ roleId: event.target.value })}
        options={[{ value: '', label: 'All roles' }, ...roles.map((r) => ({ value: r.id, label: r.name }))]}
      />
      <LongSelectField
        label="Team"
        value={filter.teamId}
        onChange={(event) => setFilter({ teamId: event.target.value })}
        options={[{ value: '', label: 'All teams' }, ...teams.map((t) => ({ value: t.id, label: t.name }))]}
      />
      <SelectField
        label="Allocation"
        value={filter.status ?? ''}
        onChange={(event) => setFilter({ status: event.target.value as NonNullable<typeof filter.status> })}
        options={[
          { value: '', label: 'Everyone' },
          { value: 'over', label: 'Over-allocated (over 100%)' },
          { value: 'unassigned', label: 'Unassigned (on no team)' },
          { value: 'shared', label: 'Shared (on 2 teams or more)' },
        ]}
      />
      <Button variant="ghost" onClick={clearFilter} disabled={!active}>
        Clear filters
      </Button>
    </div>
  );
}
