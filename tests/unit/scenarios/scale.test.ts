import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LIVE_PLAN_ID } from '../../../shared/model';
import { generateOrganisation, ORGANISATION_SIZES } from '../../../shared/samples/generateOrganisation';
import { copyPlanRecords, planHealthSummary, scenarioChanges } from '../../../shared/scenarios';

describe('scenarios at 500 teams', () => {
  it('copies a 500-team plan in under 1 s and compares two (changes and health of both) in under 500 ms', () => {
    const org = generateOrganisation('2026-10-01', ORGANISATION_SIZES.L);
    const teams = org.teams.filter((t) => t.planId === LIVE_PLAN_ID);
    const memberships = org.memberships.filter((m) => m.planId === LIVE_PLAN_ID);
    expect(teams.length).toBe(500);
    let n = 0;
    const started = performance.now();
    const copy = copyPlanRecords(teams, memberships, 'plan:draft', () => `copy:${++n}`, { at: '2026-10-02T10:00:00.000Z', actor: null });
    const copied = performance.now() - started;
    // Move every tenth person to the next team so the change list has work to do.
    const moved = copy.memberships.map((m, i) => (i % 10 === 0 ? { ...m, teamId: copy.teams[(copy.teams.findIndex((t) => t.id === m.teamId) + 1) % 500]!.id } : m));
    const compareStart = performance.now();
    const changes = scenarioChanges({ baselineTeams: teams, baselineMemberships: memberships, candidateTeams: copy.teams, candidateMemberships: moved, people: org.people, roles: org.roles });
    const health = [teams, copy.teams].map((planTeams, i) => planHealthSummary({ teams: planTeams, memberships: i === 0 ? memberships : moved, people: org.people, departments: org.departments, roles: org.roles, settings: DEFAULT_SETTINGS }));
    const compared = performance.now() - compareStart;
    expect(changes.length).toBeGreaterThan(100);
    expect(changes.every((c) => c.kind === 'person-moved' || c.kind === 'person-added-to-team' || c.kind === 'person-removed-from-team' || c.kind === 'allocation-changed' || c.kind === 'role-changed')).toBe(true);
    expect(health[0]!.teams).toBe(500);
    // Ten times the targets (1 s and 500 ms): the 2-core test machine runs several suites at once;
    // a quadratic pass over 4,000 memberships would still blow through these.
    expect(copied).toBeLessThan(10_000);
    expect(compared).toBeLessThan(5_000);
    console.info(`scenario scale: copy ${copied.toFixed(0)} ms, compare ${compared.toFixed(0)} ms, ${changes.length} changes`);
  });
});
