import { collaborationGraph } from '../../../../shared/design/collaborationGraph';
import { INTERACTION_MODES, TEAM_TYPES } from '../../../../shared/model';
import { layoutMap } from './layoutInWorker';

const WARM_TEAMS = 40;
const WARM_GROUPS = 4;

/**
 * Starts the map's layout worker and lays out a small made-up map in it, while the app is idle:
 * loading elkjs and its first layouts cost about a second, which the first opening of the
 * collaboration map would otherwise wait for. Nothing of the made-up map is kept or shown.
 */
export function prewarmMapLayout(): Promise<unknown> {
  const groups = Array.from({ length: WARM_GROUPS }, (_, g) => ({ id: `warm-group-${g}`, name: `Group ${g + 1}` }));
  const teams = Array.from({ length: WARM_TEAMS }, (_, t) => ({
    id: `warm-team-${t}`,
    name: `Team ${t + 1}`,
    type: TEAM_TYPES[t % TEAM_TYPES.length]!,
    groupId: t % 5 === 0 ? null : groups[t % WARM_GROUPS]!.id,
    deletedAt: null,
  }));
  const interactions = teams.flatMap((team, t) =>
    [1, 7].map((step, k) => ({
      id: `warm-link-${t}-${k}`,
      providerTeamId: team.id,
      consumerTeamId: teams[(t + step) % WARM_TEAMS]!.id,
      mode: INTERACTION_MODES[(t + k) % INTERACTION_MODES.length]!,
      purpose: 'Warm-up',
      deletedAt: null,
    })),
  );
  const graph = collaborationGraph({
    teams,
    interactions,
    objectives: [],
    sides: new Map(teams.map((team, t) => [team.id, t % 3 === 0 ? 'business' : 'technology'] as const)),
    groupIds: new Set(groups.map((group) => group.id)),
  });
  return layoutMap(graph, groups, 'group');
}

let prewarmed = false;

/** After the app has settled (a few seconds, then an idle moment), once per window. */
export function prewarmMapLayoutWhenIdle(delayMs = 4_000): () => void {
  if (prewarmed || typeof Worker === 'undefined') return () => undefined;
  let idle: number | undefined;
  const timer = setTimeout(() => {
    const start = () => {
      prewarmed = true;
      void prewarmMapLayout();
    };
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(start, { timeout: 5_000 });
    else start();
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
