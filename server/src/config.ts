// Command-line flags and their environment equivalents for the server and the admin command.
import { parseArgs } from 'node:util';

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  redisUrl: string | undefined;
  maxMessageBytes: number;
}

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 8787,
  dataDir: './server-data',
  // Large enough for a first laptop uploading an L workspace in one sync message (PROTOCOL.md
  // has the measured sizes), small enough that one message cannot exhaust the server's memory.
  maxMessageBytes: 128 * 1024 * 1024,
};

export const ENV = {
  host: 'TEAMSHAPE_SYNC_HOST',
  port: 'TEAMSHAPE_SYNC_PORT',
  dataDir: 'TEAMSHAPE_SYNC_DATA',
  redisUrl: 'TEAMSHAPE_SYNC_REDIS',
  maxMessageBytes: 'TEAMSHAPE_SYNC_MAX_MESSAGE_BYTES',
} as const;

export const SERVER_USAGE = `Teamshape sync server

Usage: npm run server -- [--host 127.0.0.1] [--port 8787] [--data ./server-data] [--redis redis://127.0.0.1:6379]

  --host   address to listen on (${ENV.host}); default ${DEFAULTS.host}, this computer only
  --port   port to listen on (${ENV.port}); default ${DEFAULTS.port}
  --data   folder of the database (${ENV.dataDir}); default ${DEFAULTS.dataDir}
  --redis  Redis URL, to run several server processes on one data folder (${ENV.redisUrl})
  --max-message-bytes  largest message a client may send (${ENV.maxMessageBytes}); default ${DEFAULTS.maxMessageBytes}
`;

function integer(value: string, flag: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new Error(`${flag} ${value}: write a whole number from ${min} to ${max}.`);
  }
  return Number(value);
}

export function parseServerArgs(argv: string[], env: NodeJS.ProcessEnv): ServerConfig | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      data: { type: 'string' },
      redis: { type: 'string' },
      'max-message-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const redisUrl = values.redis ?? env[ENV.redisUrl];
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl)) {
    throw new Error(`--redis ${redisUrl}: write a Redis URL such as redis://127.0.0.1:6379.`);
  }
  return {
    host: values.host ?? env[ENV.host] ?? DEFAULTS.host,
    port: integer(values.port ?? env[ENV.port] ?? String(DEFAULTS.port), '--port', 0, 65535),
    dataDir: values.data ?? env[ENV.dataDir] ?? DEFAULTS.dataDir,
    redisUrl: redisUrl || undefined,
    maxMessageBytes: integer(values['max-message-bytes'] ?? env[ENV.maxMessageBytes] ?? String(DEFAULTS.maxMessageBytes), '--max-message-bytes', 1024, 1024 ** 3),
  };
}
