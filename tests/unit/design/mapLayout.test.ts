import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { collaborationGraph, type TeamSide } from '../../../shared/design/collaborationGraph';
import { arrowHead, mapDrawing } from '../../../shared/design/mapDrawing';
import { borderPoint, linkLanes, shapePath, teamBox, wrapName } from '../../../shared/design/mapGeometry';
import { FORCE_LIMIT, groupGraphs, NO_GROUP_BOX, packGraph, readLayout, type ElkGraphNode } from '../../../shared/design/mapLayout';
import { mapSvg } from '../../../shared/design/mapSvg';
import type { InteractionMode } from '../../../shared/model';

const none = null as string | null;
function sampleGraph() {
  const teams = [
    { id: 'a', name: 'Payments & Billing', type: 'stream-aligned' as const, groupId: 'g1', deletedAt: none },
    { id: 'b', name: 'Cloud', type: 'platform' as const, groupId: 'g1', deletedAt: none },
    { id: 'c', name: 'Coaching', type: 'enabling' as const, groupId: 'g2', deletedAt: none },
    { id: 'd', name: 'Pricing <Science>', type: 'complicated-subsystem' as const, groupId: null, deletedAt: none },
  ];
  const i = (id: string, p: string, c: string, mode: InteractionMode) => ({ id, providerTeamId: p, consumerTeamId: c, mode, purpose: '', deletedAt: none });
  return collaborationGraph({
    teams,
    interactions: [i('i1', 'b', 'a', 'x-as-a-service'), i('i2', 'c', 'a', 'facilitating'), i('i3', 'a', 'b', 'collaboration')],
    objectives: [{ id: 'o1', title: 'Launch', ownerTeamIds: ['a', 'b'], deletedAt: none }],
    sides: new Map<string, TeamSide>(teams.map((t) => [t.id, 'technology'])),
    groupIds: new Set(['g1', 'g2']),
  });
}
const groups = [{ id: 'g1', name: 'Commerce' }, { id: 'g2', name: 'Enablement' }];

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the map layout', () => {
  it('puts each group’s teams in a box of their own and the teams outside any group in a "No group" box', () => {
    const boxes = groupGraphs(sampleGraph(), groups);
    expect(boxes.map((b) => [b.boxId, b.graph.children?.map((t) => t.id)])).toEqual([['g1', ['b', 'a']], ['g2', ['c']], [NO_GROUP_BOX, ['d']]]);
  });
  it('lays out a group by its inner links only, one edge per pair of teams', () => {
    const boxes = groupGraphs(sampleGraph(), groups);
    expect(boxes[0]?.graph.edges).toHaveLength(1);
    expect(boxes[0]?.graph.layoutOptions?.['elk.algorithm']).toBe('force');
    expect(boxes[1]?.graph.layoutOptions?.['elk.algorithm']).toBe('rectpacking');
  });
  it('packs a box of more teams than a force layout can place quickly in rows', () => {
    const n = FORCE_LIMIT + 1;
    const teams = Array.from({ length: n }, (_, k) => ({ id: `t${k}`, name: `Team ${k}`, type: null, groupId: null, deletedAt: none }));
    const graph = collaborationGraph({ teams, interactions: [{ id: 'x', providerTeamId: 't0', consumerTeamId: 't1', mode: 'collaboration', purpose: '', deletedAt: none }], objectives: [], sides: new Map(), groupIds: new Set() });
    expect(groupGraphs(graph, [])[0]?.graph.layoutOptions?.['elk.algorithm']).toBe('rectpacking');
  });
  it('is laid out by elkjs with no two teams overlapping and every team inside its group box', async () => {
    const graph = sampleGraph();
    const elk = new ELK();
    const run = async (input: ElkGraphNode) => (await elk.layout(input as Parameters<typeof elk.layout>[0])) as ElkGraphNode;
    const laidOutGroups = await Promise.all(groupGraphs(graph, groups).map((g) => run(g.graph)));
    const layout = readLayout(laidOutGroups, await run(packGraph(laidOutGroups)), groups);
    const rects = Object.values(layout.teams);
    expect(rects).toHaveLength(4);
    for (let x = 0; x < rects.length; x++) for (let y = x + 1; y < rects.length; y++) expect(overlap(rects[x]!, rects[y]!)).toBe(false);
    for (let x = 0; x < layout.groups.length; x++) for (let y = x + 1; y < layout.groups.length; y++) expect(overlap(layout.groups[x]!, layout.groups[y]!)).toBe(false);
    const commerce = layout.groups.find((g) => g.id === 'g1')!;
    expect(commerce.name).toBe('Commerce');
    for (const id of ['a', 'b']) {
      const r = layout.teams[id]!;
      expect(r.x).toBeGreaterThanOrEqual(commerce.x);
      expect(r.x + r.width).toBeLessThanOrEqual(commerce.x + commerce.width);
      expect(r.y).toBeGreaterThan(commerce.y + 30);
      expect(r.y + r.height).toBeLessThanOrEqual(commerce.y + commerce.height);
    }
    const drawing = mapDrawing(graph, layout, 'tribe');
    expect(drawing.groups.find((g) => g.id === NO_GROUP_BOX)?.caption).toBe('1 team outside any tribe');
    // Arrowheads: one each for X-as-a-service and facilitating, two for the collaboration.
    const heads = (kind: string) => (drawing.links.find((l) => l.kind === kind)?.heads.match(/M/g) ?? []).length;
    expect([heads('x-as-a-service'), heads('facilitating'), heads('collaboration'), heads('shared-objective')]).toEqual([1, 1, 2, 0]);
    expect(drawing.teams.find((t) => t.id === 'd')?.silo).toBe(true);

    const svg = mapSvg(drawing, { title: 'Collaboration map', meta: 'Live · Q4 2026' });
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Pricing &lt;Science&gt;');
    expect(svg).toContain('Payments &amp; Billing');
    expect(svg).toContain('>SILO<');
    expect(svg).not.toContain('style=');
  });
});

describe('map geometry', () => {
  it('wraps a long name onto lines that fit the box and breaks a word longer than a line', () => {
    expect(wrapName('Customer Identity and Access Management', 176)).toEqual(['Customer Identity and', 'Access Management']);
    expect(wrapName('Supercalifragilisticexpialidocious', 124).every((line) => line.length <= 14)).toBe(true);
  });
  it('grows a box for a name of three lines', () => {
    expect(teamBox('A very long team name that needs three lines to fit', 'stream-aligned').height).toBeGreaterThan(44);
  });
  it('draws each type with its conventional shape: a pill, a plain bar, an octagon', () => {
    expect(shapePath('stream-aligned', 100, 40)).toContain('A20,20');
    expect(shapePath('complicated-subsystem', 100, 42)).toMatch(/^M14,0H86L100,14/);
  });
  it('starts a link where the line between centres leaves the box', () => {
    expect(borderPoint({ x: 0, y: 0, width: 100, height: 40 }, { x: 300, y: 20 }, 0)).toEqual({ x: 100, y: 20 });
  });
  it('bends the second link between the same two teams apart from the first', () => {
    expect([...linkLanes([{ id: '1', from: 'a', to: 'b' }, { id: '2', from: 'b', to: 'a' }, { id: '3', from: 'a', to: 'c' }])]).toEqual([['1', 0], ['2', 1], ['3', 0]]);
  });
  it('points an arrowhead at its tip, away from where the line comes from', () => {
    expect(arrowHead({ x: 10, y: 0 }, { x: 0, y: 0 })).toBe('M10,0L1,4.5L1,-4.5Z');
  });
});
