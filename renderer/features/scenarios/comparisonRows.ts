import type { ComparisonResult, LinkedCount, PlanHealthSummary, PlanSize } from '../../../shared/scenarios';

export type FigureDirection = 'better' | 'worse' | 'same' | 'neutral';

export interface FigureCell {
  text: string;
  /** The teams and people behind the figure (empty when it is a plain total). */
  link: LinkedCount | null;
  direction: FigureDirection;
}

export interface FigureRow {
  metric: string;
  label: string;
  baseline: FigureCell;
  candidates: FigureCell[];
}

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

interface Metric {
  metric: string;
  label: string;
  value: (health: PlanHealthSummary, size: PlanSize) => number;
  text?: (value: number) => string;
  link?: (health: PlanHealthSummary) => LinkedCount;
  /** Lower is better (+1), higher is better (−1), neither (0). */
  better: 1 | -1 | 0;
}

const METRICS: Metric[] = [
  { metric: 'teams', label: 'Teams', value: (_h, s) => s.teams, better: 0 },
  { metric: 'headcount', label: 'People', value: (_h, s) => s.headcount, better: 0 },
  { metric: 'fte', label: 'FTE', value: (_h, s) => s.fte, better: 0 },
  { metric: 'vacancies', label: 'Open roles', value: (_h, s) => s.vacancies, better: 0 },
  { metric: 'failingTeams', label: 'Failing teams', value: (h) => h.failingTeams.count, link: (h) => h.failingTeams, better: 1 },
  { metric: 'teamsNeedingAttention', label: 'Teams needing attention', value: (h) => h.teamsNeedingAttention.count, link: (h) => h.teamsNeedingAttention, better: 1 },
  { metric: 'overAllocatedPeople', label: 'Over-allocated people', value: (h) => h.overAllocatedPeople.count, link: (h) => h.overAllocatedPeople, better: 1 },
  { metric: 'singlePointsOfFailure', label: 'Single points of failure', value: (h) => h.singlePointsOfFailure.count, link: (h) => h.singlePointsOfFailure, better: 1 },
  {
    metric: 'businessShare', label: 'Business share of FTE', value: (h) => Math.round(h.businessShare.share * 100), text: (v) => `${v}%`,
    link: (h) => ({ count: h.businessShare.personIds.length, teamIds: h.businessShare.teamIds, personIds: h.businessShare.personIds }), better: -1,
  },
];

/** The comparison's figures as table rows: baseline, then each candidate with its direction (better / worse). */
export function comparisonRows(result: ComparisonResult): FigureRow[] {
  return METRICS.map((m) => {
    const base = m.value(result.baselineHealth, result.baselineSize);
    const show = m.text ?? number;
    return {
      metric: m.metric,
      label: m.label,
      baseline: { text: show(base), link: m.link ? m.link(result.baselineHealth) : null, direction: 'neutral' },
      candidates: result.candidates.map((c) => {
        const value = m.value(c.health, c.size);
        const direction: FigureDirection = m.better === 0 || value === base ? (value === base ? 'same' : 'neutral') : (value - base) * m.better < 0 ? 'better' : 'worse';
        const delta = value === base ? '' : ` (${value > base ? '+' : '−'}${show(Math.abs(value - base)).replace('%', m.text ? ' pts' : '')})`;
        return { text: `${show(value)}${delta}`, link: m.link ? m.link(c.health) : null, direction };
      }),
    };
  });
}
