/**
 * The real sync server (server/, Hocuspocus on Node 22) for end-to-end tests: started from its own
 * Node (server/node_modules/.bin/node) on a test port with a fresh data folder, its admin command
 * for a workspace and invitation tokens. Tests skip, saying why, when server/ is not installed.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('../../server/', import.meta.url));
const NODE = join(SERVER_DIR, 'node_modules', '.bin', 'node');
const FLAGS = ['--disable-warning=ExperimentalWarning'];

export const SYNC_SERVER_MISSING = existsSync(NODE) ? null : 'The sync server is not installed (run `npm ci --prefix server`): the sync end-to-end tests need it.';

export class TestSyncServer {
  private child: ChildProcess | null = null;
  readonly data = mkdtempSync(join(tmpdir(), 'teamshape-e2e-sync-'));

  /** The server's last words: read as they come, so a full pipe never blocks the server. */
  private stderrTail = '';

  constructor(readonly port: number) {}

  get address(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(NODE, [...FLAGS, join(SERVER_DIR, 'src', 'main.ts'), '--port', String(this.port), '--data', this.data], { stdio: ['ignore', 'ignore', 'pipe'] });
    this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.stderrTail = (this.stderrTail + chunk).slice(-4_000)));
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const healthy = await fetch(`http://127.0.0.1:${this.port}/health`).then((r) => r.ok, () => false);
      if (healthy) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The sync server did not answer on port ${this.port} within 20 s. Its last output:\n${this.stderrTail || '(none)'}`);
  }

  /** kill -9: what a crash or a pulled plug does. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  admin(...args: string[]): string {
    return execFileSync(NODE, [...FLAGS, join(SERVER_DIR, 'src', 'admin.ts'), ...args, '--data', this.data], { encoding: 'utf8' }).trim();
  }

  createWorkspace(name: string): string {
    return this.admin('create-workspace', name);
  }

  invite(workspaceId: string, role: 'editor' | 'viewer'): string {
    return this.admin('invite', workspaceId, '--role', role);
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.data, { recursive: true, force: true });
  }
}
