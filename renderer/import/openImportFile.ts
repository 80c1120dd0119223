import { openBinaryFile, type FileFilter } from '../platform';
import type { FileToRead } from './readTable';
import { DOCUMENT_EXTENSIONS } from '../../shared/import/outline/documentFile';

/** What the open dialog offers; the reader still judges every file by its content. */
export const IMPORT_FILE_FILTERS: FileFilter[] = [
  { name: 'Spreadsheets and text tables', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'xlsm', 'xls', 'ods'] },
  { name: 'All files', extensions: ['*'] },
];

/** What the OKR import and the paste of a document offer: a published quarter often comes as a page or a Word file. */
export const DOCUMENT_FILE_FILTERS: FileFilter[] = [
  { name: 'Documents (Markdown, text, web page, Word)', extensions: [...DOCUMENT_EXTENSIONS] },
  { name: 'All files', extensions: ['*'] },
];

export const OKR_FILE_FILTERS: FileFilter[] = [
  { name: 'Spreadsheets and documents', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'xlsm', 'xls', 'ods', ...DOCUMENT_EXTENSIONS.filter((e) => e !== 'txt')] },
  { name: 'All files', extensions: ['*'] },
];

/** Asks for a file to import and reads its bytes (the native open dialog in the desktop app). Null when cancelled. */
export async function openImportFile(filters: FileFilter[] = IMPORT_FILE_FILTERS): Promise<FileToRead | null> {
  const file = await openBinaryFile(filters);
  return file ? { name: file.name, bytes: file.content } : null;
}
