import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { createIdGenerator, seededRandom } from '../ids';
import { LIVE_PLAN_ID, METRIC_LABELS, quarterAround, type CheckIn, type KeyResult, type MetricKind, type Objective } from '../model';
import { FIRST_NAMES, LAST_NAMES } from './names';
import { emptyWorkspace, type WorkspaceRecords } from './workspace';

/** How much OKR data to generate. The benchmark's size: 2,000 / 8,000 / 100,000 over 8 quarters. */
export interface OkrScale {
  teams: number;
  people: number;
  objectives: number;
  keyResults: number;
  checkIns: number;
  /** Objectives are spread evenly over this many quarters, ending with the one containing `today`. */
  quarters: number;
}

export const OKR_BENCHMARK_SCALE: OkrScale = { teams: 100, people: 400, objectives: 2000, keyResults: 8000, checkIns: 100_000, quarters: 8 };

type Stamp = () => { id: string; createdAt: string; updatedAt: string; deletedAt: null; updatedBy: null };

const METRICS: readonly MetricKind[] = ['increase', 'increase', 'decrease', 'stayAbove', 'stayBelow', 'milestone'];
const THEMES = ['Customers', 'Onboarding', 'Checkout', 'Reliability', 'Search', 'Invoices', 'Security', 'Mobile', 'Data quality', 'Support'];
const VERBS = ['love', 'trust', 'finish', 'find', 'speed up', 'simplify', 'protect', 'grow', 'delight', 'automate'];

/** Spreads `total` items over `buckets` as evenly as possible: the first ones get one more. */
function share(total: number, buckets: number, index: number): number {
  return Math.floor(total / buckets) + (index < total % buckets ? 1 : 0);
}

/**
 * A large, realistic OKR workspace for benchmarks: live teams, people, and objectives (about 40 %
 * shared by 2–3 teams, some aligned to a parent) with key results of every metric kind and
 * check-ins spread over each quarter up to `today`. The same seed and `today` give the same data.
 */
export function generateOkrWorkspace(today: string, scale: OkrScale = OKR_BENCHMARK_SCALE, seed = 7): WorkspaceRecords {
  const nextId = createIdGenerator({ seed, startMs: Date.parse(`${today}T00:00:00.000Z`) });
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const at = `${today}T08:00:00.000Z`;
  const stamp = () => ({ id: nextId(), createdAt: at, updatedAt: at, deletedAt: null, updatedBy: null });
  const data = emptyWorkspace();

  for (let i = 0; i < scale.teams; i++) {
    data.teams.push({ ...stamp(), planId: LIVE_PLAN_ID, name: `${pick(THEMES)} team ${i + 1}`, mission: '', services: [], championId: null });
  }
  for (let i = 0; i < scale.people; i++) {
    data.people.push({ ...stamp(), name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`, email: null, title: 'Product Owner', departmentId: null });
  }
  const quarters = Array.from({ length: scale.quarters }, (_, i) => quarterAround(today, i - scale.quarters + 1));
  const byQuarter = new Map<string, Objective[]>();

  for (let o = 0; o < scale.objectives; o++) {
    const period = quarters[o % quarters.length]!;
    const siblings = byQuarter.get(period.id) ?? [];
    const owners = new Set([pick(data.teams).id]);
    if (random() < 0.4) for (let n = random() < 0.5 ? 1 : 2; n > 0; n--) owners.add(pick(data.teams).id);
    const objective: Objective = {
      ...stamp(), title: `${pick(THEMES)} ${pick(VERBS)} — objective ${o + 1}`, description: '', periodId: period.id,
      ownerTeamIds: [...owners], parentId: siblings.length > 0 && random() < 0.3 ? pick(siblings).id : null,
      kind: random() < 0.25 ? 'aspirational' : 'committed', score: null,
    };
    data.objectives.push(objective);
    byQuarter.set(period.id, [...siblings, objective]);
    for (let k = 0; k < share(scale.keyResults, scale.objectives, o); k++) {
      const keyResult = generatedKeyResult(objective, k, pick(METRICS), random, pick(data.people).id, stamp);
      data.keyResults.push(keyResult);
      const count = share(scale.checkIns, scale.keyResults, data.keyResults.length - 1);
      data.checkIns.push(...generatedCheckIns(keyResult, period, today, count, random, stamp));
    }
  }
  return data;
}

function generatedKeyResult(objective: Objective, index: number, metric: MetricKind, random: () => number, ownerId: string, stamp: Stamp): KeyResult {
  const start = Math.round(random() * 100);
  const span = 10 + Math.round(random() * 90);
  const targets: Record<MetricKind, number> = {
    increase: start + span, decrease: Math.max(0, start - span), stayAbove: start - 5, stayBelow: start + 5, milestone: 1,
  };
  const target = targets[metric];
  return {
    ...stamp(), objectiveId: objective.id, title: `${METRIC_LABELS[metric]} key result ${index + 1}`, metric,
    start: metric === 'milestone' ? 0 : start, target, unit: metric === 'milestone' ? '' : '%', weight: random() < 0.2 ? 2 : null,
    ownerId, contributingTeamIds: [], sortOrder: index * 10, score: null,
  };
}

function generatedCheckIns(
  keyResult: KeyResult, period: { start: string; end: string }, today: string, count: number, random: () => number, stamp: Stamp,
): CheckIn[] {
  const lastDay = today < period.end ? today : period.end;
  const days = Math.max(0, differenceInCalendarDays(parseISO(lastDay), parseISO(period.start)));
  const pace = 0.3 + random() * 0.9;
  return Array.from({ length: count }, (_, i) => {
    const fraction = count === 1 ? 1 : i / (count - 1);
    const reached = Math.min(1, pace * fraction);
    const holds = random() < pace;
    const value = keyResult.metric === 'milestone' ? (reached >= 1 ? 1 : 0)
      : keyResult.metric === 'stayAbove' ? keyResult.target + (holds ? 2 : -2)
      : keyResult.metric === 'stayBelow' ? keyResult.target + (holds ? -2 : 2)
      : Math.round(((keyResult.start ?? 0) + (keyResult.target - (keyResult.start ?? 0)) * reached) * 10) / 10;
    return {
      ...stamp(), keyResultId: keyResult.id, date: format(addDays(parseISO(period.start), Math.round(days * fraction)), 'yyyy-MM-dd'),
      value, confidence: Math.max(0, Math.min(10, Math.round(pace * 7 + random() * 3))), note: '', authorId: keyResult.ownerId,
    };
  });
}
