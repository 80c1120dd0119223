import type { Objective } from '../model';

export interface AlignmentNode<T> {
  objective: T;
  /** Objectives in the list that contribute to this one, in list order. */
  children: AlignmentNode<T>[];
}

type Aligned = Pick<Objective, 'id' | 'parentId'>;

/**
 * The alignment tree of a list of objectives: each objective under its parent, in list order.
 * An objective whose parent is not in the list (another period, filtered out, deleted) is a root,
 * and so is any objective caught in a parent cycle, so every objective appears exactly once.
 */
export function alignmentTree<T extends Aligned>(objectives: readonly T[]): AlignmentNode<T>[] {
  const nodes = new Map<string, AlignmentNode<T>>(objectives.map((o) => [o.id, { objective: o, children: [] }]));
  const roots: AlignmentNode<T>[] = [];
  for (const objective of objectives) {
    const node = nodes.get(objective.id)!;
    const parent = objective.parentId ? nodes.get(objective.parentId) : undefined;
    if (parent && !reachesItself(objective, nodes)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function reachesItself<T extends Aligned>(objective: T, nodes: Map<string, AlignmentNode<T>>): boolean {
  const seen = new Set<string>([objective.id]);
  let parentId = objective.parentId;
  while (parentId) {
    if (seen.has(parentId)) return parentId === objective.id;
    seen.add(parentId);
    parentId = nodes.get(parentId)?.objective.parentId ?? null;
  }
  return false;
}

/**
 * True when making `parentId` the parent of `objectiveId` would create a loop (an objective
 * contributing to itself, directly or through others). `parentOf` looks up an objective's parent.
 */
export function wouldCreateAlignmentCycle(objectiveId: string, parentId: string, parentOf: (id: string) => string | null | undefined): boolean {
  const seen = new Set<string>();
  let current: string | null | undefined = parentId;
  while (current) {
    if (current === objectiveId) return true;
    if (seen.has(current)) return false;
    seen.add(current);
    current = parentOf(current);
  }
  return false;
}

export interface AlignmentRow<T> {
  objective: T;
  /** 0 for an objective that contributes to none in the list, 1 for its contributors, 2 for theirs… */
  depth: number;
  /** Its place among the objectives of the same parent (or among the top level), from 1. */
  position: number;
  /** How many objectives share that parent (or the top level). */
  siblings: number;
}

/**
 * The tree in reading order, as one flat list: each objective, then its contributors (pre-order),
 * each with its depth and its place among its siblings, so a long list can be virtualised and still
 * say how it nests (aria-level, aria-posinset, aria-setsize).
 */
export function alignmentRows<T>(nodes: readonly AlignmentNode<T>[]): AlignmentRow<T>[] {
  const rows: AlignmentRow<T>[] = [];
  // An explicit stack: a chain of contributors can be deeper than the call stack allows.
  const stack: { list: readonly AlignmentNode<T>[]; next: number }[] = [{ list: nodes, next: 0 }];
  while (stack.length > 0) {
    const level = stack[stack.length - 1]!;
    const node = level.list[level.next];
    if (!node) {
      stack.pop();
      continue;
    }
    level.next++;
    rows.push({ objective: node.objective, depth: stack.length - 1, position: level.next, siblings: level.list.length });
    if (node.children.length > 0) stack.push({ list: node.children, next: 0 });
  }
  return rows;
}
