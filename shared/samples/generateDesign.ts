import { addDays, format, parseISO } from 'date-fns';
import { createIdGenerator, seededRandom } from '../ids';
import { INTERACTION_MODES, type Interaction, type TeamGroup } from '../model';
import type { WorkspaceRecords } from './workspace';

/**
 * Organisation design on top of a generated organisation, for benchmarks: `groups` teams of teams
 * (each team in one, in turn) and `interactions` between random pairs of different teams of the
 * same plan, most of them inside a group and the rest across. Same seed → same data.
 */
export function withDesign(records: WorkspaceRecords, scale: { groups: number; interactions: number }, today: string, seed = 23): WorkspaceRecords {
  if (records.teams.length < 2 || scale.groups < 1) return records;
  const nextId = createIdGenerator({ seed, startMs: Date.parse(`${today}T00:00:00.000Z`) + 1000 });
  const random = seededRandom(seed);
  const at = `${today}T07:30:00.000Z`;
  const stamp = () => ({ id: nextId(), createdAt: at, updatedAt: at, deletedAt: null, updatedBy: null });
  const planId = records.teams[0]!.planId;
  const teamGroups: TeamGroup[] = Array.from({ length: scale.groups }, (_, g) => ({ ...stamp(), planId, name: `Value stream ${g + 1}`, level: 'Value stream', maxPeople: 150, maxTeams: 12 }));
  const teams = records.teams.map((team, i) => ({ ...team, groupId: teamGroups[i % teamGroups.length]!.id }));
  const byGroup = new Map<string, string[]>();
  for (const team of teams) byGroup.set(team.groupId, [...(byGroup.get(team.groupId) ?? []), team.id]);
  const interactions: Interaction[] = [];
  for (let i = 0; i < scale.interactions; i++) {
    const provider = teams[Math.floor(random() * teams.length)]!;
    // Two in three stay inside the provider's group, as in a real organisation.
    const pool = random() < 2 / 3 ? byGroup.get(provider.groupId)! : teams.map((t) => t.id);
    let consumerId = pool[Math.floor(random() * pool.length)]!;
    if (consumerId === provider.id) consumerId = teams[(teams.indexOf(provider) + 1) % teams.length]!.id;
    const start = format(addDays(parseISO(today), -Math.floor(random() * 200)), 'yyyy-MM-dd');
    interactions.push({
      ...stamp(), planId, providerTeamId: provider.id, consumerTeamId: consumerId, mode: INTERACTION_MODES[Math.floor(random() * INTERACTION_MODES.length)]!,
      purpose: '', start, end: null,
    });
  }
  return { ...records, teams, teamGroups: [...records.teamGroups, ...teamGroups], interactions: [...records.interactions, ...interactions] };
}
