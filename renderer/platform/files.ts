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
  const url = URL.createObjectURL(new Blob([content], { type: 'text/plain;charset=utf-8' }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.click();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return { saved: true, where: `your Downloads folder as ${suggestedName}` };
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
