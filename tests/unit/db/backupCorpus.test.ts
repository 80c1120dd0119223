import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_MAX_BYTES, canonicalDump } from '../../../shared/backup';
import { BackupRejectedError, readAllTables, restoreWorkspace, type RestoreMode } from '../../../renderer/db/backup';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { backupText, richTables } from '../backup/backupFixture';
import { malformedCorpus } from '../backup/malformedCorpus';
import { dropDb, freshDb } from './testDb';

const corpus = malformedCorpus();
let db: TeamshapeDb;
let before: string;

beforeAll(async () => {
  db = await freshDb();
  await restoreWorkspace(db, backupText(richTables()), 'replace');
  before = canonicalDump(await readAllTables(db));
});
afterAll(async () => {
  await dropDb(db);
});

async function rejection(text: string, mode: RestoreMode, maxBytes?: number): Promise<BackupRejectedError> {
  try {
    await restoreWorkspace(db, text, mode, maxBytes === undefined ? {} : { maxBytes });
  } catch (error) {
    if (error instanceof BackupRejectedError) return error;
    throw error;
  }
  throw new Error('the file was restored');
}

describe('a corpus of malformed backup files', () => {
  it('has at least 200 files, each with its own name', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((c, i) => [c.name, c, i % 2 === 0 ? 'replace' : 'merge'] as const))(
    'rejects %s, names the problem and changes nothing',
    async (_name, entry, mode) => {
      const error = await rejection(entry.text, mode, entry.maxBytes);
      expect(error.issues.length).toBeGreaterThan(0);
      expect(error.issues.join('\n')).toMatch(entry.expect);
      expect(canonicalDump(await readAllTables(db))).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );

  it('rejects a file over 50 MiB before parsing it', async () => {
    const text = `${backupText()}${' '.repeat(BACKUP_MAX_BYTES)}`;
    const error = await rejection(text, 'replace');
    expect(error.issues).toEqual([expect.stringMatching(/^The file is too large: a backup may be at most 50\.0 MiB, this one is 50\.\d MiB\.$/)]);
    expect(canonicalDump(await readAllTables(db))).toBe(before);
  });
});
