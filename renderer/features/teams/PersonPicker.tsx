import { useId, useMemo, useState } from 'react';
import type { Person } from '../../../shared/model';
import formStyles from '../../ui/Form.module.css';
import { isolateBidi } from '../../../shared/bidi';

const MAX_SHOWN = 200;

/** Type to narrow, then pick from a listbox: usable with 5,000 people and from the keyboard. */
export function PersonPicker({ people, value, onChange, error }: { people: readonly Person[]; value: string; onChange: (id: string) => void; error?: string | undefined }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const found = words.length === 0 ? people : people.filter((p) => words.every((w) => `${p.name} ${p.title}`.toLowerCase().includes(w)));
    return found.slice(0, MAX_SHOWN);
  }, [people, query]);
  return (
    <div className={formStyles.field}>
      <label htmlFor={`${id}-search`} className={formStyles.label}>
        Find a person
      </label>
      <input id={`${id}-search`} className={formStyles.input} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoFocus />
      <label htmlFor={id} className={formStyles.label}>
        Person
      </label>
      <select
        id={id}
        className={formStyles.input}
        size={6}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {matches.map((person) => (
          <option key={person.id} value={person.id}>
            {person.title ? `${isolateBidi(person.name)} — ${isolateBidi(person.title)}` : isolateBidi(person.name)}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className={formStyles.error} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
