import { useMemo, useRef, type Ref } from 'react';
import { alignmentTreeHead, alignmentTreeSize, type AlignmentNode } from '../../../shared/rules';
import { screenfulOf, useFirstScreenThenAll, useRememberListTop } from '../../ui/firstScreen';
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
export function ObjectiveTree({ nodes, expected, label, nested = false, keyResultsOpen = false, listRef }: { nodes: AlignmentNode<RowNode>[]; expected: number; label: string; nested?: boolean; keyResultsOpen?: boolean; listRef?: Ref<HTMLUListElement> }) {
  return (
    <ul ref={listRef} className={nested ? styles.children : styles.tree} aria-label={label}>
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

/** Up to this many objectives, key results show unfolded. */
const SHORT_LIST = 24;
/** Shorter than any objective card (164 px or more at 1024–1440 wide): a screenful is at most the window height / this. */
const CARD_MIN_HEIGHT = 120;

/**
 * A period with hundreds of objectives: the first screen is rendered at once, the rest right after
 * in a transition (React renders it in slices, so the page stays responsive while it grows). The
 * first screen counts objectives in reading order, contributors included (one objective can carry
 * dozens). Give it a key per period and filter so each new list starts with its first screen again.
 */
export function ProgressiveObjectiveTree({ nodes, expected }: { nodes: AlignmentNode<RowNode>[]; expected: number }) {
  const list = useRef<HTMLUListElement>(null);
  const total = useMemo(() => alignmentTreeSize(nodes), [nodes]);
  const count = useFirstScreenThenAll(total, screenfulOf(CARD_MIN_HEIGHT, 'objectives'));
  useRememberListTop('objectives', list, total > 0);
  const shown = useMemo(() => (count === total ? nodes : alignmentTreeHead(nodes, count)), [nodes, count, total]);
  useReadyMark('teamshape:okrs-complete', count === total);
  // A short list shows its key results unfolded; a long one keeps them one click away.
  return <ObjectiveTree nodes={shown} expected={expected} label="Objectives" keyResultsOpen={total <= SHORT_LIST} listRef={list} />;
}
