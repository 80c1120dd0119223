import { useMemo, useState, type FormEvent } from 'react';
import { DEFAULT_PRINCIPLE_KEY, PrincipleSetKey, TEAM_TYPE_INFO, type PrincipleSet, type Role } from '../../../shared/model';
import { updatePrincipleSet, useDb, usePrincipleSets } from '../../db';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { TeamTypeShape } from '../../ui/TeamTypeBadge';
import { errorMessage } from '../../ui/fieldErrors';
import styles from './PrincipleSets.module.css';
import { SectionActions, saveOnModS, useSectionDraft } from './sectionDraft';
import { PrincipleFileActions } from './PrincipleFileActions';
import { RoleRulesEditor } from './RoleRulesEditor';
import { readRoleRuleRows, roleRuleRowsOf, type RoleRuleRowError } from '../../../shared/design/roleRuleRows';

const ORDER = PrincipleSetKey.options;
const label = (key: PrincipleSetKey) => (key === DEFAULT_PRINCIPLE_KEY ? 'Default (teams without a type)' : TEAM_TYPE_INFO[key].label);
const orNone = (value: number | null, unit = '') => (value === null ? '—' : `${value.toLocaleString()}${unit}`);

function roleSummary(set: PrincipleSet, roles: readonly Role[]): string {
  if (set.roles === null) return 'Role requirements above';
  const name = (id: string) => roles.find((r) => r.id === id)?.name ?? id;
  return set.roles.map((r) => `${name(r.roleId)} ${r.min}${r.max === null ? '+' : r.max === r.min ? '' : `–${r.max}`}`).join(', ') || 'None required';
}

/** The rules each team type is checked against; the Default set is the two-pizza limits and role requirements above. */
export function PrincipleSets({ roles }: { roles: readonly Role[] }) {
  const sets = usePrincipleSets();
  const [editing, setEditing] = useState<PrincipleSetKey | null>(null);
  if (!sets) return <p>Loading principle sets…</p>;
  const byKey = new Map(sets.map((s) => [s.key, s]));
  return (
    <section aria-labelledby="principles-title" className={styles.section}>
      <h3 id="principles-title">Design principles per team type</h3>
      <p className={styles.hint}>Each team is checked against its type’s principles; a team without a type against the Default ones. Findings name the set that spoke.</p>
      <PrincipleFileActions sets={sets} roles={roles} />
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Team type</th><th scope="col">Size (warn below · warn above · fail above)</th><th scope="col">Roles</th>
            <th scope="col">Business share at least</th><th scope="col">Teams per person at most</th><th scope="col">Services at most</th><th scope="col">Objectives per FTE at most</th><th scope="col"><span className={styles.hidden}>Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {ORDER.map((key) => {
            const set = byKey.get(key);
            if (!set) return null;
            return (
              <tr key={key}>
                <th scope="row">{key !== DEFAULT_PRINCIPLE_KEY ? <TeamTypeShape type={key} /> : null} {label(key)}</th>
                <td>{set.size ? `${set.size.warnBelow} · ${set.size.warnAbove} · ${set.size.failAbove}` : 'Two-pizza limits above'}</td>
                <td>{roleSummary(set, roles)}</td>
                <td>{set.minBusinessShare === null ? '—' : `${Math.round(set.minBusinessShare * 100)}%`}</td>
                <td>{orNone(set.maxTeamsPerPerson)}</td>
                <td>{orNone(set.maxServices)}</td>
                <td>{orNone(set.maxObjectivesPerFte)}</td>
                <td><Button onClick={() => setEditing(key)} aria-label={`Edit ${label(key)} principles`}>Edit</Button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {editing && byKey.get(editing) ? <PrincipleSetForm key={editing} set={byKey.get(editing)!} roles={roles} onDone={() => setEditing(null)} /> : null}
    </section>
  );
}

const text = (value: number | null) => (value === null ? '' : String(value));
const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value.replace(',', '.')));

function PrincipleSetForm({ set, roles, onDone }: { set: PrincipleSet; roles: readonly Role[]; onDone: () => void }) {
  const db = useDb();
  const [roleErrors, setRoleErrors] = useState<RoleRuleRowError[]>([]);
  const stored = useMemo(() => ({
    warnBelow: text(set.size?.warnBelow ?? null), warnAbove: text(set.size?.warnAbove ?? null), failAbove: text(set.size?.failAbove ?? null),
    minBusinessShare: set.minBusinessShare === null ? '' : String(Math.round(set.minBusinessShare * 100)),
    maxTeamsPerPerson: text(set.maxTeamsPerPerson), maxServices: text(set.maxServices), maxObjectivesPerFte: text(set.maxObjectivesPerFte),
    roleRows: roleRuleRowsOf(set.roles),
  }), [set]);
  const draft = useSectionDraft(`${label(set.key)} principles`, stored);
  const values = draft.value;
  const [error, setError] = useState('');
  const change = (field: Exclude<keyof typeof values, 'roleRows'>) => (event: { target: { value: string } }) => {
    const next = event.target.value;
    draft.set((v) => ({ ...v, [field]: next }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.dirty) return;
    const share = numberOrNull(values.minBusinessShare);
    const roleRules = set.roles === null ? null : readRoleRuleRows(values.roleRows, (id) => roles.find((r) => r.id === id)?.name ?? id);
    if (roleRules && !roleRules.ok) {
      setRoleErrors(roleRules.errors);
      setError(`Nothing was saved: ${roleRules.errors.map((e) => e.message).join(' ')}`);
      return;
    }
    setRoleErrors([]);
    try {
      await updatePrincipleSet(db, set.key, {
        ...(set.size ? { size: { warnBelow: Number(values.warnBelow), warnAbove: Number(values.warnAbove), failAbove: Number(values.failAbove) } } : {}),
        ...(roleRules ? { roles: roleRules.rules } : {}),
        minBusinessShare: share === null ? null : share / 100,
        maxTeamsPerPerson: numberOrNull(values.maxTeamsPerPerson),
        maxServices: numberOrNull(values.maxServices),
        maxObjectivesPerFte: numberOrNull(values.maxObjectivesPerFte),
      }, { expectedUpdatedAt: set.updatedAt });
      draft.saved();
      onDone();
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} onKeyDown={saveOnModS} aria-label={`Edit ${label(set.key)} principles`} noValidate>
      {set.size ? (
        <>
          <TextField label="Warn below (people)" inputMode="numeric" value={values.warnBelow} onChange={change('warnBelow')} />
          <TextField label="Warn above (people)" inputMode="numeric" value={values.warnAbove} onChange={change('warnAbove')} />
          <TextField label="Fail above (people)" inputMode="numeric" value={values.failAbove} onChange={change('failAbove')} />
        </>
      ) : null}
      <TextField label="Business share at least (%)" inputMode="decimal" value={values.minBusinessShare} onChange={change('minBusinessShare')} hint="Empty: not checked." />
      <TextField label="Teams per person at most" inputMode="numeric" value={values.maxTeamsPerPerson} onChange={change('maxTeamsPerPerson')} hint="Empty: not checked." />
      <TextField label="Services at most" inputMode="numeric" value={values.maxServices} onChange={change('maxServices')} hint="Empty: not checked." />
      <TextField label="Objectives per FTE at most" inputMode="decimal" value={values.maxObjectivesPerFte} onChange={change('maxObjectivesPerFte')} hint="Empty: not checked." />
      {set.roles !== null ? <RoleRulesEditor setLabel={label(set.key)} rows={values.roleRows} onChange={(rows) => draft.set((v) => ({ ...v, roleRows: rows }))} roles={roles} errors={roleErrors} /> : null}
      <SectionActions saveLabel="Save principles" dirty={draft.dirty} onRevert={() => { draft.revert(); setError(''); }} status="">
        <Button onClick={onDone}>{draft.dirty ? 'Discard and close' : 'Close'}</Button>
      </SectionActions>
      {error ? <p role="alert" className={styles.error}>{error}</p> : null}
    </form>
  );
}
