import { memo, useCallback, type CSSProperties, type Ref } from 'react';
import { ObjectiveCard } from './ObjectiveCard';
import type { ObjectiveListRow } from './objectiveListRows';
import styles from './ObjectiveList.module.css';

/** Contributors deeper than this are indented no further (their level is still announced): cards stay readable at 1024 px. */
const DEEPEST_INDENT = 4;

export type KeyResultsOpenChange = (objectiveId: string, open: boolean) => void;

interface ObjectiveListItemProps {
  item: ObjectiveListRow;
  index: number;
  expected: number;
  keyResultsOpen: boolean;
  onKeyResultsOpenChange: KeyResultsOpenChange;
  /** The virtualiser's measuring ref; none when every row is rendered. */
  measure?: Ref<HTMLLIElement>;
  /** Set for the focused card kept out of the flow while the list shows other rows: its top in the list. */
  keptAt?: number;
}

/**
 * One objective of the list: its level in the alignment tree and its place among its siblings are
 * announced (aria-level, aria-posinset, aria-setsize), since the list itself is flat.
 */
export const ObjectiveListItem = memo(function ObjectiveListItem({ item, index, expected, keyResultsOpen, onKeyResultsOpenChange, measure, keptAt }: ObjectiveListItemProps) {
  const { row, depth, position, siblings } = item;
  const id = row.objective.id;
  const onOpenChange = useCallback((open: boolean) => onKeyResultsOpenChange(id, open), [onKeyResultsOpenChange, id]);
  const className = [styles.objective, index === 0 ? styles.firstObjective : '', keptAt === undefined ? '' : styles.keptObjective].filter(Boolean).join(' ');
  const style = { '--depth': Math.min(depth, DEEPEST_INDENT), top: keptAt } as CSSProperties;
  return (
    <li ref={measure} data-index={index} aria-level={depth + 1} aria-posinset={position} aria-setsize={siblings} className={className} style={style}>
      <ObjectiveCard row={row} expected={expected} keyResultsOpen={keyResultsOpen} onKeyResultsOpenChange={onOpenChange} />
    </li>
  );
});
