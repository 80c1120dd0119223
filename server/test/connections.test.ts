// Real WebSocket clients against a server in this process: refusals, viewers (also a modified
// client that sends writes anyway), live revocation, malformed and oversized messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { connect, inProcessServer, makeFixture, tempDir, waitFor, within, type Client, type Fixture } from './helpers.ts';
import { Store } from '../src/store.ts';
import { createWorkspace, invite, revoke } from '../src/adminOperations.ts';
import { mergeStoredUpdates } from '../src/persistence.ts';

const dir = tempDir('connections');
let fixture: Fixture;
let server: Awaited<ReturnType<typeof inProcessServer>>;
const clients: Client[] = [];

function client(name: string, token: string): Client {
  const c = connect(server.url, name, token);
  clients.push(c);
  return c;
}

function storedDoc(name: string): Y.Doc {
  const store = new Store(dir.path);
  try {
    const doc = new Y.Doc();
    const rows = store.updates(name);
    if (rows.length) Y.applyUpdate(doc, mergeStoredUpdates(rows.map((row) => row.data)));
    return doc;
  } finally {
    store.close();
  }
}

/** A Hocuspocus sync message carrying `update` for `name`, as a client would frame it. */
function updateMessage(name: string, update: Uint8Array, syncType = 2): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, 0); // Sync
  encoding.writeVarUint(encoder, syncType); // 1 = step 2, 2 = update
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

async function health(): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${server.port}/health`);
  assert.equal(response.status, 200);
  return response.json();
}

before(async () => {
  fixture = makeFixture(dir.path);
  server = await inProcessServer(dir.path, { recheckTokensEveryMs: 200, maxMessageBytes: 1024 * 1024 });
});

after(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
  dir.remove();
});

test('health answers 200 with the version; other paths 404', async () => {
  assert.deepEqual(await health(), { ok: true, version: '0.1.0', protocol: 1 });
  assert.equal((await fetch(`http://127.0.0.1:${server.port}/`)).status, 404);
});

test('refusals reach the client with distinct reasons, and nothing is loaded or stored for them', async () => {
  const own = `ws/${fixture.workspaceId}/refusals`;
  const cases: Array<[string, string, string]> = [
    ['an unknown token', 'tok_000000000000.' + 'A'.repeat(43), 'token-unknown'],
    ['not a token at all', 'hello', 'token-unknown'],
    ['a revoked token', fixture.revoked, 'token-revoked'],
    ['an expired token', fixture.expired, 'token-expired'],
  ];
  for (const [what, token, reason] of cases) {
    const c = client(own, token);
    assert.equal(await within(c.refused, 5000, what), reason, what);
  }
  const other = client(`ws/${fixture.otherWorkspaceId}`, fixture.editor);
  assert.equal(await within(other.refused, 5000, 'another workspace'), 'wrong-workspace');
  const otherSub = client(`ws/${fixture.otherWorkspaceId}/checkins`, fixture.editor);
  assert.equal(await within(otherSub.refused, 5000, "another workspace's sub-document"), 'wrong-workspace');
  const odd = client('../etc/passwd', fixture.editor);
  assert.equal(await within(odd.refused, 5000, 'a bad name'), 'bad-document-name');
  assert.equal(server.server.hocuspocus.documents.has(own), false);
  assert.equal(new Store(dir.path).updates(own).length, 0);
});

test('an editor writes; a viewer reads and its writes (a modified client sending them anyway) never reach the document', async () => {
  const name = `ws/${fixture.workspaceId}`;
  const editor = client(name, fixture.editor);
  await within(editor.synced, 5000, 'editor sync');
  editor.doc.getMap('teams').set('team-1', 'Payments');
  const viewer = client(name, fixture.viewer);
  await within(viewer.synced, 5000, 'viewer sync');
  await waitFor(() => viewer.doc.getMap('teams').get('team-1') === 'Payments', 'the viewer to see the editor’s team');
  assert.equal(viewer.provider.authorizedScope, 'readonly');

  // The real app would not write as a viewer; this client does, through the provider and raw frames.
  viewer.doc.getMap('teams').set('team-1', 'Hijacked');
  viewer.doc.getMap('teams').set('evil', 'viewer wrote this');
  const forged = new Y.Doc();
  forged.getMap('teams').set('forged', 'raw update');
  viewer.sendRaw(updateMessage(name, Y.encodeStateAsUpdate(forged)));
  viewer.sendRaw(updateMessage(name, Y.encodeStateAsUpdate(forged), 1));

  // A marker written by the editor after the viewer's writes proves they had their chance to arrive.
  editor.doc.getMap('teams').set('marker', 1);
  await waitFor(() => viewer.doc.getMap('teams').get('marker') === 1, 'the viewer to receive the marker');
  await new Promise((resolve) => setTimeout(resolve, 200));
  const live = server.server.hocuspocus.documents.get(name)!;
  assert.deepEqual(live.getMap('teams').toJSON(), { 'team-1': 'Payments', marker: 1 });
  assert.deepEqual(editor.doc.getMap('teams').toJSON(), { 'team-1': 'Payments', marker: 1 });
  assert.deepEqual(storedDoc(name).getMap('teams').toJSON(), { 'team-1': 'Payments', marker: 1 });
  assert.ok(viewer.provider.hasUnsyncedChanges, 'the viewer’s writes stay unacknowledged');
  assert.deepEqual(await health(), { ok: true, version: '0.1.0', protocol: 1 });
});

test('revoking a token closes its open documents within the recheck period and refuses it afterwards', async () => {
  const store = new Store(dir.path);
  const { token, row } = invite(store, fixture.workspaceId, 'editor', undefined, new Date());
  const name = `ws/${fixture.workspaceId}/revocation`;
  const c = client(name, token);
  await within(c.synced, 5000, 'sync before revocation');
  revoke(store, row.id, new Date());
  store.close();
  await waitFor(() => server.server.hocuspocus.documents.get(name)?.getConnectionsCount() === 0 || !server.server.hocuspocus.documents.has(name), 'the server to drop the revoked connection', 3000);
  c.doc.getMap('x').set('after revocation', true);
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(storedDoc(name).getMap('x').get('after revocation'), undefined);
  const again = client(name, token);
  assert.equal(await within(again.refused, 5000, 'refusal after revocation'), 'token-revoked');
});

test('malformed updates are refused before they are applied; the document and the server are unharmed', async () => {
  const name = `ws/${fixture.workspaceId}/malformed`;
  const writer = client(name, fixture.editor);
  await within(writer.synced, 5000, 'sync');
  writer.doc.getMap('people').set('p1', 'Ada');
  await waitFor(() => !writer.provider.hasUnsyncedChanges, 'the first write to be acknowledged');

  const attacker = client(name, fixture.editor2);
  await within(attacker.synced, 5000, 'attacker sync');
  const valid = new Y.Doc();
  valid.getMap('people').set('p2', 'x'.repeat(100));
  const validUpdate = Y.encodeStateAsUpdate(valid);
  const garbage = [
    new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255, 255, 255]),
    validUpdate.slice(0, validUpdate.length - 20), // truncated
    new Uint8Array(2000).map((_, i) => (i * 7919) % 256),
  ];
  for (const bytes of garbage) attacker.sendRaw(updateMessage(name, bytes));
  attacker.sendRaw(new Uint8Array([1, 2, 3])); // not even a Hocuspocus frame
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.ok(server.lines.some((line) => line.includes('Refused a malformed message')), server.lines.join('\n'));

  const reader = client(name, fixture.viewer);
  await within(reader.synced, 5000, 'a fresh client syncs after the attack');
  assert.deepEqual(reader.doc.getMap('people').toJSON(), { p1: 'Ada' });
  assert.deepEqual(storedDoc(name).getMap('people').toJSON(), { p1: 'Ada' });
  writer.doc.getMap('people').set('p3', 'Grace');
  await waitFor(() => reader.doc.getMap('people').get('p3') === 'Grace', 'the writer to keep working');
  assert.deepEqual(await health(), { ok: true, version: '0.1.0', protocol: 1 });
});

test('a message over the size limit closes that WebSocket (1009); nothing of it is stored and the server goes on', async () => {
  const name = `ws/${fixture.workspaceId}/oversized`;
  const big = client(name, fixture.editor);
  await within(big.synced, 5000, 'sync');
  let closeCode = 0;
  big.provider.on('close', ({ event }: { event: { code: number } }) => (closeCode ||= event.code));
  big.doc.getMap('notes').set('huge', 'x'.repeat(2 * 1024 * 1024));
  await waitFor(() => closeCode !== 0 && closeCode, 'the oversized message to close the socket', 5000);
  assert.equal(closeCode, 1009);
  big.destroy();
  const reader = client(name, fixture.viewer);
  await within(reader.synced, 5000, 'a fresh client syncs');
  assert.equal(reader.doc.getMap('notes').get('huge'), undefined);
  assert.equal(storedDoc(name).getMap('notes').get('huge'), undefined);
  assert.deepEqual(await health(), { ok: true, version: '0.1.0', protocol: 1 });
});

test('a second workspace’s editor cannot see or touch the first workspace', async () => {
  const store = new Store(dir.path);
  const third = createWorkspace(store, 'Third', new Date());
  const token = invite(store, third.id, 'editor', undefined, new Date()).token;
  store.close();
  const c = client(`ws/${fixture.workspaceId}`, token);
  assert.equal(await within(c.refused, 5000, 'refusal'), 'wrong-workspace');
  const own = client(`ws/${third.id}`, token);
  await within(own.synced, 5000, 'its own workspace syncs');
  assert.equal(own.doc.getMap('teams').size, 0);
});
