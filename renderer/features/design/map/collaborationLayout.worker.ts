/**
 * Lays out the collaboration map with elkjs off the main thread: ELK takes tens to hundreds of
 * milliseconds at 500 teams, which must never freeze the window. Built by Vite as its own script
 * under the app's origin, so the strict CSP (`script-src 'self'`, which workers fall back to)
 * allows it. elkjs's bundled build is used in-process here: this worker is already off the page.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { mapDrawing } from '../../../../shared/design/mapDrawing';
import { groupGraphs, packGraph, readLayout, type ElkGraphNode } from '../../../../shared/design/mapLayout';
import type { LayoutRequest, LayoutResponse } from './layoutProtocol';

const elk = new ELK();

// Assigned after the imports ran: elkjs's bundle claims `self.onmessage` when loaded in a worker.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (message: LayoutResponse) => void;
};

scope.onmessage = (event) => {
  const { id, graph, groups, groupWord } = event.data;
  const started = performance.now();
  const layout = (input: ElkGraphNode) => elk.layout(input as Parameters<typeof elk.layout>[0]) as Promise<ElkGraphNode>;
  Promise.all(groupGraphs(graph, groups).map((g) => layout(g.graph)))
    .then(async (laidOutGroups) => {
      const packed = await layout(packGraph(laidOutGroups));
      // The drawing (link paths, arrowheads, wrapped names) is built here too, so the page only draws.
      const placed = readLayout(laidOutGroups, packed, groups);
      scope.postMessage({ id, ok: true, layout: placed, drawing: mapDrawing(graph, placed, groupWord), millis: performance.now() - started });
    })
    .catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      scope.postMessage({ id, ok: false, message: `The collaboration map could not be laid out (${reason}). Reload the window and try again; if it persists, filter the map to fewer teams.` });
    });
};
