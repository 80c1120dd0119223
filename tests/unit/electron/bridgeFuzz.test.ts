/**
 * Every channel of the bridge table, fuzzed: wrong types, malformed and oversized payloads and
 * forged senders are refused with `{ ok: false }`, the handler never runs, and main never throws.
 * A channel added to the table without a sample here is a type error.
 */
import { BrowserWindow, ipcMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerBridge, type BridgeHandlers } from '../../../electron/ipc/registerBridge';
import { bridgeChannels, channelNames, isBridgeReply, TEXT_FILE_MAX_BYTES, type ChannelName, type ResponseOf } from '../../../shared/bridge';
import { fitsWithin, MAX_PAYLOAD_DEPTH } from '../../../shared/security';
import { fakeElectron, fakeFrame, FakeBrowserWindow, FakeWebContents } from '../../fakes/electron';

/** A request each channel accepts (the fuzzing starts from it) and a reply its handler may give. */
const samples: { [C in ChannelName]: { request: unknown; response: ResponseOf<C> } } = {
  'app:info': { request: undefined, response: { version: '0.1.0', platform: 'linux', desktop: true } },
  'file:saveText': {
    request: { suggestedName: 'teamshape-backup.json', content: '{"teams":[]}', filters: [{ name: 'Backup', extensions: ['json'] }] },
    response: '/home/ana/backup.json',
  },
  'file:openText': { request: { filters: [{ name: 'Backup', extensions: ['json'] }] }, response: null },
  'backup:upload': { request: { uploadId: 'upload-0000000000000001', index: 0, last: true, base64: 'H4sIAAAAAAAAAwMAAAAAAAAAAAA=' }, response: null },
  'backup:writeSafetyCopy': { request: { uploadId: 'upload-0000000000000001' }, response: '/data/backups/teamshape-before-restore.json' },
  'backup:daily': {
    request: { uploadId: 'upload-0000000000000001' },
    response: { written: true, path: '/data/backups/teamshape-daily-2026-05-04.json', removed: [] },
  },
  'backup:location': { request: undefined, response: { folder: '/data/backups', daily: [] } },
  'backup:status': {
    request: undefined,
    response: { today: '2026-05-04', due: false, lastSuccessAt: '2026-05-04T08:00:00.000Z', lastFailure: null },
  },
  'backup:list': {
    request: undefined,
    response: {
      folder: '/data/backups',
      backups: [{ name: 'teamshape-daily-2026-05-04.json', kind: 'daily', savedAt: '2026-05-04T08:00:00.000Z', bytes: 12 }],
    },
  },
  'backup:read': {
    request: { name: 'teamshape-before-restore-2026-05-04T08-00-00-000Z.teamshape.gz', offset: 0 },
    response: { name: 'teamshape-before-restore-2026-05-04T08-00-00-000Z.teamshape.gz', offset: 0, totalBytes: 20, base64: 'H4sIAAAAAAAAAwMAAAAAAAAAAAA=' },
  },
  'file:saveBinary': {
    request: { suggestedName: 'chart.png', base64: 'iVBORw0KGgo=', filters: [{ name: 'PNG image', extensions: ['png'] }] },
    response: '/home/ana/chart.png',
  },
  'workspace:readMarker': { request: undefined, response: { hadData: true, teams: 12, people: 95, objectives: 8, lastSeenAt: '2026-05-04T08:00:00.000Z' } },
  'workspace:writeMarker': { request: { hadData: true, teams: 12, people: 95, objectives: 8, lastSeenAt: '2026-05-04T08:00:00.000Z' }, response: null },
  'chart:exportPdf': {
    request: { options: { planId: 'plan:live', paper: 'A4', orientation: 'landscape', overview: true, teamPages: true, title: 'Product teams' }, suggestedName: 'chart.pdf' },
    response: null,
  },
  'chart:cancelExport': { request: undefined, response: false },
  'comparison:exportPdf': { request: { baselinePlanId: 'plan:live', candidatePlanIds: ['plan:draft-a'], suggestedName: 'comparison.pdf' }, response: '/home/ana/comparison.pdf' },
  'sync:allowedServer': { request: undefined, response: 'wss://sync.example.com' },
  'sync:allowServer': { request: { socketOrigin: 'wss://sync.example.com' }, response: null },
  'sync:forgetServer': { request: undefined, response: null },
  'map:exportPdf': { request: { query: 'plan=plan%3Alive&period=2026-Q4', suggestedName: 'Collaboration map.pdf' }, response: '/home/ana/Collaboration map.pdf' },
  'team:exportApiPdf': { request: { planId: 'plan:live', teamId: 'team:payments', date: '2026-11-16', suggestedName: 'Team API.pdf' }, response: '/home/ana/Team API.pdf' },
};

const ourPage = fakeFrame('app://teamshape/index.html#/teams');
let calls: ChannelName[];
let ourWindow: FakeBrowserWindow;

function register(): void {
  const handler = <C extends ChannelName>(channel: C) => () => {
    calls.push(channel);
    return samples[channel].response;
  };
  const handlers = Object.fromEntries(channelNames.map((channel) => [channel, handler(channel)])) as unknown as BridgeHandlers;
  registerBridge(ipcMain, handlers, {
    trustedOrigins: ['app://teamshape'],
    isOwnWindow: (sender) => BrowserWindow.fromWebContents(sender) !== null,
    logError: () => {},
  });
}

beforeEach(() => {
  calls = [];
  ourWindow = new FakeBrowserWindow();
  register();
});
afterEach(() => fakeElectron.reset());

/** Calls main the way ipcMain would; fails the test if main throws instead of replying. */
async function call(channel: ChannelName, args: unknown[], from: { frame?: unknown; sender?: unknown } = {}) {
  const listener = fakeElectron.state.ipcHandlers.get(channel)!;
  const event = { senderFrame: 'frame' in from ? from.frame : ourPage, sender: 'sender' in from ? from.sender : ourWindow.webContents };
  const reply = await listener(event, ...args);
  expect(isBridgeReply(reply), `${channel} replied ${String(reply)}`).toBe(true);
  return reply as { ok: boolean; error?: string };
}

function expectRefused(reply: { ok: boolean; error?: string }): void {
  expect(reply).toEqual({ ok: false, error: expect.any(String) });
  expect(calls).toEqual([]);
}

describe.each(channelNames)('%s', (channel) => {
  const valid = samples[channel].request;
  const args = valid === undefined ? [] : [valid];

  it('answers a valid request from our own page', async () => {
    expect(await call(channel, args)).toMatchObject({ ok: true });
    expect(calls).toEqual([channel]);
  });

  describe('refuses forged senders before parsing anything', () => {
    it.each([
      ['another web origin', { frame: fakeFrame('https://evil.example/') }],
      ['a look-alike of our host', { frame: fakeFrame('app://teamshape.evil.example/') }],
      ['our scheme with credentials', { frame: fakeFrame('app://user@teamshape/') }],
      ['our scheme on a port', { frame: fakeFrame('app://teamshape:1/') }],
      ['a file:// page', { frame: fakeFrame('file:///Users/ana/evil.html') }],
      ['the browser-mode origin', { frame: fakeFrame('http://127.0.0.1:47821/') }],
      ['the dev server (not trusted in production)', { frame: fakeFrame('http://127.0.0.1:47822/') }],
      ['a data: URL', { frame: fakeFrame('data:text/html,<script>1</script>') }],
      ['about:blank', { frame: fakeFrame('about:blank') }],
      ['devtools', { frame: fakeFrame('devtools://devtools/bundled/inspector.html') }],
      ['an iframe of our own page', { frame: fakeFrame('app://teamshape/index.html', ourPage) }],
      ['an iframe from elsewhere', { frame: fakeFrame('https://evil.example/', ourPage) }],
      ['a frame that has gone', { frame: null }],
      ['no frame at all (a service worker)', { frame: undefined }],
      ['a frame whose URL is not a string', { frame: { url: 42, parent: null } }],
      ['a frame whose URL throws', { frame: Object.defineProperty({ parent: null }, 'url', { get: () => { throw new Error('disposed'); } }) }],
      ['our page inside a WebContents that is no window of ours', { sender: new FakeWebContents() }],
      ['no sender', { sender: null }],
    ])('%s', async (_what, from) => {
      expectRefused(await call(channel, args, from));
    });
  });

  describe('refuses payloads of the wrong type or shape', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    let deep: unknown = 'leaf';
    for (let i = 0; i <= MAX_PAYLOAD_DEPTH + 1; i++) deep = { deep };
    const throwingGetter = Object.defineProperty({}, 'suggestedName', { enumerable: true, get: () => { throw new Error('boom'); } });
    const hostileProxy = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, getPrototypeOf: () => Object.prototype });

    const payloads: Array<[string, unknown[]]> = [
      ['a number', [42]],
      ['NaN', [Number.NaN]],
      ['a string', ['teamshape-backup.json']],
      ['true', [true]],
      ['null', [null]],
      ['an empty object', [{}]],
      ['an array', [[valid ?? {}]]],
      ['an object with unknown keys only', [{ path: '/etc/passwd' }]],
      ['the valid request plus an unknown key', [{ ...(valid as object), path: '/etc/passwd' }]],
      ['a prototype-polluting key', [JSON.parse('{"__proto__":{"polluted":true}}')]],
      ['a constructor key', [{ constructor: { prototype: { polluted: true } } }]],
      ['two arguments', [...args, valid ?? {}]],
      ['three arguments', [valid ?? {}, 1, 2]],
      ['a Map', [new Map([['suggestedName', 'x']])]],
      ['a Set', [new Set([1])]],
      ['a Date', [new Date(0)]],
      ['a typed array', [new Uint8Array(16)]],
      ['an ArrayBuffer', [new ArrayBuffer(8)]],
      ['a bigint', [1n]],
      ['a symbol', [Symbol('x')]],
      ['a function', [() => 1]],
      ['an Error', [new Error('x')]],
      ['a class instance', [new (class Request {})()]],
      ['a cyclic object', [cyclic]],
      [`nesting deeper than ${MAX_PAYLOAD_DEPTH}`, [deep]],
      ['an object whose getter throws', [throwingGetter]],
      ['a proxy that throws', [hostileProxy]],
      ['a huge string', ['x'.repeat(TEXT_FILE_MAX_BYTES + 128 * 1024)]],
      ['a huge array', [Array.from({ length: 2_000_000 }, () => 0)]],
    ];

    // `{}` is a valid file:openText request (no filters): leave out what this channel's schema accepts.
    const acceptable = (badArgs: unknown[]) => {
      try {
        const { request, maxRequestBytes } = bridgeChannels[channel];
        return badArgs.length === 1 && fitsWithin(badArgs[0], maxRequestBytes) && request.safeParse(badArgs[0]).success;
      } catch {
        return false; // the throwing proxy: main must refuse it without throwing
      }
    };
    it.each(payloads.filter(([, badArgs]) => !acceptable(badArgs)))('%s', async (_what, badArgs) => {
      expectRefused(await call(channel, badArgs));
    });
  });

  it('refuses every field of a valid request replaced by a value of another type', async () => {
    if (typeof valid !== 'object' || valid === null) return;
    const wrongFor = (value: unknown): unknown[] =>
      [42, -1, true, null, {}, [], 'text', ['text'], { nested: 'x' }].filter((candidate) => {
        if (Array.isArray(value)) return !Array.isArray(candidate);
        return typeof candidate !== typeof value || (candidate === null) !== (value === null) || Array.isArray(candidate);
      });
    for (const [key, value] of Object.entries(valid)) {
      for (const wrong of wrongFor(value)) {
        const reply = await call(channel, [{ ...valid, [key]: wrong }]);
        expect(reply.ok, `${key} = ${JSON.stringify(wrong)}`).toBe(false);
      }
    }
    expect(calls).toEqual([]);
  });

  it('runs the handler exactly when the schema and the byte cap accept a random payload (seeded, 300 cases)', async () => {
    const random = seededRandom(channel.length * 7919);
    const definition = bridgeChannels[channel];
    for (let i = 0; i < 300; i++) {
      const payload = i % 3 === 0 ? mutate(valid, random) : randomValue(random, 0);
      const accepted = fitsWithin(payload, definition.maxRequestBytes) && definition.request.safeParse(payload).success;
      calls = [];
      const reply = await call(channel, [payload]);
      expect(reply.ok, JSON.stringify(payload)).toBe(accepted);
      expect(calls).toEqual(accepted ? [channel] : []);
    }
  });
});

function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

const ATOMS: unknown[] = ['', 'a.json', '../x', 'C:\\x', '\u0000', 'json', '*', '.json', 0, -1, 1.5, 1e308, true, false, null, undefined];
const KEYS = ['suggestedName', 'content', 'filters', 'name', 'extensions', 'path', '__proto__', 'x'];

function randomValue(random: () => number, depth: number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const roll = random();
  if (depth > 3 || roll < 0.5) return pick(ATOMS);
  if (roll < 0.75) return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1));
  return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [pick(KEYS), randomValue(random, depth + 1)]));
}

/** The valid request with one field changed, removed or added: the cases closest to passing. */
function mutate(valid: unknown, random: () => number): unknown {
  if (typeof valid !== 'object' || valid === null) return randomValue(random, 0);
  const copy: Record<string, unknown> = structuredClone(valid as Record<string, unknown>);
  const keys = Object.keys(copy);
  const key = random() < 0.8 && keys.length > 0 ? keys[Math.floor(random() * keys.length)]! : KEYS[Math.floor(random() * KEYS.length)]!;
  if (random() < 0.2) delete copy[key];
  else copy[key] = randomValue(random, 1);
  return copy;
}

describe('the fuzzing covers the whole table', () => {
  it('has a valid sample for every channel', () => {
    expect(Object.keys(samples).sort()).toEqual([...channelNames].sort());
  });
});
