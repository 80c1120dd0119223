import type { IpcMainInvokeEvent } from 'electron';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDay, realBackupFs, STALE_TEMPORARY_MS, type BackupFs } from '../../../electron/ipc/backupFolder';
import {
  createBackupHandlers,
  dailyBackupName,
  KEEP_DAILY_BACKUPS,
  KEEP_SAFETY_COPIES,
  MAX_RECENT_SAFETY_COPIES,
} from '../../../electron/ipc/backupHandlers';
import { answerInvoke } from '../../../electron/ipc/registerBridge';
import { BACKUP_CHUNK_BYTES, bridgeChannels } from '../../../shared/bridge';
import { fakeFrame } from '../../fakes/electron';

const DAY_MS = 24 * 60 * 60 * 1000;
let dataFolder: string;
let backups: string;
/**
 * Main's clock, set to the file system's own time (whole seconds, which file times keep exactly):
 * files written in a test get the kernel's time, which a shifted-clock run does not move.
 */
let clock: Date;
const event = {} as IpcMainInvokeEvent;
let uploads = 0;
const nextUploadId = () => `upload-${String(++uploads).padStart(12, '0')}`;
/** `content` sent as the page sends it: one chunk through `backup:upload`. */
const chunkOf = (uploadId: string, content: string) => ({ uploadId, index: 0, last: true, base64: Buffer.from(content).toString('base64') });
/**
 * Main's backup handlers, with the two that take an upload wrapped to take `{ content }`: the
 * content goes through `backup:upload` first, as the page sends it. `raw` has the handlers as they are.
 */
function handlers(fs?: BackupFs) {
  const raw = createBackupHandlers({ backupsFolder: () => backups, now: () => clock, ...(fs ? { fs } : {}) });
  const sent = async (content: string) => {
    const uploadId = nextUploadId();
    await raw['backup:upload'](chunkOf(uploadId, content), event);
    return { uploadId };
  };
  return {
    ...raw,
    raw,
    'backup:daily': async ({ content }: { content: string }, _event?: IpcMainInvokeEvent) => raw['backup:daily'](await sent(content), event),
    'backup:writeSafetyCopy': async ({ content }: { content: string }, _event?: IpcMainInvokeEvent) => raw['backup:writeSafetyCopy'](await sent(content), event),
  };
}
/** Through the bridge's checks, as a page would: the upload, then the call that names it. */
async function invokeWithUpload(main: ReturnType<typeof handlers>, channel: 'backup:daily' | 'backup:writeSafetyCopy', content: string) {
  const uploadId = nextUploadId();
  const upload = await answerInvoke('backup:upload', main.raw['backup:upload'], trusted, [chunkOf(uploadId, content)], policy);
  if (!upload.ok) return upload;
  return answerInvoke(channel, main.raw[channel] as never, trusted, [{ uploadId }], policy);
}
const daysAgo = (n: number) => new Date(clock.getTime() - n * DAY_MS);
const today = () => dailyBackupName(localDay(clock));
const trusted = { senderFrame: fakeFrame('app://teamshape/index.html'), sender: {} } as unknown as IpcMainInvokeEvent;
const policy = { trustedOrigins: ['app://teamshape'], isOwnWindow: () => true, logError: () => {} };

/** A file in the backups folder with the given modification time (as an older version or a crash left it). */
async function seed(name: string, content: string, modified: Date): Promise<void> {
  await mkdir(backups, { recursive: true });
  await writeFile(join(backups, name), content);
  await utimes(join(backups, name), modified, modified);
}
const seedDaily = (n: number) => seed(dailyBackupName(localDay(daysAgo(n))), `day -${n}`, daysAgo(n));
const names = async () => (await readdir(backups)).sort();

/** The real file system, with every open, flush, close and rename written to `log` (temporary names shortened). */
function observedFs(log: string[], overrides: Partial<BackupFs> = {}): BackupFs {
  const short = (path: unknown) => basename(String(path)).replace(/\.[0-9a-f]{12}\.tmp$/, '.tmp');
  const open = (async (path: string, flags?: string) => {
    const handle = await realBackupFs.open(path, flags);
    const [sync, close] = [handle.sync.bind(handle), handle.close.bind(handle)];
    log.push(`open ${short(path)} ${flags}`);
    handle.sync = () => (log.push(`sync ${short(path)}`), sync());
    handle.close = () => (log.push(`close ${short(path)}`), close());
    return handle;
  }) as BackupFs['open'];
  const rename = (async (from: string, to: string) => (log.push(`rename ${short(from)} → ${short(to)}`), realBackupFs.rename(from, to))) as BackupFs['rename'];
  return { ...realBackupFs, open, rename, ...overrides };
}
const diskFull = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'teamshape-userdata-'));
  backups = join(dataFolder, 'backups');
  await mkdir(backups);
  await writeFile(join(backups, 'probe'), '');
  clock = new Date(Math.floor((await stat(join(backups, 'probe'))).mtimeMs / 1000) * 1000);
  await rm(backups, { recursive: true });
});
afterEach(async () => {
  await rm(dataFolder, { recursive: true, force: true });
});

describe('backup:daily', () => {
  it('writes today’s backup, named by main’s own clock, into the data folder, creating the folder', async () => {
    const result = await handlers()['backup:daily']({ content: '{"backup":1}' }, event);
    expect(result).toEqual({ written: true, path: join(backups, today()), removed: [] });
    expect(await readFile(result.path, 'utf8')).toBe('{"backup":1}');
  });

  it('writes once per day by main’s clock: a second start the same day keeps the first backup', async () => {
    await handlers()['backup:daily']({ content: 'morning' }, event);
    const again = await handlers()['backup:daily']({ content: 'afternoon' }, event);
    expect(again.written).toBe(false);
    expect(await readFile(again.path, 'utf8')).toBe('morning');
    clock = new Date(clock.getTime() + DAY_MS);
    expect((await handlers()['backup:daily']({ content: 'next day' }, event)).path).toBe(join(backups, today()));
  });

  it('refuses a page that names the day, so a page claiming 2099 cannot make rotation delete real backups', async () => {
    for (let n = 1; n <= 6; n++) await seedDaily(n);
    const real = await names();
    const main = handlers();
    for (let n = 1; n <= 7; n++) {
      const reply = await answerInvoke('backup:daily', main.raw['backup:daily'], trusted, [{ day: `2099-01-0${n}`, uploadId: nextUploadId() }], policy);
      expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('invalid') });
    }
    // Seven more calls without a day make one backup for today, and delete nothing.
    for (let n = 1; n <= 7; n++) await invokeWithUpload(main, 'backup:daily', '{}');
    expect(await names()).toEqual([...real, today()].sort());
  });

  it(`keeps the newest ${KEEP_DAILY_BACKUPS} by file time and deletes older ones, whatever their names say`, async () => {
    for (let n = 1; n <= 8; n++) await seedDaily(n);
    await seed('teamshape-daily-2099-12-31.json', 'named for 2099, written 30 days ago', daysAgo(30));
    const result = await handlers()['backup:daily']({ content: 'today' }, event);
    const deleted = [7, 8].map((n) => dailyBackupName(localDay(daysAgo(n))));
    expect(result.removed.sort()).toEqual([...deleted, 'teamshape-daily-2099-12-31.json'].sort());
    expect(await names()).toHaveLength(KEEP_DAILY_BACKUPS);
    expect(await names()).toContain(today());
  });

  it('neither counts nor deletes files dated after main’s clock, so they cannot push real backups out', async () => {
    for (let n = 1; n <= 6; n++) await seedDaily(n);
    const future = new Date('2099-06-01T00:00:00Z');
    for (let n = 1; n <= 7; n++) await seed(`teamshape-daily-2099-01-0${n}.json`, 'touched', future);
    const result = await handlers()['backup:daily']({ content: 'today' }, event);
    expect(result.removed).toEqual([]);
    expect(await names()).toHaveLength(6 + 7 + 1);
  });

  it('ignores an empty file: it is no backup, so today’s is written over it', async () => {
    await seed(today(), '', clock);
    expect((await handlers()['backup:status'](undefined, event)).due).toBe(true);
    const result = await handlers()['backup:daily']({ content: 'real data' }, event);
    expect(result.written).toBe(true);
    expect(await readFile(result.path, 'utf8')).toBe('real data');
  });

  it('does not count empty files when rotating, so they never push real backups out', async () => {
    for (let n = 1; n <= 6; n++) await seedDaily(n);
    for (let n = 1; n <= 7; n++) await seed(`teamshape-daily-2020-01-0${n}.json`, '', clock);
    expect((await handlers()['backup:daily']({ content: 'today' }, event)).removed).toEqual([]);
  });

  it('removes temporary files a crashed write left behind, and only those', async () => {
    const stale = new Date(clock.getTime() - STALE_TEMPORARY_MS - 1000);
    await seed(`${dailyBackupName('2026-11-01')}.0123456789ab.tmp`, '{"half', stale);
    await seed(`teamshape-before-restore-2026-11-01T09-00-00-000Z.json.ba9876543210.tmp`, '{"half', stale);
    await seed(`${dailyBackupName('2026-11-02')}.aaaaaaaaaaaa.tmp`, 'being written right now', clock);
    await seed('notes.tmp', 'not ours', stale);
    await handlers()['backup:daily']({ content: '{}' }, event);
    expect(await names()).toEqual([`${dailyBackupName('2026-11-02')}.aaaaaaaaaaaa.tmp`, 'notes.tmp', today()].sort());
  });

  it('flushes the file, renames it into place, then flushes the folder', async () => {
    const log: string[] = [];
    await handlers(observedFs(log))['backup:daily']({ content: '{}' }, event);
    const temporary = `${today()}.tmp`;
    expect(log).toEqual([
      `open ${temporary} wx`,
      `sync ${temporary}`,
      `close ${temporary}`,
      `rename ${temporary} → ${today()}`,
      'open backups r',
      'sync backups',
      'close backups',
    ]);
  });

  it('never touches files it did not write', async () => {
    const foreign = ['notes.txt', 'teamshape-daily-latest.json', 'my-teamshape-daily-2026-01-01.json'];
    for (const name of foreign) await seed(name, 'keep me', daysAgo(40));
    for (let n = 1; n <= 10; n++) await seedDaily(n);
    await handlers()['backup:daily']({ content: '{}' }, event);
    const left = await readdir(backups);
    for (const name of foreign) expect(left).toContain(name);
  });

  it('reports a failed write to the page with the reason and what to do, and leaves no temporary file', async () => {
    const full = observedFs([], {
      open: ((path: string, flags?: string) => (flags === 'wx' ? Promise.reject(diskFull()) : realBackupFs.open(path, flags))) as BackupFs['open'],
    });
    const main = handlers(full);
    const reply = await invokeWithUpload(main, 'backup:daily', '{}');
    expect(reply).toEqual({ ok: false, error: `Teamshape could not write ${today()} in ${backups}: the disk is full. Free some disk space, then try again.` });
    expect(await names()).toEqual([]);
    const status = await main['backup:status'](undefined, event);
    expect(status).toMatchObject({ due: true, lastSuccessAt: null, lastFailure: { at: clock.toISOString(), reason: expect.stringContaining('the disk is full') } });
  });
});

describe('backup:status', () => {
  it('says today’s backup is due, by main’s clock, until it is written, then when it was written (its file time)', async () => {
    const main = handlers();
    expect(await main['backup:status'](undefined, event)).toEqual({ today: localDay(clock), due: true, lastSuccessAt: null, lastFailure: null });
    await main['backup:daily']({ content: '{}' }, event);
    const status = await main['backup:status'](undefined, event);
    expect(status.due).toBe(false);
    expect(Math.abs(Date.parse(status.lastSuccessAt!) - clock.getTime())).toBeLessThan(60_000);
    clock = new Date(clock.getTime() + DAY_MS);
    expect(await main['backup:status'](undefined, event)).toMatchObject({ today: localDay(clock), due: true, lastSuccessAt: status.lastSuccessAt });
  });

  it('clears the last failure once a backup succeeds', async () => {
    let fail = true;
    const flaky = observedFs([], { rename: ((from: string, to: string) => (fail ? Promise.reject(diskFull()) : realBackupFs.rename(from, to))) as BackupFs['rename'] });
    const main = handlers(flaky);
    await expect(main['backup:daily']({ content: '{}' }, event)).rejects.toThrow('the disk is full');
    expect(await names()).toEqual([]); // the flushed temporary file is removed again
    expect((await main['backup:status'](undefined, event)).lastFailure).not.toBeNull();
    fail = false;
    await main['backup:daily']({ content: '{}' }, event);
    expect(await main['backup:status'](undefined, event)).toMatchObject({ due: false, lastFailure: null });
  });
});

describe('backup:writeSafetyCopy', () => {
  it('writes a time-stamped copy into the data folder and returns its path', async () => {
    clock = new Date('2026-11-16T09:00:00.000Z');
    const path = await handlers()['backup:writeSafetyCopy']({ content: 'current data' }, event);
    expect(path).toBe(join(backups, 'teamshape-before-restore-2026-11-16T09-00-00-000Z.teamshape.gz'));
    expect(await readFile(path, 'utf8')).toBe('current data');
  });

  it('never overwrites an earlier copy made in the same instant', async () => {
    const first = await handlers()['backup:writeSafetyCopy']({ content: 'first' }, event);
    const second = await handlers()['backup:writeSafetyCopy']({ content: 'second' }, event);
    expect(second).not.toBe(first);
    expect(await readFile(first, 'utf8')).toBe('first');
  });

  it(`keeps the last ${KEEP_SAFETY_COPIES} older than a week and leaves the daily backups alone`, async () => {
    await seedDaily(20);
    for (let n = 0; n < KEEP_SAFETY_COPIES + 3; n++) {
      await seed(`teamshape-before-restore-2026-01-${String(n + 1).padStart(2, '0')}T09-00-00-000Z.json`, String(n), daysAgo(30 - n));
    }
    await handlers()['backup:writeSafetyCopy']({ content: 'now' }, event);
    const left = await names();
    expect(left.filter((n) => n.startsWith('teamshape-before-restore-'))).toHaveLength(KEEP_SAFETY_COPIES);
    expect(left).toContain(dailyBackupName(localDay(daysAgo(20))));
    expect(left).not.toContain('teamshape-before-restore-2026-01-01T09-00-00-000Z.json');
  });

  it('never deletes a copy from the last seven days, however many a page asks for, and then refuses new ones', async () => {
    for (let n = 0; n < MAX_RECENT_SAFETY_COPIES - 1; n++) await handlers()['backup:writeSafetyCopy']({ content: String(n) }, event);
    expect(await names()).toHaveLength(MAX_RECENT_SAFETY_COPIES - 1);
    const reply = await invokeWithUpload(handlers(), 'backup:writeSafetyCopy', 'x');
    expect(reply.ok).toBe(true);
    const refused = await invokeWithUpload(handlers(), 'backup:writeSafetyCopy', 'x');
    expect(refused).toEqual({ ok: false, error: expect.stringContaining(`There are already ${MAX_RECENT_SAFETY_COPIES} safety copies from the last 7 days`) });
    expect(await names()).toHaveLength(MAX_RECENT_SAFETY_COPIES);
  });
});

describe('backup:list and backup:read', () => {
  it('lists daily backups and safety copies, newest first by file time, with their size; not empty or foreign files', async () => {
    await seedDaily(2);
    await seed('teamshape-before-restore-2026-11-16T09-00-00-000Z.json', 'safety!', daysAgo(1));
    await seed(dailyBackupName(localDay(daysAgo(3))), '', daysAgo(3));
    await seed('notes.txt', 'not ours', clock);
    expect(await handlers()['backup:list'](undefined, event)).toEqual({
      folder: backups,
      backups: [
        { name: 'teamshape-before-restore-2026-11-16T09-00-00-000Z.json', kind: 'safety', savedAt: daysAgo(1).toISOString(), bytes: 7 },
        { name: dailyBackupName(localDay(daysAgo(2))), kind: 'daily', savedAt: daysAgo(2).toISOString(), bytes: 6 },
      ],
    });
  });

  it('reads back a safety copy written before a restore, by the name the list gave', async () => {
    const main = handlers();
    await main['backup:writeSafetyCopy']({ content: '{"before":"restore"}' }, event);
    const [copy] = (await main['backup:list'](undefined, event)).backups;
    const reply = await answerInvoke('backup:read', main['backup:read'], trusted, [{ name: copy!.name, offset: 0 }], policy);
    expect(reply).toEqual({ ok: true, value: { name: copy!.name, offset: 0, totalBytes: 20, base64: Buffer.from('{"before":"restore"}').toString('base64') } });
  });

  it('reads only our backups in the backups folder, whatever name the page sends', async () => {
    const read = handlers()['backup:read'];
    await seed('notes.txt', 'secret', clock);
    for (const name of ['notes.txt', '../teamshape-daily-2026-11-16.json', '/etc/passwd', 'teamshape-daily-2026-11-16.json/../../x', 'teamshape-daily-2026-11-16.JSON']) {
      expect(await answerInvoke('backup:read', read, trusted, [{ name, offset: 0 }], policy), name).toMatchObject({ ok: false, error: expect.stringContaining('invalid at name') });
    }
  });

  it('says plainly when the chosen backup has gone or is empty', async () => {
    const read = handlers()['backup:read'];
    const name = dailyBackupName('2026-11-02');
    await expect(read({ name, offset: 0 }, event)).rejects.toThrow(`${name} is no longer in the backups folder (${backups}). Choose another backup from the list.`);
    await seed(name, '', clock);
    await expect(read({ name, offset: 0 }, event)).rejects.toThrow(`${name} is empty: its write did not finish. Choose another backup from the list.`);
  });

  it('reads a large backup a chunk at a time, and refuses to stitch a file that changed between chunks', async () => {
    const name = dailyBackupName('2026-11-02');
    const big = Buffer.alloc(BACKUP_CHUNK_BYTES * 2 + 123, 7);
    await mkdir(backups, { recursive: true });
    await writeFile(join(backups, name), big);
    const read = handlers()['backup:read'];
    const first = await read({ name, offset: 0 }, event);
    expect(first).toMatchObject({ offset: 0, totalBytes: big.length });
    expect(Buffer.from(first.base64, 'base64')).toHaveLength(BACKUP_CHUNK_BYTES);
    const second = await read({ name, offset: BACKUP_CHUNK_BYTES }, event);
    const third = await read({ name, offset: BACKUP_CHUNK_BYTES * 2 }, event);
    expect(Buffer.concat([first, second, third].map((c) => Buffer.from(c.base64, 'base64'))).equals(big)).toBe(true);

    await read({ name, offset: 0 }, event);
    await writeFile(join(backups, name), 'replaced by a smaller file meanwhile');
    await expect(read({ name, offset: BACKUP_CHUNK_BYTES }, event)).rejects.toThrow(`${name} changed while it was being read. Choose it again.`);
  });
});

describe('backup:location', () => {
  it('names the folder and lists the non-empty daily backups, newest first, dated by their file time', async () => {
    await seed(dailyBackupName('2099-01-01'), 'abc', daysAgo(2));
    await seedDaily(1);
    await seed(dailyBackupName(localDay(daysAgo(3))), '', daysAgo(3));
    await handlers()['backup:writeSafetyCopy']({ content: 'x' }, event);
    expect(await handlers()['backup:location'](undefined, event)).toEqual({
      folder: backups,
      daily: [
        { name: dailyBackupName(localDay(daysAgo(1))), day: localDay(daysAgo(1)), bytes: 6 },
        { name: dailyBackupName('2099-01-01'), day: localDay(daysAgo(2)), bytes: 3 },
      ],
    });
  });
});

describe('the backup channels at the bridge', () => {
  it('refuses unknown fields and an empty backup, and answers with validated replies', async () => {
    const main = handlers();
    expect(await answerInvoke('backup:writeSafetyCopy', main.raw['backup:writeSafetyCopy'], trusted, [{ uploadId: nextUploadId(), path: '/etc/passwd' }], policy)).toMatchObject({ ok: false });
    expect(await invokeWithUpload(main, 'backup:daily', '')).toMatchObject({ ok: false, error: 'The backup is empty, so nothing was written. Try again.' });
    expect(await answerInvoke('backup:daily', main.raw['backup:daily'], trusted, [{ uploadId: nextUploadId() }], policy)).toMatchObject({
      ok: false,
      error: 'The backup did not arrive complete, so nothing was written. Try again.',
    });
    await expect(readdir(backups)).rejects.toThrow();
    await main['backup:daily']({ content: '{}' }, event);
    for (const channel of ['backup:location', 'backup:status', 'backup:list'] as const) {
      const reply = await answerInvoke(channel, main[channel] as never, trusted, [undefined], policy);
      expect(reply.ok && bridgeChannels[channel].response.safeParse(reply.value).success, channel).toBe(true);
    }
  });
});
