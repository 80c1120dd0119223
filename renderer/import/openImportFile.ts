import { openBinaryFile, type FileFilter } from '../platform';
import type { FileToRead } from './readTable';

/** What the open dialog offers; the reader still judges every file by its content. */
export const IMPORT_FILE_FILTERS: FileFilter[] = [
  { name: 'Spreadsheets and text tables', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'xls'] },
  { name: 'All files', extensions: ['*'] },
];

/** Asks for a file to import and reads its bytes (the native open dialog in the desktop app). Null when cancelled. */
export async function openImportFile(): Promise<FileToRead | null> {
  const file = await openBinaryFile(IMPORT_FILE_FILTERS);
  return file ? { name: file.name, bytes: file.content } : null;
}
