// `npm run server` and `npm run server:admin`: run the sync server (server/) on the Node 22 that
// `npm ci --prefix server` brings (the app's own Node may be older). Installs nothing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('../server/', import.meta.url));
const node = `${serverDir}node_modules/.bin/node`;
const entries = { start: 'src/main.ts', admin: 'src/admin.ts' };
const [which, ...args] = process.argv.slice(2);

if (!(which in entries)) {
  console.error('Usage: node scripts/sync-server.mjs start|admin [arguments]');
  process.exit(2);
}
if (!existsSync(node)) {
  console.error('The sync server is not installed yet. Run this once:  npm ci --prefix server');
  process.exit(1);
}
const child = spawn(node, ['--disable-warning=ExperimentalWarning', `${serverDir}${entries[which]}`, ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
