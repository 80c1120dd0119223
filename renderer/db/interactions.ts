import { Dependency, Interaction, NewDependency, NewInteraction, type Team } from '../../shared/model';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { RuleViolationError } from './errors';
import { currentActor, mustExist, stampDelete, stampNew, stampUpdate } from './stamp';
import { applyChange, expectedVersion, type EditOptions } from './changes';

export type InteractionChanges = Partial<Pick<Interaction, 'providerTeamId' | 'consumerTeamId' | 'mode' | 'purpose' | 'start' | 'end'>>;
export type DependencyChanges = Partial<Pick<Dependency, 'dependentTeamId' | 'dependsOnTeamId' | 'state' | 'since' | 'note'>>;

async function teamsOfPlan(db: TeamshapeDb, planId: string, ids: readonly string[]): Promise<Pick<Team, 'name'>[]> {
  const teams: Pick<Team, 'name'>[] = [];
  for (const id of ids) {
    const team = await mustExist(db.teams, id, 'team');
    if (team.planId !== planId) throw new RuleViolationError(`The team “${team.name}” belongs to another plan. Pick teams of this plan.`);
    teams.push(team);
  }
  return teams;
}

export async function createInteraction(db: TeamshapeDb, input: NewInteraction): Promise<Interaction> {
  let names = '';
  return applyChange(db, () => `Add interaction ${names}`, async () => {
    const fields = parseOrThrow(NewInteraction, input);
    const interaction = parseOrThrow(Interaction, { ...fields, ...stampNew(await currentActor(db)) });
    await mustExist(db.plans, interaction.planId, 'plan');
    const [provider, consumer] = await teamsOfPlan(db, interaction.planId, [interaction.providerTeamId, interaction.consumerTeamId]);
    names = `“${provider!.name}” → “${consumer!.name}”`;
    await db.interactions.add(interaction);
    return interaction;
  });
}

export async function updateInteraction(db: TeamshapeDb, id: string, changes: InteractionChanges, options: EditOptions = {}): Promise<Interaction> {
  return applyChange(db, () => 'Edit interaction', async () => {
    const existing = await mustExist(db.interactions, id, 'interaction');
    const interaction = parseOrThrow(Interaction, { ...existing, ...changes, ...stampUpdate(await currentActor(db)) });
    await teamsOfPlan(db, interaction.planId, [interaction.providerTeamId, interaction.consumerTeamId]);
    await db.interactions.put(interaction);
    return interaction;
  }, { expected: expectedVersion('interactions', id, options) });
}

export async function deleteInteraction(db: TeamshapeDb, id: string): Promise<void> {
  await applyChange(db, () => 'Delete interaction', async () => {
    const existing = await mustExist(db.interactions, id, 'interaction');
    await db.interactions.put({ ...existing, ...stampDelete(await currentActor(db)) });
  });
}

export async function createDependency(db: TeamshapeDb, input: NewDependency): Promise<Dependency> {
  let names = '';
  return applyChange(db, () => `Add dependency ${names}`, async () => {
    const fields = parseOrThrow(NewDependency, input);
    const dependency = parseOrThrow(Dependency, { ...fields, ...stampNew(await currentActor(db)) });
    await mustExist(db.plans, dependency.planId, 'plan');
    const [dependent, on] = await teamsOfPlan(db, dependency.planId, [dependency.dependentTeamId, dependency.dependsOnTeamId]);
    names = `“${dependent!.name}” on “${on!.name}”`;
    await db.dependencies.add(dependency);
    return dependency;
  });
}

export async function updateDependency(db: TeamshapeDb, id: string, changes: DependencyChanges, options: EditOptions = {}): Promise<Dependency> {
  return applyChange(db, () => 'Edit dependency', async () => {
    const existing = await mustExist(db.dependencies, id, 'dependency');
    const dependency = parseOrThrow(Dependency, { ...existing, ...changes, ...stampUpdate(await currentActor(db)) });
    await teamsOfPlan(db, dependency.planId, [dependency.dependentTeamId, dependency.dependsOnTeamId]);
    await db.dependencies.put(dependency);
    return dependency;
  }, { expected: expectedVersion('dependencies', id, options) });
}

export async function deleteDependency(db: TeamshapeDb, id: string): Promise<void> {
  await applyChange(db, () => 'Delete dependency', async () => {
    const existing = await mustExist(db.dependencies, id, 'dependency');
    await db.dependencies.put({ ...existing, ...stampDelete(await currentActor(db)) });
  });
}

/** A deleted team takes its interactions and dependencies with it (called inside deleteTeam's change). */
export async function tombstoneTeamLinks(db: TeamshapeDb, teamId: string, tombstone: { updatedAt: string; deletedAt: string | null; updatedBy: string | null }): Promise<void> {
  const interactions = [
    ...(await db.interactions.where('providerTeamId').equals(teamId).toArray()),
    ...(await db.interactions.where('consumerTeamId').equals(teamId).toArray()),
  ];
  await db.interactions.bulkPut([...new Map(interactions.filter((i) => i.deletedAt === null).map((i) => [i.id, { ...i, ...tombstone }])).values()]);
  const dependencies = [
    ...(await db.dependencies.where('dependentTeamId').equals(teamId).toArray()),
    ...(await db.dependencies.where('dependsOnTeamId').equals(teamId).toArray()),
  ];
  await db.dependencies.bulkPut([...new Map(dependencies.filter((d) => d.deletedAt === null).map((d) => [d.id, { ...d, ...tombstone }])).values()]);
}
