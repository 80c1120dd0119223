import { INTERACTION_MODE_INFO, TEAM_TYPES, TEAM_TYPE_INFO, type InteractionMode, type TeamType } from '../model';
import { nearestName } from './closest';
import { excelSerialToIso } from './excelDates';
import { compactHeader, suggestMapping, type ColumnMapping, type FieldSynonyms } from './headerMatch';
import type { ImportTable } from './table';
import { LenientIndex } from './lenientMatch';

/**
 * Organisation-design imports from spreadsheets: interactions between teams, and teams' types and
 * groups. Rows are matched to the plan's teams by name (case and spaces ignored); every refused
 * row says what was wrong, with the value and, for a misspelt team, the closest name.
 */

export const INTERACTION_FIELDS = ['provider', 'consumer', 'mode', 'purpose', 'start', 'end'] as const;
export type InteractionField = (typeof INTERACTION_FIELDS)[number];
export const INTERACTION_FIELD_LABELS: Record<InteractionField, string> = {
  provider: 'Providing team',
  consumer: 'Consuming team',
  mode: 'Mode',
  purpose: 'Purpose',
  start: 'Start',
  end: 'Expected end',
};

const INTERACTION_SYNONYMS: Record<InteractionField, FieldSynonyms> = {
  provider: { exact: ['providingteam', 'provider', 'providerteam', 'from', 'fromteam', 'anbieter', 'fournisseur', 'proveedor'], has: /provid|anbiet|fourniss|proveed|^from/ },
  consumer: { exact: ['consumingteam', 'consumer', 'consumerteam', 'to', 'toteam', 'nutzer', 'konsument', 'consommateur', 'consumidor'], has: /consum|nutzer|konsum|^to/ },
  mode: { exact: ['mode', 'interactionmode', 'interaction', 'type', 'modus', 'art'], has: /mode|modus/ },
  purpose: { exact: ['purpose', 'description', 'why', 'zweck', 'objet', 'proposito', 'notes', 'note'], has: /purpose|zweck|descr/ },
  start: { exact: ['start', 'startdate', 'from date', 'since', 'beginn', 'debut', 'inicio', 'von'].map(compactHeader), has: /start|beginn|debut|inicio/ },
  end: { exact: ['expectedend', 'end', 'enddate', 'until', 'ende', 'fin', 'bis'], has: /end|until|ende/, not: /depend/ },
};

export function suggestInteractionMapping(headers: readonly string[]): ColumnMapping<InteractionField> {
  return suggestMapping(headers, INTERACTION_FIELDS, INTERACTION_SYNONYMS);
}

export const TEAM_DESIGN_FIELDS = ['team', 'type', 'group', 'level'] as const;
export type TeamDesignField = (typeof TEAM_DESIGN_FIELDS)[number];
export const TEAM_DESIGN_FIELD_LABELS: Record<TeamDesignField, string> = { team: 'Team', type: 'Type', group: 'Group', level: 'Group level' };

const TEAM_DESIGN_SYNONYMS: Record<TeamDesignField, FieldSynonyms> = {
  team: { exact: ['team', 'teamname', 'squad', 'equipe', 'equipo'], has: /team|squad/, not: /type|group|level/ },
  type: { exact: ['type', 'teamtype', 'topology', 'teamtopology', 'typ', 'tipo'], has: /type|topolog/ },
  group: { exact: ['group', 'groupname', 'tribe', 'valuestream', 'domain', 'gruppe', 'groupe', 'grupo'], has: /group|tribe|stream|domain/, not: /level/ },
  level: { exact: ['grouplevel', 'level', 'ebene', 'niveau', 'nivel'], has: /level|ebene/ },
};

export function suggestTeamDesignMapping(headers: readonly string[]): ColumnMapping<TeamDesignField> {
  return suggestMapping(headers, TEAM_DESIGN_FIELDS, TEAM_DESIGN_SYNONYMS);
}

const folded = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** A date cell: ISO (2026-10-01), day first as European spreadsheets write it (01.10.2026, 1/10/2026), or an Excel serial number. */
export function readDayCell(text: string): { ok: true; date: string } | { ok: false } {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value))) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value))) [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if (/^\d{5}$/.test(value)) {
    const iso = excelSerialToIso(Number(value));
    return iso ? { ok: true, date: iso.slice(0, 10) } : { ok: false };
  } else return { ok: false };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { ok: false };
  return { ok: true, date: date.toISOString().slice(0, 10) };
}

const MODE_WORDS: Record<string, InteractionMode> = {
  collaboration: 'collaboration',
  collaborate: 'collaboration',
  collaborating: 'collaboration',
  zusammenarbeit: 'collaboration',
  xasaservice: 'x-as-a-service',
  asaservice: 'x-as-a-service',
  xaas: 'x-as-a-service',
  service: 'x-as-a-service',
  facilitating: 'facilitating',
  facilitation: 'facilitating',
  facilitate: 'facilitating',
  enabling: 'facilitating',
};

export function readInteractionMode(text: string): InteractionMode | null {
  return MODE_WORDS[compactHeader(text)] ?? null;
}

/** A type cell: the label, the id or the short mark ("Platform", "stream-aligned", "SA"); empty or "none" is no type. */
export function readTeamType(text: string): TeamType | null | undefined {
  const key = compactHeader(text);
  if (key === '' || key === 'none' || key === 'notype' || key === 'keiner') return null;
  for (const type of TEAM_TYPES) {
    const info = TEAM_TYPE_INFO[type];
    if ([compactHeader(type), compactHeader(info.label), compactHeader(info.abbreviation)].includes(key)) return type;
  }
  if (key === 'streamaligned' || key === 'stream') return 'stream-aligned';
  if (key === 'subsystem' || key === 'complicated') return 'complicated-subsystem';
  return undefined;
}

export interface PlanTeamRef {
  id: string;
  name: string;
}

function teamFinder(teams: readonly PlanTeamRef[]) {
  // Exactly, else with accents and punctuation forgiven when that names one team ("Donnees" for "Données").
  const byName = new LenientIndex(teams, (t) => t.name, folded);
  const names = teams.map((t) => t.name);
  return (text: string, what: string): { team: PlanTeamRef } | { problem: string } => {
    const value = text.trim();
    if (value === '') return { problem: `the ${what} is empty` };
    const match = byName.find(value);
    if (!('ambiguous' in match)) return { team: match.found };
    const suggestion = nearestName(value, names);
    return { problem: `no team “${value}” in this plan${suggestion ? ` (did you mean “${suggestion}”?)` : ''}` };
  };
}

const cellOf = (row: readonly string[], column: number | null) => (column === null ? '' : (row[column] ?? '').trim());

export type DesignRowStatus = 'new' | 'changed' | 'unchanged' | 'refused';

export interface InteractionImportRow {
  /** 1-based data row and its line in the file. */
  row: number;
  line: number;
  status: DesignRowStatus;
  problems: string[];
  interaction: { providerTeamId: string; consumerTeamId: string; mode: InteractionMode; purpose: string; start: string; end: string | null } | null;
  /** "Cloud Infrastructure → Customer Portal (X-as-a-service)" for the preview. */
  summary: string;
}

export interface ExistingInteraction {
  providerTeamId: string;
  consumerTeamId: string;
  mode: InteractionMode;
  start: string;
  deletedAt: string | null;
}

/** Checks every row of an interactions file; an interaction already recorded (same teams, mode and start) is unchanged. */
export function validateInteractionRows(table: ImportTable, mapping: ColumnMapping<InteractionField>, teams: readonly PlanTeamRef[], existing: readonly ExistingInteraction[]): InteractionImportRow[] {
  const find = teamFinder(teams);
  const known = new Set(existing.filter((i) => i.deletedAt === null).map((i) => `${i.providerTeamId}|${i.consumerTeamId}|${i.mode}|${i.start}`));
  const inFile = new Set<string>();
  return table.rows.map((cells, index) => {
    const problems: string[] = [];
    const provider = find(cellOf(cells, mapping.provider), 'providing team');
    const consumer = find(cellOf(cells, mapping.consumer), 'consuming team');
    if ('problem' in provider) problems.push(`Providing team: ${provider.problem}.`);
    if ('problem' in consumer) problems.push(`Consuming team: ${consumer.problem}.`);
    if ('team' in provider && 'team' in consumer && provider.team.id === consumer.team.id) problems.push(`A team cannot interact with itself: “${provider.team.name}” is both the providing and the consuming team.`);
    const modeText = cellOf(cells, mapping.mode);
    const mode = readInteractionMode(modeText);
    if (!mode) problems.push(modeText === '' ? 'Mode is empty: write collaboration, X-as-a-service or facilitating.' : `Mode “${modeText}” is not one of collaboration, X-as-a-service or facilitating.`);
    const startText = cellOf(cells, mapping.start);
    const start = readDayCell(startText);
    if (!start.ok) problems.push(startText === '' ? 'Start is empty: write a date such as 2026-10-01.' : `Start “${startText}” is not a date: write it as 2026-10-01 or 01.10.2026.`);
    const endText = cellOf(cells, mapping.end);
    const end = endText === '' ? null : readDayCell(endText);
    if (end && !end.ok) problems.push(`Expected end “${endText}” is not a date: write it as 2026-12-31 or 31.12.2026, or leave it empty.`);
    if (start.ok && end?.ok && end.date < start.date) problems.push(`The expected end ${end.date} is before the start ${start.date}.`);
    const purpose = cellOf(cells, mapping.purpose);
    if (purpose.length > 400) problems.push(`Purpose is ${purpose.length.toLocaleString('en-GB')} characters long; at most 400.`);
    const base = { row: index + 1, line: table.lines[index] ?? index + 2 };
    const names = `${'team' in provider ? provider.team.name : cellOf(cells, mapping.provider) || '?'} → ${'team' in consumer ? consumer.team.name : cellOf(cells, mapping.consumer) || '?'}`;
    if (problems.length > 0 || !('team' in provider) || !('team' in consumer) || !mode || !start.ok || (end && !end.ok)) {
      return { ...base, status: 'refused', problems, interaction: null, summary: names };
    }
    const interaction = { providerTeamId: provider.team.id, consumerTeamId: consumer.team.id, mode, purpose, start: start.date, end: end?.ok ? end.date : null };
    const key = `${interaction.providerTeamId}|${interaction.consumerTeamId}|${mode}|${interaction.start}`;
    const summary = `${names} (${INTERACTION_MODE_INFO[mode].label}, from ${interaction.start})`;
    if (inFile.has(key)) return { ...base, status: 'refused', problems: [`The same interaction is on an earlier row of the file: ${summary}.`], interaction: null, summary };
    inFile.add(key);
    return { ...base, status: known.has(key) ? 'unchanged' : 'new', problems: [], interaction, summary };
  });
}

export interface TeamDesignImportRow {
  row: number;
  line: number;
  status: DesignRowStatus;
  problems: string[];
  change: { teamId: string; type: TeamType | null; groupName: string | null; groupLevel: string } | null;
  summary: string;
}

export interface DesignTeamRef extends PlanTeamRef {
  type?: TeamType | null | undefined;
  groupId?: string | null | undefined;
}

/**
 * Checks every row of a team types and groups file: the team must exist; the type is one of the
 * four (or empty for none); a group that does not exist yet is created by the import. A column
 * the file does not have leaves that part of the team as it is.
 */
export function validateTeamDesignRows(
  table: ImportTable,
  mapping: ColumnMapping<TeamDesignField>,
  teams: readonly DesignTeamRef[],
  groups: readonly { id: string; name: string }[],
): TeamDesignImportRow[] {
  const find = teamFinder(teams);
  const groupByName = new Map(groups.map((g) => [folded(g.name), g]));
  const seen = new Set<string>();
  return table.rows.map((cells, index) => {
    const base = { row: index + 1, line: table.lines[index] ?? index + 2 };
    const problems: string[] = [];
    const found = find(cellOf(cells, mapping.team), 'team');
    if ('problem' in found) problems.push(`Team: ${found.problem}.`);
    const typeText = cellOf(cells, mapping.type);
    const type = mapping.type === null ? undefined : readTeamType(typeText);
    if (mapping.type !== null && type === undefined) problems.push(`Type “${typeText}” is not one of stream-aligned, platform, enabling or complicated-subsystem (or empty for none).`);
    const groupText = cellOf(cells, mapping.group);
    if (groupText.length > 80) problems.push(`Group “${groupText.slice(0, 40)}…” is longer than 80 characters.`);
    const level = cellOf(cells, mapping.level) || 'Tribe';
    if (!('team' in found) || problems.length > 0) return { ...base, status: 'refused', problems, change: null, summary: cellOf(cells, mapping.team) || '?' };
    const team = teams.find((t) => t.id === found.team.id)!;
    if (seen.has(team.id)) return { ...base, status: 'refused', problems: [`“${team.name}” is on an earlier row of the file already.`], change: null, summary: team.name };
    seen.add(team.id);
    const nextType = type === undefined ? (team.type ?? null) : type;
    const group = mapping.group === null ? undefined : groupText === '' ? null : groupText;
    const currentGroup = groups.find((g) => g.id === team.groupId)?.name ?? null;
    const nextGroup = group === undefined ? currentGroup : group === null ? null : (groupByName.get(folded(group))?.name ?? group);
    const changed = nextType !== (team.type ?? null) || (nextGroup === null ? currentGroup !== null : folded(nextGroup) !== folded(currentGroup ?? ''));
    const typeWords = nextType ? TEAM_TYPE_INFO[nextType].label : 'no type';
    const groupWords = nextGroup ? `${nextGroup}${groupByName.has(folded(nextGroup)) ? '' : ' (new group)'}` : 'no group';
    return { ...base, status: changed ? 'changed' : 'unchanged', problems: [], change: { teamId: team.id, type: nextType, groupName: nextGroup, groupLevel: level }, summary: `${team.name}: ${typeWords}, ${groupWords}` };
  });
}

/** Counts for a preview: "3 new, 1 unchanged, 2 refused". */
export function designRowCounts(rows: readonly { status: DesignRowStatus }[]): Record<DesignRowStatus, number> {
  const counts: Record<DesignRowStatus, number> = { new: 0, changed: 0, unchanged: 0, refused: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}


/** Rows the reader could not decode (letters lost to the wrong encoding) are refused, never stored garbled. */
export function refuseDamagedRows<R extends { row: number; status: DesignRowStatus; problems: string[] }>(rows: readonly R[], damagedRows: readonly number[]): R[] {
  const damaged = new Set(damagedRows);
  return rows.map((r, index) =>
    damaged.has(index) ? { ...r, status: 'refused', problems: ['This row has letters the file’s encoding could not read: choose the right encoding above.', ...r.problems] } : r,
  );
}
