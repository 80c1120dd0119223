import type { Team } from '../../../shared/model';
import { LongSelectField } from '../../ui/LongSelectField';

/** Shows only the objectives a team owns or shares; kept in the URL (?team=…). */
export function TeamFilter({ teams, teamId, onChange }: { teams: readonly Team[]; teamId: string | null; onChange: (teamId: string | null) => void }) {
  const options = [{ value: '', label: 'All teams' }, ...teams.map((t) => ({ value: t.id, label: t.name }))];
  return (
    <LongSelectField label="Team" value={teamId ?? ''} options={options} onChange={(event) => onChange(event.target.value || null)} />
  );
}
