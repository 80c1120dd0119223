export { ROSTER_FIELDS, suggestColumnMapping } from './rosterColumns';
export type { RosterField, RosterMapping } from './rosterColumns';
export { MAX_ROSTER_ROWS, validateRoster, planRosterImport } from './roster';
export type { RosterInput, RosterPerson, ValidRosterRow, RosterError, RosterValidation, RosterUpdate, RosterImportPlan } from './roster';
