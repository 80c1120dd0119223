import { useId, useMemo, useState } from 'react';
import { isolateBidi } from '../../../shared/bidi';
import type { MemberCandidate } from '../../../shared/rules';
import formStyles from '../../ui/Form.module.css';

const MAX_SHOWN = 200;
/** The picker's value for "nobody yet": an open role to hire for (a vacancy). */
export const VACANCY_CHOICE = 'vacancy';

interface PersonPickerProps {
  candidates: readonly MemberCandidate[];
  teamName: (teamId: string) => string;
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
  autoFocus?: boolean;
}

function describe(c: MemberCandidate, teamName: (teamId: string) => string): string {
  const who = c.person.title ? `${isolateBidi(c.person.name)} — ${isolateBidi(c.person.title)}` : isolateBidi(c.person.name);
  const free = c.free < 0 ? `over by ${-c.free}%` : `${c.free}% free`;
  const teams = c.teamIds.length === 0 ? 'on no team' : `on ${c.teamIds.slice(0, 2).map((id) => isolateBidi(teamName(id))).join(', ')}${c.teamIds.length > 2 ? ` +${c.teamIds.length - 2}` : ''}`;
  return `${who} · ${free} · ${teams}`;
}

/**
 * Type to narrow, then pick from a listbox: usable with 5,000 people and from the keyboard. Each
 * person shows their free time and current teams; an open role ("to hire") is the first choice.
 */
export function PersonPicker({ candidates, teamName, value, onChange, error, autoFocus = true }: PersonPickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const found = words.length === 0 ? candidates : candidates.filter((c) => words.every((w) => `${c.person.name} ${c.person.title}`.toLowerCase().includes(w)));
    return found.slice(0, MAX_SHOWN);
  }, [candidates, query]);
  return (
    <div className={formStyles.field}>
      <label htmlFor={`${id}-search`} className={formStyles.label}>
        Find a person
      </label>
      <input
        id={`${id}-search`}
        className={formStyles.input}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Down from the search box goes to the list, as in a combobox.
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            document.getElementById(id)?.focus();
          }
        }}
        autoFocus={autoFocus}
      />
      <label htmlFor={id} className={formStyles.label}>
        Person
      </label>
      <select
        id={id}
        className={formStyles.input}
        size={8}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-count`}
      >
        {query.trim() === '' ? <option value={VACANCY_CHOICE}>To hire — an open role, nobody yet</option> : null}
        {matches.map((c) => (
          <option key={c.person.id} value={c.person.id}>
            {describe(c, teamName)}
          </option>
        ))}
      </select>
      <p id={`${id}-count`} className={formStyles.hint}>
        {matches.length === candidates.length
          ? `${candidates.length.toLocaleString('en')} people, the likeliest first (holding this role elsewhere, with free time).`
          : `${matches.length.toLocaleString('en')} of ${candidates.length.toLocaleString('en')} people match${matches.length === MAX_SHOWN ? ': type more to narrow' : ''}.`}
      </p>
      {error ? (
        <p id={`${id}-error`} className={formStyles.error} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
