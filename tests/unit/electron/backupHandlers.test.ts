import type { IpcMainInvokeEvent } from 'electron';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupHandlers, dailyBackupName, KEEP_DAILY_BACKUPS, KEEP_SAFETY_COPIES } from '../../../electron/ipc/backupHandlers';
import { answerInvoke } from '../../../electron/ipc/registerBridge';
import { bridgeChannels } from '../../../shared/bridge';
import { fakeFrame } from '../../fakes/electron';

let dataFolder: string;
let backups: string;
let clock: Date;
const event = {} as IpcMainInvokeEvent;
const handlers = () => createBackupHandlers({ backupsFolder: () => backups, now: () => clock });
const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'teamshape-userdata-'));
  backups = join(dataFolder, 'backups');
  clock = new Date('2026-11-16T09:00:00.000Z');
});
afterEach(async () => {
  await rm(dataFolder, { recursive: true, force: true });
});

describe('backup:daily', () => {
  it('writes today’s backup into the data folder, creating the folder', async () => {
    const result = await handlers()['backup:daily']({ day: day(16), content: '{"backup":1}' }, event);
    expect(result).toEqual({ written: true, path: join(backups, 'teamshape-daily-2026-11-16.json'), removed: [] });
    expect(await readFile(result.path, 'utf8')).toBe('{"backup":1}');
  });

  it('writes once per day: a second start the same day keeps the first backup', async () => {
    await handlers()['backup:daily']({ day: day(16), content: 'morning' }, event);
    const again = await handlers()['backup:daily']({ day: day(16), content: 'afternoon' }, event);
    expect(again.written).toBe(false);
    expect(await readFile(again.path, 'utf8')).toBe('morning');
  });

  it('keeps the last seven daily backups and deletes older ones', async () => {
    for (let n = 1; n <= 9; n++) await handlers()['backup:daily']({ day: day(n), content: `day ${n}` }, event);
    const result = await handlers()['backup:daily']({ day: day(10), content: 'day 10' }, event);
    expect(KEEP_DAILY_BACKUPS).toBe(7);
    expect(result.removed).toEqual([dailyBackupName(day(3))]);
    expect((await readdir(backups)).sort()).toEqual([4, 5, 6, 7, 8, 9, 10].map((n) => dailyBackupName(day(n))));
  });

  it('never touches files it did not write', async () => {
    await mkdir(backups, { recursive: true });
    const foreign = ['notes.txt', 'teamshape-daily-latest.json', 'my-teamshape-daily-2026-01-01.json'];
    for (const name of foreign) await writeFile(join(backups, name), 'keep me');
    for (let n = 1; n <= 10; n++) await handlers()['backup:daily']({ day: day(n), content: '{}' }, event);
    const left = await readdir(backups);
    for (const name of foreign) expect(left).toContain(name);
  });

  it('leaves no temporary file behind', async () => {
    await handlers()['backup:daily']({ day: day(16), content: '{}' }, event);
    expect((await readdir(backups)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('backup:writeSafetyCopy', () => {
  it('writes a time-stamped copy into the data folder and returns its path', async () => {
    const path = await handlers()['backup:writeSafetyCopy']({ content: 'current data' }, event);
    expect(path).toBe(join(backups, 'teamshape-before-restore-2026-11-16T09-00-00-000Z.json'));
    expect(await readFile(path, 'utf8')).toBe('current data');
  });

  it('never overwrites an earlier copy made in the same instant', async () => {
    const first = await handlers()['backup:writeSafetyCopy']({ content: 'first' }, event);
    const second = await handlers()['backup:writeSafetyCopy']({ content: 'second' }, event);
    expect(second).not.toBe(first);
    expect(await readFile(first, 'utf8')).toBe('first');
  });

  it(`keeps the last ${KEEP_SAFETY_COPIES} safety copies and leaves the daily backups alone`, async () => {
    await handlers()['backup:daily']({ day: day(1), content: '{}' }, event);
    for (let n = 0; n < KEEP_SAFETY_COPIES + 3; n++) {
      clock = new Date(Date.UTC(2026, 10, 16, 9, n));
      await handlers()['backup:writeSafetyCopy']({ content: String(n) }, event);
    }
    const names = await readdir(backups);
    expect(names.filter((n) => n.startsWith('teamshape-before-restore-'))).toHaveLength(KEEP_SAFETY_COPIES);
    expect(names).toContain(dailyBackupName(day(1)));
    expect(names).not.toContain('teamshape-before-restore-2026-11-16T09-00-00-000Z.json');
  });
});

describe('backup:location', () => {
  it('names the folder and lists the daily backups, newest first, with their size', async () => {
    await handlers()['backup:daily']({ day: day(14), content: 'abc' }, event);
    await handlers()['backup:daily']({ day: day(15), content: 'abcdef' }, event);
    await handlers()['backup:writeSafetyCopy']({ content: 'x' }, event);
    expect(await handlers()['backup:location'](undefined, event)).toEqual({
      folder: backups,
      daily: [
        { name: dailyBackupName(day(15)), day: day(15), bytes: 6 },
        { name: dailyBackupName(day(14)), day: day(14), bytes: 3 },
      ],
    });
  });
});

describe('the backup channels at the bridge', () => {
  const trusted = { senderFrame: fakeFrame('app://teamshape/index.html'), sender: {} } as unknown as IpcMainInvokeEvent;
  const policy = { trustedOrigins: ['app://teamshape'], isOwnWindow: () => true, logError: () => {} };

  it('refuses a day that is not a date, so no path can be smuggled into the file name', async () => {
    const reply = await answerInvoke('backup:daily', handlers()['backup:daily'], trusted, [{ day: '../../evil', content: '{}' }], policy);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('invalid at day') });
    await expect(readdir(backups)).rejects.toThrow();
  });

  it('refuses unknown fields and answers with a validated reply', async () => {
    expect(await answerInvoke('backup:writeSafetyCopy', handlers()['backup:writeSafetyCopy'], trusted, [{ content: '{}', path: '/etc/passwd' }], policy)).toMatchObject({ ok: false });
    const reply = await answerInvoke('backup:location', handlers()['backup:location'], trusted, [undefined], policy);
    expect(reply.ok && bridgeChannels['backup:location'].response.safeParse(reply.value).success).toBe(true);
  });
});
