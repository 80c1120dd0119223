import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../shared/model';
import { singlePointOfFailureFindings, singlePointsOfFailure } from '../../../shared/rules';
import { defaultRoles, deleted, membership, role } from './factories';

const roles = defaultRoles();
const SEC = ROLE_IDS.securityAnalyst;
const TEAM_NAMES: Record<string, string> = { 'team:payments': 'Payments', 'team:billing': 'Billing', 'team:web': 'Web' };
const names = {
  person: (id: string) => (id === 'person:grace' ? 'Grace Tanaka' : undefined),
  team: (id: string) => TEAM_NAMES[id],
};

/** Grace is the security analyst of every listed team, alone. */
function graceAlone(...teams: string[]) {
  return teams.map((key) => membership({ personId: 'person:grace', teamId: `team:${key}`, roleId: SEC, allocation: 30 }));
}

describe('singlePointsOfFailure', () => {
  it('finds nobody in a plan without memberships', () => {
    expect(singlePointsOfFailure([], roles)).toEqual([]);
  });

  it('does not count the only holder of a role on a single team: role coverage covers that', () => {
    expect(singlePointsOfFailure(graceAlone('payments'), roles)).toEqual([]);
  });

  it('finds the only security analyst of 3 teams, with the teams in membership order', () => {
    expect(singlePointsOfFailure(graceAlone('payments', 'billing', 'web'), roles)).toEqual([
      { personId: 'person:grace', roleId: SEC, roleName: 'Security analyst', teamIds: ['team:payments', 'team:billing', 'team:web'] },
    ]);
  });

  it('leaves out a team where someone else holds the role too', () => {
    const plan = [...graceAlone('payments', 'billing', 'web'), membership({ personId: 'person:ben', teamId: 'team:web', roleId: SEC })];
    expect(singlePointsOfFailure(plan, roles)[0]?.teamIds).toEqual(['team:payments', 'team:billing']);
  });

  it('is no longer a single point of failure once only one team depends on the person alone', () => {
    const plan = [...graceAlone('payments', 'billing'), membership({ personId: 'person:ben', teamId: 'team:billing', roleId: SEC })];
    expect(singlePointsOfFailure(plan, roles)).toEqual([]);
  });

  it('still counts a person who holds the role twice on the same team as its only holder', () => {
    const plan = [...graceAlone('payments', 'billing'), ...graceAlone('payments')];
    expect(singlePointsOfFailure(plan, roles)[0]?.teamIds).toEqual(['team:payments', 'team:billing']);
  });

  it('ignores optional roles: an architect shared by 3 teams is a choice, not a gap', () => {
    const plan = ['payments', 'billing', 'web'].map((key) =>
      membership({ personId: 'person:grace', teamId: `team:${key}`, roleId: ROLE_IDS.architect }),
    );
    expect(singlePointsOfFailure(plan, roles)).toEqual([]);
  });

  it('ignores deleted memberships and deleted roles', () => {
    const [payments, billing] = graceAlone('payments', 'billing');
    expect(singlePointsOfFailure([payments!, deleted(billing!)], roles)).toEqual([]);
    const alone = graceAlone('payments', 'billing');
    const withoutSecurity = roles.map((r) => (r.id === SEC ? deleted(r) : r));
    expect(singlePointsOfFailure(alone, withoutSecurity)).toEqual([]);
  });

  it('treats each role on its own: alone as analyst on one team and as developer on another is two covered gaps, not one risk', () => {
    const plan = [
      membership({ personId: 'person:grace', teamId: 'team:payments', roleId: SEC }),
      membership({ personId: 'person:grace', teamId: 'team:billing', roleId: ROLE_IDS.developer }),
    ];
    expect(singlePointsOfFailure(plan, roles)).toEqual([]);
  });

  it('reports a person once per role they alone hold on several teams', () => {
    const plan = [
      ...graceAlone('payments', 'billing'),
      membership({ personId: 'person:grace', teamId: 'team:web', roleId: ROLE_IDS.productOwner }),
      membership({ personId: 'person:grace', teamId: 'team:data', roleId: ROLE_IDS.productOwner }),
    ];
    expect(singlePointsOfFailure(plan, roles).map((s) => [s.roleId, s.teamIds])).toEqual([
      [SEC, ['team:payments', 'team:billing']],
      [ROLE_IDS.productOwner, ['team:web', 'team:data']],
    ]);
  });

  it('counts a required role with a minimum of 2 whose only holder covers several teams', () => {
    const reviewer = role({ id: 'role:reviewer', name: 'Reviewer', required: true, minPerTeam: 2 });
    const plan = ['a', 'b'].map((key) => membership({ personId: 'person:grace', teamId: `team:${key}`, roleId: 'role:reviewer' }));
    expect(singlePointsOfFailure(plan, [reviewer])).toHaveLength(1);
  });
});

describe('singlePointOfFailureFindings', () => {
  const spofs = singlePointsOfFailure(graceAlone('payments', 'billing', 'web'), roles);

  it('warns each of the teams, naming the person, the role and the teams', () => {
    expect(singlePointOfFailureFindings('team:billing', spofs, names)).toEqual([
      {
        id: `spof:person:grace:${SEC}`,
        rule: 'spof',
        severity: 'warn',
        title: 'Only security analyst on 3 teams',
        explanation:
          'Grace Tanaka is the only security analyst on 3 teams (Payments, Billing and Web), so when they are away all three teams are left without a security analyst.',
        fix: 'Add a second security analyst to one of these teams, or hand some of them to another security analyst.',
        subject: { personId: 'person:grace', roleId: SEC },
      },
    ]);
  });

  it('gives the same finding, with the same id, on every team it touches', () => {
    const [payments] = singlePointOfFailureFindings('team:payments', spofs, names);
    const [web] = singlePointOfFailureFindings('team:web', spofs, names);
    expect(payments).toEqual(web);
  });

  it('says nothing to a team the person is not the only holder on', () => {
    expect(singlePointOfFailureFindings('team:search', spofs, names)).toEqual([]);
  });

  it('stays general without name lookups', () => {
    expect(singlePointOfFailureFindings('team:web', spofs)[0]?.explanation).toBe(
      'This person is the only security analyst on 3 teams, so when they are away all three teams are left without a security analyst.',
    );
  });

  it('speaks of both teams when there are two, and counts in figures beyond ten', () => {
    const two = singlePointsOfFailure(graceAlone('payments', 'billing'), roles);
    expect(singlePointOfFailureFindings('team:payments', two, names)[0]?.explanation).toBe(
      'Grace Tanaka is the only security analyst on 2 teams (Payments and Billing), so when they are away both teams are left without a security analyst.',
    );
    const twelve = singlePointsOfFailure(graceAlone(...Array.from({ length: 12 }, (_, i) => `t${i}`)), roles);
    expect(singlePointOfFailureFindings('team:t0', twelve)[0]?.explanation).toMatch(/on 12 teams, so when they are away all 12 teams are left/);
  });

  it('falls back to the team id for a team the lookup does not know', () => {
    const spof = singlePointsOfFailure(graceAlone('payments', 'unknown'), roles);
    expect(singlePointOfFailureFindings('team:payments', spof, names)[0]?.explanation).toMatch(/\(Payments and team:unknown\)/);
  });

  it('uses "an" and keeps the case of a role named with an abbreviation', () => {
    const qa = role({ id: 'role:qa', name: 'QA lead', required: true, minPerTeam: 1 });
    const architect = role({ id: 'role:arch', name: 'Architect', required: true, minPerTeam: 1 });
    const plan = ['a', 'b'].flatMap((key) => [
      membership({ personId: 'person:grace', teamId: `team:${key}`, roleId: 'role:qa' }),
      membership({ personId: 'person:grace', teamId: `team:${key}`, roleId: 'role:arch' }),
    ]);
    const findings = singlePointOfFailureFindings('team:a', singlePointsOfFailure(plan, [qa, architect]));
    expect(findings.map((f) => f.title)).toEqual(['Only QA lead on 2 teams', 'Only architect on 2 teams']);
    expect(findings[1]?.explanation).toMatch(/left without an architect\.$/);
  });

  it('never guesses a gender: the person is named or called "they"', () => {
    for (const finding of singlePointOfFailureFindings('team:web', spofs, names)) {
      expect(`${finding.explanation} ${finding.fix}`).not.toMatch(/\b(he|she|him|her|his|hers)\b/i);
    }
  });
});
