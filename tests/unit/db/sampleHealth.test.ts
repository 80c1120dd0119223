import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model';
import { organisationHealth } from '../../../shared/rules';
import { sampleOrganisation } from '../../../shared/samples/sampleOrganisation';
import { builtInDepartments, builtInRoles } from '../../../renderer/db/builtIns';

describe('the sample organisation’s health', () => {
  const data = sampleOrganisation('2026-11-16');
  const health = organisationHealth({
    teams: data.teams,
    memberships: data.memberships,
    people: data.people,
    departments: builtInDepartments(),
    roles: builtInRoles(),
    settings: DEFAULT_SETTINGS,
  });
  const verdictOf = (name: string) => health.byTeam.get(data.teams.find((t) => t.name === name)!.id)?.verdict;
  const titlesOf = (name: string) => health.byTeam.get(data.teams.find((t) => t.name === name)!.id)?.findings.map((f) => f.title) ?? [];

  it('shows each kind of problem once, on purpose, and leaves most teams healthy', () => {
    expect(health.summary.teams).toEqual({ pass: 5, warn: 5, fail: 2 });
    expect(verdictOf('Supply Chain Visibility')).toBe('fail');
    expect(verdictOf('Field Service App')).toBe('fail');
    expect(titlesOf('Field Service App').join(' ')).toMatch(/security analyst/i);
    expect(titlesOf('Cloud Infrastructure')).toContain('No business member');
    expect(health.summary.overAllocatedPeople).toHaveLength(1);
    expect(health.summary.singlePointsOfFailure).toBe(1);
  });
});
