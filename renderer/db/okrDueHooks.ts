import { useMemo } from 'react';
import { quarterOf, type CheckIn, type KeyResult, type Objective, type Period, type PeriodRange } from '../../shared/model';
import { earliestCheckIn, lastCheckInDay, okrPreferences } from '../../shared/rules';
import { calendarDaysBetween } from '../../shared/rules/calendarDays';
import { useSettings } from './hooks';
import { periodFromMemory } from './memory/okrMemory';
import { useTableVersion, useWorkspaceMemory } from './memory/useMemory';

/** A key result someone may check in on today, with what the "Check-ins due" list shows. */
export interface OpenKeyResult {
  keyResult: KeyResult;
  objective: Objective;
  period: PeriodRange;
  latest: CheckIn | undefined;
  /** The first check-in's value when the start is unknown. */
  baseline: number | undefined;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Every key result whose period is open for check-ins today (started, and not past its grace
 * window): the current quarter, the previous one during its grace window, and custom periods.
 * From the workspace in memory; shared by every mount until an OKR table changes.
 */
export function useOpenKeyResults(today: string): OpenKeyResult[] | undefined {
  const memory = useWorkspaceMemory();
  const settings = useSettings();
  const periods = useTableVersion('periods');
  const objectives = useTableVersion('objectives');
  const keyResults = useTableVersion('keyResults');
  const checkIns = useTableVersion('checkIns');
  const graceDays = okrPreferences(settings).checkInGraceDays;
  return useMemo(() => {
    if (!periods || !objectives || !keyResults || !checkIns || !settings) return undefined;
    return memory.cached(`open-key-results:${today}:${graceDays}`, ['periods', 'objectives', 'keyResults', 'checkIns'], () => {
      const ids = new Set([quarterOf(today).id, quarterOf(addDays(today, -graceDays)).id]);
      for (const period of memory.alive<Period>('periods')) if (period.start <= today && calendarDaysBetween(period.end, today) <= graceDays) ids.add(period.id);
      const open: OpenKeyResult[] = [];
      for (const periodId of ids) {
        const period = periodFromMemory(memory, periodId);
        if (!period || today < period.start || today > lastCheckInDay(period, graceDays)) continue;
        for (const objective of memory.objectivesByPeriod.get(periodId)) {
          for (const keyResult of memory.keyResultsByObjective.get(objective.id)) {
            const baseline = keyResult.start === null ? earliestCheckIn(memory.checkInsByKeyResult.get(keyResult.id))?.value : undefined;
            open.push({ keyResult, objective, period, latest: memory.latestCheckIn(keyResult.id), baseline });
          }
        }
      }
      return open;
    });
  }, [memory, periods, objectives, keyResults, checkIns, settings, today, graceDays]);
}

/** Every alive objective of the workspace (an import skips those it already has). */
export function useAllObjectives(): Objective[] | undefined {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('objectives');
  return useMemo(() => (version ? memory.cached('all-objectives', ['objectives'], () => memory.alive<Objective>('objectives')) : undefined), [memory, version]);
}
