// Only the version field is bundled (Vite imports JSON fields as named exports).
import { version } from '../../package.json';

/** The app's version, as written into backups. */
export const APP_VERSION: string = version;
