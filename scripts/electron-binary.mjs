// Where Electron's desktop binary is, or null when it was never downloaded
// (ELECTRON_SKIP_BINARY_DOWNLOAD, offline installs): requiring `electron` from Node then throws,
// or names a file that does not exist.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Electron's environment without ELECTRON_RUN_AS_NODE, which would start it as plain Node. */
export function electronEnvironment(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}
