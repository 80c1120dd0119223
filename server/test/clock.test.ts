// A laptop whose clock is a year off: the server neither cares nor lets it matter. Sync works,
// and token expiry follows the server's clock in both directions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { connect, inProcessServer, makeFixture, tempDir, waitFor, within, type Fixture } from './helpers.ts';
import { Store } from '../src/store.ts';
import { invite } from '../src/adminOperations.ts';

const CLIENT = fileURLToPath(new URL('./fixtures/shiftedClockClient.ts', import.meta.url));
const YEAR = 365 * 86_400_000;
const dir = tempDir('clock');
let fixture: Fixture;
let server: Awaited<ReturnType<typeof inProcessServer>>;

function shiftedClient(shiftMs: number, env: Record<string, string>): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', CLIENT],
      { env: { ...process.env, SHIFT_MS: String(shiftMs), URL: server.url, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout.trim().split('\n').pop()!));
      },
    );
  });
}

before(async () => {
  fixture = makeFixture(dir.path);
  server = await inProcessServer(dir.path);
});

after(async () => {
  await server.stop();
  dir.remove();
});

for (const [label, shift] of [['a year ahead', YEAR], ['a year behind', -YEAR]] as const) {
  test(`a client whose clock is ${label} syncs both ways with a normal client`, async () => {
    const name = `ws/${fixture.workspaceId}/clock-${shift > 0 ? 'ahead' : 'behind'}`;
    const normal = connect(server.url, name, fixture.editor2);
    try {
      await within(normal.synced, 5000, 'normal client sync');
      normal.doc.getMap('fromOther').set('normal', 'hello from today');
      const result = await shiftedClient(shift, { NAME: name, TOKEN: fixture.editor, WRITE: JSON.stringify({ shifted: 'hello from a wrong clock' }), EXPECT_KEY: 'normal' });
      assert.equal(result.clockYear, new Date(Date.now() + shift).getUTCFullYear(), 'the client really ran with a shifted clock');
      assert.deepEqual(result.fromOther, { normal: 'hello from today' });
      await waitFor(() => normal.doc.getMap('fromShifted').get('shifted') === 'hello from a wrong clock', 'the shifted client’s change to arrive');
    } finally {
      normal.destroy();
    }
  });
}

test('expiry follows the server’s clock: a client a year behind cannot revive an expired token, one a year ahead cannot expire a valid one', async () => {
  const name = `ws/${fixture.workspaceId}/clock-expiry`;
  const behind = await shiftedClient(-YEAR, { NAME: name, TOKEN: fixture.expired, EXPECT_KEY: 'never' });
  assert.equal(behind.refused, 'token-expired');
  const store = new Store(dir.path);
  const shortLived = invite(store, fixture.workspaceId, 'editor', '1h', new Date()).token;
  store.close();
  const ahead = connect(server.url, name, fixture.editor2);
  try {
    await within(ahead.synced, 5000, 'sync');
    ahead.doc.getMap('fromOther').set('go', true);
    const result = await shiftedClient(YEAR, { NAME: name, TOKEN: shortLived, WRITE: '{"k":1}', EXPECT_KEY: 'go' });
    assert.equal(result.refused, undefined);
    assert.deepEqual(result.fromShifted, { k: 1 });
  } finally {
    ahead.destroy();
  }
});
