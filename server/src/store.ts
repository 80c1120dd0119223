// The server's one SQLite database (node:sqlite): workspaces, invitation tokens (hashes only) and the
// Yjs updates of every document. Every write is committed with synchronous=FULL before the caller
// goes on, so a change the server has acknowledged is on disk even if the process is killed.
import { DatabaseSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Role = 'editor' | 'viewer';

export interface WorkspaceRow {
  id: string;
  name: string;
  createdAt: string;
}

export interface TokenRow {
  id: string;
  workspaceId: string;
  role: Role;
  secretHash: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface StoredUpdate {
  id: number;
  data: Uint8Array;
}

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS workspaces (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id),
  role TEXT NOT NULL CHECK (role IN ('editor', 'viewer')),
  secret_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  revoked_at TEXT
);
CREATE TABLE IF NOT EXISTS updates (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document TEXT NOT NULL,
  data BLOB NOT NULL,
  stored_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_by_document ON updates (document, id);
`;

export const DATABASE_FILE = 'teamshape-sync.sqlite';

export class Store {
  readonly path: string;
  private readonly db: DatabaseSync;

  constructor(dataDir: string) {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.path = join(dir, DATABASE_FILE);
    this.db = new DatabaseSync(this.path);
    // WAL lets two server processes (the Redis set-up) and the admin command share the file;
    // FULL makes each commit durable before it returns, which is what an acknowledgement promises.
    this.db.exec('PRAGMA journal_mode = WAL');
    this.db.exec('PRAGMA synchronous = FULL');
    this.db.exec('PRAGMA busy_timeout = 10000');
    this.db.exec('PRAGMA foreign_keys = ON');
    const { user_version: version } = this.db.prepare('PRAGMA user_version').get() as { user_version: number };
    if (version > SCHEMA_VERSION) {
      throw new Error(
        `The data folder ${dir} was written by a newer Teamshape sync server (schema ${version}, this one knows ${SCHEMA_VERSION}). Run the newer server, or point --data at another folder.`,
      );
    }
    this.db.exec(SCHEMA);
    this.db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }

  // ── workspaces and tokens ────────────────────────────────────────────────────────────────────

  addWorkspace(row: WorkspaceRow): void {
    this.db.prepare('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)').run(row.id, row.name, row.createdAt);
  }

  workspace(id: string): WorkspaceRow | undefined {
    const row = this.db.prepare('SELECT id, name, created_at FROM workspaces WHERE id = ?').get(id) as
      | { id: string; name: string; created_at: string }
      | undefined;
    return row && { id: row.id, name: row.name, createdAt: row.created_at };
  }

  workspaces(): WorkspaceRow[] {
    const rows = this.db.prepare('SELECT id, name, created_at FROM workspaces ORDER BY created_at, id').all() as Array<{
      id: string;
      name: string;
      created_at: string;
    }>;
    return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at }));
  }

  addToken(row: TokenRow): void {
    this.db
      .prepare('INSERT INTO tokens (id, workspace_id, role, secret_hash, created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(row.id, row.workspaceId, row.role, row.secretHash, row.createdAt, row.expiresAt, row.revokedAt);
  }

  token(id: string): TokenRow | undefined {
    const row = this.db.prepare('SELECT * FROM tokens WHERE id = ?').get(id) as TokenDbRow | undefined;
    return row && tokenFromDb(row);
  }

  tokens(): TokenRow[] {
    return (this.db.prepare('SELECT * FROM tokens ORDER BY workspace_id, created_at, id').all() as unknown as TokenDbRow[]).map(tokenFromDb);
  }

  /** Marks a token revoked; returns false when it was revoked already. */
  revokeToken(id: string, at: string): boolean {
    const result = this.db.prepare('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id);
    return Number(result.changes) === 1;
  }

  // ── document updates ─────────────────────────────────────────────────────────────────────────

  appendUpdate(document: string, data: Uint8Array, at: string): void {
    this.db.prepare('INSERT INTO updates (document, data, stored_at) VALUES (?, ?, ?)').run(document, data, at);
  }

  updates(document: string): StoredUpdate[] {
    const rows = this.db.prepare('SELECT id, data FROM updates WHERE document = ? ORDER BY id').all(document) as Array<{
      id: number;
      data: Uint8Array;
    }>;
    return rows.map((row) => ({ id: Number(row.id), data: row.data }));
  }

  /** Documents with stored updates, with their row count and size (for `list` and compaction). */
  documentStats(): Array<{ document: string; rows: number; bytes: number }> {
    return (
      this.db.prepare('SELECT document, COUNT(*) AS rows, SUM(LENGTH(data)) AS bytes FROM updates GROUP BY document ORDER BY document').all() as Array<{
        document: string;
        rows: number;
        bytes: number;
      }>
    ).map((row) => ({ document: row.document, rows: Number(row.rows), bytes: Number(row.bytes) }));
  }

  /**
   * Replaces every stored update of a document with one merged update, in one transaction that
   * holds the write lock, so an update another process stores meanwhile is never lost: `merge`
   * sees exactly the rows it replaces.
   */
  compact(document: string, merge: (updates: Uint8Array[]) => Uint8Array, at: string): { before: number; bytesBefore: number; bytesAfter: number } {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const rows = this.updates(document);
      const bytesBefore = rows.reduce((sum, row) => sum + row.data.byteLength, 0);
      if (rows.length <= 1) {
        this.db.exec('COMMIT');
        return { before: rows.length, bytesBefore, bytesAfter: bytesBefore };
      }
      const merged = merge(rows.map((row) => row.data));
      const lastId = rows[rows.length - 1]!.id;
      this.db.prepare('DELETE FROM updates WHERE document = ? AND id <= ?').run(document, lastId);
      this.appendUpdate(document, merged, at);
      this.db.exec('COMMIT');
      return { before: rows.length, bytesBefore, bytesAfter: merged.byteLength };
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }
}

interface TokenDbRow {
  id: string;
  workspace_id: string;
  role: Role;
  secret_hash: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

function tokenFromDb(row: TokenDbRow): TokenRow {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    role: row.role,
    secretHash: row.secret_hash,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}
