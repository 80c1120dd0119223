import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBridgeApi, PRELOAD_CHANNELS } from '../../../electron/bridgeApi';
import { channelNames, methodName, type TeamshapeBridge } from '../../../shared/bridge';
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

  it('exposes exactly one method per channel of the bridge table', () => {
    expect(Object.keys(api).sort()).toEqual(channelNames.map(methodName).sort());
    expect(PRELOAD_CHANNELS).toEqual(channelNames);
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

describe('createBridgeApi', () => {
  it('refuses a channel outside the table without invoking anything', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: null }));
    const api = createBridgeApi(invoke) as unknown as Record<string, (...args: unknown[]) => unknown>;
    expect(api['fileDelete']).toBeUndefined();
    expect(invoke).not.toHaveBeenCalled();
  });
});
