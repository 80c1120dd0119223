// Browser mode's entry point (dist/scripts/browser-server.cjs): `npm start` requires it and calls
// runBrowserServer; run directly, it serves the build that sits beside the bundle.
import { join } from 'node:path';
import { runBrowserServer } from './static-server';

export * from './static-server';

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  void runBrowserServer(join(__dirname, '..', 'renderer'));
}
