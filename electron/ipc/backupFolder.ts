/**
 * The backups folder on disk: durable writes (file and folder flushed before the write counts),
 * listing by file time, honest rotation, and clean-up of temporary files a crash left behind.
 * Every date here comes from main's clock or the file system, never from the page.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';

/** The file-system calls the backups folder uses; tests pass spies to observe flushes. */
export type BackupFs = Pick<typeof nodeFs, 'mkdir' | 'open' | 'readdir' | 'readFile' | 'rename' | 'rm' | 'stat'>;

export const realBackupFs: BackupFs = nodeFs;

/** Backups are format 3 (`.teamshape.gz`); those written before it (`.json`) are still listed, read and rotated. */
export const DAILY = /^teamshape-daily-(\d{4}-\d{2}-\d{2})\.(json|teamshape\.gz)$/;
export const SAFETY = /^teamshape-before-restore-\d{4}-\d{2}-\d{2}T[\d-]+Z(-\d+)?\.(json|teamshape\.gz)$/;
/** Our temporary files: `<backup name>.<12 hex>.tmp`, renamed into place when complete. */
const TEMPORARY = /^teamshape-(daily|before-restore)-[\w-]+\.(json|teamshape\.gz)\.[0-9a-f]{12}\.tmp$/;
/** A temporary file older than this belongs to a write that crashed: no write takes an hour. */
export const STALE_TEMPORARY_MS = 60 * 60 * 1000;
/** How far a file's time may run ahead of main's clock (another disk's clock) and still count as written now. */
const CLOCK_TOLERANCE_MS = 60 * 60 * 1000;

export type BackupKind = 'daily' | 'safety';

export interface FoundBackup {
  name: string;
  kind: BackupKind;
  /** The file's modification time: when main finished writing it. */
  savedAt: Date;
  bytes: number;
}

/** The local calendar date (YYYY-MM-DD) of `date` on this computer. */
export function localDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;

/** What went wrong writing a backup, in plain words, and what to do about it. */
export function describeWriteProblem(name: string, folder: string, error: unknown): string {
  const code = errorCode(error);
  const what: Record<string, string> = {
    ENOSPC: 'the disk is full. Free some disk space, then try again.',
    EDQUOT: 'your disk quota is used up. Free some disk space, then try again.',
    EROFS: 'the disk is read-only. Make it writable (or move Teamshape’s data to another disk), then try again.',
    EACCES: 'Teamshape is not allowed to write there. Check the folder’s permissions, then try again.',
    EPERM: 'Teamshape is not allowed to write there. Check the folder’s permissions (or your antivirus), then try again.',
    EIO: 'the disk reported a read/write error. Check the disk, then try again.',
    EMFILE: 'too many files are open. Close some programs, then try again.',
    ENFILE: 'too many files are open. Close some programs, then try again.',
  };
  const reason = (code && what[code]) ?? `${error instanceof Error ? error.message : String(error)}. Try again; if it keeps failing, restart Teamshape.`;
  return `Teamshape could not write ${name} in ${folder}: ${reason}`;
}

/** Flushes the folder's entry list, so the rename survives a power cut. Some systems (Windows) cannot. */
async function syncFolder(fs: BackupFs, folder: string): Promise<void> {
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    if (!['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP', 'EOPNOTSUPP'].includes(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Writes `content` as `name` in `folder`: into a temporary file beside it, flushed to disk, renamed
 * over the target, then the folder flushed. A crash at any point leaves the old file or the new
 * one, never half of one. Throws an error that says what went wrong and what to do.
 */
export async function writeDurably(fs: BackupFs, folder: string, name: string, content: string | Uint8Array): Promise<string> {
  const target = join(folder, name);
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(temporary, 'wx');
    await (typeof content === 'string' ? handle.writeFile(content, 'utf8') : handle.writeFile(content));
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temporary, target);
    await syncFolder(fs, folder);
    return target;
  } catch (error) {
    await handle?.close().catch(() => {});
    await fs.rm(temporary, { force: true }).catch(() => {});
    throw new Error(describeWriteProblem(name, folder, error), { cause: error });
  }
}

/** Removes our temporary files that a crashed write left behind (older than an hour, by file time). */
export async function removeStaleTemporaries(fs: BackupFs, folder: string, now: Date): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await fs.readdir(folder).catch(() => [] as string[])) {
    if (!TEMPORARY.test(name)) continue;
    const info = await fs.stat(join(folder, name)).catch(() => null);
    if (!info?.isFile() || now.getTime() - info.mtime.getTime() < STALE_TEMPORARY_MS) continue;
    await fs.rm(join(folder, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** Our non-empty backups in the folder, newest first by file time. Empty files and other files are ignored. */
export async function findBackups(fs: BackupFs, folder: string): Promise<FoundBackup[]> {
  const found: FoundBackup[] = [];
  for (const name of await fs.readdir(folder).catch(() => [] as string[])) {
    const kind: BackupKind | null = DAILY.test(name) ? 'daily' : SAFETY.test(name) ? 'safety' : null;
    if (!kind) continue;
    const info = await fs.stat(join(folder, name)).catch(() => null);
    if (info?.isFile() && info.size > 0) found.push({ name, kind, savedAt: info.mtime, bytes: info.size });
  }
  return found.sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime() || (a.name < b.name ? 1 : -1));
}

/** Written no later than main's clock allows: a file dated in the future is not trusted as recent. */
export const notAfter = (now: Date) => (backup: FoundBackup) => backup.savedAt.getTime() <= now.getTime() + CLOCK_TOLERANCE_MS;

export interface RotationRule {
  kind: BackupKind;
  /** How many of the newest are kept. */
  keep: number;
  /** Anything written more recently than this is kept too, however many writes came after it. */
  keepYoungerThanMs?: number;
}

/**
 * Keeps the newest `keep` backups of a kind by file time (and all younger than `keepYoungerThanMs`)
 * and deletes older ones; returns the names deleted. The file just written is always kept; a file
 * dated after main's clock (a clock that was wrong, a touched file) is neither counted nor
 * deleted, so it can never push real backups out.
 */
export async function rotate(fs: BackupFs, folder: string, rule: RotationRule, now: Date, justWritten: string): Promise<string[]> {
  const candidates = (await findBackups(fs, folder)).filter((backup) => backup.kind === rule.kind && notAfter(now)(backup));
  const young = (backup: FoundBackup) => rule.keepYoungerThanMs !== undefined && now.getTime() - backup.savedAt.getTime() < rule.keepYoungerThanMs;
  const newest = candidates.filter((b) => b.name !== justWritten).slice(0, rule.keep - 1);
  const kept = new Set([justWritten, ...newest.map((b) => b.name), ...candidates.filter(young).map((b) => b.name)]);
  const removed: string[] = [];
  for (const { name } of candidates.filter((backup) => !kept.has(backup.name))) {
    // A file that cannot be deleted stays: one backup too many is no loss.
    if (await fs.rm(join(folder, name), { force: true }).then(() => true, () => false)) removed.push(name);
  }
  return removed;
}
