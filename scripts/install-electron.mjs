// Runs after `npm ci` / `npm install` (the root package's postinstall). Electron's own install
// script is not allowed to run (package.json `allowScripts`), because on a machine that cannot
// reach Electron's download host it retries for minutes and then fails the whole install.
// Here the same download is tried with a time limit; when it cannot finish, the install still
// succeeds and one line says that `npm start` opens Teamshape in the browser instead.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const DEFAULT_TIMEOUT_MS = 20_000;
const FALLBACK = '`npm start` will open Teamshape in your browser instead of the desktop window.';

/** The first line of the download's error output worth showing a person, without a stack trace. */
export function downloadFailureReason(stderr) {
  const lines = stderr.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const error = lines.find((line) => /error/i.test(line) && !line.startsWith('at '));
  const reason = error ?? lines.find((line) => !line.startsWith('at '));
  return reason ? reason.slice(0, 160) : 'no reason was given';
}

/**
 * Runs Electron's download script with a deadline. Resolves with one line for the user and never
 * rejects: a failed download must not fail the install.
 */
export function installElectron({
  installScript,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  env = process.env,
  binaryPresent = () => electronBinary() !== null,
} = {}) {
  if (binaryPresent()) return Promise.resolve({ installed: true, line: null });
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return Promise.resolve({
      installed: false,
      line: `Teamshape: Electron's desktop binary was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD is set); ${FALLBACK}`,
    });
  }
  if (!installScript || !existsSync(installScript)) {
    return Promise.resolve({
      installed: false,
      line: `Teamshape: Electron's download script was not found, so the desktop binary is not installed; ${FALLBACK}`,
    });
  }
  return new Promise((resolve) => {
    let stderr = '';
    let timedOut = false;
    const child = spawn(process.execPath, [installScript], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: process.platform !== 'win32',
    });
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 20_000) stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child);
    }, timeoutMs);
    const finish = (code) => {
      clearTimeout(timer);
      if (code === 0 && !timedOut && binaryPresent()) {
        resolve({ installed: true, line: "Teamshape: Electron's desktop binary is installed; `npm start` opens the desktop app." });
        return;
      }
      const why = timedOut
        ? `the download did not finish within ${Math.round(timeoutMs / 1000)} s`
        : `the download failed: ${downloadFailureReason(stderr)}`;
      resolve({ installed: false, line: `Teamshape: Electron's desktop binary could not be downloaded (${why}); ${FALLBACK}` });
    };
    child.on('error', () => finish(1));
    child.on('exit', (code) => finish(code));
  });
}

function killTree(child) {
  try {
    if (process.platform === 'win32') child.kill();
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

function electronInstallScript() {
  try {
    const require = createRequire(import.meta.url);
    return require.resolve('electron/install.js');
  } catch {
    return null;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const timeout = Number(process.env.TEAMSHAPE_ELECTRON_DOWNLOAD_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS;
  const result = await installElectron({ installScript: electronInstallScript(), timeoutMs: timeout });
  if (result.line) console.log(result.line);
  process.exit(0);
}
