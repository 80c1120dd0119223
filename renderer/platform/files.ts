import { base64Of } from './base64';
import { desktopBridge } from './desktopBridge';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export type SaveResult = { saved: true; where: string } | { saved: false };

/** Saves text: the native save dialog in the desktop app, a download in the browser. */
export async function saveTextFile(suggestedName: string, content: string, filters: FileFilter[] = []): Promise<SaveResult> {
  const bridge = desktopBridge();
  if (bridge) {
    const reply = await bridge.fileSaveText({ suggestedName, content, filters });
    if (!reply.ok) throw new Error(`The file could not be saved: ${reply.error}`);
    return reply.value === null ? { saved: false } : { saved: true, where: reply.value };
  }
  requestDownload(suggestedName, content);
  return { saved: true, where: `your Downloads folder as ${suggestedName}` };
}

/**
 * Asks the browser to download text as a file. The page cannot tell whether the download was
 * blocked, cancelled or completed, so callers must not claim the file exists.
 */
export function requestDownload(fileName: string, content: string | Blob): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type: 'text/plain;charset=utf-8' }) : content);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Chromium's File System Access save picker (`window.showSaveFilePicker`); other browsers lack it. */
type ShowSaveFilePicker = (options: {
  suggestedName?: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileSystemFileHandle>;

export type PickedSaveFile = { outcome: 'chosen'; handle: FileSystemFileHandle } | { outcome: 'cancelled' } | { outcome: 'unavailable' };

/** True where the browser can save a file the page can read back (Chromium in a secure context). */
export function canVerifyBrowserSaves(): boolean {
  return typeof (window as { showSaveFilePicker?: unknown }).showSaveFilePicker === 'function';
}

/**
 * Opens the browser's save picker. It needs the user's gesture, so call it straight from a click,
 * before any other await. "unavailable" when the browser has no picker or refused to show it.
 */
export async function pickSaveFile(suggestedName: string, filters: FileFilter[] = []): Promise<PickedSaveFile> {
  const picker = (window as { showSaveFilePicker?: ShowSaveFilePicker }).showSaveFilePicker;
  if (typeof picker !== 'function') return { outcome: 'unavailable' };
  const types = filters
    .filter((filter) => !filter.extensions.includes('*'))
    .map((filter) => ({ description: filter.name, accept: { 'application/octet-stream': filter.extensions.map((extension) => `.${extension}`) } }));
  try {
    return { outcome: 'chosen', handle: await picker.call(window, { suggestedName, types }) };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return { outcome: 'cancelled' };
    return { outcome: 'unavailable' };
  }
}

/**
 * Writes text into a file the user picked, closes it, then reads its size back. Throws, with the
 * file's name and the reason, unless the file holds exactly what was written.
 */
export async function writeAndVerify(handle: FileSystemFileHandle, content: string | Blob): Promise<void> {
  const data = typeof content === 'string' ? new Blob([content], { type: 'text/plain;charset=utf-8' }) : content;
  let size: number;
  try {
    const writable = await handle.createWritable();
    await writable.write(data);
    await writable.close();
    size = (await handle.getFile()).size;
  } catch (error) {
    throw new Error(`${handle.name} could not be written: ${error instanceof Error || error instanceof DOMException ? error.message : String(error)}`);
  }
  if (size !== data.size) throw new Error(`${handle.name} holds ${size.toLocaleString('en-GB')} bytes instead of ${data.size.toLocaleString('en-GB')}: it was not written completely.`);
}

/**
 * What saving a file achieved, said no further than verified: written (desktop: main wrote it;
 * browser: the picked file was written and read back), cancelled, or a download the browser was
 * asked for and the page cannot check.
 */
export type FileSaveOutcome = { outcome: 'saved'; where: string } | { outcome: 'cancelled' } | { outcome: 'download-requested'; fileName: string };

/**
 * Saves a file the user asked for: the native save dialog on desktop; in Chromium the save picker
 * (opened first, while the click's gesture lasts), written and read back; elsewhere a download.
 * `content` is made only after the picker closed (an export may be slow).
 */
export async function saveFile(suggestedName: string, content: () => Promise<Blob>, filters: FileFilter[] = []): Promise<FileSaveOutcome> {
  const bridge = desktopBridge();
  if (bridge) {
    const data = await content();
    const reply = await bridge.fileSaveBinary({ suggestedName, base64: base64Of(new Uint8Array(await data.arrayBuffer())), filters });
    if (!reply.ok) throw new Error(`The file could not be saved: ${reply.error}`);
    return reply.value === null ? { outcome: 'cancelled' } : { outcome: 'saved', where: reply.value };
  }
  const picked = await pickSaveFile(suggestedName, filters);
  if (picked.outcome === 'cancelled') return { outcome: 'cancelled' };
  const data = await content();
  if (picked.outcome === 'chosen') {
    await writeAndVerify(picked.handle, data);
    return { outcome: 'saved', where: picked.handle.name };
  }
  requestDownload(suggestedName, data);
  return { outcome: 'download-requested', fileName: suggestedName };
}

/** The sentence for a save: "Backup saved to …", or what the browser was asked to do. */
export function describeSave(saved: FileSaveOutcome, what: string): string {
  switch (saved.outcome) {
    case 'saved':
      return `${what} saved to ${saved.where}.`;
    case 'cancelled':
      return `${what} was not saved: the save was cancelled.`;
    case 'download-requested':
      return `Your browser was asked to download ${saved.fileName}. Check it is in your Downloads folder: Teamshape cannot see whether the download arrived.`;
  }
}

export interface OpenedFile {
  name: string;
  content: string;
}

/** Reads a text file the user picked: native open dialog on desktop, file input in the browser. */
export async function readPickedFile(file: File): Promise<OpenedFile> {
  return { name: file.name, content: await file.text() };
}

/** `.json, .csv` for a browser file picker, from the same filters the native dialog gets. */
function acceptAttribute(filters: FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions).filter((extension) => extension !== '*');
  return extensions.map((extension) => `.${extension}`).join(',');
}

/** The browser's file picker; resolves with null when the user cancels it. */
function pickFileInBrowser(filters: FileFilter[]): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      readPickedFile(file).then(resolve, reject);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

export interface OpenedBinaryFile {
  name: string;
  content: Uint8Array;
}

/**
 * Asks the user for a file to read as bytes (a compressed backup): the file picker in the desktop
 * app too, where Electron shows the native open dialog for it, so no size cap of a bridge message
 * applies. Null when the user cancels.
 */
export function openBinaryFile(filters: FileFilter[] = []): Promise<OpenedBinaryFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      file.arrayBuffer().then((buffer) => resolve({ name: file.name, content: new Uint8Array(buffer) }), reject);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/**
 * Asks the user for a text file to open: the native open dialog through the bridge in the
 * desktop app (main reads the file, up to 50 MiB), the file picker in a browser. Null when the
 * user cancels.
 */
export async function openTextFile(filters: FileFilter[] = []): Promise<OpenedFile | null> {
  const bridge = desktopBridge();
  if (!bridge) return pickFileInBrowser(filters);
  const reply = await bridge.fileOpenText({ filters });
  if (!reply.ok) throw new Error(`The file could not be opened: ${reply.error}`);
  return reply.value;
}
