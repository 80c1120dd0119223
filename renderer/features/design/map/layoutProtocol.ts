import type { CollaborationGraph } from '../../../../shared/design/collaborationGraph';
import type { MapDrawing } from '../../../../shared/design/mapDrawing';
import type { MapGroupInput, MapLayout } from '../../../../shared/design/mapLayout';

export interface LayoutRequest {
  id: number;
  graph: CollaborationGraph;
  groups: MapGroupInput[];
  /** What the plan calls its groups, for the "No group" box's caption. */
  groupWord: string;
}

export type LayoutResponse = { id: number; ok: true; layout: MapLayout; drawing: MapDrawing; millis: number } | { id: number; ok: false; message: string };
