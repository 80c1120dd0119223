import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoredBackup } from '../../shared/bridge';
import { BridgeFailure, type BridgeHandlers } from './registerBridge';

export interface BackupHandlerDeps {
  /** userData/backups: the app's own data folder, never a folder the user picked. */
  backupsFolder: () => string;
  /** For the safety copies' time stamps; the real clock unless a test pins it. */
  now?: () => Date;
}

type BackupHandlers = Pick<BridgeHandlers, 'backup:writeSafetyCopy' | 'backup:daily' | 'backup:location'>;

/** How many daily backups are kept; the oldest beyond this are deleted after a new one is written. */
export const KEEP_DAILY_BACKUPS = 7;
/** How many safety copies (made before each restore) are kept. */
export const KEEP_SAFETY_COPIES = 10;

const DAILY = /^teamshape-daily-(\d{4}-\d{2}-\d{2})\.json$/;
const SAFETY = /^teamshape-before-restore-(\d{4}-\d{2}-\d{2})T[\d-]+Z(-\d+)?\.json$/;

export const dailyBackupName = (day: string) => `teamshape-daily-${day}.json`;

/** Write beside the target, then rename: a crash mid-write never leaves half a backup behind. */
async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, content, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new BridgeFailure(`Teamshape could not write the backup to ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Our files in the folder matching `pattern`, newest first (names sort by date). Other files are never touched. */
async function listOwn(folder: string, pattern: RegExp): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.filter((name) => pattern.test(name)).sort().reverse();
}

/** Deletes our files beyond the newest `keep`; returns the names deleted. */
export async function rotateBackups(folder: string, pattern: RegExp, keep: number): Promise<string[]> {
  const stale = (await listOwn(folder, pattern)).slice(keep);
  for (const name of stale) await rm(join(folder, name), { force: true });
  return stale;
}

async function dailyBackups(folder: string): Promise<StoredBackup[]> {
  const found: StoredBackup[] = [];
  for (const name of await listOwn(folder, DAILY)) {
    const info = await stat(join(folder, name)).catch(() => null);
    if (info?.isFile()) found.push({ name, day: DAILY.exec(name)![1]!, bytes: info.size });
  }
  return found;
}

export function createBackupHandlers(deps: BackupHandlerDeps): BackupHandlers {
  const now = deps.now ?? (() => new Date());
  const folder = async () => {
    const path = deps.backupsFolder();
    await mkdir(path, { recursive: true });
    return path;
  };
  return {
    'backup:writeSafetyCopy': async ({ content }) => {
      const dir = await folder();
      const stampText = now().toISOString().replace(/[:.]/g, '-');
      let path = join(dir, `teamshape-before-restore-${stampText}.json`);
      for (let n = 2; await exists(path); n++) path = join(dir, `teamshape-before-restore-${stampText}-${n}.json`);
      await writeAtomically(path, content);
      await rotateBackups(dir, SAFETY, KEEP_SAFETY_COPIES);
      return path;
    },
    'backup:daily': async ({ day, content }) => {
      const dir = await folder();
      const path = join(dir, dailyBackupName(day));
      if (await exists(path)) return { written: false, path, removed: [] };
      await writeAtomically(path, content);
      const removed = await rotateBackups(dir, DAILY, KEEP_DAILY_BACKUPS);
      return { written: true, path, removed };
    },
    'backup:location': async () => {
      const dir = await folder();
      return { folder: dir, daily: await dailyBackups(dir) };
    },
  };
}
