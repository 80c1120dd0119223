/**
 * The app's origins never change: IndexedDB is keyed by origin, so a different scheme, host or
 * port would show the user an empty workspace. See ARCHITECTURE.md, "expensive to change".
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'teamshape';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

export const BROWSER_HOST = '127.0.0.1';
export const BROWSER_PORT = 47821;
export const BROWSER_ORIGIN = `http://${BROWSER_HOST}:${BROWSER_PORT}`;

/** Vite's dev server (vite.config.ts); a development-only origin with its own, separate data. */
export const DEV_SERVER_PORT = 47822;
export const DEV_SERVER_ORIGIN = `http://${BROWSER_HOST}:${DEV_SERVER_PORT}`;
