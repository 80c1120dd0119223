import type { BaseWindow, Dialog, FileFilter, IpcMainInvokeEvent, WebContents } from 'electron';
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { TEXT_FILE_MAX_BYTES } from '../../shared/bridge';
import { BridgeFailure, type BridgeHandlers } from './registerBridge';

export interface FileHandlerDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** The window that asked, so the dialog is attached to it (a sheet on macOS). */
  windowFor: (sender: WebContents) => BaseWindow | null;
  /** Folder the save dialog starts in, e.g. Documents. */
  defaultDirectory: () => string;
}

type FileHandlers = Pick<BridgeHandlers, 'file:saveText' | 'file:openText'>;

function sizeInMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** Write beside the target, then rename: a failed save never leaves half a backup behind. */
async function writeTextAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, content, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new BridgeFailure(`Teamshape could not save ${basename(path)}: ${reason}`);
  }
}

async function readTextFile(path: string): Promise<{ name: string; content: string }> {
  const name = basename(path);
  const info = await stat(path);
  if (!info.isFile()) throw new BridgeFailure(`${name} is not a file.`);
  if (info.size > TEXT_FILE_MAX_BYTES) {
    const limit = Math.floor(TEXT_FILE_MAX_BYTES / (1024 * 1024));
    throw new BridgeFailure(`${name} is too large to open (${sizeInMiB(info.size)}); Teamshape opens files up to ${limit} MiB.`);
  }
  const text = await readFile(path, 'utf8');
  // Editors on Windows often add a byte-order mark, which JSON.parse rejects.
  return { name, content: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

export function createFileHandlers(deps: FileHandlerDeps): FileHandlers {
  const parentOf = (event: IpcMainInvokeEvent) => deps.windowFor(event.sender);
  return {
    'file:saveText': async ({ suggestedName, content, filters }, event) => {
      const options = {
        defaultPath: join(deps.defaultDirectory(), suggestedName),
        filters: filters as FileFilter[],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
      };
      const parent = parentOf(event);
      const choice = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      await writeTextAtomically(choice.filePath, content);
      return choice.filePath;
    },
    'file:openText': async ({ filters }, event) => {
      const options = { filters: filters as FileFilter[], properties: ['openFile'] as Array<'openFile'> };
      const parent = parentOf(event);
      const choice = parent ? await deps.dialog.showOpenDialog(parent, options) : await deps.dialog.showOpenDialog(options);
      const [path] = choice.filePaths;
      if (choice.canceled || !path) return null;
      try {
        return await readTextFile(path);
      } catch (error) {
        if (error instanceof BridgeFailure) throw error;
        throw new BridgeFailure(`Teamshape could not open ${basename(path)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
