// Storage: updates are stored as they are applied, merged into one row by compaction (also when
// another process appends meanwhile), and a restarted server serves exactly what was stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { connect, inProcessServer, makeFixture, tempDir, waitFor, within } from './helpers.ts';
import { Store } from '../src/store.ts';
import { mergeStoredUpdates } from '../src/persistence.ts';

test('compaction merges a document’s rows into one without losing a change, and a restart serves the same document', async () => {
  const dir = tempDir('storage');
  const fixture = makeFixture(dir.path);
  const name = `ws/${fixture.workspaceId}`;
  let server = await inProcessServer(dir.path, { persistence: { compactAfterRows: 50 } });
  const writer = connect(server.url, name, fixture.editor);
  try {
    await within(writer.synced, 5000, 'sync');
    const people = writer.doc.getMap<string>('people');
    for (let i = 0; i < 120; i++) {
      people.set(`p${i}`, `Person ${i}`);
      if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    people.delete('p3');
    await waitFor(() => !writer.provider.hasUnsyncedChanges, 'every change to be acknowledged');
    const store = new Store(dir.path);
    await waitFor(() => store.updates(name).length < 60, 'compaction to merge rows', 5000);
    // Another process appends while this one compacts: its row survives (same file, WAL).
    const extra = new Y.Doc();
    extra.getMap('people').set('from-elsewhere', 'Kept');
    store.appendUpdate(name, Y.encodeStateAsUpdate(extra), new Date().toISOString());
    server.persistence.compact(name);
    const rows = store.updates(name);
    assert.equal(rows.length, 1, 'one merged row');
    const stored = new Y.Doc();
    Y.applyUpdate(stored, mergeStoredUpdates(rows.map((row) => row.data)));
    const expected = Object.fromEntries([...Array(120).keys()].filter((i) => i !== 3).map((i) => [`p${i}`, `Person ${i}`]));
    assert.deepEqual(stored.getMap('people').toJSON(), { ...expected, 'from-elsewhere': 'Kept' });
    store.close();

    writer.destroy();
    await server.stop();
    server = await inProcessServer(dir.path);
    const reader = connect(server.url, name, fixture.viewer);
    await within(reader.synced, 5000, 'sync after restart');
    assert.deepEqual(reader.doc.getMap('people').toJSON(), { ...expected, 'from-elsewhere': 'Kept' });
    reader.destroy();
  } finally {
    writer.destroy();
    await server.stop();
    dir.remove();
  }
});
