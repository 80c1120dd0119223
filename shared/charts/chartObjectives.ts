import { isolateBidi } from '../bidi';
import type { CheckIn, DateOnly, KeyResult, Objective, PeriodRange } from '../model';
import { assessKeyResult, assessObjective, expectedProgress, periodHasEnded, STATUS_LABELS, type OkrRuleSettings, type StatusLabel } from '../rules';

export interface ChartKeyResult {
  id: string;
  title: string;
  progress: number;
  label: StatusLabel;
  statusText: string;
}

/** An objective as charts show it: progress and status by the shared OKR rules. */
export interface ChartObjective {
  id: string;
  title: string;
  kind: Objective['kind'];
  ownerTeamIds: string[];
  /** 0–1; null without key results. */
  progress: number | null;
  /** The progress expected by today: the share of the period elapsed (the mark on progress bars). */
  expected: number;
  /**
   * Its status as the OKR screens show it (its own progress against the pace, "No recent check-in"
   * when every open key result is stale); undefined without key results.
   */
  label: StatusLabel | undefined;
  statusText: string;
  /** How many of its key results have no recent check-in. */
  staleCount: number;
  /** "2 of 4 key results stale"; empty when none is. */
  staleSummary: string;
  keyResults: ChartKeyResult[];
}

export interface ChartOkrInput {
  period: Pick<PeriodRange, 'start' | 'end'> | null;
  objectives: readonly Pick<Objective, 'id' | 'title' | 'kind' | 'ownerTeamIds' | 'deletedAt'>[];
  keyResults: readonly Pick<KeyResult, 'id' | 'objectiveId' | 'title' | 'metric' | 'start' | 'target' | 'createdAt' | 'weight' | 'deletedAt'>[];
  latestCheckIns: ReadonlyMap<string, Pick<CheckIn, 'date' | 'value' | 'confidence'>>;
  /** First check-in values of key results with an unknown start (null). */
  baselines?: ReadonlyMap<string, number>;
}

/**
 * Every alive objective of a period with its key results assessed once (see assessKeyResult):
 * the numbers of the OKR screens, in the form a chart card and a team's PDF page need.
 */
export function chartObjectives(input: ChartOkrInput, settings: OkrRuleSettings, today: DateOnly): ChartObjective[] {
  const { period } = input;
  if (!period) return [];
  const expected = expectedProgress(period, today);
  const pace = { expected, periodEnded: periodHasEnded(period, today), thresholds: settings.statusThresholds, staleAfterDays: settings.staleAfterDays };
  const byObjective = new Map<string, { keyResult: ChartOkrInput['keyResults'][number]; assessment: ReturnType<typeof assessKeyResult> }[]>();
  for (const keyResult of input.keyResults) {
    if (keyResult.deletedAt !== null) continue;
    const assessment = assessKeyResult(keyResult, input.latestCheckIns.get(keyResult.id), period, settings, today, input.baselines?.get(keyResult.id));
    const list = byObjective.get(keyResult.objectiveId);
    if (list) list.push({ keyResult, assessment });
    else byObjective.set(keyResult.objectiveId, [{ keyResult, assessment }]);
  }
  return input.objectives
    .filter((o) => o.deletedAt === null)
    .map((objective) => {
      const assessed = byObjective.get(objective.id) ?? [];
      const summary = assessObjective(assessed, pace);
      const label: StatusLabel | undefined = summary.label;
      return {
        id: objective.id,
        title: isolateBidi(objective.title),
        kind: objective.kind,
        ownerTeamIds: [...objective.ownerTeamIds],
        progress: summary.progress,
        expected,
        label,
        statusText: label ? STATUS_LABELS[label] : 'No key results',
        staleCount: summary.staleCount,
        staleSummary: summary.staleSummary,
        keyResults: assessed.map(({ keyResult, assessment }) => ({
          id: keyResult.id,
          title: isolateBidi(keyResult.title),
          progress: assessment.progress,
          label: assessment.label,
          statusText: STATUS_LABELS[assessment.label],
        })),
      };
    });
}
