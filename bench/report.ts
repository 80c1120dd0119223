import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { Measurement } from './measure';

export interface BenchRow {
  figure: string;
  size: string;
  value: Measurement | number | string;
  unit: string;
  target?: string;
  verdict?: 'meets' | 'misses' | 'recorded' | '';
}

export interface BenchReport {
  date: string;
  commit: string;
  machine: string;
  rows: BenchRow[];
}

function commit(): string {
  try {
    const hash = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain', { encoding: 'utf8' }).trim() ? ' (with uncommitted changes)' : '';
    return hash + dirty;
  } catch {
    return 'unknown';
  }
}

export function newReport(): BenchReport {
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    commit: commit(),
    machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium (Debian)`,
    rows: [],
  };
}

function show(value: BenchRow['value']): string {
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return `${value.median} (${value.min}–${value.max}, n=${value.runs.length})`;
}

/** Writes the figures as JSON (bench/RESULTS.json) and as a Markdown table (bench/RESULTS.md). */
export function writeReport(report: BenchReport, dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/RESULTS.json`, `${JSON.stringify(report, null, 2)}\n`);
  const lines = [
    '# Teamshape benchmark results',
    '',
    `- Date: ${report.date}`,
    `- Commit: ${report.commit}`,
    `- Machine: ${report.machine}`,
    '- How: `npm run bench` (Playwright drives the built renderer in Chromium; medians with min–max over n runs).',
    '',
    '| figure | size | value | unit | target | verdict |',
    '|---|---|---|---|---|---|',
    ...report.rows.map((r) => `| ${r.figure} | ${r.size} | ${show(r.value)} | ${r.unit} | ${r.target ?? ''} | ${r.verdict ?? ''} |`),
    '',
  ];
  writeFileSync(`${dir}/RESULTS.md`, lines.join('\n'));
}
