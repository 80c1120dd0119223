import type { SizeLimits } from '../model';
import type { TeamSize } from './teamSize';

export type SizeLevel = 'small' | 'ok' | 'large' | 'over';

export interface SizeGauge {
  headcount: number;
  /** The two-pizza limit the gauge is drawn against (the fail limit). */
  limit: number;
  /** 0–1: the share of the gauge filled (headcount / limit, capped at 1). */
  fill: number;
  level: SizeLevel;
  /** "7 of 10 people" — what a screen reader hears and a tooltip shows. */
  label: string;
}

/**
 * A team's headcount against the two-pizza limits, for a glanceable gauge: below the lower limit
 * is small, above the warn limit large, above the fail limit over. Vacancies count (teamSize).
 */
export function sizeGauge(size: TeamSize, limits: SizeLimits): SizeGauge {
  const { headcount } = size;
  const limit = Math.max(1, limits.failAbove);
  let level: SizeLevel = 'ok';
  if (headcount > limits.failAbove) level = 'over';
  else if (headcount > limits.warnAbove) level = 'large';
  else if (headcount < limits.warnBelow) level = 'small';
  const people = headcount === 1 ? 'person' : 'people';
  return { headcount, limit, fill: Math.min(1, headcount / limit), level, label: `${headcount} ${people} of at most ${limits.failAbove}` };
}
