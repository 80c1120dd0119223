// Builds everything `npm start`, the tests and packaging use:
//   dist/renderer/                 the React app (Vite)
//   dist/electron/main.cjs         Electron main process
//   dist/electron/preload.cjs      sandboxed preload (one CommonJS file: sandboxed preloads cannot require our modules)
//   dist/scripts/browser-server.cjs  the browser-mode server used when Electron is absent
//   dist/bench/bench.html          the benchmark harness (loads and clears generated organisations):
//                                  served only by dist/scripts/test-server.cjs, on test ports, never shipped
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const quiet = process.argv.includes('--quiet');

async function buildRenderer() {
  await viteBuild({ configFile: `${root}/vite.config.ts`, logLevel: quiet ? 'warn' : 'info' });
}

async function buildBenchHarness() {
  await viteBuild({ configFile: `${root}/vite.config.ts`, mode: 'bench', logLevel: 'warn' });
}

async function buildNodeBundles() {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    external: ['electron'],
    logLevel: quiet ? 'warning' : 'info',
    absWorkingDir: root,
  };
  await Promise.all([
    esbuild({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
    esbuild({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
    esbuild({ ...common, entryPoints: ['scripts/browser-server.ts'], outfile: 'dist/scripts/browser-server.cjs' }),
    esbuild({ ...common, entryPoints: ['scripts/test-server.ts'], outfile: 'dist/scripts/test-server.cjs' }),
  ]);
}

const started = Date.now();
await Promise.all([buildRenderer(), buildNodeBundles()]);
await buildBenchHarness();
console.log(`Teamshape built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
