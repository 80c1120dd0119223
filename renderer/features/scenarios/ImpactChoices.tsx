import type { OkrImpactItem, RepointChoices } from '../../../shared/scenarios';
import type { Team } from '../../../shared/model';
import { UserText } from '../../ui/UserText';
import styles from './Scenarios.module.css';

const encode = (ids: readonly string[]) => ids.join(',');
const decode = (value: string) => (value === '' ? [] : value.split(','));
const UNCHOSEN = '?';

/**
 * The OKR impact of a promotion, each item with its proposed fix as a choice: the teams that
 * inherit the work, any other team of the draft, or none (a person-owned key result keeps its owner).
 */
export function ImpactChoices({ items, draftTeams, choices, onChoose }: {
  items: readonly OkrImpactItem[];
  draftTeams: readonly Team[];
  choices: RepointChoices;
  onChoose: (key: string, teamIds: string[]) => void;
}) {
  if (items.length === 0) return <p className={styles.muted}>No running objective or key result is owned by a team this draft splits, merges or removes.</p>;
  const name = new Map(draftTeams.map((t) => [t.id, t.name]));
  return (
    <ul className={`${styles.changeList} ${styles.impact}`} aria-label="OKR impact">
      {items.map((item) => {
        const chosen = choices[item.key];
        const value = chosen ? encode(chosen) : item.needsChoice ? UNCHOSEN : item.kind === 'key-result-owner-person' ? '' : encode(item.proposedTeamIds);
        const proposed = encode(item.proposedTeamIds);
        return (
          <li key={item.key}>
            <UserText>{item.text}</UserText>
            <label className={styles.choice}>
              <span>{item.kind === 'key-result-owner-person' ? 'Owner' : 'Re-point to'}</span>
              <select value={value} onChange={(e) => onChoose(item.key, decode(e.target.value))} aria-invalid={value === UNCHOSEN ? true : undefined}>
                {value === UNCHOSEN ? <option value={UNCHOSEN}>Choose…</option> : null}
                {item.kind === 'key-result-owner-person' ? <option value="">Keep the person as owner</option> : null}
                {item.proposedTeamIds.length > 1 && item.kind !== 'key-result-owner-team' && item.kind !== 'key-result-owner-person' ? (
                  <option value={proposed}>{item.proposedTeamIds.map((id) => name.get(id) ?? id).join(' + ')} (proposed)</option>
                ) : null}
                {draftTeams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                    {item.proposedTeamIds.length === 1 && item.proposedTeamIds[0] === team.id ? ' (proposed)' : ''}
                  </option>
                ))}
                {item.kind === 'key-result-contributing-team' ? <option value="">No team (stops contributing)</option> : null}
                {item.kind === 'key-result-owner-team' ? <option value="">No owner team</option> : null}
              </select>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
