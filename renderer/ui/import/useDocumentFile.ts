import { useCallback, useRef, useState, type DragEvent } from 'react';
import { describeDocumentRead, DOCUMENT_FILE_FILTERS, openImportFile, readOutlineDocument, type FileToRead } from '../../import';

export interface DocumentFileState {
  /** "Read Q3.html (web page, UTF-8): 42 lines of text below…", with what was assumed. */
  read: { summary: string; notices: string[] } | null;
  error: string | null;
  reading: boolean;
  choose: () => Promise<void>;
  /** Reads a document the person already has (a drop, a file the spreadsheet import handed over). */
  load: (file: FileToRead) => Promise<void>;
  /** Drag-and-drop handlers for the area that takes a dropped file. */
  dropTarget: { onDragOver: (event: DragEvent) => void; onDrop: (event: DragEvent) => void };
}

/**
 * A published quarter chosen or dropped as a file (.md, .txt, .html, .docx), read into text for
 * the outline paste: `onText` receives it; a file that cannot be read leaves the text alone and
 * says why.
 */
export function useDocumentFile(onText: (text: string) => void): DocumentFileState {
  const [read, setRead] = useState<DocumentFileState['read']>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const latest = useRef(0);

  const load = useCallback(
    async (file: FileToRead) => {
      const ticket = ++latest.current;
      setReading(true);
      setError(null);
      try {
        const outcome = await readOutlineDocument(file);
        if (ticket !== latest.current) return;
        if (!outcome.ok) {
          setError(outcome.message);
          return;
        }
        setRead({ summary: describeDocumentRead(file.name, outcome), notices: outcome.notices });
        onText(outcome.text);
      } catch (cause) {
        if (ticket === latest.current) setError(`${file.name} could not be read: ${cause instanceof Error ? cause.message : String(cause)}`);
      } finally {
        if (ticket === latest.current) setReading(false);
      }
    },
    [onText],
  );

  const choose = useCallback(async () => {
    let file: FileToRead | null;
    try {
      file = await openImportFile(DOCUMENT_FILE_FILTERS);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      return;
    }
    if (file) await load(file);
  }, [load]);

  const dropTarget = {
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDrop: (event: DragEvent) => {
      const dropped = event.dataTransfer.files[0];
      if (!dropped) return;
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      void dropped.arrayBuffer().then(
        (buffer) => load({ name: dropped.name, bytes: new Uint8Array(buffer) }),
        (cause: unknown) => setError(`${dropped.name} could not be read: ${cause instanceof Error ? cause.message : String(cause)}`),
      );
    },
  };

  return { read, error, reading, choose, load, dropTarget };
}
