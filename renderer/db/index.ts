export { TeamshapeDb, DEFAULT_DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V4, TABLE_NAMES, type TableName } from './database';
export { DbProvider, getAppDb, getWorkspaceDirectory, locateAppDb, useDb, useWorkspaceDirectory } from './context';
export { listSnapshots, pruneWorkspaces, SNAPSHOT_DAYS, WorkspaceDirectory, type WorkspaceSnapshot } from './workspaceDirectory';
export {
  NotEnoughStorageError,
  onWorkspaceSwitched,
  restoreIntoNewWorkspace,
  returnToSnapshot,
  tellWindowsToReload,
  type RestoreProgress,
  type StagedRestoreResult,
} from './stagedRestore';
export { MissingRecordError, RuleViolationError } from './errors';
export * from './hooks';
export { createTeam, updateTeam, deleteTeam, type TeamChanges } from './teams';
export { createPerson, updatePerson, deletePerson, type PersonChanges } from './people';
export { addMember, updateMembership, removeMember, type MembershipChanges } from './memberships';
export { moveMembers, updatePersonMemberships, type MembershipEdit } from './memberMoves';
export { createObjective, addKeyResult, recordCheckIn } from './okrs';
export { readSettings, updateSettings, type SettingsChanges } from './settings';
export { readMeId, writeMeId, DEVICE_KEYS, DEVICE_TABLE, type DeviceEntry, type DeviceKey } from './device';
export { TABLE_KINDS, tablesOfKind, type TableKind } from './tableKinds';
export { loadSampleOrganisation, workspaceIsEmpty } from './sample';
export { bulkAddWorkspace, validateWorkspace } from './bulkLoad';
export { createDepartment, updateDepartment, updateDepartments, deleteDepartment, type DepartmentChanges } from './departments';
export { updateRole, updateRoles, type RoleChanges } from './roles';
export { importRoster, type RosterImportPlan, type RosterImportResult } from './roster';
export { importMemberships, type MembershipImportResult } from './membershipImport';
export { ImportCancelledError, type ImportControl } from './importProgress';
export { readImportMapping, rememberImportMapping } from './importMappings';
export { usePlanHealth } from './healthHooks';
export { updateObjective, deleteObjective, type ObjectiveChanges } from './okrs';
export { updateKeyResult, deleteKeyResult, moveKeyResult, type KeyResultChanges } from './okrKeyResults';
export { createPeriod, duplicateObjectiveToPeriod, carriedStart } from './okrPeriods';
export { scoreKeyResult, closePeriod } from './okrScoring';
export { readPeriod, readLatestCheckIns, readCheckInHistory } from './okrReads';
export * from './okrHooks';
export { exportWorkspace, exportWorkspaceText, restoreWorkspace, readAllTables, BackupRejectedError, type RestoreMode, type RestoreResult, type ExportedBackup, type ExportedBackupText } from './backup';
export { readBackupFile, type BackupInput } from './backupFile';
export { exportCsv, toCsvText, type CsvExportKind } from './csvExports';
export { isQuotaExceeded, QUOTA_EXCEEDED_MESSAGE } from './quota';
export type { ConnectionEvents } from './database';
export { usePlan, useChartData, type ChartData } from './chartHooks';
export { applyChange, StaleWriteError, type EditOptions, type ExpectedVersion } from './changes';
export { onChangeCommitted, type CommittedChange } from './changeEvents';
export { undoLastChange, redoLastChange, readUndoHistory, UndoConflictError } from './undo';
export { onUndoProgress, type UndoProgress } from './undoProgress';
export { useDerived, useWorkspaceLoadStatus } from './memory/useMemory';
export { correctCheckIn, deleteCheckIn, type CheckInCorrection } from './okrCheckIns';
export { createObjectiveWithKeyResults, createObjectivesWithKeyResults, type EntryKeyResult } from './okrEntry';
export { createPastedObjectives } from './okrPaste';
export { importOkrs, type OkrImportOptions, type OkrImportResult } from './okrImport';
export { readWhoAmIAsked, markWhoAmIAsked } from './device';
export { useOpenKeyResults, useAllObjectives, type OpenKeyResult } from './okrDueHooks';
export { readLayoutPreferences, writeLayoutPreferences, useLayoutPreference, type LayoutPreferences } from './layoutPreferences';
export { createDraft, draftToSplitTeam, freeDraftName, duplicateDraft, updateDraft, deleteDraft, rebaseDraftOnLive, splitTeam, mergeTeams, planRecords, type NewDraft, type DraftChanges } from './scenarios';
export { readComparison, previewPromotion, promoteDraft, PromotionRefusedError, type ComparisonResult, type PlanComparison, type PromotionPreview, type PromotionOutcome } from './scenarioPromotion';
export { exportDraft, draftFileName, readDraftFile, previewDraftImport, importDraft, type DraftImportPreview, type DraftImportOptions } from './draftFiles';
export { usePlans, usePlanComparison, usePromotionPreview, type WorkspacePlans, type Loaded } from './scenarioHooks';
export { useTeamGroups, usePlanInteractions, usePlanDependencies, usePrincipleSets } from './designHooks';
export { createTeamGroup, updateTeamGroup, deleteTeamGroup, setTeamGroup, type TeamGroupChanges } from './teamGroups';
export { createInteraction, updateInteraction, deleteInteraction, createDependency, updateDependency, deleteDependency, type InteractionChanges, type DependencyChanges } from './interactions';
export { importInteractions, importTeamDesign } from './designImport';
export { importPrincipleSets, updatePrincipleSet, type PrincipleSetChanges } from './principleSets';
export { useCollaborationMap, type CollaborationMapData } from './collaborationMapHooks';
export { usePlanFormerPeople } from './formerPeople';
export { useRecordedObjectiveTitles, useRecordedPersonNames, useRecordedTeamNames } from './recordedNameHooks';
