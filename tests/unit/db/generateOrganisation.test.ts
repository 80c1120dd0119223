import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model';
import { organisationHealth } from '../../../shared/rules';
import { generateOrganisation, ORGANISATION_SIZES } from '../../../shared/samples/generateOrganisation';
import { builtInDepartments, builtInRoles } from '../../../renderer/db/builtIns';
import { validateWorkspace } from '../../../renderer/db/bulkLoad';

describe('the generated organisations', () => {
  it('have the requested size, valid records and realistic teams (L: 500 teams, 5,000 people)', () => {
    const data = generateOrganisation('2026-11-16', ORGANISATION_SIZES.L);
    expect(data.teams).toHaveLength(500);
    expect(data.people).toHaveLength(5_000);
    expect(data.memberships.length).toBeGreaterThan(4_000);
    expect(() => validateWorkspace(data)).not.toThrow();
    const health = organisationHealth({ ...data, departments: builtInDepartments(), roles: builtInRoles(), settings: DEFAULT_SETTINGS });
    expect(health.summary.teams.pass + health.summary.teams.warn + health.summary.teams.fail).toBe(500);
  });

  it('are the same for the same seed', () => {
    expect(generateOrganisation('2026-11-16', ORGANISATION_SIZES.S)).toEqual(generateOrganisation('2026-11-16', ORGANISATION_SIZES.S));
  });
});
