import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExpiry, parseToken, hashSecret } from '../src/tokens.ts';
import { workspaceOfDocument } from '../src/documentNames.ts';
import { authenticate, Refusal } from '../src/auth.ts';
import { Store, DATABASE_FILE } from '../src/store.ts';
import { createWorkspace, invite, list, revoke } from '../src/adminOperations.ts';
import { parseServerArgs, DEFAULTS } from '../src/config.ts';
import { ADMIN, makeFixture, tempDir } from './helpers.ts';

const NOW = new Date('2026-06-15T12:00:00.000Z');

test('expiry: durations from now, dates to the end of the day in UTC, nonsense refused with the value', () => {
  assert.equal(parseExpiry('30d', NOW), '2026-07-15T12:00:00.000Z');
  assert.equal(parseExpiry('12h', NOW), '2026-06-16T00:00:00.000Z');
  assert.equal(parseExpiry('2w', NOW), '2026-06-29T12:00:00.000Z');
  assert.equal(parseExpiry('90m', NOW), '2026-06-15T13:30:00.000Z');
  assert.equal(parseExpiry('2027-03-31', NOW), '2027-03-31T23:59:59.999Z');
  assert.throws(() => parseExpiry('2026-02-30', NOW), /2026-02-30: not a real calendar date/);
  assert.throws(() => parseExpiry('2025-01-01', NOW), /has passed/);
  assert.throws(() => parseExpiry('0d', NOW), /at least 1/);
  assert.throws(() => parseExpiry('a month', NOW), /--expires a month: write a duration such as 30d/);
});

test('tokens: the pasted form is forgiven surrounding whitespace, nothing else', () => {
  const token = `tok_abcdefghij12.${'A'.repeat(43)}`;
  assert.deepEqual(parseToken(`  ${token}\n`), { tokenId: 'tok_abcdefghij12', secret: 'A'.repeat(43) });
  assert.equal(parseToken(token.slice(0, -1)), undefined);
  assert.equal(parseToken(`${token}x`), undefined);
  assert.equal(parseToken('tok_abcdefghij12'), undefined);
  assert.equal(parseToken(''), undefined);
});

test('document names: the workspace document and its sub-documents; anything else has no workspace', () => {
  assert.equal(workspaceOfDocument('ws/abcdefgh12345678'), 'abcdefgh12345678');
  assert.equal(workspaceOfDocument('ws/abcdefgh12345678/checkins'), 'abcdefgh12345678');
  assert.equal(workspaceOfDocument('ws/abcdefgh12345678/plan/0190f3a2-7c1e-7000-8000-000000000001'), 'abcdefgh12345678');
  for (const bad of ['', 'ws/', 'ws/short', 'ws/abcdefgh12345678/', 'ws/ABCDEFGH12345678', 'x/abcdefgh12345678', `ws/abcdefgh12345678/${'p'.repeat(201)}`, 'ws/abcdefgh12345678/a\u0000b', 'ws/abcdefgh12345678x']) {
    assert.equal(workspaceOfDocument(bad), undefined, JSON.stringify(bad));
  }
});

test('authenticate: each refusal has its own reason; a valid token grants its workspace and role', () => {
  const dir = tempDir('units-auth');
  try {
    const f = makeFixture(dir.path, NOW);
    const store = new Store(dir.path);
    const reason = (token: string, name: string) => {
      try {
        authenticate(store, token, name, NOW);
        return 'granted';
      } catch (error) {
        assert.ok(error instanceof Refusal);
        return error.reason;
      }
    };
    const own = `ws/${f.workspaceId}`;
    assert.equal(reason(f.editor, own), 'granted');
    assert.equal(reason(f.editor, `${own}/checkins`), 'granted');
    assert.equal(reason(f.expired, own), 'token-expired');
    assert.equal(reason(f.revoked, own), 'token-revoked');
    assert.equal(reason('garbage', own), 'token-unknown');
    // The right id with a wrong secret is unknown too: the id alone is not a credential.
    assert.equal(reason(`${f.editor.split('.')[0]}.${'B'.repeat(43)}`, own), 'token-unknown');
    assert.equal(reason(f.editor, `ws/${f.otherWorkspaceId}`), 'wrong-workspace');
    assert.equal(reason(f.editor, `ws/${f.otherWorkspaceId}/checkins`), 'wrong-workspace');
    assert.equal(reason(f.editor, 'ws/nothing'), 'bad-document-name');
    assert.deepEqual(
      { role: authenticate(store, f.viewer, own, NOW).role, workspaceId: authenticate(store, f.viewer, own, NOW).workspaceId },
      { role: 'viewer', workspaceId: f.workspaceId },
    );
    // Expiry is the server's clock: the same token is refused once the server's time passes it.
    assert.equal(reason(f.editor, own), 'granted');
    assert.throws(() => authenticate(store, f.editor, own, new Date(NOW.getTime() + 31 * 86_400_000)), (e: Refusal) => e.reason === 'token-expired');
    store.close();
  } finally {
    dir.remove();
  }
});

test('admin: revoke by id or by token, twice is said; invite refuses unknown workspaces and roles with the value', () => {
  const dir = tempDir('units-admin');
  try {
    const store = new Store(dir.path);
    const workspace = createWorkspace(store, '  Acme  ', NOW);
    assert.equal(workspace.name, 'Acme');
    assert.throws(() => createWorkspace(store, '   ', NOW), /needs a name/);
    assert.throws(() => invite(store, 'nosuchworkspace1', 'editor', undefined, NOW), /no workspace "nosuchworkspace1"/);
    assert.throws(() => invite(store, workspace.id, 'owner', undefined, NOW), /--role owner/);
    const a = invite(store, workspace.id, 'editor', undefined, NOW);
    const b = invite(store, workspace.id, 'viewer', '7d', NOW);
    assert.deepEqual(revoke(store, a.row.id, NOW), { tokenId: a.row.id, alreadyRevoked: false });
    assert.deepEqual(revoke(store, b.token, NOW), { tokenId: b.row.id, alreadyRevoked: false });
    assert.deepEqual(revoke(store, b.row.id, NOW), { tokenId: b.row.id, alreadyRevoked: true });
    assert.throws(() => revoke(store, 'tok_000000000000', NOW), /no token "tok_000000000000"/);
    const states = list(store, NOW).workspaces[0]!.tokens.map((t) => t.state);
    assert.deepEqual(states, ['revoked', 'revoked']);
    store.close();
  } finally {
    dir.remove();
  }
});

test('admin command: create, invite, list, revoke through the CLI; list never shows a secret or its hash', () => {
  const dir = tempDir('units-cli');
  try {
    const run = (...args: string[]) =>
      execFileSync(process.execPath, ['--disable-warning=ExperimentalWarning', ADMIN, ...args, '--data', dir.path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    const workspaceId = run('create-workspace', 'Acme product teams');
    assert.match(workspaceId, /^[a-z0-9]{16}$/);
    const token = run('invite', workspaceId, '--role', 'viewer', '--expires', '30d');
    const parsed = parseToken(token);
    assert.ok(parsed, `invite printed a token: ${token}`);
    const listing = run('list') + run('list', '--json');
    assert.match(listing, new RegExp(parsed.tokenId));
    assert.match(listing, /viewer/);
    assert.doesNotMatch(listing, new RegExp(parsed.secret.replace(/[-]/g, '\\-')));
    assert.doesNotMatch(listing, new RegExp(hashSecret(parsed.secret)));
    assert.match(run('revoke', parsed.tokenId), /Revoked token/);
    assert.match(run('list'), /REVOKED/);
    // The database holds the hash, never the secret.
    const files = [DATABASE_FILE, `${DATABASE_FILE}-wal`].map((name) => join(dir.path, name)).filter((path) => existsSync(path));
    const bytes = files.map((path) => readFileSync(path).toString('latin1')).join('');
    assert.ok(!bytes.includes(parsed.secret), 'the secret is not stored');
    assert.throws(() => run('invite', workspaceId, '--role', 'admin'), /--role admin/);
  } finally {
    dir.remove();
  }
});

test('server flags: defaults are this computer only, port 8787, ./server-data; env and flags override; bad values named', () => {
  const config = parseServerArgs([], {});
  assert.ok(config !== 'help');
  assert.deepEqual(config, { host: '127.0.0.1', port: 8787, dataDir: './server-data', redisUrl: undefined, maxMessageBytes: DEFAULTS.maxMessageBytes });
  assert.deepEqual(parseServerArgs(['--port', '9000'], { TEAMSHAPE_SYNC_PORT: '9100', TEAMSHAPE_SYNC_DATA: '/srv/sync' }), {
    ...config,
    port: 9000,
    dataDir: '/srv/sync',
  });
  assert.throws(() => parseServerArgs(['--port', 'http'], {}), /--port http: write a whole number/);
  assert.throws(() => parseServerArgs(['--redis', 'localhost:6379'], {}), /--redis localhost:6379: write a Redis URL/);
});
