/** The file reader of every import: content recognition, encodings, separators, sheets; runs in a worker. */
export { readTable } from './readInWorker';
export type { FileToRead } from './readTable';
export { openImportFile, IMPORT_FILE_FILTERS, DOCUMENT_FILE_FILTERS, OKR_FILE_FILTERS } from './openImportFile';
export type { ReadOptions, ReadOutcome, ReadTable, ImportTable } from '../../shared/import/table';
export { readOutlineDocument, describeDocumentRead, isDocumentFile, type DocumentRead } from './readDocument';
