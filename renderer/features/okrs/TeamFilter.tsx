import { memo, useMemo } from 'react';
import type { Team } from '../../../shared/model';
import { LongSelectField } from '../../ui/LongSelectField';

/**
 * Shows only the objectives a team owns or shares; kept in the URL (?team=…). Memoised: with 500
 * teams, rendering it again on every period switch would compare 501 options for nothing.
 */
export const TeamFilter = memo(function TeamFilter({ teams, teamId, onChange }: { teams: readonly Team[]; teamId: string | null; onChange: (teamId: string | null) => void }) {
  const options = useMemo(() => [{ value: '', label: 'All teams' }, ...teams.map((t) => ({ value: t.id, label: t.name }))], [teams]);
  return <LongSelectField label="Team" value={teamId ?? ''} options={options} onChange={(event) => onChange(event.target.value || null)} />;
});
