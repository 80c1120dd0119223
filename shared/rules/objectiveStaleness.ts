import type { KeyResultStatus, StatusLabel } from './keyResultStatus';

/** What staleness needs to know of one key result's assessment (see assessKeyResult). */
export interface StalenessInput {
  status: KeyResultStatus;
  stale: boolean;
  daysWithoutCheckIn: number;
  /** The latest check-in's value; undefined when nobody has checked in yet. */
  value: number | undefined;
}

export interface ObjectiveStaleness {
  /** Key results still open (neither done nor missed): the only ones a check-in is still expected on. */
  openCount: number;
  /** Of those, how many have had no check-in for more than the stale limit. */
  staleCount: number;
  /** Every open key result is stale (and there is at least one): nobody knows how the objective is doing now. */
  allStale: boolean;
  /** The fewest days since a stale key result's latest check-in (the freshest old news); undefined when no stale one has any. */
  freshestStaleDays: number | undefined;
}

/**
 * Staleness of an objective from its key results'. A done or missed key result needs no more
 * check-ins, so it neither makes the objective stale nor keeps it fresh: an objective is stale
 * when every key result still open is stale. When only some are, the label stays the status and
 * the count is said beside it ("2 of 4 key results stale").
 */
export function objectiveStaleness(keyResults: readonly StalenessInput[]): ObjectiveStaleness {
  let openCount = 0;
  let staleCount = 0;
  let freshestStaleDays: number | undefined;
  for (const { status, stale, daysWithoutCheckIn, value } of keyResults) {
    if (status !== 'done' && status !== 'missed') openCount++;
    if (!stale) continue;
    staleCount++;
    if (value !== undefined && (freshestStaleDays === undefined || daysWithoutCheckIn < freshestStaleDays)) freshestStaleDays = daysWithoutCheckIn;
  }
  return { openCount, staleCount, allStale: openCount > 0 && staleCount === openCount, freshestStaleDays };
}

/** What a person sees: the objective's status, unless every open key result is stale ("No recent check-in"). Never the numbers. */
export function objectiveLabel(status: KeyResultStatus | undefined, staleness: Pick<ObjectiveStaleness, 'allStale'>): StatusLabel | undefined {
  if (status === undefined) return undefined;
  return staleness.allStale ? 'stale' : status;
}

const counts = new Intl.NumberFormat('en-GB');
const days = (n: number) => `${counts.format(n)} ${n === 1 ? 'day' : 'days'}`;

/** "2 of 4 key results stale": the short form for a badge's neighbour, a table cell or a PDF line. Empty when none is. */
export function objectiveStaleCount(staleness: Pick<ObjectiveStaleness, 'staleCount'>, keyResultCount: number): string {
  if (staleness.staleCount === 0) return '';
  return `${counts.format(staleness.staleCount)} of ${counts.format(keyResultCount)} ${keyResultCount === 1 ? 'key result' : 'key results'} stale`;
}

const NUMBERS_SAY: Partial<Record<KeyResultStatus, string>> = { onTrack: 'on track', atRisk: 'at risk', offTrack: 'off track' };

/**
 * Why the objective carries its staleness, in plain words, with the stale limit from Settings and
 * what its numbers would say (`status`), so the label hides nothing:
 * - every open key result stale: "Stale: none of its 3 key results has had a check-in in the last
 *   14 days (the most recent is 23 days old). The progress shown is as of those check-ins, which
 *   would put it on track."
 * - some: "2 of 4 key results stale: no check-in in the last 14 days. Their latest values still
 *   count in the progress."
 * Empty when nothing is stale.
 */
export function objectiveStalenessNote(
  staleness: ObjectiveStaleness,
  keyResultCount: number,
  staleAfterDays: number,
  status: KeyResultStatus | undefined,
): string {
  if (staleness.staleCount === 0) return '';
  const window = `in the last ${days(staleAfterDays)}`;
  if (!staleness.allStale) {
    const their = staleness.staleCount === 1 ? 'Its latest value still counts' : 'Their latest values still count';
    return `${objectiveStaleCount(staleness, keyResultCount)}: no check-in ${window}. ${their} in the progress.`;
  }
  const open = staleness.openCount;
  const openWord = open === keyResultCount ? '' : 'open ';
  const since = staleness.freshestStaleDays;
  const lead =
    open === 1
      ? `Stale: its ${openWord}key result has had no check-in ${window}${since === undefined ? '' : ` (${days(since)} without one)`}`
      : `Stale: none of its ${counts.format(open)} ${openWord}key results has had a check-in ${window}${since === undefined ? '' : ` (the most recent is ${days(since)} old)`}`;
  if (status === 'noCheckIn') return `${lead}. Nobody has checked in on ${open === 1 ? 'it' : 'them'} yet.`;
  const numbers = status ? NUMBERS_SAY[status] : undefined;
  return `${lead}. The progress shown is as of ${open === 1 ? 'that check-in' : 'those check-ins'}${numbers ? `, which would put it ${numbers}` : ''}.`;
}
