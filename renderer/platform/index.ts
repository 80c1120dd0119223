import { desktopBridge } from './desktopBridge';

export { desktopBridge };
export { saveFile, describeSave, type FileSaveOutcome } from './files';
export { saveTextFile, openTextFile, openBinaryFile, readPickedFile, canVerifyBrowserSaves, type FileFilter, type OpenedFile, type OpenedBinaryFile, type SaveResult } from './files';
export { registerCommand, runCommand, useCommand, useCommands, isMacPlatform, type CommandHandler, type CommandOptions } from './commands';
export { hasUnsavedChanges, useUnsavedChanges } from './unsavedChanges';

/** True inside the Electron app; false in browser mode. */
export function isDesktop(): boolean {
  return desktopBridge() !== undefined;
}
export {
  writeSafetyCopy,
  readBackupLocation,
  writeDailyBackup,
  readDailyBackupStatus,
  listRecoveryPoints,
  readRecoveryPoint,
} from './backups';
export { requestPersistentStorage, storagePersistence, type StoragePersistence } from './storage';
export { APP_VERSION } from './appVersion';
export { exportChartPdf, cancelChartPdfExport, printViewHash, type ChartPdfOutcome, type ChartExportProgress } from './chartExport';
export { exportComparisonPdf, comparisonPrintHash } from './comparisonExport';
export { exportTeamApiPdf, teamApiPrintHash } from './teamApiExport';
export { exportMapPdf } from './mapExport';
