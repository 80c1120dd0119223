import { useMemo, useState } from 'react';
import { INTERACTION_MODE_INFO, type Team } from '../../../shared/model';
import { todayLocal } from '../../../shared/clock';
import { groupHealth, interactionFindings, type Finding } from '../../../shared/rules';
import { count } from '../../../shared/rules/wording';
import {
  deleteDependency, deleteInteraction, deleteTeamGroup, useDb, usePlanDependencies, usePlanInteractions, usePlanMemberships, useSettings, useTeamGroups, useTeams,
} from '../../db';
import { useSelectedPlanId } from '../../state/selection';
import { Button } from '../../ui/Button';
import { HealthFindings } from '../../ui/HealthFindings';
import { PageHeader } from '../../ui/PageHeader';
import { TeamTypeBadge } from '../../ui/TeamTypeBadge';
import { UserText } from '../../ui/UserText';
import { VerdictBadge } from '../../ui/VerdictBadge';
import { DependencyForm, STATE_LABELS } from './DependencyForm';
import { GroupEditForm } from './GroupEditForm';
import { GroupForm } from './GroupForm';
import { InteractionForm } from './InteractionForm';
import styles from './Design.module.css';

/** Every finding once, even when it is filed under both of its teams. */
function distinct(byTeam: Map<string, Finding[]>): Finding[] {
  const seen = new Map<string, Finding>();
  for (const list of byTeam.values()) for (const f of list) if (!seen.has(f.id + f.explanation)) seen.set(f.id + f.explanation, f);
  return [...seen.values()].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'fail' ? -1 : 1));
}

/** Organisation design of a plan: teams of teams, interactions, the dependency register and what the rules say. */
export function DesignPage() {
  const db = useDb();
  const planId = useSelectedPlanId();
  const teams = useTeams(planId);
  const groups = useTeamGroups(planId);
  const interactions = usePlanInteractions(planId);
  const dependencies = usePlanDependencies(planId);
  const memberships = usePlanMemberships(planId);
  const settings = useSettings();
  const [editingGroupId, setEditingGroupId] = useState<string | null>(null);
  const [groupSaved, setGroupSaved] = useState('');
  const today = todayLocal();
  const findings = useMemo(
    () => (teams && interactions && dependencies ? distinct(interactionFindings({ teams, interactions, dependencies, today, collaborationMaxDays: settings?.collaborationMaxDays })) : undefined),
    [teams, interactions, dependencies, today, settings?.collaborationMaxDays],
  );
  if (!teams || !groups || !interactions || !dependencies || !memberships) return <p>Loading organisation design…</p>;
  const teamOf = new Map<string, Team>(teams.map((t) => [t.id, t]));
  const name = (id: string) => teamOf.get(id)?.name ?? 'a deleted team';
  const editingGroup = groups.find((g) => g.id === editingGroupId);

  return (
    <>
      <PageHeader
        title="Organisation design"
        summary={`${count(groups.length, 'group')} · ${count(interactions.length, 'interaction')} · ${count(dependencies.length, 'dependency', 'dependencies')} in this plan`}
      />
      <section aria-labelledby="design-findings" className={styles.section}>
        <h2 id="design-findings">What the interaction rules say</h2>
        {findings && findings.length === 0 ? <p>No findings: every interaction and dependency is within the rules.</p> : <HealthFindings findings={findings ?? []} label="Interaction findings" />}
      </section>
      <section aria-labelledby="design-interactions" className={styles.section}>
        <h2 id="design-interactions">Interactions</h2>
        <table className={styles.table}>
          <thead><tr><th scope="col">Provides</th><th scope="col">Consumes</th><th scope="col">Mode</th><th scope="col">Purpose</th><th scope="col">From</th><th scope="col">Until</th><th scope="col"><span className={styles.hidden}>Actions</span></th></tr></thead>
          <tbody>
            {interactions.map((i) => (
              <tr key={i.id}>
                <td><UserText>{name(i.providerTeamId)}</UserText></td>
                <td><UserText>{name(i.consumerTeamId)}</UserText></td>
                <td>{INTERACTION_MODE_INFO[i.mode].label}</td>
                <td><UserText>{i.purpose}</UserText></td>
                <td>{i.start}</td>
                <td>{i.end ?? 'open'}</td>
                <td><Button onClick={() => void deleteInteraction(db, i.id)} aria-label={`Delete interaction ${name(i.providerTeamId)} → ${name(i.consumerTeamId)}`}>Delete</Button></td>
              </tr>
            ))}
          </tbody>
        </table>
        <InteractionForm planId={planId} teams={teams} />
      </section>
      <section aria-labelledby="design-dependencies" className={styles.section}>
        <h2 id="design-dependencies">Dependency register</h2>
        <table className={styles.table}>
          <thead><tr><th scope="col">Team</th><th scope="col">Depends on</th><th scope="col">State</th><th scope="col">Since</th><th scope="col">Note</th><th scope="col"><span className={styles.hidden}>Actions</span></th></tr></thead>
          <tbody>
            {dependencies.map((d) => (
              <tr key={d.id}>
                <td><UserText>{name(d.dependentTeamId)}</UserText></td>
                <td><UserText>{name(d.dependsOnTeamId)}</UserText></td>
                <td>{STATE_LABELS[d.state]}</td>
                <td>{d.since}</td>
                <td><UserText>{d.note}</UserText></td>
                <td><Button onClick={() => void deleteDependency(db, d.id)} aria-label={`Delete dependency of ${name(d.dependentTeamId)} on ${name(d.dependsOnTeamId)}`}>Delete</Button></td>
              </tr>
            ))}
          </tbody>
        </table>
        <DependencyForm planId={planId} teams={teams} />
      </section>
      <section aria-labelledby="design-groups" className={styles.section}>
        <h2 id="design-groups">Teams of teams</h2>
        <table className={styles.table}>
          <thead><tr><th scope="col">Group</th><th scope="col">Level</th><th scope="col">Teams</th><th scope="col">People</th><th scope="col">Health</th><th scope="col"><span className={styles.hidden}>Actions</span></th></tr></thead>
          <tbody>
            {groups.map((g) => {
              const members = teams.filter((t) => t.groupId === g.id);
              const health = groupHealth(g, members.map((t) => t.id), memberships);
              return (
                <tr key={g.id}>
                  <td><UserText>{g.name}</UserText></td>
                  <td><UserText>{g.level}</UserText></td>
                  <td>
                    {health.teams} of at most {g.maxTeams}
                    <ul className={styles.teamList}>{members.map((t) => <li key={t.id}><UserText>{t.name}</UserText> <TeamTypeBadge type={t.type} /></li>)}</ul>
                  </td>
                  <td>{health.people.toLocaleString()} of at most {g.maxPeople.toLocaleString()}</td>
                  <td><VerdictBadge verdict={health.verdict} />{health.findings.map((f) => <p key={f.id} className={styles.note}>{f.explanation}</p>)}</td>
                  <td>
                    <Button onClick={() => { setGroupSaved(''); setEditingGroupId(g.id); }} aria-label={`Edit group ${g.name}`}>Edit</Button>{' '}
                    <Button onClick={() => void deleteTeamGroup(db, g.id)} aria-label={`Delete group ${g.name}`}>Delete</Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {editingGroup ? (
          <GroupEditForm
            key={`${editingGroup.id}:${editingGroup.updatedAt}`}
            group={editingGroup}
            onDone={(message) => { setGroupSaved(message); setEditingGroupId(null); }}
          />
        ) : null}
        {groupSaved ? <p role="status" className={styles.saved}>{groupSaved}</p> : null}
        <GroupForm planId={planId} />
      </section>
    </>
  );
}
