import { describe, expect, it } from 'vitest';
import {
  collaborationGraph, crossGroupShare, crossSideShare, explainCrossGroup, explainCrossSide, filterGraph, groupChoices, silos, teamSide, UNGROUPED, type GraphInput, type TeamSide,
} from '../../../shared/design/collaborationGraph';
import type { InteractionMode, TeamType } from '../../../shared/model';

const team = (id: string, name: string, type: TeamType | null = null, groupId: string | null = null) => ({ id, name, type, groupId, deletedAt: null as string | null });
const interaction = (id: string, providerTeamId: string, consumerTeamId: string, mode: InteractionMode, purpose = '') => ({ id, providerTeamId, consumerTeamId, mode, purpose, deletedAt: null as string | null });
const objective = (id: string, title: string, ownerTeamIds: string[]) => ({ id, title, ownerTeamIds, deletedAt: null as string | null });

function input(over: Partial<GraphInput> = {}): GraphInput {
  return {
    teams: [team('a', 'Payments', 'stream-aligned', 'g1'), team('b', 'Cloud', 'platform', 'g2'), team('c', 'Sales Ops', null, 'g1'), team('d', 'Pricing', 'complicated-subsystem')],
    interactions: [interaction('i1', 'b', 'a', 'x-as-a-service', 'hosting')],
    objectives: [objective('o1', 'Grow revenue', ['a', 'c'])],
    sides: new Map<string, TeamSide>([['a', 'technology'], ['b', 'technology'], ['c', 'business'], ['d', 'technology']]),
    groupIds: new Set(['g1', 'g2']),
    ...over,
  };
}

describe('teamSide', () => {
  it('calls a team business when more than half of its FTE comes from business departments', () => {
    expect(teamSide({ members: 4, fteShare: 0.6 })).toBe('business');
  });
  it('calls a team of exactly half business FTE technology: the business must be the majority', () => {
    expect(teamSide({ members: 4, fteShare: 0.5 })).toBe('technology');
  });
  it('leaves a team nobody is on unstaffed: it belongs to neither side', () => {
    expect(teamSide({ members: 0, fteShare: 0 })).toBe('unstaffed');
  });
});

describe('collaborationGraph', () => {
  it('draws an X-as-a-service interaction as a link from provider to consumer with its purpose', () => {
    const graph = collaborationGraph(input());
    expect(graph.links.find((l) => l.id === 'i1')).toEqual({ id: 'i1', kind: 'x-as-a-service', from: 'b', to: 'a', directed: true, detail: ['hosting'] });
  });
  it('draws a collaboration both ways and a facilitating interaction from facilitator to team helped', () => {
    const graph = collaborationGraph(input({ interactions: [interaction('i1', 'a', 'b', 'collaboration'), interaction('i2', 'd', 'a', 'facilitating')] }));
    expect(graph.links.find((l) => l.id === 'i1')?.directed).toBe(false);
    expect(graph.links.find((l) => l.id === 'i2')).toMatchObject({ from: 'd', to: 'a', directed: true });
  });
  it('joins every pair of an objective’s owner teams once, naming all the objectives they share', () => {
    const graph = collaborationGraph(input({ objectives: [objective('o1', 'Grow revenue', ['c', 'a', 'b']), objective('o2', 'Cut churn', ['a', 'c'])] }));
    const shared = graph.links.filter((l) => l.kind === 'shared-objective');
    expect(shared.map((l) => [l.from, l.to])).toEqual([['b', 'a'], ['b', 'c'], ['a', 'c']]);
    expect(shared.find((l) => l.from === 'a' && l.to === 'c')?.detail).toEqual(['Grow revenue', 'Cut churn']);
  });
  it('flags a team with neither an interaction nor a shared objective as a silo', () => {
    const graph = collaborationGraph(input());
    expect(silos(graph).map((t) => t.name)).toEqual(['Pricing']);
  });
  it('ignores deleted interactions, deleted objectives, deleted teams and links to teams of other plans', () => {
    const deleted = { ...interaction('i9', 'a', 'd', 'collaboration'), deletedAt: '2026-01-01T00:00:00.000Z' };
    const graph = collaborationGraph(input({
      teams: [...input().teams, { ...team('e', 'Gone'), deletedAt: '2026-01-01T00:00:00.000Z' }],
      interactions: [deleted, interaction('i8', 'a', 'elsewhere', 'collaboration'), interaction('i7', 'e', 'd', 'collaboration')],
      objectives: [{ ...objective('o9', 'Old', ['a', 'd']), deletedAt: '2026-01-01T00:00:00.000Z' }, objective('o8', 'Other plan', ['d', 'x'])],
    }));
    expect(graph.links).toEqual([]);
    expect(graph.teams.map((t) => t.name)).toEqual(['Cloud', 'Payments', 'Pricing', 'Sales Ops']);
    expect(silos(graph)).toHaveLength(4);
  });
  it('treats a team whose group was deleted as outside any group', () => {
    const graph = collaborationGraph(input({ groupIds: new Set(['g2']) }));
    expect(graph.teams.find((t) => t.id === 'a')?.groupId).toBeNull();
  });
});

describe('filterGraph', () => {
  const graph = collaborationGraph(input({ interactions: [interaction('i1', 'b', 'a', 'x-as-a-service'), interaction('i2', 'a', 'c', 'collaboration')] }));
  it('keeps the teams of the chosen groups and only the links between them', () => {
    const shown = filterGraph(graph, { groupIds: ['g1'], types: [], kinds: [] });
    expect(shown.teams.map((t) => t.id)).toEqual(['a', 'c']);
    expect(shown.links.map((l) => l.id).sort()).toEqual(['i2', 'shared:a|c']);
  });
  it('offers "No group" for teams outside any group', () => {
    expect(filterGraph(graph, { groupIds: [UNGROUPED], types: [], kinds: [] }).teams.map((t) => t.id)).toEqual(['d']);
  });
  it('filters by type, with null for teams without a type', () => {
    expect(filterGraph(graph, { groupIds: [], types: ['platform', null], kinds: [] }).teams.map((t) => t.id)).toEqual(['b', 'c']);
  });
  it('filters links by mode and keeps every team', () => {
    const shown = filterGraph(graph, { groupIds: [], types: [], kinds: ['collaboration'] });
    expect(shown.links.map((l) => l.id)).toEqual(['i2']);
    expect(shown.teams).toHaveLength(4);
  });
  it('does not make a team a silo because its links are filtered away', () => {
    const shown = filterGraph(graph, { groupIds: [], types: [], kinds: ['facilitating'] });
    expect(silos(shown).map((t) => t.id)).toEqual(['d']);
  });
});

describe('crossing shares', () => {
  it('counts the links joining a technology team and a business team, leaving out unstaffed teams', () => {
    const sides = new Map<string, TeamSide>([['a', 'technology'], ['b', 'unstaffed'], ['c', 'business'], ['d', 'technology']]);
    const graph = collaborationGraph(input({ sides, interactions: [interaction('i1', 'b', 'a', 'x-as-a-service'), interaction('i2', 'd', 'a', 'facilitating')] }));
    expect(crossSideShare(graph)).toEqual({ crossing: 1, counted: 2, leftOut: 1, share: 0.5 });
    expect(explainCrossSide(crossSideShare(graph))).toEqual({
      figure: '50 %',
      sentence: '1 of 2 links join a technology team and a business team (a team is business when more than half of its FTE comes from business departments). 1 link with a team nobody is on yet is not counted.',
    });
  });
  it('counts the links joining two groups, leaving out teams outside any group', () => {
    const graph = collaborationGraph(input({ interactions: [interaction('i1', 'b', 'a', 'x-as-a-service'), interaction('i2', 'd', 'a', 'facilitating')] }));
    // i1 g2→g1 crosses; the shared objective a–c stays in g1; i2 has a team outside any group.
    expect(crossGroupShare(graph)).toEqual({ crossing: 1, counted: 2, leftOut: 1, share: 0.5 });
    expect(explainCrossGroup(crossGroupShare(graph), 'tribe').sentence).toBe('1 of 2 links join teams of two different tribes: the rest stay inside one tribe. 1 link with a team outside any tribe is not counted.');
  });
  it('says so plainly when there is nothing to count', () => {
    const graph = collaborationGraph(input({ interactions: [], objectives: [] }));
    expect(crossSideShare(graph).share).toBeNull();
    expect(explainCrossSide(crossSideShare(graph)).figure).toBe('—');
    expect(explainCrossGroup(crossGroupShare(graph)).sentence).toBe('No link joins two teams that both belong to a group, so nothing crosses between groups yet.');
  });
});

describe('groupChoices', () => {
  it('lists the live groups by name, then "No group" when a team has none', () => {
    const graph = collaborationGraph(input());
    const groups = [{ id: 'g2', name: 'Platform tribe', deletedAt: null }, { id: 'g1', name: 'Commerce', deletedAt: null }, { id: 'g3', name: 'Old', deletedAt: '2026-01-01T00:00:00.000Z' }];
    expect(groupChoices(groups, graph.teams)).toEqual([{ id: 'g1', name: 'Commerce' }, { id: 'g2', name: 'Platform tribe' }, { id: UNGROUPED, name: 'No group' }]);
  });
});
