import type { CollaborationGraph } from '../../../../shared/design/collaborationGraph';
import type { MapGroupInput, MapLayout } from '../../../../shared/design/mapLayout';

export interface LayoutRequest {
  id: number;
  graph: CollaborationGraph;
  groups: MapGroupInput[];
}

export type LayoutResponse = { id: number; ok: true; layout: MapLayout; millis: number } | { id: number; ok: false; message: string };
