// `npm start`, after scripts/build.mjs: the desktop app when Electron's binary is installed,
// otherwise the same build in the user's browser at the one fixed address.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronEnvironment } from './electron-binary.mjs';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function startDesktop(binary) {
  const child = spawn(binary, [projectDir], { stdio: 'inherit', env: electronEnvironment() });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function startInBrowser() {
  const bundle = `${projectDir}dist/scripts/browser-server.cjs`;
  if (!existsSync(bundle)) {
    console.error('Teamshape is not built yet: run `npm start` (or `npm run build` first).');
    process.exit(1);
  }
  console.log(
    "Electron's desktop binary is not installed on this machine (it could not be downloaded), " +
      'so Teamshape opens in your browser instead.',
  );
  const { runBrowserServer } = require(bundle);
  await runBrowserServer(`${projectDir}dist/renderer`);
}

const binary = electronBinary();
if (binary) startDesktop(binary);
else await startInBrowser();
