import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadFailureReason, installElectron } from '../../../scripts/install-electron.mjs';
import packageJson from '../../../package.json';

function fakeInstallScript(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'teamshape-electron-install-'));
  const file = join(dir, 'install.js');
  writeFileSync(file, body);
  return file;
}

const noBinary = () => false;
const env = { PATH: process.env.PATH ?? '' };

describe('npm install without access to Electron’s download host', () => {
  it('gives up on a download that hangs within the time limit and says the browser will be used', async () => {
    const installScript = fakeInstallScript('setInterval(() => {}, 1000);');
    const started = Date.now();
    const outcome = await installElectron({ installScript, timeoutMs: 1_000, env, binaryPresent: noBinary });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(outcome.installed).toBe(false);
    expect(outcome.line).toBe(
      "Teamshape: Electron's desktop binary could not be downloaded (the download did not finish within 1 s); " +
        '`npm start` will open Teamshape in your browser instead of the desktop window.',
    );
  });

  it('reports a failed download in one line with its reason, without the stack trace', async () => {
    const installScript = fakeInstallScript(
      "console.error('RequestError: getaddrinfo ENOTFOUND downloads.example\\n    at ClientRequest (node:_http_client:1:1)'); process.exit(1);",
    );
    const outcome = await installElectron({ installScript, timeoutMs: 10_000, env, binaryPresent: noBinary });
    expect(outcome.installed).toBe(false);
    expect(outcome.line).toContain('the download failed: RequestError: getaddrinfo ENOTFOUND downloads.example');
    expect(outcome.line).not.toContain('ClientRequest');
    expect(outcome.line!.split('\n')).toHaveLength(1);
  });

  it('says the desktop app is installed when the download succeeds', async () => {
    let present = false;
    const installScript = fakeInstallScript('process.exit(0);');
    const outcome = await installElectron({
      installScript,
      env,
      binaryPresent: () => {
        const answer = present;
        present = true;
        return answer;
      },
    });
    expect(outcome).toEqual({ installed: true, line: expect.stringContaining('opens the desktop app') });
  });

  it('does nothing when the binary is already there', async () => {
    const outcome = await installElectron({ installScript: null, binaryPresent: () => true });
    expect(outcome).toEqual({ installed: true, line: null });
  });

  it('honours ELECTRON_SKIP_BINARY_DOWNLOAD without trying', async () => {
    const installScript = fakeInstallScript('throw new Error("must not run")');
    const outcome = await installElectron({
      installScript,
      env: { ...env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      binaryPresent: noBinary,
    });
    expect(outcome.line).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set');
  });

  it('picks the error line out of noisy output', () => {
    expect(downloadFailureReason('\nHTTPError: Response code 404\n    at x (y:1:1)\n')).toBe('HTTPError: Response code 404');
    expect(downloadFailureReason('')).toBe('no reason was given');
  });

  it('keeps Electron’s own download script from running inside npm ci and runs ours instead', () => {
    expect(packageJson.allowScripts.electron).toBe(false);
    expect(packageJson.scripts.postinstall).toBe('node scripts/install-electron.mjs');
  });
});
