import { startTransition, useEffect, useState } from 'react';
import type { AlignmentNode } from '../../../shared/rules';
import { useReadyMark } from '../../ui/useReadyMark';
import type { ObjectiveRow } from './okrBoard';
import { ObjectiveCard } from './ObjectiveCard';
import styles from './ObjectiveList.module.css';

export interface RowNode {
  id: string;
  parentId: string | null;
  row: ObjectiveRow;
}

/** Objectives grouped by the objective they contribute to (the alignment tree), nested lists. */
export function ObjectiveTree({ nodes, expected, label, nested = false, keyResultsOpen = false }: { nodes: AlignmentNode<RowNode>[]; expected: number; label: string; nested?: boolean; keyResultsOpen?: boolean }) {
  return (
    <ul className={nested ? styles.children : styles.tree} aria-label={label}>
      {nodes.map(({ objective: node, children }) => (
        <li key={node.id}>
          <ObjectiveCard row={node.row} expected={expected} showParent={!nested} keyResultsOpen={keyResultsOpen} />
          {children.length > 0 ? (
            <ObjectiveTree nodes={children} expected={expected} label={`Contributing to ${node.row.objective.title}`} nested keyResultsOpen={keyResultsOpen} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Enough top-level objectives to fill the first screen. */
const FIRST_SCREEN = 24;

/**
 * A period with hundreds of objectives: the first screen is rendered at once, the rest right after
 * in a transition (React renders it in slices, so the page stays responsive while it grows).
 * Give it a key per period and filter so each new list starts with its first screen again.
 */
export function ProgressiveObjectiveTree({ nodes, expected }: { nodes: AlignmentNode<RowNode>[]; expected: number }) {
  const [complete, setComplete] = useState(nodes.length <= FIRST_SCREEN);
  useEffect(() => {
    if (!complete) startTransition(() => setComplete(true));
  }, [complete]);
  useReadyMark('teamshape:okrs-complete', complete);
  // A short list shows its key results unfolded; a long one keeps them one click away.
  return <ObjectiveTree nodes={complete ? nodes : nodes.slice(0, FIRST_SCREEN)} expected={expected} label="Objectives" keyResultsOpen={nodes.length <= FIRST_SCREEN} />;
}
