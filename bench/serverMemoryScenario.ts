/**
 * Issue 21's server figure: memory of the real sync server at size L with 50 connected Node
 * provider clients. It runs server/bench/memory.ts (on the server's own Node 22) as a child
 * process and takes its rows, so `npm run bench` records it beside the browser figures.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYNC_SERVER_MISSING } from '../tests/e2e/syncServer';
import type { BenchRow } from './report';

const SERVER_DIR = fileURLToPath(new URL('../server/', import.meta.url));
const NODE = join(SERVER_DIR, 'node_modules', '.bin', 'node');
/** The server bench's port: the join's sync server has stopped by now, so it takes the same one. */
const PORT = Number(process.env.TEAMSHAPE_BENCH_SYNC_PORT ?? 48149);
const LIMIT_MS = 12 * 60_000;

/** One Markdown row of the server bench (`| figure | size | value | unit | target | verdict |`). */
export function rowOfLine(line: string): BenchRow | null {
  if (!line.startsWith('| sync server:')) return null;
  const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
  if (cells.length !== 6) return null;
  const [figure, size, value, unit, target, verdict] = cells as [string, string, string, string, string, string];
  const number = Number(value);
  return {
    figure,
    size,
    value: value !== '' && Number.isFinite(number) ? number : value,
    unit,
    target: target || undefined,
    verdict: verdict === 'meets' || verdict === 'misses' || verdict === 'recorded' ? verdict : '',
  };
}

export async function serverMemoryRows(): Promise<BenchRow[]> {
  if (SYNC_SERVER_MISSING) return [{ figure: 'sync server memory', size: 'L', value: SYNC_SERVER_MISSING, unit: '' }];
  if (process.env.TEAMSHAPE_BENCH_SKIP_SERVER_MEMORY) return [];
  const child = spawn(NODE, ['--disable-warning=ExperimentalWarning', join(SERVER_DIR, 'bench', 'memory.ts')], {
    cwd: SERVER_DIR,
    env: { ...process.env, TEAMSHAPE_BENCH_MEMORY_PORT: String(PORT) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exit) => resolve(exit)));
  clearTimeout(timer);
  const rows = output.split('\n').map(rowOfLine).filter((row): row is BenchRow => row !== null);
  if (code !== 0 || rows.length === 0) {
    const tail = output.trim().split('\n').slice(-3).join(' / ');
    return [{ figure: `sync server memory: the server bench failed (exit ${code}): ${tail}`, size: 'L', value: 'not measured', unit: '', verdict: 'misses' }];
  }
  return rows;
}
