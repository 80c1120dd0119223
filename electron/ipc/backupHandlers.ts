import { join } from 'node:path';
import { BACKUP_CHUNK_BYTES, type DailyBackupStatus } from '../../shared/bridge';
import { BackupUploads } from './backupUploads';
import { DAILY, findBackups, localDay, notAfter, realBackupFs, removeStaleTemporaries, rotate, SAFETY, writeDurably, type BackupFs } from './backupFolder';
import { BridgeFailure, type BridgeHandlers } from './registerBridge';

export interface BackupHandlerDeps {
  /** userData/backups: the app's own data folder, never a folder the user picked. */
  backupsFolder: () => string;
  /** Main's clock: it alone dates the backups. The real clock unless a test pins it. */
  now?: () => Date;
  /** The file-system calls; tests pass spies to see the flushes. */
  fs?: BackupFs;
  /** Backups on their way in; tests pass one to observe or bound it. */
  uploads?: BackupUploads;
}

type BackupHandlers = Pick<
  BridgeHandlers,
  'backup:upload' | 'backup:writeSafetyCopy' | 'backup:daily' | 'backup:location' | 'backup:status' | 'backup:list' | 'backup:read'
>;

/** How many daily backups are kept; the oldest beyond this are deleted after a new one is written. */
export const KEEP_DAILY_BACKUPS = 7;
/** How many safety copies (made before each restore) are kept. */
export const KEEP_SAFETY_COPIES = 10;
/**
 * Safety copies younger than this are never deleted by rotation, so a page that asks for copy after
 * copy cannot push the real ones out; past this many such copies, new ones are refused instead.
 */
export const PROTECT_SAFETY_COPIES_MS = 7 * 24 * 60 * 60 * 1000;
export const MAX_RECENT_SAFETY_COPIES = 50;
/** At most this many backups are listed (the folder normally holds 17). */
const MAX_LISTED = 100;

export const dailyBackupName = (day: string) => `teamshape-daily-${day}.teamshape.gz`;
/** The day a daily backup is for, whatever its format. */
const dayOf = (name: string) => DAILY.exec(name)?.[1] ?? null;

export function createBackupHandlers(deps: BackupHandlerDeps): BackupHandlers {
  const now = deps.now ?? (() => new Date());
  const fs = deps.fs ?? realBackupFs;
  const uploads = deps.uploads ?? new BackupUploads();
  /** Size of each backup as its first chunk was read: a file replaced meanwhile is not stitched from two. */
  const reading = new Map<string, number>();
  let lastFailure: DailyBackupStatus['lastFailure'] = null;

  /** The folder, created if missing, with any temporary files of crashed writes removed. */
  const folder = async () => {
    const path = deps.backupsFolder();
    try {
      await fs.mkdir(path, { recursive: true });
    } catch (error) {
      throw new BridgeFailure(`Teamshape could not create its backups folder ${path}: ${(error as Error).message}. Check that the disk is connected and writable, then try again.`);
    }
    await removeStaleTemporaries(fs, path, now());
    return path;
  };
  const isNonEmptyFile = (path: string) => fs.stat(path).then((info) => info.isFile() && info.size > 0, () => false);
  const asFailure = (error: unknown) => (error instanceof BridgeFailure ? error : new BridgeFailure(error instanceof Error ? error.message : String(error)));
  /** Remembers why the daily backup failed, for `backup:status`, and passes the failure on to the page. */
  const failed = (error: unknown) => {
    const failure = asFailure(error);
    lastFailure = { at: now().toISOString(), reason: failure.message.slice(0, 2000) };
    return failure;
  };

  return {
    'backup:upload': async (chunk) => {
      uploads.add(chunk);
      return null;
    },
    'backup:writeSafetyCopy': async ({ uploadId }) => {
      const content = uploads.take(uploadId);
      const dir = await folder();
      const recent = (await findBackups(fs, dir)).filter((b) => b.kind === 'safety' && now().getTime() - b.savedAt.getTime() < PROTECT_SAFETY_COPIES_MS);
      if (recent.length >= MAX_RECENT_SAFETY_COPIES) {
        throw new BridgeFailure(
          `There are already ${recent.length} safety copies from the last 7 days in ${dir}, so no new one was made and nothing was restored. Delete the copies you no longer need from that folder, then try again.`,
        );
      }
      const stampText = now().toISOString().replace(/[:.]/g, '-');
      let name = `teamshape-before-restore-${stampText}.teamshape.gz`;
      for (let n = 2; await fs.stat(join(dir, name)).then(() => true, () => false); n++) name = `teamshape-before-restore-${stampText}-${n}.teamshape.gz`;
      const path = await writeDurably(fs, dir, name, content).catch((error: unknown) => Promise.reject(asFailure(error)));
      await rotate(fs, dir, { kind: 'safety', keep: KEEP_SAFETY_COPIES, keepYoungerThanMs: PROTECT_SAFETY_COPIES_MS }, now(), name);
      return path;
    },
    'backup:daily': async ({ uploadId }) => {
      try {
        const content = uploads.take(uploadId);
        const dir = await folder();
        const today = localDay(now());
        const name = dailyBackupName(today);
        // Today's backup in either format; an empty file (a crash before the flush) is no backup: it is written again.
        const existing = (await findBackups(fs, dir)).find((backup) => backup.kind === 'daily' && dayOf(backup.name) === today);
        if (existing && (await isNonEmptyFile(join(dir, existing.name)))) {
          lastFailure = null;
          return { written: false, path: join(dir, existing.name), removed: [] };
        }
        const path = join(dir, name);
        await writeDurably(fs, dir, name, content);
        const removed = await rotate(fs, dir, { kind: 'daily', keep: KEEP_DAILY_BACKUPS }, now(), name);
        lastFailure = null;
        return { written: true, path, removed };
      } catch (error) {
        throw failed(error);
      }
    },
    'backup:status': async () => {
      const today = localDay(now());
      const dir = await folder().catch((error: unknown) => Promise.reject(failed(error)));
      const daily = (await findBackups(fs, dir)).filter((backup) => backup.kind === 'daily');
      const newest = daily.find(notAfter(now()));
      return {
        today,
        due: !daily.some((backup) => dayOf(backup.name) === today),
        lastSuccessAt: newest?.savedAt.toISOString() ?? null,
        lastFailure,
      };
    },
    'backup:location': async () => {
      const dir = await folder();
      const daily = (await findBackups(fs, dir)).filter((backup) => backup.kind === 'daily').slice(0, MAX_LISTED);
      return { folder: dir, daily: daily.map(({ name, savedAt, bytes }) => ({ name, day: localDay(savedAt), bytes })) };
    },
    'backup:list': async () => {
      const dir = await folder();
      const backups = (await findBackups(fs, dir)).slice(0, MAX_LISTED);
      return { folder: dir, backups: backups.map(({ name, kind, savedAt, bytes }) => ({ name, kind, savedAt: savedAt.toISOString(), bytes })) };
    },
    'backup:read': async ({ name, offset }) => {
      // The schema allows only our names; checked again here so no other file can ever be read.
      if (!DAILY.test(name) && !SAFETY.test(name)) throw new BridgeFailure(`${name} is not a backup Teamshape made.`);
      const dir = deps.backupsFolder();
      const info = await fs.stat(join(dir, name)).catch(() => null);
      if (!info?.isFile()) throw new BridgeFailure(`${name} is no longer in the backups folder (${dir}). Choose another backup from the list.`);
      if (info.size === 0) throw new BridgeFailure(`${name} is empty: its write did not finish. Choose another backup from the list.`);
      if (offset === 0) reading.set(name, info.size);
      const totalBytes = reading.get(name);
      if (totalBytes !== info.size || offset >= totalBytes) {
        reading.delete(name);
        throw new BridgeFailure(`${name} changed while it was being read. Choose it again.`);
      }
      let handle: Awaited<ReturnType<BackupFs['open']>> | undefined;
      try {
        handle = await fs.open(join(dir, name), 'r');
        const chunk = Buffer.alloc(Math.min(BACKUP_CHUNK_BYTES, totalBytes - offset));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, offset);
        if (offset + bytesRead >= totalBytes) reading.delete(name);
        return { name, offset, totalBytes, base64: chunk.subarray(0, bytesRead).toString('base64') };
      } catch (error) {
        reading.delete(name);
        throw new BridgeFailure(`Teamshape could not read ${name}: ${(error as Error).message}. Check the disk, then try again.`);
      } finally {
        await handle?.close();
      }
    },
  };
}
