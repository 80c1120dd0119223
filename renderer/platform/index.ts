import { desktopBridge } from './desktopBridge';

export { desktopBridge };
export { saveTextFile, readPickedFile, type FileFilter, type OpenedFile, type SaveResult } from './files';

/** True inside the Electron app; false in browser mode. */
export function isDesktop(): boolean {
  return desktopBridge() !== undefined;
}
