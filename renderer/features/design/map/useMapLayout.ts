import { useEffect, useState } from 'react';
import type { CollaborationGraph } from '../../../../shared/design/collaborationGraph';
import type { MapDrawing } from '../../../../shared/design/mapDrawing';
import type { MapGroupInput, MapLayout } from '../../../../shared/design/mapLayout';
import { layoutMap } from './layoutInWorker';

export type MapLayoutState = { status: 'laying-out' } | { status: 'ready'; graph: CollaborationGraph; layout: MapLayout; drawing: MapDrawing; millis: number } | { status: 'error'; message: string };

/**
 * The layout of `graph`, computed in the layout worker. Until the first layout arrives the state
 * is "laying-out"; a newer graph (a filter changed) keeps showing the last layout until its own
 * arrives, and an answer for a graph already replaced is dropped.
 */
export function useMapLayout(graph: CollaborationGraph | undefined, groups: MapGroupInput[] | undefined, groupWord: string): MapLayoutState {
  const [state, setState] = useState<MapLayoutState>({ status: 'laying-out' });
  useEffect(() => {
    if (!graph || !groups) return undefined;
    let current = true;
    void layoutMap(graph, groups, groupWord).then((outcome) => {
      if (!current) return;
      setState(outcome.ok ? { status: 'ready', graph, layout: outcome.layout, drawing: outcome.drawing, millis: outcome.millis } : { status: 'error', message: outcome.message });
    });
    return () => {
      current = false;
    };
  }, [graph, groups, groupWord]);
  return state;
}
