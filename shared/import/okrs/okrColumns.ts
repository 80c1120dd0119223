import { compactHeader } from '../headerMatch';

/** The fields an OKR spreadsheet can fill in, one row per key result. */
export const OKR_FIELDS = [
  'period', 'periodStart', 'periodEnd', 'objective', 'ownerTeams', 'objectiveKind', 'parent',
  'keyResult', 'metric', 'start', 'target', 'unit', 'weight', 'owner', 'current', 'confidence', 'asOf', 'note', 'progress',
  'description', 'contributingTeams',
] as const;
export type OkrField = (typeof OKR_FIELDS)[number];

/** For each field, the column that holds it (null: none); owner teams may come from several columns. */
export type OkrMapping = { [K in OkrField]: K extends 'ownerTeams' ? number[] : number | null };

export const OKR_FIELD_LABELS: Record<OkrField, string> = {
  period: 'Period', periodStart: 'Period start', periodEnd: 'Period end', objective: 'Objective', ownerTeams: 'Owner teams',
  objectiveKind: 'Objective kind', parent: 'Parent objective', keyResult: 'Key result', metric: 'Metric', start: 'Start',
  target: 'Target', unit: 'Unit', weight: 'Weight', owner: 'Key result owner', current: 'Current value', confidence: 'Confidence',
  asOf: 'As of', note: 'Note', progress: 'Progress', description: 'Objective description', contributingTeams: 'Contributing teams',
};

/** Headers that mean the field, compared without case, spaces or punctuation (the OKR CSV export's own headers included). */
const HEADERS: Record<OkrField, readonly string[]> = {
  period: ['period', 'quarter', 'cycle', 'timeframe', 'okrperiod', 'quartal', 'zeitraum', 'periode', 'trimestre', 'periodo', 'okrzyklus'],
  periodStart: ['periodstart', 'periodfrom', 'periodbegins', 'periodstartdate', 'zeitraumbeginn', 'debutdeperiode', 'iniciodelperiodo'],
  periodEnd: ['periodend', 'periodto', 'periodends', 'periodenddate', 'zeitraumende', 'findeperiode', 'findelperiodo'],
  objective: ['objective', 'objectivetitle', 'goal', 'objectivename', 'ziel', 'objectif', 'objetivo'],
  ownerTeams: [
    'ownerteams', 'ownerteam', 'teams', 'team', 'owners', 'ownedby', 'squad', 'squads', 'objectiveowners', 'objectiveowner',
    'verantwortlicheteams', 'verantwortlichesteam', 'equipe', 'equipes', 'equipo', 'equipos',
  ],
  objectiveKind: ['objectivekind', 'kind', 'objectivetype', 'type', 'committedoraspirational', 'zielart', 'typedobjectif', 'tipodeobjetivo'],
  parent: ['alignedto', 'parent', 'parentobjective', 'contributesto', 'supports', 'ubergeordnetesziel', 'objectifparent', 'objetivopadre'],
  keyResult: ['keyresult', 'kr', 'keyresulttitle', 'keyresultname', 'result', 'schlusselergebnis', 'schluesselergebnis', 'resultatcle', 'resultadoclave'],
  metric: ['metric', 'metrickind', 'krtype', 'direction', 'measure', 'messgrosse', 'richtung', 'typedemesure', 'metrique', 'tipodemedida'],
  start: ['start', 'startvalue', 'baseline', 'from', 'startingvalue', 'ausgangswert', 'startwert', 'valeurdedepart', 'valeurinitiale', 'valorinicial'],
  target: ['target', 'targetvalue', 'goalvalue', 'to', 'zielwert', 'cible', 'valeurcible', 'valorobjetivo', 'meta'],
  unit: ['unit', 'units', 'einheit', 'unite', 'unidad'],
  weight: ['weight', 'krweight', 'gewichtung', 'gewicht', 'poids', 'ponderation', 'peso'],
  owner: ['keyresultowner', 'krowner', 'owner', 'responsible', 'dri', 'assignee', 'verantwortlich', 'verantwortliche', 'responsable'],
  current: ['current', 'currentvalue', 'latestvalue', 'value', 'actual', 'now', 'aktuellerwert', 'aktuell', 'istwert', 'valeuractuelle', 'actuel', 'valoractual'],
  confidence: ['confidence', 'latestconfidence', 'krconfidence', 'zuversicht', 'konfidenz', 'confiance', 'confianza'],
  asOf: ['asof', 'latestcheckindate', 'checkindate', 'date', 'lastupdated', 'updated', 'stand', 'datum', 'aktualisiert', 'miseajour', 'fecha'],
  note: ['note', 'latestnote', 'comment', 'notes', 'comments', 'notiz', 'kommentar', 'commentaire', 'remarque', 'comentario'],
  progress: ['progress', 'percentcomplete', 'completion', 'fortschritt', 'progression', 'avancement', 'progreso'],
  description: ['objectivedescription', 'description', 'beschreibung', 'context', 'why'],
  contributingTeams: ['contributingteams', 'contributors', 'supportingteams', 'mitwirkendeteams', 'equipescontributrices'],
};

/** "Team 2", "Owner team 3": extra owner-team columns. */
const MORE_TEAMS = /^(owner)?(team|squad)s?\d+$/;

const compact = compactHeader;

export function emptyOkrMapping(): OkrMapping {
  const mapping = Object.fromEntries(OKR_FIELDS.map((field) => [field, null])) as unknown as OkrMapping;
  mapping.ownerTeams = [];
  return mapping;
}

/** Proposes a column for each field from the headers; each column serves one field. */
export function suggestOkrMapping(headers: readonly string[]): OkrMapping {
  const mapping = emptyOkrMapping();
  const used = new Set<number>();
  headers.forEach((header, column) => {
    const key = compact(header);
    for (const field of OKR_FIELDS) {
      if (!HEADERS[field].includes(key) || used.has(column)) continue;
      if (field === 'ownerTeams') mapping.ownerTeams.push(column);
      else if (mapping[field] === null) mapping[field] = column;
      else continue;
      used.add(column);
    }
    if (!used.has(column) && MORE_TEAMS.test(key)) {
      mapping.ownerTeams.push(column);
      used.add(column);
    }
  });
  return mapping;
}

/**
 * A mapping remembered for these headers, applied only if every column it names still exists (a
 * changed export falls back to suggestions rather than reading the wrong columns).
 */
export function rememberedOkrMapping(saved: unknown, headers: readonly string[]): OkrMapping | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const fits = (column: unknown): column is number => typeof column === 'number' && Number.isInteger(column) && column >= 0 && column < headers.length;
  const mapping = emptyOkrMapping();
  for (const field of OKR_FIELDS) {
    const column = (saved as Record<string, unknown>)[field];
    if (field === 'ownerTeams') {
      if (column === undefined) continue;
      if (!Array.isArray(column) || !column.every(fits)) return null;
      mapping.ownerTeams = [...new Set(column)];
    } else if (column !== null && column !== undefined) {
      if (!fits(column)) return null;
      mapping[field] = column;
    }
  }
  return mapping;
}
