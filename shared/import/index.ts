export { ROSTER_FIELDS, ROSTER_FIELD_LABELS, suggestColumnMapping } from './rosterColumns';
export type { RosterField, RosterMapping } from './rosterColumns';
export { MAX_ROSTER_ROWS, PERSON_FIELD_LABELS, validateRoster, validateRosterSteps, planRosterImport, rowPlace, describeProblem, rosterIdKey } from './roster';
export type {
  RosterInput,
  RosterPerson,
  RosterRow,
  RosterRowStatus,
  RowProblem,
  FieldChange,
  PersonField,
  NewDepartmentSummary,
  RosterValidation,
  RosterUpdate,
  RosterImportPlan,
} from './roster';
export { compactHeader, suggestMapping, headerSignature, rememberedMapping, withNewFieldsSuggested } from './headerMatch';
export type { ColumnMapping, FieldSynonyms } from './headerMatch';
export { composeName, tidyCell, lastCommaFirst } from './personName';
export { nameCase, surnameFirstInCapitals } from './nameCase';
export { detectDayMonthOrder, parseExportDate } from './dates';
export type { DayMonthOrder } from './dates';
export { statusSaysLeft, endDateSaysLeft } from './employmentStatus';
export { suggestDepartmentKind, parseDepartmentKind } from './departmentKinds';
export { TEXT_ENCODINGS, ENCODING_LABELS, detectEncoding } from './encoding';
export type { TextEncoding, DetectedEncoding } from './encoding';
export { SEPARATORS, SEPARATOR_LABELS, detectSeparator } from './separator';
export type { Separator } from './separator';
export { detectDecimalMark, parseLocaleNumber } from './numbers';
export type { DecimalMark } from './numbers';
export { excelSerialToIso } from './excelDates';
export { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS, WORKBOOK_LABELS, columnLetter, tidyHeaders } from './table';
export type { ImportTable, ReadTable, ReadOutcome, ReadOptions, WorkbookKind } from './table';
export { thousands, countOf } from './wording';
export { DEFAULT_TITLE_ROLE_SYNONYMS, roleForTitle, titleRoleSynonyms, formatSynonyms, parseSynonyms } from './roleSynonyms';
export type { TitleRoleSynonym, RoleRef } from './roleSynonyms';
export { MEMBERSHIP_FIELDS, MEMBERSHIP_FIELD_LABELS, suggestMembershipMapping } from './membershipColumns';
export type { MembershipField, MembershipMapping } from './membershipColumns';
export { validateMemberships, planMembershipImport, parseAllocation, allocationColumnIsFte } from './memberships';
export type { MembershipInput, MembershipRow, MembershipRowStatus, MembershipValidation, MembershipImportPlan, NewNameSummary } from './memberships';
export { findHeaderRow, trailingTotalsRows } from './headerRow';
export { weekHoursOfColumn, hoursToAllocation, DEFAULT_WEEK_HOURS } from './allocationHours';
