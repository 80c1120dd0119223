import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LayoutRequest } from '../../../renderer/features/design/map/layoutProtocol';

const posted: LayoutRequest[] = [];

class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(request: LayoutRequest) {
    posted.push(request);
    queueMicrotask(() => this.onmessage?.({ data: { id: request.id, ok: false, message: 'not laid out in this test' } } as MessageEvent));
  }
  terminate() {}
}

describe('warming up the collaboration map’s layout worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    posted.length = 0;
  });

  it('lays out a made-up map of 40 teams in four groups, with links of every mode, once, when the app is idle', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.useFakeTimers();
    const { prewarmMapLayoutWhenIdle } = await import('../../../renderer/features/design/map/prewarmMapLayout');
    prewarmMapLayoutWhenIdle(4_000);
    vi.advanceTimersByTime(3_999);
    expect(posted).toHaveLength(0);
    vi.advanceTimersByTime(1);
    await vi.runAllTimersAsync();
    expect(posted).toHaveLength(1);
    const { graph, groups } = posted[0]!;
    expect(graph.teams).toHaveLength(40);
    expect(groups).toHaveLength(4);
    expect(new Set(graph.links.map((link) => link.kind))).toEqual(new Set(['collaboration', 'x-as-a-service', 'facilitating']));
    expect(graph.links).toHaveLength(80);
    // Once per window: a second shell mounting does not start it again.
    prewarmMapLayoutWhenIdle(0);
    await vi.runAllTimersAsync();
    expect(posted).toHaveLength(1);
  });
});
