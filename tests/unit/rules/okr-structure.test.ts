import { describe, expect, it } from 'vitest';
import { alignmentRows, alignmentTree, keyResultTargetProblem, type AlignmentNode, organisationOkrSummary, teamOkrs, wouldCreateAlignmentCycle } from '../../../shared/rules';

const o = (id: string, parentId: string | null = null, ownerTeamIds = ['t:a']) => ({ id, parentId, ownerTeamIds, deletedAt: null });

describe('alignment tree', () => {
  it('nests objectives under the objective they contribute to, keeping list order', () => {
    const tree = alignmentTree([o('company'), o('payments', 'company'), o('portal', 'company'), o('faq', 'portal')]);
    expect(tree.map((n) => n.objective.id)).toEqual(['company']);
    expect(tree[0]!.children.map((n) => n.objective.id)).toEqual(['payments', 'portal']);
    expect(tree[0]!.children[1]!.children.map((n) => n.objective.id)).toEqual(['faq']);
  });

  it('shows an objective whose parent is elsewhere (another period, filtered out) at the top level', () => {
    expect(alignmentTree([o('child', 'not-in-list')]).map((n) => n.objective.id)).toEqual(['child']);
  });

  it('never loses an objective caught in a parent loop', () => {
    const tree = alignmentTree([o('a', 'b'), o('b', 'a'), o('c', 'a')]);
    const ids = (nodes: typeof tree): string[] => nodes.flatMap((n) => [n.objective.id, ...ids(n.children)]);
    expect(ids(tree).sort()).toEqual(['a', 'b', 'c']);
  });

  it('reads a tree as one list: each objective, then its contributors, with its depth and place among its siblings', () => {
    const tree = alignmentTree([o('company'), o('payments', 'company'), o('portal', 'company'), o('faq', 'portal'), o('ops'), o('infra', 'ops')]);
    const rows = alignmentRows(tree).map((r) => [r.objective.id, r.depth, r.position, r.siblings]);
    expect(rows).toEqual([
      ['company', 0, 1, 2],
      ['payments', 1, 1, 2],
      ['portal', 1, 2, 2],
      ['faq', 2, 1, 1],
      ['ops', 0, 2, 2],
      ['infra', 1, 1, 1],
    ]);
    expect(alignmentRows([])).toEqual([]);
  });

  it('keeps every objective of a long chain of contributors, deeper than a call stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => o(`o${i}`, i === 0 ? null : `o${i - 1}`));
    // Built by hand: alignmentTree's own cycle check walks each chain, quadratic at this length.
    const nodes: AlignmentNode<(typeof chain)[number]>[] = chain.map((objective) => ({ objective, children: [] }));
    for (let i = 1; i < nodes.length; i++) nodes[i - 1]!.children.push(nodes[i]!);
    const rows = alignmentRows([nodes[0]!]);
    expect(rows).toHaveLength(20_000);
    expect(rows[19_999]).toMatchObject({ depth: 19_999, position: 1, siblings: 1 });
  });

  it('recognises a parent that would make an objective contribute to itself', () => {
    const parents: Record<string, string | null> = { company: null, portal: 'company', faq: 'portal' };
    expect(wouldCreateAlignmentCycle('company', 'faq', (id) => parents[id])).toBe(true);
    expect(wouldCreateAlignmentCycle('faq', 'faq', (id) => parents[id])).toBe(true);
    expect(wouldCreateAlignmentCycle('faq', 'company', (id) => parents[id])).toBe(false);
  });
});

describe('organisation and team views', () => {
  const teams = [
    { id: 't:portal', name: 'Customer Portal', deletedAt: null },
    { id: 't:desk', name: 'Service Desk', deletedAt: null },
    { id: 't:cloud', name: 'Cloud Infrastructure', deletedAt: null },
    { id: 't:old', name: 'Old team', deletedAt: '2026-10-02T09:00:00.000Z' },
  ];
  const objectives = [
    o('self-service', null, ['t:portal', 't:desk']),
    o('portal-speed', null, ['t:portal']),
    { ...o('gone', null, ['t:cloud', 't:desk']), deletedAt: '2026-10-02T09:00:00.000Z' },
  ];

  it('counts objectives shared by two or more teams and names the teams owning none', () => {
    const summary = organisationOkrSummary(objectives, teams);
    expect(summary.objectiveCount).toBe(2);
    expect(summary.sharedCount).toBe(1);
    expect(summary.teamsWithoutObjective.map((t) => t.name)).toEqual(['Cloud Infrastructure']);
  });

  it('splits a team’s objectives into those it owns alone and those it shares, naming the other owners', () => {
    const portal = teamOkrs('t:portal', objectives);
    expect(portal.alone.map((x) => x.id)).toEqual(['portal-speed']);
    expect(portal.shared).toEqual([{ objective: objectives[0], otherOwnerIds: ['t:desk'] }]);
    expect(teamOkrs('t:cloud', objectives)).toEqual({ alone: [], shared: [] });
  });
});

describe('start and target of a key result', () => {
  it('accepts targets in the direction of the metric, and a target equal to its start', () => {
    expect(keyResultTargetProblem('increase', 20, 45)).toBeUndefined();
    expect(keyResultTargetProblem('decrease', 48, 38)).toBeUndefined();
    expect(keyResultTargetProblem('increase', 5, 5)).toBeUndefined();
    expect(keyResultTargetProblem('stayBelow', 12, 10)).toBeUndefined();
  });

  it('refuses an "increase to" whose target is below its start, saying what to do', () => {
    expect(keyResultTargetProblem('increase', 45, 20)).toBe(
      'An "increase to" key result needs a target at or above its start (45): raise the target, or choose "Decrease to".',
    );
  });

  it('refuses a "decrease to" whose target is above its start', () => {
    expect(keyResultTargetProblem('decrease', 38, 48)).toMatch(/needs a target at or below its start \(38\)/);
  });

  it('keeps milestones at 0 (not done) to 1 (done)', () => {
    expect(keyResultTargetProblem('milestone', 0, 1)).toBeUndefined();
    expect(keyResultTargetProblem('milestone', 0, 5)).toMatch(/^A milestone goes from 0/);
  });
});
