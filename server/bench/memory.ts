// Server memory and timings at size L with 50 connected Node clients, each sent all of L.
// Run: npm --prefix server run bench   (TEAMSHAPE_BENCH_PORT picks the server's port; default 47913)
// Prints bench/RESULTS.md-style rows and one JSON line.
import * as Y from 'yjs';
import { readFileSync } from 'node:fs';
import { connect, makeFixture, serverProcess, tempDir, waitFor, within, type Client } from '../test/helpers.ts';
import { buildLDocuments, SIZE_L } from './lWorkspace.ts';
import { receivingClient, type ReceivingClient } from './receivingClient.ts';

const CLIENTS = Number(process.env.CLIENTS ?? 50);
const FRESH_JOINERS = Number(process.env.FRESH_JOINERS ?? 2);
/** Laptops that join at the same moment (the server encodes L for each). */
const BATCH = Number(process.env.BATCH ?? 2);
// `npm run bench` passes TEAMSHAPE_BENCH_MEMORY_PORT (its own TEAMSHAPE_BENCH_PORT is the app's test server).
const port = Number(process.env.TEAMSHAPE_BENCH_MEMORY_PORT ?? process.env.TEAMSHAPE_BENCH_PORT ?? 47913);

function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}

const mib = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

let started = Date.now();
const documents = buildLDocuments();
const buildMs = Date.now() - started;
const dir = tempDir('bench');
const fixture = makeFixture(dir.path);
const names = { workspace: `ws/${fixture.workspaceId}`, plan: `ws/${fixture.workspaceId}/plan/live`, checkIns: `ws/${fixture.workspaceId}/checkins` } as const;
const server = await serverProcess(['--port', String(port), '--data', dir.path]);
const pid = server.child.pid!;
const idle = memoryOf(pid);
const clients: Client[] = [];
let failed = false;
const progress = (what: string) => console.error(`${new Date().toISOString()} ${what} (server RSS ${mib(memoryOf(pid).rssMiB)} MiB)`);

async function joinAll(label: string, prefilled: boolean, share?: Record<keyof typeof names, Y.Doc>): Promise<Client[]> {
  const joined = (Object.keys(names) as Array<keyof typeof names>).map((key) => {
    const doc = share?.[key] ?? new Y.Doc();
    if (prefilled) Y.applyUpdate(doc, documents[key]);
    return connect(server.url, names[key], fixture.editor, doc);
  });
  await within(Promise.all(joined.map((c) => c.synced)), 300_000, label);
  return joined;
}

try {
  // 1. The first laptop uploads L (three documents, one sync message each).
  started = Date.now();
  const uploader = await joinAll('the upload', true);
  await waitFor(() => uploader.every((c) => !c.provider.hasUnsyncedChanges), 'the upload to be acknowledged', 300_000);
  const uploadMs = Date.now() - started;
  progress('uploaded');
  const afterUpload = memoryOf(pid);
  clients.push(...uploader);

  // 2. Fresh laptops join one after another: each receives all of L.
  const joinMs: number[] = [];
  for (let i = 0; i < FRESH_JOINERS; i++) {
    started = Date.now();
    const fresh = await joinAll(`fresh joiner ${i + 1}`, false);
    joinMs.push(Date.now() - started);
    if (fresh[2]!.doc.getMap('checkIns').size !== SIZE_L.checkIns) throw new Error(`fresh joiner ${i + 1} received ${fresh[2]!.doc.getMap('checkIns').size} check-ins`);
    for (const c of fresh) c.destroy();
  }
  const afterJoins = memoryOf(pid);

  // 3. 50 laptops connect one batch after another and each receives all of L (the server encodes
  //    and sends every document whole to each, as to a fresh laptop); they stay connected, then one
  //    edit goes to all of them. The clients keep no replica (receivingClient.ts).
  const expected = Object.fromEntries((Object.keys(names) as Array<keyof typeof names>).map((key) => [names[key], Y.encodeStateVectorFromUpdate(documents[key])]));
  const laptops: ReceivingClient[] = [];
  started = Date.now();
  for (let i = 0; i < CLIENTS; i += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, CLIENTS - i) }, () => receivingClient(server.url, fixture.editor, expected));
    laptops.push(...batch);
    await within(Promise.all(batch.map((c) => c.received)), 300_000, `clients ${i + 1}–${i + batch.length} to receive L`);
    progress(`${laptops.length} clients connected`);
  }
  const connectMs = Date.now() - started;
  // Let the sends' buffers go before reading the steady state.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const connected = memoryOf(pid);
  const open = laptops.filter((c) => c.socket.readyState === c.socket.OPEN);
  progress(`${open.length} of ${laptops.length} clients still connected`);
  // A separate editor (its own replica, synced first) makes one edit; timed until it reaches the 50.
  const watcher = connect(server.url, names.plan, fixture.editor2);
  await within(watcher.synced, 120_000, 'the editor');
  started = Date.now();
  watcher.doc.getMap('teams').set('bench-probe', 1);
  const reached = () => open.filter((c) => (c.updates[names.plan] ?? 0) > 0).length;
  await waitFor(() => reached() === open.length, 'the probe edit to arrive', 60_000).catch(() => undefined);
  const fanOutMs = Date.now() - started;
  const probeReached = reached();
  watcher.destroy();
  for (const laptop of laptops) laptop.close();

  // Rows in bench/RESULTS.md's format: | figure | size | value | unit | target | verdict |
  const joinMedian = [...joinMs].sort((a, b) => a - b)[Math.floor(joinMs.length / 2)]!;
  const rows = [
    `| sync server: L as sync messages, workspace / live plan / check-ins documents | L | ${(documents.workspace.byteLength / 1e6).toFixed(1)} / ${(documents.plan.byteLength / 1e6).toFixed(1)} / ${(documents.checkIns.byteLength / 1e6).toFixed(1)} | MB | ≤ 134.2 (128 MiB message limit) | ${documents.checkIns.byteLength <= 128 * 1024 * 1024 ? 'meets' : 'misses'} |`,
    `| sync server: first laptop uploads L, stored before acknowledged | L | ${uploadMs} | ms |  |  |`,
    `| sync server: fresh Node client receives L (3 documents) | L | ${joinMedian} (${Math.min(...joinMs)}–${Math.max(...joinMs)}, n=${joinMs.length}) | ms | < 10000 | ${joinMedian < 10_000 ? 'meets' : 'misses'} |`,
    `| sync server: RSS idle / L loaded / after fresh joins | L | ${mib(idle.rssMiB)} / ${mib(afterUpload.rssMiB)} / ${mib(afterJoins.rssMiB)} | MiB |  |  |`,
    `| sync server: RSS with ${CLIENTS} Node clients that each received all of L (${open.length} still connected when read; peak over the run) | L | ${mib(connected.rssMiB)} (${mib(connected.peakMiB)}) | MiB |  | recorded |`,
    `| sync server: ${CLIENTS} clients connect and each receives L, ${BATCH} at a time | L | ${connectMs} | ms |  |  |`,
    `| sync server: one edit reaches ${probeReached} of ${open.length} connected clients | L | ${fanOutMs} | ms |  |  |`,
  ];
  console.log(rows.join('\n'));
  console.log(
    JSON.stringify({ buildMs, bytes: { workspace: documents.workspace.byteLength, plan: documents.plan.byteLength, checkIns: documents.checkIns.byteLength }, uploadMs, joinMs, idle, afterUpload, afterJoins, connected, connectMs, fanOutMs, clients: CLIENTS }),
  );
} catch (error) {
  failed = true;
  console.error(`The server bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  console.error(server.output().split('\n').slice(-20).join('\n'));
} finally {
  for (const c of clients) c.provider.destroy();
  await server.stop();
  dir.remove();
  process.exit(failed ? 1 : 0);
}
