import { isCommandId, type CommandId } from '../shared/commands';
import { isTrustedAppUrl } from './security';

/** The parts of a BrowserWindow a command is delivered to (structural, so tests pass a fake). */
export interface CommandTarget {
  isDestroyed(): boolean;
  readonly webContents: {
    isDestroyed(): boolean;
    getURL(): string;
    send(channel: string, ...args: unknown[]): void;
  };
}

/**
 * Sends a command of the table to the page in `target` as the bridge's `command:run` event.
 * Nothing is sent to a closed window, a page that is not ours, or an id outside the table.
 */
export function deliverCommand(target: CommandTarget | null, id: CommandId, trustedOrigins: readonly string[]): boolean {
  if (!target || target.isDestroyed() || target.webContents.isDestroyed()) return false;
  if (!isCommandId(id)) return false;
  if (!isTrustedAppUrl(target.webContents.getURL(), trustedOrigins)) return false;
  target.webContents.send('command:run', id);
  return true;
}
