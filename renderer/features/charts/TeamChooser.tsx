import { useMemo, useState } from 'react';
import type { Team } from '../../../shared/model';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import dialogStyles from '../../ui/Dialog.module.css';
import styles from './Charts.module.css';
import { UserText } from '../../ui/UserText';

interface TeamChooserProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  teams: readonly Team[];
  excluded: ReadonlySet<string>;
  onChange: (excluded: string[]) => void;
}

/** Which teams the chart (and its exports) include: a searchable checklist, applied as you tick. */
export function TeamChooser({ open, onOpenChange, teams, excluded, onChange }: TeamChooserProps) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return words.length === 0 ? teams : teams.filter((t) => words.every((w) => t.name.toLowerCase().includes(w)));
  }, [teams, query]);
  const included = teams.length - teams.filter((t) => excluded.has(t.id)).length;
  const toggle = (teamId: string, include: boolean) => {
    const next = new Set(excluded);
    if (include) next.delete(teamId);
    else next.add(teamId);
    onChange([...next]);
  };
  const setShown = (include: boolean) => {
    const next = new Set(excluded);
    for (const team of shown) {
      if (include) next.delete(team.id);
      else next.add(team.id);
    }
    onChange([...next]);
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Choose teams" description={`${included} of ${teams.length} teams are on the chart and in its exports.`}>
      <TextField label="Find a team" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      <div className={styles.chooserActions}>
        <Button variant="ghost" onClick={() => setShown(true)}>
          {query ? 'Include the teams found' : 'Include all'}
        </Button>
        <Button variant="ghost" onClick={() => setShown(false)}>
          {query ? 'Leave out the teams found' : 'Leave out all'}
        </Button>
      </div>
      <fieldset className={styles.teamList}>
        <legend className="visually-hidden">Teams on the chart</legend>
        {shown.map((team) => (
          <label key={team.id} className={styles.check}>
            <input type="checkbox" checked={!excluded.has(team.id)} onChange={(event) => toggle(team.id, event.target.checked)} />
            <UserText>{team.name}</UserText>
          </label>
        ))}
        {shown.length === 0 ? <p className={styles.muted}>No team matches “{query}”.</p> : null}
      </fieldset>
      <div className={dialogStyles.actions}>
        <Button variant="primary" onClick={() => onOpenChange(false)}>
          Done
        </Button>
      </div>
    </Dialog>
  );
}
