import { TEAM_TYPES, type TeamType } from '../../../../shared/model';
import { teamTypeLabel } from '../../../../shared/model/teamTypeInfo';
import { LINK_KINDS, type LinkKind, type MapFilter } from '../../../../shared/design/collaborationGraph';
import { LINK_STYLES } from '../../../../shared/design/mapGeometry';
import styles from './CollaborationMap.module.css';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function CheckList<T>({ legend, options, chosen, onChange }: { legend: string; options: { value: T; label: string }[]; chosen: readonly T[]; onChange: (next: T[]) => void }) {
  return (
    <fieldset className={styles.filter}>
      <legend>{legend}</legend>
      <p className={styles.filterHint}>{chosen.length === 0 ? 'All shown' : `${chosen.length.toLocaleString('en-US')} chosen`}</p>
      <div className={styles.filterOptions}>
        {options.map((o) => (
          <label key={String(o.value)} className={styles.check}>
            <input type="checkbox" checked={chosen.includes(o.value)} onChange={() => onChange(toggle(chosen, o.value))} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Filters by group, type and link kind: nothing ticked in a list means all of it. */
export function MapFilters({ filter, onChange, groups, groupWord }: { filter: MapFilter; onChange: (next: MapFilter) => void; groups: { id: string; name: string }[]; groupWord: string }) {
  const typeOptions: { value: TeamType | null; label: string }[] = [...TEAM_TYPES.map((t) => ({ value: t, label: teamTypeLabel(t) })), { value: null, label: 'No type' }];
  const kindOptions: { value: LinkKind; label: string }[] = LINK_KINDS.map((k) => ({ value: k, label: LINK_STYLES[k].label.replace(/ \(.*\)$/, '') }));
  const active = filter.groupIds.length + filter.types.length + filter.kinds.length > 0;
  return (
    <section className={styles.filters} aria-label="Filters">
      {groups.length > 0 ? (
        <CheckList legend={`${groupWord[0]!.toUpperCase()}${groupWord.slice(1)}`} options={groups.map((g) => ({ value: g.id, label: g.name }))} chosen={filter.groupIds} onChange={(groupIds) => onChange({ ...filter, groupIds })} />
      ) : null}
      <CheckList legend="Team type" options={typeOptions} chosen={filter.types} onChange={(types) => onChange({ ...filter, types })} />
      <CheckList legend="Link" options={kindOptions} chosen={filter.kinds} onChange={(kinds) => onChange({ ...filter, kinds })} />
      {active ? (
        <button type="button" className={styles.clear} onClick={() => onChange({ groupIds: [], types: [], kinds: [] })}>
          Clear filters
        </button>
      ) : null}
    </section>
  );
}
