// kill -9 in the middle of a stream of changes: every change the server acknowledged is on disk
// after a restart, and the writing client reconnects by itself and delivers the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, makeFixture, serverProcess, tempDir, testPort, waitFor, within } from './helpers.ts';

test('kill -9 mid-stream loses no acknowledged change; the client reconnects by itself and the rest arrives', async () => {
  const dir = tempDir('durability');
  const port = testPort(1);
  const fixture = makeFixture(dir.path);
  const name = `ws/${fixture.workspaceId}/checkins`;
  let server = await serverProcess(['--port', String(port), '--data', dir.path]);
  const writer = connect(server.url, name, fixture.editor);
  try {
    await within(writer.synced, 10_000, 'first sync');
    const checkIns = writer.doc.getMap<number>('checkIns');
    // acknowledged = written − still unsynced: the server acknowledges each update in order.
    let written = 0;
    let acknowledged = 0;
    const noteAcks = () => (acknowledged = Math.max(acknowledged, written - writer.provider.unsyncedChanges));
    writer.provider.on('unsyncedChanges', noteAcks);
    const write = () => {
      checkIns.set(`c${written}`, written);
      written++;
      noteAcks();
    };
    // A steady stream until a few hundred changes are acknowledged…
    const deadline = Date.now() + 60_000;
    while (acknowledged < 300) {
      if (Date.now() > deadline) throw new Error(`only ${acknowledged} of ${written} changes were acknowledged within 60 s`);
      for (let i = 0; i < 10; i++) write();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // …then a burst, and the server dies while it is taking it in.
    for (let i = 0; i < 300; i++) write();
    await new Promise((resolve) => setTimeout(resolve, 15));
    await server.kill9();
    const acknowledgedAtKill = acknowledged;
    const writtenAtKill = written;
    assert.ok(acknowledgedAtKill >= 300 && acknowledgedAtKill < writtenAtKill, `killed mid-stream: ${acknowledgedAtKill} of ${writtenAtKill} acknowledged`);
    // The laptop keeps working while the server is down.
    for (let i = 0; i < 200; i++) write();

    // Restart on the same port and data folder; first look with a fresh client that has nothing to resend.
    server = await serverProcess(['--port', String(port), '--data', dir.path]);
    const fresh = connect(server.url, name, fixture.viewer);
    await within(fresh.synced, 10_000, 'a fresh client syncs after the restart');
    const afterRestart = fresh.doc.getMap<number>('checkIns');
    const lost = [];
    for (let i = 0; i < acknowledgedAtKill; i++) if (afterRestart.get(`c${i}`) !== i) lost.push(i);
    assert.deepEqual(lost, [], `acknowledged changes lost after kill -9 (${acknowledgedAtKill} were acknowledged)`);

    // The writer was never told to reconnect: its provider does it and sends what the server lacks.
    await waitFor(() => afterRestart.size === written && !writer.provider.hasUnsyncedChanges, `all ${written} changes after the writer reconnects`, 60_000);
    for (let i = 0; i < written; i++) assert.equal(afterRestart.get(`c${i}`), i);
    fresh.destroy();
  } finally {
    writer.destroy();
    await server.stop();
    dir.remove();
  }
});
