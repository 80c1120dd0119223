import { readDayText } from './dayText';
import type { DateOnly, MetricKind, ObjectiveKind, PeriodRange } from '../../model';
import { checkInDateProblem } from '../../rules/checkInDates';
import { keyResultTargetProblem } from '../../rules/keyResultTargets';
import { readNumber, type DecimalSeparator, type NumberReading } from './numbers';
import { readConfidence, readMetric, readMilestoneValue, readObjectiveKind, splitTeamNames } from './okrCells';
import type { OkrField, OkrMapping } from './okrColumns';
import { periodKey, readPeriod, type PeriodSpec } from './periodText';
import { readStatement } from '../outline/keyResultText';
import { findByName, LenientIndex } from '../lenientMatch';

/** Numbers in messages as people read them: 3,100,000. */
const grouped = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 6 });

export const MAX_OKR_ROWS = 50_000;

export interface OkrImportInput {
  /** Data rows (after the header); xlsx cells may be numbers. */
  rows: readonly (readonly (string | number | null | undefined)[])[];
  mapping: OkrMapping;
  decimal: DecimalSeparator;
  /** False when nothing in the file showed the separator: values such as "1,200" are then flagged. */
  decimalDecided: boolean;
  fiscalStartMonth: number;
  today: DateOnly;
  graceDays: number;
  teams: readonly { id: string; name: string }[];
  people: readonly { id: string; name: string; email: string | null }[];
  customPeriods: readonly (Pick<PeriodRange, 'id' | 'name' | 'start' | 'end'>)[];
  existingObjectives: readonly { id: string; title: string; periodId: string; ownerTeamIds: readonly string[] }[];
}

export type PlannedOwner = { kind: 'person'; id: string } | { kind: 'team'; name: string } | null;

export interface PlannedKeyResult {
  /** The spreadsheet row (the header is row 1). */
  row: number;
  title: string;
  metric: MetricKind;
  start: number | null;
  target: number;
  unit: string;
  weight: number | null;
  owner: PlannedOwner;
  /** Teams that contribute without owning (the export's "Contributing teams"). */
  contributingTeamNames: string[];
  checkIn: { value: number; confidence: number; date: DateOnly; note: string } | null;
}

export interface PlannedObjective {
  /** Period + title + owner teams: repeated titles with other owners stay separate objectives. */
  key: string;
  period: PeriodSpec;
  title: string;
  kind: ObjectiveKind;
  ownerTeamNames: string[];
  description: string;
  parentTitle: string | null;
  /** The parent: another objective of this file (by key) or one in the workspace (by id). */
  parent: { kind: 'file'; key: string } | { kind: 'existing'; id: string } | null;
  keyResults: PlannedKeyResult[];
  rows: number[];
  /** Set when the workspace already has this objective (same period, title and owners): it is skipped. */
  existingId: string | null;
}

export interface RowMessage {
  row: number;
  message: string;
}

export interface OkrImportPlan {
  objectives: PlannedObjective[];
  /** Owner team names no live team has: offered for creation. */
  newTeamNames: string[];
  /** Custom periods the file names that do not exist yet: created on import. */
  newPeriods: PeriodSpec[];
  /** What must be fixed before anything can be imported. */
  problems: RowMessage[];
  /** What was assumed (shown, never blocking). */
  notes: RowMessage[];
  keyResultCount: number;
  checkInCount: number;
}

const lower = (text: string) => text.trim().toLowerCase();
const cellText = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** Team names in a canonical order, so "B; A" and "A; B" name the same owners. */
export function ownersKey(names: readonly string[]): string {
  return names.map(lower).sort().join('\u0000');
}

interface RowContext {
  input: OkrImportInput;
  row: number;
  problems: RowMessage[];
  notes: RowMessage[];
  teamNames: ReadonlySet<string>;
  teamsByName: ReadonlyMap<string, { id: string; name: string }>;
  /** A team of the workspace by name: exactly, else with accents and punctuation forgiven when that names one team. */
  workspaceTeam: (name: string) => { id: string; name: string } | undefined;
  /** People by name with accents forgiven and "Last, First" read (indexed on first use). */
  lenientPeople: () => LenientIndex<{ id: string; name: string }>;
  /** Owner teams the file names (created on import): a key result may be owned by one of them. */
  fileTeams: ReadonlyMap<string, string>;
  /** People by lower-case name and email, indexed on first use (a file without owners needs none). */
  peopleByKey: () => ReadonlyMap<string, { id: string; name: string }[]>;
  /** "As of" days read so far: a file repeats a few dates thousands of times. */
  days: Map<string, string | null>;
  /** Metric cells read so far ("Increase to" on thousands of rows). */
  metrics: Map<string, ReturnType<typeof readMetric>>;
  /** Teams to create, by lower-case name: contributing teams no one has yet join them. */
  newTeams: Map<string, string>;
}

function numberOf(ctx: RowContext, cells: readonly (string | number | null | undefined)[], field: OkrField, label: string): NumberReading {
  const column = ctx.input.mapping[field] as number | null;
  if (column === null) return { kind: 'empty' };
  const reading = readNumber(cells[column], ctx.input.decimal, ctx.input.decimalDecided);
  if (reading.kind === 'ambiguous' || reading.kind === 'invalid') ctx.problems.push({ row: ctx.row, message: `${label}: ${reading.message}` });
  return reading;
}

function ownerOf(ctx: RowContext, text: string): PlannedOwner | undefined {
  const key = lower(text);
  if (!key) return null;
  const people = ctx.peopleByKey().get(key) ?? [];
  if (people.length === 1) return { kind: 'person', id: people[0]!.id };
  if (people.length > 1) {
    ctx.problems.push({ row: ctx.row, message: `the owner "${text.trim()}" matches ${people.length} people: write their email instead` });
    return undefined;
  }
  const team = ctx.workspaceTeam(text);
  if (team) return { kind: 'team', name: team.name };
  const fileTeam = ctx.fileTeams.get(key);
  if (fileTeam) return { kind: 'team', name: fileTeam };
  // Written by another system: "Souza, Ana", or without the accents ("Wojcik" for "Wójcik").
  const named = findByName(ctx.lenientPeople(), text.trim());
  if (!('ambiguous' in named)) return { kind: 'person', id: named.found.id };
  if (named.ambiguous > 1) {
    ctx.problems.push({ row: ctx.row, message: `the owner "${text.trim()}" matches ${named.ambiguous} people: write their email instead` });
    return undefined;
  }
  ctx.problems.push({
    row: ctx.row,
    message: `the key result owner "${text.trim()}" matches nobody: add the person in People first (or import the roster), use a team's name, or clear the cell`,
  });
  return undefined;
}

function keyResultOf(ctx: RowContext, cells: readonly (string | number | null | undefined)[], period: PeriodSpec): PlannedKeyResult | undefined {
  const { mapping } = ctx.input;
  const text = (field: OkrField) => {
    const column = mapping[field] as number | null;
    return column === null ? '' : cellText(cells[column]).trim();
  };
  const title = text('keyResult');
  const before = ctx.problems.length;
  if (title.length > 200) ctx.problems.push({ row: ctx.row, message: `the key result title is longer than 200 characters: shorten it` });
  const metricText = text('metric');
  if (!ctx.metrics.has(metricText)) ctx.metrics.set(metricText, readMetric(metricText));
  let metric = ctx.metrics.get(metricText);
  if (metric === null) ctx.problems.push({ row: ctx.row, message: `the metric "${metricText}" is not one of: Increase to, Decrease to, Stay above, Stay below, Milestone` });
  const start = numberOf(ctx, cells, 'start', 'start');
  const target = numberOf(ctx, cells, 'target', 'target');
  const weight = numberOf(ctx, cells, 'weight', 'weight');
  let startValue = start.kind === 'number' ? start.value : null;
  let targetValue = target.kind === 'number' ? target.value : null;
  let worded: { unit: string } | undefined;
  if (metric === undefined && start.kind === 'empty' && target.kind === 'empty') {
    // Many published sheets hold only the key result's words ("Reduce p95 latency from 800 ms to 300 ms"): read them, never a silent milestone.
    const reading = readStatement(title, { separator: ctx.input.decimal, decided: ctx.input.decimalDecided });
    if (!reading.ok) ctx.problems.push({ row: ctx.row, message: `${reading.message}, or fill the Metric, Start and Target columns` });
    else {
      metric = reading.metric;
      if (reading.metric !== 'milestone') {
        [startValue, targetValue, worded] = [reading.start, reading.target, { unit: reading.unit }];
        ctx.notes.push({ row: ctx.row, message: `"${title}": read from its words as ${reading.metric === 'increase' || reading.metric === 'decrease' ? `${reading.metric}${reading.start === null ? '' : ` from ${grouped(reading.start)}`} to` : reading.metric === 'stayAbove' ? 'stay above' : 'stay below'} ${grouped(reading.target)}${reading.unit ? ` ${reading.unit}` : ''}` });
      }
    }
  }
  if (metric === undefined) {
    if (targetValue === null && start.kind === 'empty' && target.kind === 'empty') metric = 'milestone';
    else metric = startValue !== null && targetValue !== null && targetValue < startValue ? 'decrease' : 'increase';
  }
  let unit = text('unit') || (start.kind === 'number' ? start.unit : '') || (target.kind === 'number' ? target.unit : '') || (worded?.unit ?? '');
  let checkIn: PlannedKeyResult['checkIn'] = null;
  const currentText = text('current') || progressAsValue(ctx, cells, title, metric, startValue, targetValue);
  if (metric === 'milestone') {
    unit = '';
    if ((targetValue !== null && targetValue !== 1) || (startValue !== null && startValue !== 0)) {
      ctx.problems.push({
        row: ctx.row,
        message: `"${title}" is a milestone (done or not), but has the number ${targetValue ?? startValue}: clear Start and Target, or choose another metric`,
      });
    }
  } else if (target.kind === 'empty' && !worded) {
    ctx.problems.push({ row: ctx.row, message: `"${title}" has no target: enter the value to reach (or the line to hold)` });
  } else if (targetValue !== null && metric !== null) {
    // Allowed (ARCHITECTURE.md: target = start is done once reached, and the app exports such key results), but said.
    if (startValue !== null && targetValue === startValue && (metric === 'increase' || metric === 'decrease')) {
      ctx.notes.push({
        row: ctx.row,
        message: `"${title}" has the target equal to its start (${startValue}): it counts as done once reached. To hold a line, choose "Stay above" or "Stay below"`,
      });
    }
    const problem = keyResultTargetProblem(metric, startValue, targetValue);
    if (problem) ctx.problems.push({ row: ctx.row, message: problem });
  }
  if (weight.kind === 'number' && (weight.value <= 0 || weight.value > 1000)) {
    ctx.problems.push({ row: ctx.row, message: `the weight ${weight.value} must be above 0 and at most 1000 (or empty for equal weight)` });
  }
  const owner = ownerOf(ctx, text('owner'));
  if (currentText) {
    let value: number | null = null;
    if (metric === 'milestone') {
      value = readMilestoneValue(currentText);
      if (value === null) ctx.problems.push({ row: ctx.row, message: `the current value "${currentText}" of a milestone must be "done" or "not done"` });
    } else {
      value = text('current') ? currentValueOf(ctx, cells, currentText, targetValue) : Number(currentText);
    }
    const confidenceText = text('confidence');
    let confidence = 5;
    if (confidenceText) {
      const read = readConfidence(confidenceText);
      if (read.ok) confidence = read.value;
      else ctx.problems.push({ row: ctx.row, message: read.message });
      if (read.ok && read.converted) ctx.notes.push({ row: ctx.row, message: `confidence "${confidenceText}" read as ${read.value} of 10` });
    } else ctx.notes.push({ row: ctx.row, message: `no confidence given for the current value: 5 of 10 is recorded` });
    const asOfText = text('asOf');
    let asOf = asOfText ? ctx.days.get(asOfText) : null;
    if (asOf === undefined) ctx.days.set(asOfText, (asOf = readDayText(asOfText)));
    let date = asOf ?? (ctx.input.today < period.end ? ctx.input.today : period.end);
    if (asOfText && !asOf) {
      ctx.problems.push({ row: ctx.row, message: `the "as of" date "${asOfText}" is not a day that can be read: write it like 2026-09-30 or 30.09.2026` });
      date = period.end;
    } else {
      const problem = checkInDateProblem(date, period, ctx.input.today, ctx.input.graceDays);
      if (problem) ctx.problems.push({ row: ctx.row, message: problem });
    }
    if (value !== null) checkIn = { value, confidence, date, note: text('note').slice(0, 2000) };
  } else if (text('confidence')) {
    const read = readConfidence(text('confidence'));
    if (!read.ok) ctx.problems.push({ row: ctx.row, message: read.message });
  }
  if (currentText && !text('current')) checkIn = checkIn && { ...checkIn, note: checkIn.note || `Progress ${text('progress')} in the imported file` };
  if (ctx.problems.length > before || metric === null || owner === undefined) return undefined;
  return {
    row: ctx.row,
    title,
    metric,
    start: metric === 'milestone' ? 0 : startValue,
    target: metric === 'milestone' ? 1 : (targetValue ?? 0),
    unit: unit.slice(0, 30),
    weight: weight.kind === 'number' ? weight.value : null,
    owner,
    contributingTeamNames: contributingTeamsOf(ctx, text('contributingTeams')),
    checkIn,
  };
}

/** "3 of 8", "3 von 8", "3 sur 8", "3/8": the value 3 of a count whose total must be the target. */
const COUNTED = /^(.+?)\s*(?:of|von|sur|de|\/)\s*(.+)$/i;

function currentValueOf(ctx: RowContext, cells: readonly (string | number | null | undefined)[], currentText: string, target: number | null): number | null {
  const counted = COUNTED.exec(currentText);
  if (counted && typeof cells[ctx.input.mapping.current!] === 'string') {
    const value = readNumber(counted[1], ctx.input.decimal, ctx.input.decimalDecided);
    const total = readNumber(counted[2], ctx.input.decimal, ctx.input.decimalDecided);
    if (value.kind === 'number' && total.kind === 'number') {
      if (target !== null && total.value !== target) {
        ctx.problems.push({ row: ctx.row, message: `current value: "${currentText}" counts towards ${total.value}, but the target is ${target}: write the value alone (${value.value}) or correct the target` });
        return null;
      }
      return value.value;
    }
  }
  const current = numberOf(ctx, cells, 'current', 'current value');
  return current.kind === 'number' ? current.value : null;
}

/**
 * A progress column ("45 %", "0.45") where no current value is given: the value it means, as text
 * for the current-value reader, and a note saying so; a message when it cannot mean a value.
 */
function progressAsValue(ctx: RowContext, cells: readonly (string | number | null | undefined)[], title: string, metric: MetricKind | null | undefined, start: number | null, target: number | null): string {
  const progressText = ctx.input.mapping.progress === null ? '' : cellText(cells[ctx.input.mapping.progress]).trim();
  if (!progressText) return '';
  const reading = readNumber(cells[ctx.input.mapping.progress!], ctx.input.decimal, ctx.input.decimalDecided);
  if (reading.kind !== 'number') {
    ctx.problems.push({ row: ctx.row, message: `progress: ${reading.kind === 'empty' ? 'empty' : reading.message}` });
    return '';
  }
  const share = reading.unit === '%' || reading.value > 1 ? reading.value / 100 : reading.value;
  if (share < 0 || share > 1) {
    ctx.problems.push({ row: ctx.row, message: `the progress "${progressText}" must be from 0 % to 100 %` });
    return '';
  }
  if (metric === 'milestone') return share === 1 ? 'done' : 'not done';
  if ((metric === 'increase' || metric === 'decrease') && start !== null && target !== null) {
    const value = Math.round((start + share * (target - start)) * 1e4) / 1e4;
    ctx.notes.push({ row: ctx.row, message: `"${title}": progress ${progressText} read as the value ${grouped(value)} (that share of the way from ${grouped(start)} to ${grouped(target)})` });
    return String(value);
  }
  ctx.notes.push({ row: ctx.row, message: `"${title}": progress ${progressText} cannot become a value without a start and a target to increase or decrease to: no check-in is recorded; add a current value column` });
  return '';
}

/** Contributing teams by name, as the workspace spells them; a team nobody has yet is created with the owner teams. */
function contributingTeamsOf(ctx: RowContext, text: string): string[] {
  return splitTeamNames([text], ctx.teamNames).map((name) => {
    const known = ctx.workspaceTeam(name)?.name ?? ctx.fileTeams.get(lower(name)) ?? ctx.newTeams.get(lower(name));
    if (known) return known;
    ctx.newTeams.set(lower(name), name);
    return name;
  });
}

function indexPeople(people: OkrImportInput['people']): Map<string, { id: string; name: string }[]> {
  const byKey = new Map<string, { id: string; name: string }[]>();
  const add = (key: string, person: { id: string; name: string }) => {
    const list = byKey.get(key);
    // A person is added under their name, then their email: only the last entry can be them already.
    if (!list) byKey.set(key, [person]);
    else if (list[list.length - 1]!.id !== person.id) list.push(person);
  };
  for (const person of people) {
    add(lower(person.name), person);
    if (person.email) add(lower(person.email), person);
  }
  return byKey;
}

/**
 * Reads an OKR spreadsheet (one row per key result) into objectives grouped by period + title +
 * owner teams, with a message per bad row. Nothing here writes: the repository imports the plan
 * once the preview is clean and the person confirms it.
 */
export function planOkrImport(input: OkrImportInput): OkrImportPlan {
  const problems: RowMessage[] = [];
  const notes: RowMessage[] = [];
  const teamsByName = new Map(input.teams.map((t) => [lower(t.name), t]));
  const teamNames = new Set(teamsByName.keys());
  const lenientTeams = new LenientIndex(input.teams, (t) => t.name, lower);
  const workspaceTeam = (name: string) => {
    const exact = teamsByName.get(lower(name));
    if (exact) return exact;
    const match = lenientTeams.find(name);
    return 'ambiguous' in match ? undefined : match.found;
  };
  let people: ReturnType<typeof indexPeople> | undefined;
  const peopleByKey = () => (people ??= indexPeople(input.people));
  let lenient: LenientIndex<{ id: string; name: string }> | undefined;
  const lenientPeople = () => (lenient ??= new LenientIndex(input.people, (p) => p.name, lower));
  const objectives = new Map<string, PlannedObjective>();
  const newTeams = new Map<string, string>();
  const newPeriods = new Map<string, PeriodSpec>();
  if (input.rows.length > MAX_OKR_ROWS) {
    problems.push({ row: MAX_OKR_ROWS + 2, message: `the file has ${input.rows.length.toLocaleString('en-GB')} rows; at most ${MAX_OKR_ROWS.toLocaleString('en-GB')} can be imported at once: split it by period` });
    return { objectives: [], newTeamNames: [], newPeriods: [], problems, notes, keyResultCount: 0, checkInCount: 0 };
  }
  if (input.mapping.objective === null) problems.push({ row: 1, message: 'no column is chosen for the objective: choose the column that holds the objective titles' });
  if (input.mapping.period === null && (input.mapping.periodStart === null || input.mapping.periodEnd === null)) {
    problems.push({ row: 1, message: 'no column is chosen for the period: choose the column that holds "Q3 2026" or similar, or the period start and end columns' });
  }
  if (input.mapping.ownerTeams.length === 0) problems.push({ row: 1, message: 'no column is chosen for the owner teams: choose one or more columns that name the teams' });
  if (problems.length > 0) return { objectives: [], newTeamNames: [], newPeriods: [], problems, notes, keyResultCount: 0, checkInCount: 0 };

  const at = (cells: readonly (string | number | null | undefined)[], field: Exclude<OkrField, 'ownerTeams'>) => {
    const column = input.mapping[field];
    return column === null ? '' : cellText(cells[column]).trim();
  };
  // A file names a handful of periods thousands of times: each is read once.
  const periodReadings = new Map<string, ReturnType<typeof readPeriod>>();
  const days = new Map<string, string | null>();
  const kinds = new Map<string, ReturnType<typeof readObjectiveKind>>();
  const metrics = new Map<string, ReturnType<typeof readMetric>>();
  const fileTeams = new Map<string, string>();
  // Each objective repeats its owner cells on every key result row: each distinct text is read once.
  const ownerCells = (cells: readonly (string | number | null | undefined)[]) => input.mapping.ownerTeams.map((column) => cellText(cells[column]));
  const seenOwnerCells = new Set<string>();
  for (const cells of input.rows) {
    const texts = ownerCells(cells);
    const seen = texts.join('\u0000');
    if (seenOwnerCells.has(seen)) continue;
    seenOwnerCells.add(seen);
    for (const name of splitTeamNames(texts, teamNames)) if (!fileTeams.has(lower(name))) fileTeams.set(lower(name), name);
  }
  // Teams of the workspace and teams the file names on their own ("Payments" in "Payments, Data
  // Platform"): either tells that "Payments & Checkout" names two teams.
  const namedTeams = new Set([...teamNames, ...[...fileTeams.keys()].filter((name) => !/ & | and /.test(name))]);
  const ownersByCells = new Map<string, string[]>();
  const ownersOf = (cells: readonly (string | number | null | undefined)[]) => {
    const texts = ownerCells(cells);
    const seen = texts.join('\u0000');
    let owners = ownersByCells.get(seen);
    if (!owners) ownersByCells.set(seen, (owners = splitTeamNames(texts, namedTeams)));
    return owners;
  };
  // Owner teams as the workspace (or the file, first seen) spells them, and their grouping key:
  // once per distinct owners cell (ownersOf returns the same list for the same text).
  const namedOwners = new Map<readonly string[], { names: string[]; key: string }>();
  const ownerNamesOf = (owners: readonly string[]) => {
    let named = namedOwners.get(owners);
    if (!named) {
      const names = owners.map((name) => workspaceTeam(name)?.name ?? newTeams.get(lower(name)) ?? name);
      for (const name of names) if (!teamNames.has(lower(name)) && !newTeams.has(lower(name))) newTeams.set(lower(name), name);
      namedOwners.set(owners, (named = { names, key: ownersKey(names) }));
    }
    return named;
  };
  input.rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cellText(cell).trim() === '')) return;
    const ctx: RowContext = { input, row, problems, notes, teamNames, teamsByName, workspaceTeam, lenientPeople, fileTeams, peopleByKey, days, metrics, newTeams };
    const title = at(cells, 'objective').replace(/\s+/g, ' ');
    const before = problems.length;
    if (!title) problems.push({ row, message: 'the objective title is missing: every row names the objective its key result belongs to' });
    else if (title.length > 200) problems.push({ row, message: 'the objective title is longer than 200 characters: shorten it' });
    const periodCells = { name: at(cells, 'period'), start: at(cells, 'periodStart'), end: at(cells, 'periodEnd') };
    const periodText = `${periodCells.name}\u0000${periodCells.start}\u0000${periodCells.end}`;
    let reading = periodReadings.get(periodText);
    if (!reading) periodReadings.set(periodText, (reading = readPeriod(periodCells, input.fiscalStartMonth, input.customPeriods)));
    if (!reading.ok) problems.push({ row, message: reading.message });
    const owners = ownersOf(cells);
    if (owners.length === 0) problems.push({ row, message: 'no owner team: name one or more teams that own the objective' });
    if (owners.length > 50) problems.push({ row, message: `${owners.length} owner teams: an objective can have at most 50` });
    const kindText = at(cells, 'objectiveKind');
    let kind = kinds.get(kindText);
    if (kind === undefined) kinds.set(kindText, (kind = readObjectiveKind(kindText)));
    if (kind === null) problems.push({ row, message: `the objective kind "${kindText}" is neither committed nor aspirational` });
    if (problems.length > before || !reading.ok || kind === null) return;
    const period = reading.period;
    const { names: ownerTeamNames, key: teamsKey } = ownerNamesOf(owners);
    if (period.kind === 'custom' && !input.customPeriods.some((p) => lower(p.name) === lower(period.name))) newPeriods.set(periodKey(period), period);
    const key = `${periodKey(period)}|${lower(title)}|${teamsKey}`;
    let objective = objectives.get(key);
    if (!objective) {
      objective = { key, period, title, kind, ownerTeamNames: [...ownerTeamNames], description: at(cells, 'description').slice(0, 2000), parentTitle: at(cells, 'parent') || null, parent: null, keyResults: [], rows: [], existingId: null };
      objectives.set(key, objective);
    } else if (!objective.description && at(cells, 'description')) {
      objective.description = at(cells, 'description').slice(0, 2000);
    } else if (kindText && objective.kind !== kind) {
      notes.push({ row, message: `"${title}" is ${kind} here but ${objective.kind} on row ${objective.rows[0]}: ${objective.kind} is kept` });
    }
    objective.rows.push(row);
    if (!at(cells, 'keyResult')) {
      if (at(cells, 'metric') || at(cells, 'target')) problems.push({ row, message: 'the key result title is missing: name the key result, or clear the row\'s key result cells' });
      return;
    }
    const keyResult = keyResultOf(ctx, cells, period);
    if (keyResult) objective.keyResults.push(keyResult);
  });
  resolveParents([...objectives.values()], input, problems);
  markExisting([...objectives.values()], input, notes);
  const planned = [...objectives.values()];
  const imported = planned.filter((o) => o.existingId === null);
  return {
    objectives: planned,
    newTeamNames: [...newTeams.values()].sort((a, b) => a.localeCompare(b)),
    newPeriods: [...newPeriods.values()],
    problems: problems.sort((a, b) => a.row - b.row),
    notes,
    keyResultCount: imported.reduce((sum, o) => sum + o.keyResults.length, 0),
    checkInCount: imported.reduce((sum, o) => sum + o.keyResults.filter((k) => k.checkIn).length, 0),
  };
}

/** A parent named by title: an objective of the same period in the file, else one in the workspace. */
function resolveParents(objectives: PlannedObjective[], input: OkrImportInput, problems: RowMessage[]): void {
  const inFile = new Map<string, PlannedObjective[]>();
  for (const o of objectives) {
    const key = `${periodKey(o.period)}|${lower(o.title)}`;
    inFile.set(key, [...(inFile.get(key) ?? []), o]);
  }
  const existing = new Map<string, string>();
  for (const o of input.existingObjectives) if (!existing.has(lower(o.title))) existing.set(lower(o.title), o.id);
  for (const objective of objectives) {
    if (!objective.parentTitle) continue;
    const wanted = lower(objective.parentTitle);
    let candidates = (inFile.get(`${periodKey(objective.period)}|${wanted}`) ?? []).filter((o) => o !== objective);
    // A year's company objective aligns a quarter's: the parent may sit in another period of the file.
    if (candidates.length === 0) candidates = objectives.filter((o) => o !== objective && lower(o.title) === wanted);
    if (candidates.length === 1) objective.parent = { kind: 'file', key: candidates[0]!.key };
    else if (candidates.length > 1) {
      problems.push({ row: objective.rows[0]!, message: `the parent objective "${objective.parentTitle}" matches ${candidates.length} objectives of this file (${[...new Set(candidates.map((c) => c.period.name))].join(', ')}; owned by different teams): rename one of them` });
    } else {
      const id = existing.get(wanted);
      if (id) objective.parent = { kind: 'existing', id };
      else problems.push({ row: objective.rows[0]!, message: `the parent objective "${objective.parentTitle}" is neither in this file nor in the workspace: import it first, or clear the cell` });
    }
  }
}

/** Objectives the workspace already has (same period, title and owner teams) are skipped, so importing twice adds nothing. */
function markExisting(objectives: PlannedObjective[], input: OkrImportInput, notes: RowMessage[]): void {
  const teamNameById = new Map(input.teams.map((t) => [t.id, t.name]));
  const customIdByName = new Map(input.customPeriods.map((p) => [lower(p.name), p.id]));
  const existing = new Map<string, string>();
  for (const o of input.existingObjectives) {
    const names = o.ownerTeamIds.map((id) => teamNameById.get(id) ?? id);
    existing.set(`${o.periodId}|${lower(o.title)}|${ownersKey(names)}`, o.id);
  }
  for (const objective of objectives) {
    const periodId = objective.period.kind === 'quarter' ? objective.period.id : customIdByName.get(lower(objective.period.name));
    if (!periodId) continue;
    objective.existingId = existing.get(`${periodId}|${lower(objective.title)}|${ownersKey(objective.ownerTeamNames)}`) ?? null;
    if (objective.existingId && objective.keyResults.length > 0) {
      notes.push({ row: objective.rows[0]!, message: `"${objective.title}" is already in the workspace: its ${objective.keyResults.length === 1 ? 'key result' : `${objective.keyResults.length} key results`} in this file ${objective.keyResults.length === 1 ? 'is' : 'are'} not imported again; add a new one on the objective itself` });
    }
  }
}
