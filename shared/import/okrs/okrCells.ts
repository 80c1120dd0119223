import { METRIC_LABELS, type MetricKind, type ObjectiveKind } from '../../model';

/** Lowercase letters only, accents removed ("Erhöhen" → "erhohen", "Réduire" → "reduire"); ≥ ≤ < > kept. */
const compact = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/[^a-z≥≤<>]/g, '');

const METRICS: Record<string, MetricKind> = {
  increase: 'increase', increaseto: 'increase', raise: 'increase', grow: 'increase', growto: 'increase', up: 'increase', higher: 'increase', more: 'increase',
  decrease: 'decrease', decreaseto: 'decrease', reduce: 'decrease', reduceto: 'decrease', lower: 'decrease', down: 'decrease', less: 'decrease', cut: 'decrease',
  stayabove: 'stayAbove', atleast: 'stayAbove', keepabove: 'stayAbove', minimum: 'stayAbove', min: 'stayAbove', '≥': 'stayAbove', '>': 'stayAbove',
  staybelow: 'stayBelow', atmost: 'stayBelow', keepbelow: 'stayBelow', maximum: 'stayBelow', max: 'stayBelow', '≤': 'stayBelow', '<': 'stayBelow',
  milestone: 'milestone', binary: 'milestone', yesno: 'milestone', doneornot: 'milestone', deliverable: 'milestone', deliver: 'milestone',
  // German, French and Spanish sheets.
  erhohen: 'increase', erhohenauf: 'increase', steigern: 'increase', steigernauf: 'increase', augmenter: 'increase', augmentera: 'increase', accroitre: 'increase', aumentar: 'increase', aumentara: 'increase', incrementar: 'increase',
  senken: 'decrease', senkenauf: 'decrease', reduzieren: 'decrease', reduzierenauf: 'decrease', verringern: 'decrease', reduire: 'decrease', reduirea: 'decrease', diminuer: 'decrease', reducir: 'decrease', reducira: 'decrease', disminuir: 'decrease',
  mindestens: 'stayAbove', uber: 'stayAbove', halten: 'stayAbove', aumoins: 'stayAbove', auminimum: 'stayAbove', alomenos: 'stayAbove', comominimo: 'stayAbove',
  hochstens: 'stayBelow', maximal: 'stayBelow', unter: 'stayBelow', auplus: 'stayBelow', aumaximum: 'stayBelow', comomaximo: 'stayBelow',
  meilenstein: 'milestone', jalon: 'milestone', hito: 'milestone',
};
for (const [metric, label] of Object.entries(METRIC_LABELS)) METRICS[compact(label)] = metric as MetricKind;

/** "Increase to", "increase", "at least", "milestone"…; undefined for an empty cell; null when unknown. */
export function readMetric(text: string): MetricKind | null | undefined {
  if (text.trim() === '') return undefined;
  return METRICS[compact(text)] ?? null;
}

/** "committed", "aspirational" (also "stretch", "moonshot", "roof shot"); empty means committed. */
export function readObjectiveKind(text: string): ObjectiveKind | null {
  const key = compact(text);
  if (key === '' || ['committed', 'commit', 'committedokr', 'operational', 'c'].includes(key)) return 'committed';
  if (['aspirational', 'stretch', 'moonshot', 'roofshot', 'aspirationalokr', 'a'].includes(key)) return 'aspirational';
  return null;
}

const DONE = new Set(['1', 'done', 'yes', 'y', 'true', 'complete', 'completed', 'shipped', 'delivered', '100%', '100 %', 'achieved', 'x', '✓', '✔', '✔️', '✅', '☑', 'wahr', 'ja', 'erledigt', 'fertig', 'abgeschlossen', 'erreicht', 'vrai', 'oui', 'termine', 'fait', 'atteint', 'livre', 'si', 'hecho', 'completado', 'logrado']);
const NOT_DONE = new Set(['0', 'not done', 'no', 'n', 'false', 'open', 'in progress', 'not started', 'pending', '0%', '0 %', 'not done yet', '☐', '❌', 'falsch', 'nein', 'offen', 'nicht erledigt', 'in arbeit', 'faux', 'non', 'en cours', 'a faire', 'pas fait', 'pendiente', 'en curso']);

/** A milestone's value: done (1) or not done (0), in English, German, French or Spanish; null when the cell says neither. */
export function readMilestoneValue(text: string): 0 | 1 | null {
  const key = text.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ');
  if (DONE.has(key) || DONE.has(text.trim())) return 1;
  if (NOT_DONE.has(key) || NOT_DONE.has(text.trim())) return 0;
  return null;
}

/**
 * Confidence 0–10 as a whole number, also written "7/10"; a share in tenths ("70 %", "0.7", "0,7")
 * is read as 7 and marked converted (the import says so). A message when it is anything else.
 */
export function readConfidence(text: string): { ok: true; value: number; converted?: true } | { ok: false; message: string } {
  const trimmed = text.trim();
  const refused = { ok: false as const, message: `confidence "${trimmed}" must be a whole number from 0 (no chance) to 10 (certain)` };
  const share = /^(\d{1,3})\s*%$/.exec(trimmed) ?? /^0[.,](\d)0*$/.exec(trimmed);
  if (share) {
    const tenths = trimmed.includes('%') ? Number(share[1]) / 10 : Number(share[1]);
    return Number.isInteger(tenths) && tenths >= 0 && tenths <= 10 ? { ok: true, value: tenths, converted: true } : refused;
  }
  const match = /^(\d+(?:[.,]\d+)?)\s*(?:\/\s*10)?$/.exec(trimmed);
  const value = match ? Number(match[1]!.replace(',', '.')) : Number.NaN;
  if (!Number.isInteger(value) || value < 0 || value > 10) return refused;
  return { ok: true, value };
}

/**
 * Owner teams as written: several in one cell ("Payments; Checkout", one per line, or
 * "Payments, Checkout" when no known team has a comma in its name) or one per column.
 */
export function splitTeamNames(cells: readonly string[], knownNames: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (const cell of cells) {
    const trimmed = cell.trim();
    if (!trimmed) continue;
    let parts = trimmed.split(/\s*(?:;|\n|\||\s\+\s|\s\/\s)\s*/);
    if (parts.length === 1 && trimmed.includes(',') && !knownNames.has(trimmed.toLowerCase())) parts = trimmed.split(/\s*,\s*/);
    // "Payments & Checkout" names two teams when either is a team (of the workspace, or named alone
    // elsewhere in the file); "Data & Analytics", where neither is, stays one team's name.
    if (parts.length === 1 && / & | and /.test(trimmed) && !knownNames.has(trimmed.toLowerCase())) {
      const split = trimmed.split(/\s+(?:&|and)\s+/);
      if (split.some((part) => knownNames.has(part.toLowerCase()))) parts = split;
    }
    for (const part of parts) {
      const name = part.trim().replace(/\s+/g, ' ');
      if (name && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
    }
  }
  return names;
}
