import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../shared/model';
import { roleCoverage, type RoleCoverage } from '../../../shared/rules';
import { coveredTeam, defaultRoles, deleted, membership, role } from './factories';

const roles = defaultRoles();

function coverageOf(coverage: RoleCoverage[], roleId: string): RoleCoverage | undefined {
  return coverage.find((c) => c.roleId === roleId);
}

describe('roleCoverage', () => {
  it('lists every alive role in sort order, with holders, limits and status', () => {
    const coverage = roleCoverage(coveredTeam(), roles);
    expect(coverage.map((c) => c.roleId)).toEqual(roles.map((r) => r.id));
    expect(coverageOf(coverage, ROLE_IDS.productOwner)).toEqual({
      roleId: ROLE_IDS.productOwner,
      roleName: 'Product owner',
      required: true,
      holders: 1,
      vacancies: 0,
      min: 1,
      max: 1,
      status: 'covered',
    });
  });

  it('marks a required role nobody holds as missing', () => {
    const team = coveredTeam().filter((m) => m.roleId !== ROLE_IDS.securityAnalyst);
    expect(coverageOf(roleCoverage(team, roles), ROLE_IDS.securityAnalyst)).toMatchObject({ holders: 0, status: 'missing' });
  });

  it('marks an optional role nobody holds as unfilled, not missing', () => {
    expect(coverageOf(roleCoverage(coveredTeam(), roles), ROLE_IDS.architect)).toMatchObject({
      required: false,
      holders: 0,
      min: 0,
      status: 'unfilled',
    });
  });

  it('marks a role with more holders than its maximum as overstaffed', () => {
    const team = [...coveredTeam(), membership({ personId: 'person:po2', roleId: ROLE_IDS.productOwner })];
    expect(coverageOf(roleCoverage(team, roles), ROLE_IDS.productOwner)).toMatchObject({ holders: 2, status: 'overstaffed' });
  });

  it('marks a required role with some holders but fewer than its minimum as understaffed', () => {
    const twoDevelopers = role({ id: 'role:dev-pair', name: 'Developer', required: true, minPerTeam: 2 });
    const team = [membership({ personId: 'person:dev', roleId: 'role:dev-pair' })];
    expect(roleCoverage(team, [twoDevelopers])[0]).toMatchObject({ holders: 1, min: 2, status: 'understaffed' });
  });

  it('counts a person holding the same role twice once', () => {
    const team = [
      membership({ personId: 'person:po', roleId: ROLE_IDS.productOwner, allocation: 50 }),
      membership({ personId: 'person:po', roleId: ROLE_IDS.productOwner, allocation: 30 }),
    ];
    expect(coverageOf(roleCoverage(team, roles), ROLE_IDS.productOwner)).toMatchObject({ holders: 1, status: 'covered' });
  });

  it('counts a person with two roles as a holder of each', () => {
    const team = [
      membership({ personId: 'person:ana', roleId: ROLE_IDS.developer }),
      membership({ personId: 'person:ana', roleId: ROLE_IDS.securityAnalyst }),
    ];
    const coverage = roleCoverage(team, roles);
    expect(coverageOf(coverage, ROLE_IDS.developer)?.holders).toBe(1);
    expect(coverageOf(coverage, ROLE_IDS.securityAnalyst)?.holders).toBe(1);
  });

  it('ignores deleted memberships', () => {
    const team = coveredTeam().map((m) => (m.roleId === ROLE_IDS.securityAnalyst ? deleted(m) : m));
    expect(coverageOf(roleCoverage(team, roles), ROLE_IDS.securityAnalyst)?.status).toBe('missing');
  });

  it('leaves deleted roles out, along with the memberships that hold them', () => {
    const withDeletedArchitect = roles.map((r) => (r.id === ROLE_IDS.architect ? deleted(r) : r));
    const team = [...coveredTeam(), membership({ personId: 'person:arch', roleId: ROLE_IDS.architect })];
    const coverage = roleCoverage(team, withDeletedArchitect);
    expect(coverageOf(coverage, ROLE_IDS.architect)).toBeUndefined();
    expect(coverage).toHaveLength(roles.length - 1);
  });

  it('ignores memberships whose role is unknown', () => {
    const team = [...coveredTeam(), membership({ personId: 'person:x', roleId: 'role:retired' })];
    expect(roleCoverage(team, roles).map((c) => c.roleId)).not.toContain('role:retired');
  });

  it('treats a required role with a minimum of 0 as needing one holder', () => {
    const lead = role({ id: 'role:lead', name: 'Tech lead', required: true, minPerTeam: 0 });
    expect(roleCoverage([], [lead])[0]).toMatchObject({ min: 1, status: 'missing' });
  });

  it('does not enforce the minimum of an optional role', () => {
    const optional = role({ id: 'role:tester', name: 'Tester', required: false, minPerTeam: 2 });
    expect(roleCoverage([], [optional])[0]).toMatchObject({ min: 0, status: 'unfilled' });
  });

  it('orders roles by sort order, then by name', () => {
    const zebra = role({ id: 'role:z', name: 'Zebra wrangler', sortOrder: 1 });
    const alpha = role({ id: 'role:a', name: 'Alpha tester', sortOrder: 1 });
    const first = role({ id: 'role:f', name: 'First', sortOrder: 0 });
    expect(roleCoverage([], [zebra, alpha, first]).map((c) => c.roleId)).toEqual(['role:f', 'role:a', 'role:z']);
  });

  it('shows every required default role as missing on an empty team', () => {
    const missing = roleCoverage([], roles).filter((c) => c.status === 'missing').map((c) => c.roleId);
    expect(missing).toEqual([ROLE_IDS.productOwner, ROLE_IDS.developer, ROLE_IDS.businessAnalyst, ROLE_IDS.securityAnalyst]);
  });
});
