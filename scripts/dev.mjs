// `npm run dev`: Vite with hot reload for the renderer, and, when Electron's binary is
// installed, the desktop shell pointed at it through TEAMSHAPE_DEV_URL (honoured only unpackaged).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createServer } from 'vite';
import { electronBinary, electronEnvironment } from './electron-binary.mjs';

const projectDir = fileURLToPath(new URL('..', import.meta.url));

const vite = await createServer({ configFile: `${projectDir}vite.config.ts` });
await vite.listen();
vite.printUrls();
const devUrl = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:47822/';

const binary = electronBinary();
if (!binary) {
  console.log(
    `Electron's desktop binary is not installed, so open ${devUrl} in your browser. ` +
      'Data you enter there is stored for that address only, apart from the app at http://127.0.0.1:47821.',
  );
} else {
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, external: ['electron'], absWorkingDir: projectDir };
  await Promise.all([
    build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
    build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  ]);
  const child = spawn(binary, [projectDir], { stdio: 'inherit', env: electronEnvironment({ TEAMSHAPE_DEV_URL: devUrl }) });
  child.on('exit', async (code) => {
    await vite.close();
    process.exit(code ?? 0);
  });
}
