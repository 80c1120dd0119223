// Two server processes behind Redis (Debian's redis-server, started here), on one data folder:
// clients on different processes converge, both ways and under concurrent edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { connect, makeFixture, serverProcess, tempDir, testPort, waitFor, within } from './helpers.ts';

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function startRedis(port: number) {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  let startError: Error | undefined;
  child.once('error', (error) => (startError = new Error(`redis-server could not start (${error.message}); on Debian: apt-get install -y redis-server`)));
  const deadline = Date.now() + 10_000;
  while (!(await canConnect(port))) {
    if (startError) throw startError;
    if (Date.now() > deadline) throw new Error(`redis-server did not listen on port ${port} within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

test('two server processes behind Redis: clients on different processes converge', async () => {
  const dir = tempDir('redis');
  const redisPort = testPort(20);
  const redis = await startRedis(redisPort);
  const fixture = makeFixture(dir.path);
  const args = ['--data', dir.path, '--redis', `redis://127.0.0.1:${redisPort}`];
  const one = await serverProcess(['--port', String(testPort(21)), ...args]);
  const two = await serverProcess(['--port', String(testPort(22)), ...args]);
  const name = `ws/${fixture.workspaceId}`;
  const a = connect(one.url, name, fixture.editor);
  const b = connect(two.url, name, fixture.editor2);
  try {
    await within(Promise.all([a.synced, b.synced]), 10_000, 'both clients to sync');
    a.doc.getMap('teams').set('from-a', 'written on process one');
    await waitFor(() => b.doc.getMap('teams').get('from-a'), 'process two’s client to see process one’s change');
    b.doc.getMap('teams').set('from-b', 'written on process two');
    await waitFor(() => a.doc.getMap('teams').get('from-b'), 'process one’s client to see process two’s change');

    // Both laptops go offline, make 500 edits each (100 of them to the same 10 records), and come back.
    a.socket.disconnect();
    b.socket.disconnect();
    await waitFor(() => a.socket.status === 'disconnected' && b.socket.status === 'disconnected', 'both clients to go offline');
    for (let i = 0; i < 500; i++) {
      a.doc.getMap('edits').set(`a${i}`, i);
      b.doc.getMap('edits').set(`b${i}`, i);
      if (i % 5 === 0) {
        a.doc.getMap('shared').set(`k${i % 50}`, `a${i}`);
        b.doc.getMap('shared').set(`k${i % 50}`, `b${i}`);
      }
    }
    const started = Date.now();
    void a.socket.connect();
    void b.socket.connect();
    await waitFor(
      () =>
        a.doc.getMap('edits').size === 1000 &&
        b.doc.getMap('edits').size === 1000 &&
        JSON.stringify(a.doc.getMap('shared').toJSON()) === JSON.stringify(b.doc.getMap('shared').toJSON()) &&
        !a.provider.hasUnsyncedChanges &&
        !b.provider.hasUnsyncedChanges,
      'both clients to converge on 1,000 offline edits',
      20_000,
    );
    const convergedMs = Date.now() - started;
    assert.deepEqual(a.doc.getMap('edits').toJSON(), b.doc.getMap('edits').toJSON());
    assert.equal(a.doc.getMap('shared').size, 10);
    assert.ok(convergedMs < 5_000, `converged in ${convergedMs} ms`);
    console.log(`# two processes behind Redis: 2 × 500 offline edits converged in ${convergedMs} ms`);

    // Live edits on both processes at the same time, one change per message.
    for (let i = 0; i < 50; i++) {
      a.doc.getMap('live').set(`a${i}`, i);
      b.doc.getMap('live').set(`b${i}`, i);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await waitFor(() => a.doc.getMap('live').size === 100 && b.doc.getMap('live').size === 100, 'live edits on both processes to converge', 20_000);

    // A third client on process two that joins later gets everything from the shared storage + Redis.
    const late = connect(two.url, name, fixture.viewer);
    await within(late.synced, 10_000, 'a late client syncs');
    assert.equal(late.doc.getMap('edits').size, 1000);
    assert.equal(late.doc.getMap('teams').get('from-a'), 'written on process one');
    late.destroy();
  } finally {
    a.destroy();
    b.destroy();
    await one.stop();
    await two.stop();
    await redis.stop();
    dir.remove();
  }
});
