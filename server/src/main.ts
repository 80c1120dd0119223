// `npm run server`: starts the sync server until SIGINT/SIGTERM.
import { resolve } from 'node:path';
import { parseServerArgs, SERVER_USAGE } from './config.ts';
import { startSyncServer, SERVER_VERSION } from './server.ts';
import { consoleLogger } from './log.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = parseServerArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${SERVER_USAGE}`);
    process.exit(2);
  }
  if (config === 'help') {
    console.log(SERVER_USAGE);
    return;
  }
  const log = consoleLogger();
  let sync;
  try {
    sync = await startSyncServer({ ...config, log });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') console.error(`Port ${config.port} on ${config.host} is in use by another program. Stop it, or start this server with --port <another port>.`);
    else console.error(`The sync server could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  log.info(
    `Teamshape sync server ${SERVER_VERSION} listening on ws://${config.host}:${sync.port} (health: http://${config.host}:${sync.port}/health), ` +
      `data in ${resolve(config.dataDir)}${config.redisUrl ? `, sharing documents through Redis at ${new URL(config.redisUrl).host}` : ''}`,
  );
  const shutdown = (signal: string) => {
    log.info(`${signal}: closing connections and the database`);
    sync.stop().then(
      () => process.exit(0),
      (error) => {
        log.error(`Stopping failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

void main();
