export { readNumber, decideDecimalSeparator, decimalEvidence, type DecimalSeparator, type DecimalDecision, type NumberReading } from './numbers';
export { readPeriod, fiscalQuarter, periodKey, type PeriodSpec, type PeriodReading } from './periodText';
export { OKR_FIELDS, OKR_FIELD_LABELS, suggestOkrMapping, emptyOkrMapping, rememberedOkrMapping, type OkrField, type OkrMapping } from './okrColumns';
export { readMetric, readObjectiveKind, readMilestoneValue, readConfidence, splitTeamNames } from './okrCells';
export {
  planOkrImport, ownersKey, MAX_OKR_ROWS,
  type OkrImportInput, type OkrImportPlan, type PlannedObjective, type PlannedKeyResult, type PlannedOwner, type RowMessage,
} from './okrImportPlan';
export { numericCells } from './numericCells';
