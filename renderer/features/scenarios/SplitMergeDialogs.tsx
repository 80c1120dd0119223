import { useMemo, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { VACANCY_NAME, type Team } from '../../../shared/model';
import { mergeTeams, splitTeam, useDb, usePeople, usePlanDependencies, usePlanInteractions, usePlanMemberships, useRoles, useTeams } from '../../db';
import { linksOfTeam } from '../../../shared/scenarios';
import { INTERACTION_MODE_INFO } from '../../../shared/model';
import { useScenariosUi } from '../../state/scenariosUi';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/fieldErrors';
import { FormFooter } from '../../ui/FormFooter';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import formStyles from '../../ui/Form.module.css';
import styles from './Scenarios.module.css';

/** After a split or merge the team's page is gone: the board shows the new teams. */
function useLeaveTeamPage() {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  return () => {
    if (pathname.startsWith('/teams/')) navigate({ pathname: '/teams', search });
  };
}

export function SplitTeamDialog() {
  const dialog = useScenariosUi((s) => s.dialog);
  const open = useScenariosUi((s) => s.open);
  const planId = dialog?.kind === 'split' ? dialog.planId : '';
  const teams = useTeams(planId);
  const isOpen = dialog?.kind === 'split' && Boolean(teams);
  return (
    <Dialog open={isOpen} onOpenChange={(next) => !next && open(null)} title="Split team" size="wide" description="Both parts keep the team's lineage, so the comparison says “Payments → Payments Core + Payments Risk”.">
      {isOpen && teams && dialog?.kind === 'split' ? <SplitForm teams={teams} planId={planId} initialTeamId={dialog.teamId ?? teams[0]?.id ?? ''} onDone={() => open(null)} /> : null}
    </Dialog>
  );
}

function SplitForm({ teams, planId, initialTeamId, onDone }: { teams: Team[]; planId: string; initialTeamId: string; onDone: () => void }) {
  const db = useDb();
  const leave = useLeaveTeamPage();
  const setNotice = useScenariosUi((s) => s.setNotice);
  const memberships = usePlanMemberships(planId);
  const people = usePeople();
  const roles = useRoles();
  const [teamId, setTeamId] = useState(initialTeamId);
  const team = teams.find((t) => t.id === teamId);
  const [names, setNames] = useState(() => [`${team?.name ?? 'Team'} 1`, `${team?.name ?? 'Team'} 2`]);
  const [partOf, setPartOf] = useState<Record<string, number>>({});
  const [linkPartOf, setLinkPartOf] = useState<Record<string, number>>({});
  const interactions = usePlanInteractions(planId);
  const dependencies = usePlanDependencies(planId);
  const links = useMemo(() => linksOfTeam({ interactions: interactions ?? [], dependencies: dependencies ?? [] }, teamId), [interactions, dependencies, teamId]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const members = useMemo(() => (memberships ?? []).filter((m) => m.teamId === teamId), [memberships, teamId]);
  const personName = new Map((people ?? []).map((p) => [p.id, p.name]));
  const roleName = new Map((roles ?? []).map((r) => [r.id, r.name]));

  function chooseTeam(id: string) {
    const next = teams.find((t) => t.id === id);
    setTeamId(id);
    setPartOf({});
    setLinkPartOf({});
    setNames([`${next?.name ?? 'Team'} 1`, `${next?.name ?? 'Team'} 2`]);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const parts = names.map((name, index) => ({ name, membershipIds: members.filter((m) => (partOf[m.id] ?? 0) === index).map((m) => m.id) }));
      await splitTeam(db, teamId, parts, linkPartOf);
      onDone();
      leave();
      setNotice(`${team?.name ?? 'The team'} was split into ${names.map((n) => n.trim()).join(' and ')}.`);
    } catch (cause) {
      setBusy(false);
      setError(errorMessage(cause));
    }
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <SelectField label="Team to split" options={teams.map((t) => ({ value: t.id, label: t.name }))} value={teamId} onChange={(e) => chooseTeam(e.target.value)} />
      <div className={styles.parts}>
        {names.map((name, index) => (
          <TextField key={index} label={`Part ${index + 1} name`} value={name} maxLength={80} autoFocus={index === 0}
            onChange={(e) => setNames((all) => all.map((n, i) => (i === index ? e.target.value : n)))} />
        ))}
      </div>
      <div className={styles.rowActions}>
        <button type="button" className={styles.linkish} onClick={() => setNames((all) => [...all, `${team?.name ?? 'Team'} ${all.length + 1}`])}>Add a part</button>
        {names.length > 2 ? <button type="button" className={styles.linkish} onClick={() => {
          const back = (p: Record<string, number>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v >= names.length - 1 ? 0 : v]));
          setNames((all) => all.slice(0, -1));
          setPartOf(back);
          setLinkPartOf(back);
        }}>Remove the last part</button> : null}
      </div>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption className="visually-hidden">Where each member goes</caption>
          <thead>
            <tr><th scope="col">Member</th><th scope="col">Role</th><th scope="col" className={styles.num}>Allocation</th><th scope="col">Goes to</th></tr>
          </thead>
          <tbody>
            {members.length === 0 ? <tr><td colSpan={4} className={styles.muted}>The team has no members: both parts start empty.</td></tr> : null}
            {members.map((m) => {
              const who = m.personId ? personName.get(m.personId) ?? m.personId : VACANCY_NAME;
              return (
                <tr key={m.id} className={styles.memberRow}>
                  <th scope="row">{who}</th>
                  <td>{roleName.get(m.roleId) ?? m.roleId}</td>
                  <td className={styles.num}>{m.allocation}%</td>
                  <td>
                    <select aria-label={`Part for ${who}, ${roleName.get(m.roleId) ?? ''}`} value={partOf[m.id] ?? 0} onChange={(e) => setPartOf((p) => ({ ...p, [m.id]: Number(e.target.value) }))}>
                      {names.map((name, index) => <option key={index} value={index}>{name || `Part ${index + 1}`}</option>)}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SplitLinks team={team} teams={teams} links={links} names={names} partOf={linkPartOf} onChoose={(id, part) => setLinkPartOf((p) => ({ ...p, [id]: part }))} />
      <FormFooter error={error} submitLabel="Split team" onCancel={onDone} busy={busy || !team} />
    </form>
  );
}

/** The team's interactions and dependencies, each with the part that takes it over (the first unless chosen). */
function SplitLinks({ team, teams, links, names, partOf, onChoose }: {
  team: Team | undefined;
  teams: Team[];
  links: ReturnType<typeof linksOfTeam>;
  names: string[];
  partOf: Record<string, number>;
  onChoose: (id: string, part: number) => void;
}) {
  const count = links.interactions.length + links.dependencies.length;
  if (!team || count === 0) return null;
  const teamName = (id: string) => (id === team.id ? 'this team' : teams.find((t) => t.id === id)?.name ?? id);
  const rows = [
    ...links.interactions.map((i) => ({ id: i.id, text: `${INTERACTION_MODE_INFO[i.mode].label}: ${teamName(i.providerTeamId)} → ${teamName(i.consumerTeamId)}` })),
    ...links.dependencies.map((d) => ({ id: d.id, text: `Dependency (${d.state}): ${teamName(d.dependentTeamId)} on ${teamName(d.dependsOnTeamId)}` })),
  ];
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption className={styles.tableNote}>
          {team.name} has {count.toLocaleString('en-US')} {count === 1 ? 'interaction or dependency' : 'interactions and dependencies'}: each goes to one part, the first unless you choose another.
        </caption>
        <thead>
          <tr><th scope="col">Interaction or dependency</th><th scope="col">Goes to</th></tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={styles.memberRow}>
              <th scope="row">{row.text}</th>
              <td>
                <select aria-label={`Part for ${row.text}`} value={partOf[row.id] ?? 0} onChange={(e) => onChoose(row.id, Number(e.target.value))}>
                  {names.map((name, index) => <option key={index} value={index}>{name || `Part ${index + 1}`}</option>)}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MergeTeamsDialog() {
  const dialog = useScenariosUi((s) => s.dialog);
  const open = useScenariosUi((s) => s.open);
  const planId = dialog?.kind === 'merge' ? dialog.planId : '';
  const teams = useTeams(planId);
  const isOpen = dialog?.kind === 'merge' && Boolean(teams);
  return (
    <Dialog open={isOpen} onOpenChange={(next) => !next && open(null)} title="Merge teams" description="The merged team derives from every team merged, so comparisons say “Billing + Payments → Money”. Someone on several of them in one role keeps one place, allocations added up. Their interactions and dependencies move to the merged team: those between the merged teams are dropped, and two that become the same are kept as one.">
      {isOpen && teams && dialog?.kind === 'merge' ? <MergeForm teams={teams} initialTeamId={dialog.teamId} onDone={() => open(null)} /> : null}
    </Dialog>
  );
}

function MergeForm({ teams, initialTeamId, onDone }: { teams: Team[]; initialTeamId: string | null; onDone: () => void }) {
  const db = useDb();
  const leave = useLeaveTeamPage();
  const setNotice = useScenariosUi((s) => s.setNotice);
  const [chosen, setChosen] = useState<string[]>(initialTeamId ? [initialTeamId] : []);
  const [name, setName] = useState(() => teams.find((t) => t.id === initialTeamId)?.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = (id: string) => setChosen((all) => (all.includes(id) ? all.filter((x) => x !== id) : [...all, id]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen.length < 2) {
      setError('Choose at least two teams to merge.');
      return;
    }
    setBusy(true);
    try {
      const merged = await mergeTeams(db, chosen, name);
      onDone();
      leave();
      setNotice(`${chosen.map((id) => teams.find((t) => t.id === id)?.name ?? id).join(' + ')} merged into ${merged.name}.`);
    } catch (cause) {
      setBusy(false);
      setError(errorMessage(cause));
    }
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <fieldset className={styles.candidates}>
        <legend>Teams to merge ({chosen.length.toLocaleString('en-US')} chosen)</legend>
        <div className={`${styles.scroll} ${styles.checkGrid}`}>
          {teams.map((team) => (
            <label key={team.id} className={styles.check}>
              <input type="checkbox" checked={chosen.includes(team.id)} onChange={() => toggle(team.id)} />
              {team.name}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField label="Name of the merged team" value={name} onChange={(e) => setName(e.target.value)} maxLength={80} hint="It may keep the name of one of the teams merged." />
      <FormFooter error={error} submitLabel="Merge teams" onCancel={onDone} busy={busy} />
    </form>
  );
}
