import { memo, useCallback, useState } from 'react';
import { useReadyMark } from '../../ui/useReadyMark';
import type { ObjectiveListRow } from './objectiveListRows';
import { ObjectiveListItem, type KeyResultsOpenChange } from './ObjectiveListItem';
import { VirtualObjectiveList } from './VirtualObjectiveList';
import styles from './ObjectiveList.module.css';

/** Up to this many objectives, every card is rendered and shows its key results unfolded. */
export const SHORT_LIST = 24;
/** Which cards show their key results: as the list starts (unfolded when short), then as the user left each one. */
function useKeyResultsOpen(unfolded: boolean): [(objectiveId: string) => boolean, KeyResultsOpenChange] {
  const [changed, setChanged] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const isOpen = useCallback((objectiveId: string) => changed.get(objectiveId) ?? unfolded, [changed, unfolded]);
  const setOpen = useCallback<KeyResultsOpenChange>((objectiveId, open) => setChanged((old) => new Map(old).set(objectiveId, open)), []);
  return [isOpen, setOpen];
}

/**
 * A period's objectives in reading order of the alignment tree, as one list named "Objectives". A
 * short list renders every card with its key results unfolded; a long one (hundreds of objectives)
 * is virtualised, its key results one click away. Give it a key per period and filter (or its own
 * kept view): which cards are unfolded belongs to one list.
 */
export const ObjectiveList = memo(function ObjectiveList({ rows, expected }: { rows: readonly ObjectiveListRow[]; expected: number }) {
  const short = rows.length <= SHORT_LIST;
  const [isOpen, setOpen] = useKeyResultsOpen(short);
  if (!short) return <VirtualObjectiveList rows={rows} expected={expected} isOpen={isOpen} onKeyResultsOpenChange={setOpen} />;
  return <ShortObjectiveList rows={rows} expected={expected} isOpen={isOpen} onKeyResultsOpenChange={setOpen} />;
});

function ShortObjectiveList({ rows, expected, isOpen, onKeyResultsOpenChange }: { rows: readonly ObjectiveListRow[]; expected: number; isOpen: (objectiveId: string) => boolean; onKeyResultsOpenChange: KeyResultsOpenChange }) {
  useReadyMark('teamshape:okrs-complete', true);
  return (
    <ul className={styles.objectives} aria-label="Objectives">
      {rows.map((item, index) => (
        <ObjectiveListItem
          key={item.row.objective.id}
          item={item}
          index={index}
          expected={expected}
          keyResultsOpen={isOpen(item.row.objective.id)}
          onKeyResultsOpenChange={onKeyResultsOpenChange}
        />
      ))}
    </ul>
  );
}
