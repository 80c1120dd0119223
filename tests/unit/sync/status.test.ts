import { describe, expect, it } from 'vitest';
import { syncStatus } from '../../../renderer/sync/status';
import { checkConnectInput } from '../../../renderer/sync/controller';
import type { WireState } from '../../../renderer/sync/connection';

const wire = (state: Partial<WireState>): WireState => ({ socket: 'connected', refusal: null, readOnly: false, synced: true, acknowledged: [], ...state });

describe('the sync status line', () => {
  it('says Synced when connected with nothing waiting', () => {
    expect(syncStatus(wire({}), 0, 0, 'sync.example.com').label).toBe('Synced');
  });

  it('says how many changes wait while offline, with thousands separators', () => {
    expect(syncStatus(wire({ socket: 'disconnected' }), 37, 0, 'sync.example.com').label).toBe('Offline — 37 changes waiting');
    expect(syncStatus(wire({ socket: 'connecting' }), 1234, 0, 'x').label).toBe('Offline — 1,234 changes waiting');
    expect(syncStatus(wire({ socket: 'disconnected' }), 1, 0, 'x').label).toBe('Offline — 1 change waiting');
    expect(syncStatus(wire({ socket: 'disconnected' }), 0, 0, 'sync.example.com').detail).toContain('sync.example.com cannot be reached. Keep working');
  });

  it.each([
    ['token-revoked', 'Your administrator revoked this invitation token.'],
    ['token-expired', 'This invitation token has expired.'],
    ['token-unknown', 'The server does not know this invitation token.'],
    ['wrong-workspace', 'for another workspace'],
  ])('explains the refusal %s in plain words', (reason, words) => {
    const status = syncStatus(wire({ refusal: reason }), 3, 0, 'x');
    expect(status.phase).toBe('refused');
    expect(status.detail).toContain(words);
    expect(status.detail).toContain('Your changes stay on this laptop.');
  });

  it('tells a viewer that changes made here are not taken by the server', () => {
    expect(syncStatus(wire({ readOnly: true }), 0, 0, 'x').label).toBe('Synced (read-only)');
    const waiting = syncStatus(wire({ readOnly: true }), 2, 0, 'x');
    expect(waiting.label).toBe('Read-only — 2 changes not sent');
    expect(waiting.detail).toContain('read-only');
  });

  it('reports records from other laptops that failed the checks', () => {
    expect(syncStatus(wire({}), 0, 2, 'x').detail).toBe('2 records from other laptops failed the checks and were left out.');
  });
});

describe('what the user types in Settings → Sync', () => {
  const token = 'tok_abcdefghij12.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
  it('accepts an address, a workspace ID and a token from the admin command', () => {
    expect(checkConnectInput({ address: 'ws://127.0.0.1:8787', workspaceId: 'abcdefgh12345678', token })).toEqual({
      ok: true,
      connection: { url: 'ws://127.0.0.1:8787', workspaceId: 'abcdefgh12345678', token },
    });
  });

  it('names each wrong field with the value and what to do', () => {
    const check = checkConnectInput({ address: 'ws://sync.example.com', workspaceId: 'ACME', token: 'hello' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.address).toContain('wss://');
    expect(check.errors.workspaceId).toBe('“ACME” is not a workspace ID: it is 16 lowercase letters and digits, as printed by the server’s create-workspace command.');
    expect(check.errors.token).toContain('starts with “tok_”');
  });
});
