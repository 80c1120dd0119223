import type { CollaborationGraph } from '../../../../shared/design/collaborationGraph';
import type { MapDrawing } from '../../../../shared/design/mapDrawing';
import type { MapGroupInput, MapLayout } from '../../../../shared/design/mapLayout';
import type { LayoutRequest, LayoutResponse } from './layoutProtocol';

export type LayoutOutcome = { ok: true; layout: MapLayout; drawing: MapDrawing; millis: number } | { ok: false; message: string };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (outcome: LayoutOutcome) => void>();

function layoutWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./collaborationLayout.worker.ts', import.meta.url), { type: 'module', name: 'Teamshape map layout' });
  created.onmessage = (event: MessageEvent<LayoutResponse>) => {
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    resolve?.(event.data);
  };
  created.onerror = (event) => {
    event.preventDefault();
    created.terminate();
    if (worker === created) worker = null;
    for (const [id, resolve] of pending) {
      pending.delete(id);
      resolve({ ok: false, message: `The collaboration map could not be laid out: the layout worker stopped (${event.message || 'out of memory?'}). Filter the map to fewer teams and try again.` });
    }
  };
  worker = created;
  return created;
}

/** Lays the map out in a Web Worker (elkjs), so the page never waits on it. */
export function layoutMap(graph: CollaborationGraph, groups: MapGroupInput[], groupWord: string): Promise<LayoutOutcome> {
  const id = nextId++;
  return new Promise<LayoutOutcome>((resolve) => {
    pending.set(id, resolve);
    const request: LayoutRequest = { id, graph, groups, groupWord };
    layoutWorker().postMessage(request);
  });
}
