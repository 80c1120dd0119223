import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBridgeApi, MAX_PENDING_COMMANDS, PRELOAD_CHANNELS, PRELOAD_EVENTS } from '../../../electron/bridgeApi';
import { bridgeEvents, channelNames, eventNames, methodName, type TeamshapeBridge } from '../../../shared/bridge';
import { COMMAND_IDS, type CommandId } from '../../../shared/commands';
import type { fakeElectron as FakeElectron } from '../../fakes/electron';

async function loadPreload(): Promise<{ fake: typeof FakeElectron; api: TeamshapeBridge }> {
  vi.resetModules();
  const { fakeElectron: fake } = await import('../../fakes/electron');
  fake.reset();
  await import('../../../electron/preload');
  return { fake, api: fake.state.exposedInMainWorld.get('teamshape') as TeamshapeBridge };
}

let fake: typeof FakeElectron;
let api: TeamshapeBridge;

beforeEach(async () => {
  ({ fake, api } = await loadPreload());
});
afterEach(() => fake.reset());

describe('the preload', () => {
  it('exposes exactly one object, window.teamshape', () => {
    expect([...fake.state.exposedInMainWorld.keys()]).toEqual(['teamshape']);
  });

  it('exposes exactly one method per channel and one subscription per event of the bridge table', () => {
    const subscriptions = eventNames.map((name) => bridgeEvents[name].method);
    expect(Object.keys(api).sort()).toEqual([...channelNames.map(methodName), ...subscriptions].sort());
    expect(PRELOAD_CHANNELS).toEqual(channelNames);
    expect(PRELOAD_EVENTS).toEqual(eventNames);
    for (const method of Object.values(api)) expect(typeof method).toBe('function');
  });

  it('gives the page no ipcRenderer, no generic invoke and no way to name a channel', () => {
    const exposed = api as unknown as Record<string, unknown>;
    for (const name of ['ipcRenderer', 'invoke', 'send', 'on', 'call', 'channels']) expect(exposed[name]).toBeUndefined();
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards each method to its own channel with invoke, and nothing else', async () => {
    await api.appInfo();
    await api.fileSaveText({ suggestedName: 'a.json', content: '{}' });
    await api.fileOpenText({ filters: [] });
    expect(fake.state.rendererInvocations).toEqual([
      { channel: 'app:info', args: [] },
      { channel: 'file:saveText', args: [{ suggestedName: 'a.json', content: '{}' }] },
      { channel: 'file:openText', args: [{ filters: [] }] },
    ]);
  });

  it('turns a missing handler into { ok: false } instead of throwing into the page', async () => {
    await expect(api.appInfo()).resolves.toEqual({ ok: false, error: expect.stringContaining('app:info') });
  });

  it('passes main’s reply through unchanged', async () => {
    fake.state.ipcHandlers.set('app:info', () => ({ ok: true, value: { version: '0.1.0', platform: 'linux', desktop: true } }));
    await expect(api.appInfo()).resolves.toEqual({ ok: true, value: { version: '0.1.0', platform: 'linux', desktop: true } });
  });

  it('refuses a reply that is not a bridge reply', async () => {
    fake.state.ipcHandlers.set('app:info', () => ({ version: '0.1.0' }));
    await expect(api.appInfo()).resolves.toEqual({ ok: false, error: "'app:info' sent back a malformed reply." });
  });
});

describe('onCommand: main → renderer commands', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('listens to the bridge table’s events only, once each, when the preload loads', () => {
    expect([...fake.state.rendererListeners.keys()]).toEqual(['command:run', 'chart:exportProgress']);
    expect(fake.state.rendererListeners.get('chart:exportProgress')).toHaveLength(1);
    expect(fake.state.rendererListeners.get('command:run')).toHaveLength(1);
  });

  it('hands the page the command id alone, never Electron’s event object or ipcRenderer', () => {
    const received: unknown[][] = [];
    api.onCommand((...args: unknown[]) => received.push(args));
    fake.emitToRenderer('command:run', 'team.new');
    expect(received).toEqual([['team.new']]);
  });

  it.each([
    ['an id outside the command table', 'file.delete'],
    ['a look-alike id', 'team.new '],
    ['a prototype key', '__proto__'],
    ['a number', 42],
    ['an object', { id: 'team.new' }],
    ['nothing', undefined],
  ])('drops %s', (_what, payload) => {
    const report = vi.fn();
    const listeners: Array<(payload: unknown) => void> = [];
    const bridge = createBridgeApi(vi.fn(), (_event, listener) => listeners.push(listener), report);
    const received: CommandId[] = [];
    bridge.onCommand((id) => received.push(id));
    listeners[0]!(payload);
    expect(received).toEqual([]);
    expect(report).toHaveBeenCalled();
  });

  it('delivers every command of the table', () => {
    const received: CommandId[] = [];
    api.onCommand((id) => received.push(id));
    for (const id of COMMAND_IDS) fake.emitToRenderer('command:run', id);
    expect(received).toEqual(COMMAND_IDS);
  });

  it('stops calling a listener once it unsubscribes, and keeps calling the others', () => {
    const first: CommandId[] = [];
    const second: CommandId[] = [];
    const stopFirst = api.onCommand((id) => first.push(id));
    api.onCommand((id) => second.push(id));
    fake.emitToRenderer('command:run', 'go.people');
    stopFirst();
    fake.emitToRenderer('command:run', 'go.okrs');
    expect(first).toEqual(['go.people']);
    expect(second).toEqual(['go.people', 'go.okrs']);
  });

  it('keeps commands that arrive before the page subscribes (a menu click while loading), up to a limit', async () => {
    for (let i = 0; i < MAX_PENDING_COMMANDS + 3; i++) fake.emitToRenderer('command:run', 'team.new');
    const received: CommandId[] = [];
    api.onCommand((id) => received.push(id));
    expect(received).toEqual([]); // not inside the subscribe call
    await flush();
    expect(received).toHaveLength(MAX_PENDING_COMMANDS);
    api.onCommand((id) => received.push(id));
    await flush();
    expect(received).toHaveLength(MAX_PENDING_COMMANDS);
  });

  it('delivers an early command once, to the listener still subscribed, when the page re-subscribes at once (StrictMode)', async () => {
    fake.emitToRenderer('command:run', 'roster.import');
    const first: CommandId[] = [];
    const second: CommandId[] = [];
    const stop = api.onCommand((id) => first.push(id));
    stop();
    api.onCommand((id) => second.push(id));
    await flush();
    expect(first).toEqual([]);
    expect(second).toEqual(['roster.import']);
  });

  it('survives a listener that throws, and still calls the next one', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const received: CommandId[] = [];
    api.onCommand(() => {
      throw new Error('page bug');
    });
    api.onCommand((id) => received.push(id));
    expect(() => fake.emitToRenderer('command:run', 'go.teams')).not.toThrow();
    expect(received).toEqual(['go.teams']);
    error.mockRestore();
  });

  it('ignores a subscription that is not a function', () => {
    const subscribe = api.onCommand as unknown as (listener: unknown) => () => void;
    expect(() => subscribe('alert(1)')()).not.toThrow();
  });
});

describe('createBridgeApi', () => {
  it('refuses a channel outside the table without invoking anything', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: null }));
    const api = createBridgeApi(invoke, () => {}) as unknown as Record<string, (...args: unknown[]) => unknown>;
    expect(api['fileDelete']).toBeUndefined();
    expect(invoke).not.toHaveBeenCalled();
  });
});
