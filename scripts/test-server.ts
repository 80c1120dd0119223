/**
 * The server of the end-to-end tests and benchmarks: the built app plus the benchmark harness
 * (dist/bench/bench.html), which loads and clears generated organisations. It refuses the user's
 * address (port 47821), so the harness can never reach the user's data.
 */
import { join } from 'node:path';
import { BROWSER_PORT } from '../shared/security';
import { startBrowserServer } from './static-server';

export function testServerPort(env: Readonly<Record<string, string | undefined>>): number {
  const port = Number(env.TEAMSHAPE_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`The test server needs TEAMSHAPE_PORT set to a test port, not "${env.TEAMSHAPE_PORT ?? ''}".`);
  }
  if (port === BROWSER_PORT) {
    throw new Error(`The test server never runs on port ${BROWSER_PORT}: that address holds the user's own workspace.`);
  }
  return port;
}

export async function runTestServer(distFolder: string, env = process.env) {
  const port = testServerPort(env);
  const server = await startBrowserServer({ root: join(distFolder, 'renderer'), extraRoots: [join(distFolder, 'bench')], port });
  console.log(`Teamshape test server (app and benchmark harness) at http://127.0.0.1:${port}`);
  return server;
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  runTestServer(join(__dirname, '..')).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
