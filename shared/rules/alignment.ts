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

/** How many objectives a tree holds, contributors included. */
export function alignmentTreeSize<T>(nodes: readonly AlignmentNode<T>[]): number {
  let count = 0;
  for (const node of nodes) count += 1 + alignmentTreeSize(node.children);
  return count;
}

/**
 * The first `count` objectives of a tree in reading order (each objective before its
 * contributors), still as a tree: a long list's first screen. Counting roots alone would not do:
 * one root can carry dozens of contributors.
 */
export function alignmentTreeHead<T>(nodes: readonly AlignmentNode<T>[], count: number): AlignmentNode<T>[] {
  let left = count;
  const take = (list: readonly AlignmentNode<T>[]): AlignmentNode<T>[] => {
    const head: AlignmentNode<T>[] = [];
    for (const node of list) {
      if (left <= 0) break;
      left--;
      const children = node.children.length > 0 && left > 0 ? take(node.children) : [];
      const whole = children.length === node.children.length && children.every((child, index) => child === node.children[index]);
      head.push(whole ? node : { objective: node.objective, children });
    }
    return head;
  };
  return take(nodes);
}
