import type { Dependency, DependencyState, Interaction } from '../model';
import type { Stamp } from './planEdits';

/** A plan's interactions and dependencies (tombstones allowed: they are left alone). */
export interface TeamLinks {
  interactions: readonly Interaction[];
  dependencies: readonly Dependency[];
}

/** The records that changed: re-pointed, merged into another (tombstones) or dropped (tombstones). */
export interface RepointedLinks {
  interactions: Interaction[];
  dependencies: Dependency[];
}

const SEVERITY: Record<DependencyState, number> = { blocking: 2, slowing: 1, fine: 0 };
const MAX_TEXT = 400;

const touched = <T extends { updatedAt: string; updatedBy: string | null }>(record: T, stamp: Stamp): T => ({ ...record, updatedAt: stamp.at, updatedBy: stamp.actor });
const dropped = <T extends { deletedAt: string | null; updatedAt: string; updatedBy: string | null }>(record: T, stamp: Stamp): T => ({ ...touched(record, stamp), deletedAt: stamp.at });

function joinTexts(texts: readonly string[]): string {
  const distinct = [...new Set(texts.map((t) => t.trim()).filter((t) => t !== ''))];
  const joined = distinct.join('; ');
  return joined.length <= MAX_TEXT ? joined : `${joined.slice(0, MAX_TEXT - 1)}…`;
}

/** Collaboration works both ways: A with B is B with A. The other modes have a direction. */
function interactionKey(i: Pick<Interaction, 'providerTeamId' | 'consumerTeamId' | 'mode'>): string {
  const pair = i.mode === 'collaboration' ? [i.providerTeamId, i.consumerTeamId].sort() : [i.providerTeamId, i.consumerTeamId];
  return `${i.mode}\u0000${pair.join('\u0000')}`;
}

/**
 * When teams merge, their interactions and dependencies point at the merged team. One that now
 * links the merged team with itself is dropped; two that became the same (same teams, same mode;
 * or the same dependent and depended-on team) become one: an interaction keeps the earliest start,
 * the latest end (open if either is) and both purposes, a dependency keeps the most severe state
 * with its date and both notes. Returns only the records that change.
 */
export function repointLinksOnMerge(links: TeamLinks, mergedTeamIds: readonly string[], toTeamId: string, stamp: Stamp): RepointedLinks {
  const merged = new Set(mergedTeamIds);
  const to = (id: string) => (merged.has(id) ? toTeamId : id);
  const out: RepointedLinks = { interactions: [], dependencies: [] };

  const interactions = new Map<string, Interaction[]>();
  for (const i of links.interactions) {
    if (i.deletedAt !== null || (!merged.has(i.providerTeamId) && !merged.has(i.consumerTeamId))) continue;
    const moved = touched({ ...i, providerTeamId: to(i.providerTeamId), consumerTeamId: to(i.consumerTeamId) }, stamp);
    if (moved.providerTeamId === moved.consumerTeamId) {
      out.interactions.push(dropped(i, stamp));
      continue;
    }
    const key = interactionKey(moved);
    interactions.set(key, [...(interactions.get(key) ?? []), moved]);
  }
  for (const same of interactions.values()) {
    same.sort((a, b) => (a.start === b.start ? (a.id < b.id ? -1 : 1) : a.start < b.start ? -1 : 1));
    const [kept, ...rest] = same as [Interaction, ...Interaction[]];
    if (rest.length > 0) {
      const ends = same.map((i) => i.end);
      kept.end = ends.includes(null) ? null : ends.reduce((a, b) => (a! > b! ? a : b));
      kept.purpose = joinTexts(same.map((i) => i.purpose));
    }
    out.interactions.push(kept, ...rest.map((i) => ({ ...i, deletedAt: stamp.at })));
  }

  const dependencies = new Map<string, Dependency[]>();
  for (const d of links.dependencies) {
    if (d.deletedAt !== null || (!merged.has(d.dependentTeamId) && !merged.has(d.dependsOnTeamId))) continue;
    const moved = touched({ ...d, dependentTeamId: to(d.dependentTeamId), dependsOnTeamId: to(d.dependsOnTeamId) }, stamp);
    if (moved.dependentTeamId === moved.dependsOnTeamId) {
      out.dependencies.push(dropped(d, stamp));
      continue;
    }
    const key = `${moved.dependentTeamId}\u0000${moved.dependsOnTeamId}`;
    dependencies.set(key, [...(dependencies.get(key) ?? []), moved]);
  }
  for (const same of dependencies.values()) {
    same.sort((a, b) => SEVERITY[b.state] - SEVERITY[a.state] || (a.since < b.since ? -1 : a.since > b.since ? 1 : a.id < b.id ? -1 : 1));
    const [kept, ...rest] = same as [Dependency, ...Dependency[]];
    if (rest.length > 0) kept.note = joinTexts(same.map((d) => d.note));
    out.dependencies.push(kept, ...rest.map((d) => ({ ...d, deletedAt: stamp.at })));
  }
  return out;
}

/** The interactions and dependencies of one team, alive: what the split dialog lists. */
export function linksOfTeam(links: TeamLinks, teamId: string): TeamLinks {
  return {
    interactions: links.interactions.filter((i) => i.deletedAt === null && (i.providerTeamId === teamId || i.consumerTeamId === teamId)),
    dependencies: links.dependencies.filter((d) => d.deletedAt === null && (d.dependentTeamId === teamId || d.dependsOnTeamId === teamId)),
  };
}

/**
 * When a team splits, each of its interactions and dependencies goes to the part chosen for it
 * (`partOf`: record id → index of the part), by default the first part. Returns the changed records.
 */
export function repointLinksOnSplit(links: TeamLinks, teamId: string, partTeamIds: readonly string[], partOf: Readonly<Record<string, number>>, stamp: Stamp): RepointedLinks {
  const own = linksOfTeam(links, teamId);
  const target = (id: string) => partTeamIds[partOf[id] ?? 0] ?? partTeamIds[0]!;
  const swap = (value: string, to: string) => (value === teamId ? to : value);
  return {
    interactions: own.interactions.map((i) => {
      const to = target(i.id);
      return touched({ ...i, providerTeamId: swap(i.providerTeamId, to), consumerTeamId: swap(i.consumerTeamId, to) }, stamp);
    }),
    dependencies: own.dependencies.map((d) => {
      const to = target(d.id);
      return touched({ ...d, dependentTeamId: swap(d.dependentTeamId, to), dependsOnTeamId: swap(d.dependsOnTeamId, to) }, stamp);
    }),
  };
}
