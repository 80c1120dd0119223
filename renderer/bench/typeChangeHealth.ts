import type { TeamshapeDb } from '../db/database';
import { readSettings } from '../db/settings';
import { builtInPrincipleSets } from '../../shared/model/principleDefaults';
import { LIVE_PLAN_ID, TEAM_TYPE_INFO, type Team, type TeamType } from '../../shared/model';
import { currentPeriodIds, objectiveCountsByTeam, organisationHealth } from '../../shared/rules';

const TYPES: readonly TeamType[] = ['platform', 'enabling'];

/**
 * Health re-evaluated in memory after a team's type changes, as the screens' plan-wide health does
 * (principle sets, the current period's objective counts, every team): per run the unchanged plan
 * (the limit measured in the same run), then the same plan with one team's type changed, checked
 * to hold the new type's finding. Inputs are read once, outside the timings. `today`: the day the
 * workspace was generated for, whose quarter's objectives count.
 */
export async function typeChangeHealth(db: TeamshapeDb, runs: number, today: string): Promise<{ unchanged: number[]; changed: number[]; teams: number; objectives: number; spoke: number }> {
  const alive = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null);
  const [teams, memberships, people, departments, roles, settings, storedSets, periods] = await Promise.all([
    db.teams.where('planId').equals(LIVE_PLAN_ID).toArray().then(alive),
    db.memberships.where('planId').equals(LIVE_PLAN_ID).toArray().then(alive),
    db.people.toArray().then(alive),
    db.departments.toArray().then(alive),
    db.roles.toArray().then(alive),
    readSettings(db),
    db.principleSets.toArray().then(alive),
    db.periods.toArray(),
  ]);
  const periodIds = currentPeriodIds(today, periods);
  const objectives = (await db.objectives.where('periodId').anyOf([...periodIds]).toArray()).filter((o) => o.deletedAt === null);
  const principleSets = storedSets.length > 0 ? storedSets : builtInPrincipleSets();
  const healthOf = (plan: readonly Team[]) =>
    organisationHealth({ teams: plan, memberships, people, departments, roles, settings, principleSets, objectiveCounts: objectiveCountsByTeam(objectives, periodIds) });

  let spoke = 0;
  const unchanged: number[] = [];
  const changed: number[] = [];
  const timed = (plan: () => Team[]) => {
    const started = performance.now();
    const health = healthOf(plan());
    return { health, ms: performance.now() - started };
  };
  for (let run = 0; run < runs; run++) {
    const target = teams[(run * 37) % teams.length]!;
    const type = TYPES.find((t) => t !== target.type)!;
    // Both compute on a fresh copy of the plan's teams (as a memory update makes); the order alternates so drift hits both alike.
    const same = () => timed(() => teams.map((t) => t));
    const change = () => timed(() => teams.map((t) => (t.id === target.id ? { ...t, type } : t)));
    let before: ReturnType<typeof same>;
    let after: ReturnType<typeof change>;
    if (run % 2 === 0) {
      before = same();
      after = change();
    } else {
      after = change();
      before = same();
    }
    unchanged.push(before.ms);
    changed.push(after.ms);
    // The new type's principles must have spoken: a platform team without an architect is told so.
    const set = `(the ${TEAM_TYPE_INFO[type].label} principles)`;
    if (after.health.byTeam.get(target.id)?.findings.some((f) => f.explanation.includes(set))) spoke += 1;
  }
  return { unchanged, changed, teams: teams.length, objectives: objectives.length, spoke };
}
