import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchChart, type ChartCardContent, type ChartSearchMatch } from '../../../shared/charts';
import { UserText } from '../../ui/UserText';
import formStyles from '../../ui/Form.module.css';
import styles from './Charts.module.css';

interface ChartSearchProps {
  cards: readonly ChartCardContent[];
  onPick: (match: ChartSearchMatch) => void;
}

/**
 * "Find a team or person": matches appear as you type; Enter flies to the first, the arrow keys
 * move through them, Escape clears. A combobox with a list of options, as screen readers expect.
 */
export function ChartSearch({ cards, onPick }: ChartSearchProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => searchChart(cards, query), [cards, query]);
  const pick = (match: ChartSearchMatch | undefined) => {
    if (!match) return;
    onPick(match);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(matches.length - 1, i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (event.key === 'Enter') pick(matches[active]);
    else if (event.key === 'Escape') {
      setQuery('');
      setOpen(false);
    } else return;
    event.preventDefault();
  };
  const showList = open && query.trim() !== '';
  return (
    <div className={styles.search}>
      <label htmlFor={`${id}-input`} className={formStyles.label}>
        Find a team or person
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        className={formStyles.input}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-activedescendant={showList && matches[active] ? `${id}-option-${active}` : undefined}
        aria-autocomplete="list"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {showList ? (
        <ul id={`${id}-list`} role="listbox" aria-label="Matches" className={styles.searchList}>
          {matches.length === 0 ? (
            <li role="option" aria-selected={false} aria-disabled="true" className={styles.searchEmpty}>
              No team or person matches “{query}”.
            </li>
          ) : (
            matches.map((match, index) => (
              <li
                key={`${match.kind}:${match.teamId}:${match.personId ?? ''}`}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? styles.searchActive : styles.searchOption}
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(match);
                }}
              >
                <UserText>{match.name}</UserText> <span className={styles.muted}>· {match.detail}</span>
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
