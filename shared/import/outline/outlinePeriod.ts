import type { PeriodRange } from '../../model';
import { readPeriod } from '../okrs/periodText';

export interface PastePeriod {
  /** The period to propose: a quarter, or a custom period that exists; null when none fits. */
  id: string | null;
  /** Said when the paste names a period that cannot be proposed (never blocking). */
  note: string | null;
}

/**
 * The period a pasted document's heading names ("Q2 FY27", "H1 2026", "Q3 2026") as a period of the
 * workspace: a calendar quarter, or an existing custom period with the same name or dates.
 */
export function periodOfPaste(text: string | null, fiscalStartMonth: number, custom: readonly Pick<PeriodRange, 'id' | 'name' | 'start' | 'end'>[]): PastePeriod {
  if (!text) return { id: null, note: null };
  const reading = readPeriod({ name: text }, fiscalStartMonth, custom);
  if (!reading.ok) return { id: null, note: `The paste names the period "${text}", which cannot be read: choose the period below` };
  const period = reading.period;
  if (period.kind === 'quarter') return { id: period.id, note: null };
  const existing = custom.find((p) => p.name.toLowerCase() === period.name.toLowerCase() || (p.start === period.start && p.end === period.end));
  if (existing) return { id: existing.id, note: null };
  return { id: null, note: `The paste names ${period.name} (${period.start} – ${period.end}), which is no period of this workspace yet: create it as a custom period, or choose a period below` };
}
