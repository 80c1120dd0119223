import { addDays, format, parseISO } from 'date-fns';
import { quarterFromId, quarterOf, quartersAround, type DateOnly, type Period, type PeriodRange } from '../model';

type StoredPeriod = Pick<Period, 'id' | 'name' | 'kind' | 'start' | 'end' | 'deletedAt'>;

function rangeOf(period: StoredPeriod): PeriodRange {
  return { id: period.id, name: period.name, kind: period.kind, start: period.start, end: period.end };
}

/** A period by id: a generated quarter, or one of the alive stored (custom) periods. */
export function findPeriod(periodId: string, stored: readonly StoredPeriod[]): PeriodRange | undefined {
  const quarter = quarterFromId(periodId);
  if (quarter) return quarter;
  const found = stored.find((p) => p.id === periodId && p.deletedAt === null);
  return found ? rangeOf(found) : undefined;
}

/** The quarter that starts the day after the period ends: where "duplicate to next period" goes. */
export function nextQuarterAfter(period: Pick<PeriodRange, 'end'>): PeriodRange {
  return quarterOf(format(addDays(parseISO(period.end), 1), 'yyyy-MM-dd'));
}

/**
 * What a period picker offers: the previous, current and next quarter, every alive custom period
 * (by start date), and the selected period if it is none of those (e.g. an older quarter).
 */
export function periodChoices(today: DateOnly, stored: readonly StoredPeriod[], selectedId?: string): PeriodRange[] {
  const choices = [
    ...quartersAround(today),
    ...stored
      .filter((p) => p.deletedAt === null)
      .map(rangeOf)
      .sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name)),
  ];
  if (selectedId && !choices.some((p) => p.id === selectedId)) {
    const selected = findPeriod(selectedId, stored);
    if (selected) choices.unshift(selected);
  }
  return choices;
}
