import { LIVE_PLAN_ID } from '../../../shared/model';
import { useDerived, usePeople, usePeriodOkrs, useSettings, useTeams } from '../../db';
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
  const people = usePeople();
  const personNames = useDerived('person-names', [people], () => new Map((people ?? []).map((p) => [p.id, p.name])));
  return useDerived(`okr-board:${periodId}`, [data, teams, settings, today, personNames], () =>
    data && teams && settings ? { period: data.period, rows: okrBoard(data, teams, settings, today, personNames), teams } : undefined,
  );
}
