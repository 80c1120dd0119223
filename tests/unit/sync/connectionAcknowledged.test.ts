import { beforeEach, expect, it, vi } from 'vitest';
import type { WireState } from '../../../renderer/sync/connection';
import type { DocKey } from '../../../renderer/sync/documents';

/** Stand-ins for the Hocuspocus classes: the test plays the server's side through their callbacks. */
const fakes = vi.hoisted(() => {
  interface FakeProviderConfig {
    name: string;
    onSynced: (event: { state: boolean }) => void;
    onUnsyncedChanges: () => void;
    onAuthenticated: (event: { scope: string }) => void;
  }
  class FakeSocket {
    static last: FakeSocket | null = null;
    constructor(readonly config: { onStatus: (event: { status: string }) => void }) {
      FakeSocket.last = this;
    }
    destroy() {}
  }
  class FakeProvider {
    static all: FakeProvider[] = [];
    isSynced = false;
    unsyncedChanges = 0;
    awareness = null;
    constructor(readonly config: FakeProviderConfig) {
      FakeProvider.all.push(this);
    }
    attach() {}
    destroy() {}
  }
  return { FakeSocket, FakeProvider };
});

vi.mock('@hocuspocus/provider', () => ({
  HocuspocusProviderWebsocket: fakes.FakeSocket,
  HocuspocusProvider: fakes.FakeProvider,
  WebSocketStatus: { Connecting: 'connecting', Connected: 'connected', Disconnected: 'disconnected' },
}));

const { ServerConnection } = await import('../../../renderer/sync/connection');

const WORKSPACE: DocKey = '';
let reports: WireState[];

beforeEach(() => {
  fakes.FakeProvider.all = [];
  reports = [];
});

function connect() {
  const replica = { docKeys: () => [WORKSPACE], doc: () => ({}) };
  const connection = new ServerConnection(replica as never, { socketOrigin: 'ws://127.0.0.1:8787', workspaceId: 'abcdefgh12345678', token: 'tok_x' }, (state) => reports.push(state));
  const socket = fakes.FakeSocket.last!;
  const provider = fakes.FakeProvider.all[0]!;
  const status = (value: string) => socket.config.onStatus({ status: value });
  return { connection, provider, status, last: () => reports.at(-1)! };
}

it('reports a document acknowledged once the server confirmed every change sent', () => {
  const { provider, status, last } = connect();
  status('connected');
  provider.isSynced = true;
  provider.config.onSynced({ state: true });
  expect(last().acknowledged).toEqual([WORKSPACE]);

  provider.unsyncedChanges = 1;
  provider.config.onUnsyncedChanges();
  expect(last().acknowledged).toEqual([]);

  provider.unsyncedChanges = 0;
  provider.config.onUnsyncedChanges();
  expect(last().acknowledged).toEqual([WORKSPACE]);
});

it('never repeats an old acknowledgement once the server is away (was: a change made offline counted as sent)', () => {
  const { provider, status, last } = connect();
  status('connected');
  provider.isSynced = true;
  provider.config.onSynced({ state: true });
  expect(last().acknowledged).toEqual([WORKSPACE]);

  // The server goes away; the reconnect attempts keep reporting the socket's state.
  status('disconnected');
  expect(last().acknowledged).toEqual([]);
  status('connecting');
  expect(last().acknowledged).toEqual([]);
  status('disconnected');
  expect(last()).toMatchObject({ socket: 'disconnected', acknowledged: [] });
});

it('a read-only connection acknowledges nothing: the server does not take its changes', () => {
  const { provider, status, last } = connect();
  status('connected');
  provider.config.onAuthenticated({ scope: 'readonly' });
  provider.isSynced = true;
  provider.config.onSynced({ state: true });
  expect(last()).toMatchObject({ readOnly: true, acknowledged: [] });
});
