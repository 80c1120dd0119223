import { describe, expect, it } from 'vitest';
import { builtInPrincipleSets } from '../../../shared/model/principleDefaults';
import { currentPeriodIds, objectiveCountsByTeam, objectiveLoadFinding, organisationHealth, principlesFor, sameObjectiveCounts } from '../../../shared/rules';
import { generateOrganisation, ORGANISATION_SIZES } from '../../../shared/samples/generateOrganisation';

const objective = (id: string, periodId: string, ownerTeamIds: string[], deletedAt: string | null = null) => ({ id, periodId, ownerTeamIds, deletedAt });
const period = (id: string, start: string, end: string, deletedAt: string | null = null) => ({ id, start, end, deletedAt });

describe('objectives per FTE, fed with each team’s objectives of the current period', () => {
  it('takes the quarter containing today and every alive custom period that contains it', () => {
    const ids = currentPeriodIds('2026-11-16', [period('period:h2', '2026-07-01', '2026-12-31'), period('period:spring', '2026-03-01', '2026-05-31'), period('period:gone', '2026-11-01', '2026-11-30', '2026-11-02T00:00:00Z')]);
    expect([...ids].sort()).toEqual(['period:2026-Q4', 'period:h2']);
  });

  it('counts an objective once for each team that owns or co-owns it, only in the current periods and alive', () => {
    const counts = objectiveCountsByTeam(
      [
        objective('o1', 'period:2026-Q4', ['team:a']),
        objective('o2', 'period:2026-Q4', ['team:a', 'team:b']),
        objective('o3', 'period:h2', ['team:b']),
        objective('o4', 'period:2026-Q3', ['team:a']),
        objective('o5', 'period:2026-Q4', ['team:c'], '2026-11-10T00:00:00Z'),
        // The same objective listed twice (read from two period indexes) still counts once.
        objective('o2', 'period:2026-Q4', ['team:a', 'team:b']),
      ],
      new Set(['period:2026-Q4', 'period:h2']),
    );
    expect(Object.fromEntries(counts)).toEqual({ 'team:a': 2, 'team:b': 2 });
    expect(sameObjectiveCounts(counts, new Map([['team:b', 2], ['team:a', 2]]))).toBe(true);
    expect(sameObjectiveCounts(counts, new Map([['team:a', 2], ['team:b', 3]]))).toBe(false);
  });

  it('leaves teams of the Default set (no objective limit by default) alone; a team allowed less than one is told so', () => {
    const sets = builtInPrincipleSets();
    const defaults = { sizeLimits: { warnAbove: 8, failAbove: 10, warnBelow: 3 }, roles: [] };
    expect(objectiveLoadFinding(50, 1, principlesFor(null, sets, defaults))).toBeUndefined();
    const enabling = principlesFor('enabling', sets, defaults);
    expect(objectiveLoadFinding(1, 0.5, enabling)?.explanation).toBe(
      'This team owns or shares 1 objective this period with 0.5 FTE: enabling teams take on at most 1 per FTE (the Enabling principles), which is less than one for this team. With more, its people juggle more goals than they can keep in mind.',
    );
    const withDefaultLimit = sets.map((s) => (s.key === 'default' ? { ...s, maxObjectivesPerFte: 0.5 } : s));
    expect(objectiveLoadFinding(4, 4, principlesFor(null, withDefaultLimit, defaults))?.explanation).toContain('every team takes on at most 0.5 per FTE (the Default principles), which is 2 objectives for this team.');
  });

  it('finds the over-loaded team in a plan’s health, at L (500 teams) counted in one pass', () => {
    const records = generateOrganisation('2026-11-16', ORGANISATION_SIZES.L);
    const teams = records.teams.map((t, i) => ({ ...t, type: i % 2 === 0 ? ('stream-aligned' as const) : null }));
    const sets = builtInPrincipleSets();
    const objectives = teams.flatMap((t, i) => Array.from({ length: 1 + (i % 7) }, (_, k) => objective(`o:${t.id}:${k}`, 'period:2026-Q4', k === 0 && i > 0 ? [t.id, teams[i - 1]!.id] : [t.id])));
    const input = { teams, memberships: records.memberships, people: records.people, departments: records.departments, roles: records.roles, settings: { sizeLimits: { warnAbove: 8, failAbove: 10, warnBelow: 3 } }, principleSets: sets };
    const without = organisationHealth(input);
    const started = performance.now();
    const counts = objectiveCountsByTeam(objectives, currentPeriodIds('2026-11-16', []));
    const health = organisationHealth({ ...input, objectiveCounts: counts });
    const elapsed = performance.now() - started;
    const loaded = [...health.byTeam.values()].filter((h) => h.findings.some((f) => f.id === 'principles:objectives-per-fte'));
    expect(loaded.length).toBeGreaterThan(0);
    expect([...without.byTeam.values()].some((h) => h.findings.some((f) => f.id === 'principles:objectives-per-fte'))).toBe(false);
    for (const team of loaded) expect(team.findings.find((f) => f.id === 'principles:objectives-per-fte')!.explanation).toContain('stream-aligned teams take on at most 0.5 per FTE (the Stream-aligned principles)');
    // Timing is the benchmark's job (bench/full.bench.ts, type change at L); here only a sanity bound for a hung computation.
    expect(elapsed).toBeLessThan(10_000);
  });
});
