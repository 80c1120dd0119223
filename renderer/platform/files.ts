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
