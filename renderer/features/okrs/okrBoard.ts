import type { CheckIn, KeyResult, Objective, PeriodRange, Team } from '../../../shared/model';
import {
  assessKeyResult,
  assessObjective,
  expectedProgress,
  periodHasEnded,
  type KeyResultAssessment,
  type ObjectiveAssessment,
  type OkrRuleSettings,
} from '../../../shared/rules';

export interface KeyResultRow {
  keyResult: KeyResult;
  /** The owner's name (a person or a team); null without an owner. */
  ownerName: string | null;
  latest: CheckIn | undefined;
  assessment: KeyResultAssessment;
}

export interface TeamRef {
  id: string;
  name: string;
  /** A team of the live organisation; false for one archived or deleted since (named as recorded, nothing to open). */
  live: boolean;
}

export interface ObjectiveRow {
  objective: Objective;
  owners: TeamRef[];
  /** The parent's title, wherever it lives; null when not aligned (or the parent was deleted). */
  parentTitle: string | null;
  keyResults: KeyResultRow[];
  assessment: ObjectiveAssessment;
}

export interface OkrBoardInput {
  period: PeriodRange | null;
  objectives: readonly Objective[];
  keyResults: readonly KeyResult[];
  latestCheckIns: ReadonlyMap<string, CheckIn>;
  /** First check-in values of key results with an unknown start (see readBaselines). */
  baselines?: ReadonlyMap<string, number>;
  outsideParents?: ReadonlyMap<string, Objective>;
}

/**
 * Owner or contributing teams by name: a live team's name, else the name history recorded (a team
 * of an earlier organisation, now archived, or "Payments (deleted)"; see useRecordedTeamNames).
 */
export function teamRefs(teamIds: readonly string[], teamNames: ReadonlyMap<string, string>, recordedTeamNames: ReadonlyMap<string, string> = NO_NAMES): TeamRef[] {
  return teamIds.map((id) => {
    const name = teamNames.get(id);
    return name === undefined ? { id, name: recordedTeamNames.get(id) ?? 'A deleted team', live: false } : { id, name, live: true };
  });
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/**
 * Every objective of a period with its key results assessed by the shared rules. Key results are
 * grouped once, so the work grows linearly with the period's size.
 */
export function okrBoard(
  data: OkrBoardInput,
  teams: readonly Team[],
  settings: OkrRuleSettings,
  today: string,
  /** Everyone's name, people deleted since included ("Ana Lima (removed)"; see useRecordedPersonNames). */
  personNames: ReadonlyMap<string, string> = NO_NAMES,
  /** Every team's name, of earlier organisations and deleted ones included (see useRecordedTeamNames). */
  recordedTeamNames: ReadonlyMap<string, string> = NO_NAMES,
): ObjectiveRow[] {
  const { period } = data;
  if (!period) return [];
  const teamNames = new Map(teams.map((t) => [t.id, t.name]));
  const pace = { expected: expectedProgress(period, today), periodEnded: periodHasEnded(period, today), thresholds: settings.statusThresholds, staleAfterDays: settings.staleAfterDays };
  const ownerName = (kr: KeyResult) =>
    kr.ownerId ? (personNames.get(kr.ownerId) ?? 'A removed person') : kr.ownerTeamId ? (teamNames.get(kr.ownerTeamId) ?? recordedTeamNames.get(kr.ownerTeamId) ?? 'A deleted team') : null;
  const titles = new Map(data.objectives.map((o) => [o.id, o.title]));
  for (const [id, parent] of data.outsideParents ?? []) titles.set(id, parent.title);
  const byObjective = new Map<string, KeyResultRow[]>();
  for (const keyResult of data.keyResults) {
    const latest = data.latestCheckIns.get(keyResult.id);
    const row = { keyResult, ownerName: ownerName(keyResult), latest, assessment: assessKeyResult(keyResult, latest, period, settings, today, data.baselines?.get(keyResult.id)) };
    const list = byObjective.get(keyResult.objectiveId);
    if (list) list.push(row);
    else byObjective.set(keyResult.objectiveId, [row]);
  }
  return data.objectives.map((objective) => {
    const keyResults = byObjective.get(objective.id) ?? [];
    return {
      objective,
      owners: teamRefs(objective.ownerTeamIds, teamNames, recordedTeamNames),
      parentTitle: objective.parentId ? (titles.get(objective.parentId) ?? null) : null,
      keyResults,
      assessment: assessObjective(keyResults, pace),
    };
  });
}
