import { LIVE_PLAN_ID } from '../../../shared/model';
import { useDerived, usePeriodOkrs, useRecordedPersonNames, useRecordedTeamNames, useSettings, useTeams } from '../../db';
import { okrBoard, type ObjectiveRow } from './okrBoard';

export interface OkrBoard {
  period: NonNullable<ReturnType<typeof usePeriodOkrs>>['period'];
  rows: ObjectiveRow[];
  teams: NonNullable<ReturnType<typeof useTeams>>;
}

/** The period's objectives, assessed once per read (memoised), with the live teams. */
export function useOkrBoard(periodId: string, today: string): OkrBoard | undefined {
  const settings = useSettings();
  const data = usePeriodOkrs(periodId, today);
  const teams = useTeams(LIVE_PLAN_ID);
  // People and teams deleted since keep their recorded names: "Ana Lima (removed)", not "A removed person".
  const personNames = useRecordedPersonNames();
  const teamNames = useRecordedTeamNames();
  return useDerived(`okr-board:${periodId}`, [data, teams, settings, today, personNames, teamNames], () =>
    data && teams && settings ? { period: data.period, rows: okrBoard(data, teams, settings, today, personNames, teamNames), teams } : undefined,
  );
}
