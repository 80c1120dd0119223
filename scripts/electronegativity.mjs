// `npm run test:electronegativity` (part of `npm test`, after the build): Doyensec's
// Electronegativity over what ships — the BUILT Electron main and preload (dist/electron/*.cjs)
// and the renderer's HTML (renderer/index.html). Its TypeScript parser is too old for our
// sources, hence the built files (ARCHITECTURE.md).
//
// The run fails on
//   - any HIGH or MEDIUM finding that is not a reviewed exception in
//     electronegativity-exceptions.yml (each with the reason and the test covering it),
//   - an exception that no longer matches any finding (stale exceptions hide nothing),
//   - any file Electronegativity could not parse, or an input that is missing.
// No network: Electronegativity's translation download is stubbed out and its
// AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK (which asks GitHub for Electron releases) is skipped.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

export const FAILING_SEVERITIES = ['HIGH', 'MEDIUM'];
export const EXCEPTIONS_FILE = join(projectDir, 'electronegativity-exceptions.yml');
/** Check names as Electronegativity spells its classes; skipped because they need the network. */
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/**
 * What is scanned, and under which name. Electronegativity reads .js, .ts and .html files only,
 * so the CommonJS bundles are scanned as copies named .js (a .cjs file would be skipped silently).
 */
export const SHIPPED_FILES = [
  { source: 'dist/electron/main.cjs', scannedAs: 'electron/main.js' },
  { source: 'dist/electron/preload.cjs', scannedAs: 'electron/preload.js' },
  { source: 'renderer/index.html', scannedAs: 'renderer/index.html' },
];

/** Loads Electronegativity's runner with its translation download replaced by an offline failure. */
function loadRunner() {
  const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js');
  const fromRunner = createRequire(runnerPath);
  const gotPath = fromRunner.resolve('got');
  const offline = () => Promise.reject(new Error('Electronegativity runs offline in Teamshape’s tests'));
  require.cache[gotPath] ??= { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { default: offline }) };
  const runner = fromRunner(runnerPath);
  return runner.default ?? runner;
}

function installedElectronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

/**
 * Scans `files` (paths under `root`) and returns plain findings plus parse errors.
 * @param {{ root?: string, files?: Array<{ source: string, scannedAs: string }>, electronVersion?: string }} [options]
 */
export async function scan({ root = projectDir, files = SHIPPED_FILES, electronVersion = installedElectronVersion() } = {}) {
  const missing = files.filter(({ source }) => !existsSync(join(root, source)) || statSync(join(root, source)).size === 0);
  if (missing.length > 0) {
    return { findings: [], errors: missing.map(({ source }) => ({ file: source, message: 'missing or empty: run `npm run build` first' })) };
  }
  const folder = mkdtempSync(join(tmpdir(), 'teamshape-electronegativity-'));
  try {
    for (const { source, scannedAs } of files) {
      mkdirSync(dirname(join(folder, scannedAs)), { recursive: true });
      copyFileSync(join(root, source), join(folder, scannedAs));
    }
    const run = loadRunner();
    const log = console.log;
    // Electronegativity announces the skipped translation download; nothing else is silenced.
    console.log = (...args) => (String(args[0]).startsWith('Could not retrieve updated translations') ? undefined : log(...args));
    let result;
    try {
      result = await run(
        { input: folder, excludeFromScan: NETWORK_CHECKS, customScan: [], parserPlugins: [], electronVersionOverride: electronVersion, isRelative: false },
        false,
      );
    } finally {
      console.log = log;
    }
    const lineOf = (file, line) => (existsSync(file) ? (readFileSync(file, 'utf8').split('\n')[line - 1] ?? '') : '');
    const findings = result.issues.map((issue) => {
      const inFolder = issue.file !== 'N/A' && resolve(issue.file).startsWith(folder);
      return {
        id: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        file: inFolder ? relative(folder, resolve(issue.file)).split('\\').join('/') : 'N/A',
        line: issue.location.line,
        column: issue.location.column,
        code: inFolder ? lineOf(resolve(issue.file), issue.location.line).trim() : '',
        description: issue.description,
      };
    });
    const errors = result.errors.map((error) => ({ file: relative(folder, error.file), message: error.message }));
    return { findings, errors };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The reviewed exceptions: each names a check, a scanned file, code on the flagged line, and why. */
export function loadExceptions(path = EXCEPTIONS_FILE) {
  const entries = parseYaml(readFileSync(path, 'utf8')) ?? [];
  if (!Array.isArray(entries)) throw new Error(`${path} must be a list of exceptions`);
  for (const [index, entry] of entries.entries()) {
    for (const field of ['check', 'file', 'code', 'reason', 'test']) {
      if (typeof entry?.[field] !== 'string' || entry[field].trim() === '') {
        throw new Error(`${path}: exception ${index + 1} needs a non-empty "${field}"`);
      }
    }
  }
  return entries;
}

const matches = (exception, finding) =>
  exception.check === finding.id && exception.file === finding.file && finding.code.includes(exception.code);

/**
 * Decides the run: failures are unexcused HIGH/MEDIUM findings, parse errors, and exceptions
 * that match nothing.
 */
export function review({ findings, errors }, exceptions) {
  const serious = findings.filter((finding) => FAILING_SEVERITIES.includes(finding.severity));
  const excused = serious.filter((finding) => exceptions.some((exception) => matches(exception, finding)));
  return {
    failures: serious.filter((finding) => !excused.includes(finding)),
    excused,
    minor: findings.filter((finding) => !FAILING_SEVERITIES.includes(finding.severity)),
    staleExceptions: exceptions.filter((exception) => !findings.some((finding) => matches(exception, finding))),
    parseErrors: errors,
  };
}

export function passed(outcome) {
  return outcome.failures.length === 0 && outcome.staleExceptions.length === 0 && outcome.parseErrors.length === 0;
}

function describeFinding(finding) {
  const where = finding.file === 'N/A' ? 'whole application' : `${finding.file}:${finding.line}:${finding.column}`;
  return `${finding.severity} ${finding.id} (${finding.confidence}) at ${where}${finding.code ? `\n      ${finding.code.slice(0, 160)}` : ''}`;
}

async function main() {
  const outcome = review(await scan(), loadExceptions());
  for (const error of outcome.parseErrors) console.error(`✗ could not scan ${error.file}: ${error.message}`);
  for (const finding of outcome.failures) console.error(`✗ ${describeFinding(finding)}\n      ${finding.description}`);
  for (const exception of outcome.staleExceptions) {
    console.error(`✗ stale exception: ${exception.check} in ${exception.file} ("${exception.code}") matches no finding; remove it`);
  }
  for (const finding of outcome.excused) console.log(`• reviewed exception: ${describeFinding(finding)}`);
  for (const finding of outcome.minor) console.log(`• ${describeFinding(finding)}`);
  const scanned = SHIPPED_FILES.map((f) => f.source).join(', ');
  if (passed(outcome)) {
    console.log(`Electronegativity: no HIGH or MEDIUM finding outside the reviewed exceptions in ${scanned}.`);
  } else {
    console.error('Electronegativity failed: fix the findings above, or review one and list it in electronegativity-exceptions.yml.');
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
