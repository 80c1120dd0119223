import { useId } from 'react';
import type { UnknownTeam, UnknownTeamChoice } from '../../../shared/import/unknownTeams';
import { UserText } from '../../ui/UserText';
import { plural } from './okrFormat';
import styles from './OutlinePaste.module.css';

const encode = (choice: UnknownTeamChoice) => (choice.kind === 'existing' ? `existing:${choice.teamId}` : choice.kind);
const decode = (value: string): UnknownTeamChoice => (value.startsWith('existing:') ? { kind: 'existing', teamId: value.slice('existing:'.length) } : value === 'create' ? { kind: 'create' } : { kind: 'leave' });

/**
 * Owner teams the text names that no team of the workspace matches: for each, create it with the
 * objectives, take an existing team instead, or leave it out. Nothing is created before saving.
 */
export function UnknownTeamChoices({ unknown, teams, onChoose }: {
  unknown: readonly UnknownTeam[];
  teams: readonly { id: string; name: string }[];
  onChoose: (key: string, choice: UnknownTeamChoice) => void;
}) {
  const id = useId();
  if (unknown.length === 0) return null;
  return (
    <fieldset className={styles.unknownTeams}>
      <legend>
        {plural(unknown.length, 'team')} named in the text {unknown.length === 1 ? 'is' : 'are'} not in this workspace
      </legend>
      <p className={styles.unknownHint}>Create each with the objectives (one undo removes both), use an existing team instead, or leave it out.</p>
      {unknown.map((team, index) => (
        <div key={team.key} className={styles.unknownTeam}>
          <label htmlFor={`${id}-${index}`}>
            “<UserText>{team.name}</UserText>” <span className={styles.typed}>(line {team.lines.join(', ')})</span>
          </label>
          <select id={`${id}-${index}`} value={encode(team.choice)} onChange={(e) => onChoose(team.key, decode(e.target.value))}>
            <option value="create">Create team “{team.name}”</option>
            <option value="leave">Leave it out</option>
            {teams.length > 0 ? (
              <optgroup label="Use an existing team">
                {teams.map((t) => (
                  <option key={t.id} value={`existing:${t.id}`}>
                    {t.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
