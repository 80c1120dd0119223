import { alignmentRows, alignmentTree } from '../../../shared/rules';
import type { ObjectiveRow } from './okrBoard';

/** One objective of the OKRs page's list, where it sits in the alignment tree. */
export interface ObjectiveListRow {
  row: ObjectiveRow;
  /** 0 at the top level; a contributor is one deeper than the objective it contributes to. */
  depth: number;
  /** Its place among the objectives of the same parent (or the top level), from 1. */
  position: number;
  /** How many objectives share that parent (or the top level). */
  siblings: number;
}

/** A period's objectives as the page shows them: all of them, or those the chosen team owns or shares. */
export function visibleObjectiveRows(rows: readonly ObjectiveRow[], teamId: string | null): readonly ObjectiveRow[] {
  return teamId ? rows.filter((r) => r.objective.ownerTeamIds.includes(teamId)) : rows;
}

/**
 * The objectives in reading order of their alignment tree: each one, then those that contribute to
 * it. One whose parent is not shown (another period, filtered out, deleted) starts at the top level,
 * and its card names that parent instead.
 */
export function objectiveListRows(visible: readonly ObjectiveRow[]): ObjectiveListRow[] {
  const tree = alignmentTree(visible.map((row) => ({ id: row.objective.id, parentId: row.objective.parentId, row })));
  return alignmentRows(tree).map(({ objective, depth, position, siblings }) => ({ row: objective.row, depth, position, siblings }));
}
