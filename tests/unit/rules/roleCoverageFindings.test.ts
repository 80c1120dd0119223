import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../shared/model';
import { roleCoverage, roleCoverageFindings } from '../../../shared/rules';
import { coveredTeam, defaultRoles, membership, role } from './factories';

const roles = defaultRoles();

describe('roleCoverageFindings', () => {
  it('finds nothing wrong with a team that covers every required role once', () => {
    expect(roleCoverageFindings(roleCoverage(coveredTeam(), roles))).toEqual([]);
  });

  it('fails a team without a security analyst and suggests adding one', () => {
    const team = coveredTeam().filter((m) => m.roleId !== ROLE_IDS.securityAnalyst);
    expect(roleCoverageFindings(roleCoverage(team, roles))).toEqual([
      {
        id: `role-coverage:${ROLE_IDS.securityAnalyst}`,
        rule: 'role-coverage',
        severity: 'fail',
        title: 'No security analyst',
        explanation: 'No security analyst: every team needs at least one security analyst.',
        fix: 'Add a security analyst to the team, or give an existing member the role.',
        subject: { roleId: ROLE_IDS.securityAnalyst },
      },
    ]);
  });

  it('uses "an" before a role starting with a vowel', () => {
    const architect = role({ id: 'role:arch', name: 'Architect', required: true, minPerTeam: 1 });
    expect(roleCoverageFindings(roleCoverage([], [architect]))[0]?.fix).toBe(
      'Add an architect to the team, or give an existing member the role.',
    );
  });

  it('warns about 2 product owners: a team needs exactly one', () => {
    const team = [...coveredTeam(), membership({ personId: 'person:po2', roleId: ROLE_IDS.productOwner })];
    expect(roleCoverageFindings(roleCoverage(team, roles))).toEqual([
      {
        id: `role-coverage:${ROLE_IDS.productOwner}`,
        rule: 'role-coverage',
        severity: 'warn',
        title: '2 product owners',
        explanation: '2 product owners: a team needs exactly one product owner.',
        fix: 'Give one of the product owners a different role, or move them to another team.',
        subject: { roleId: ROLE_IDS.productOwner },
      },
    ]);
  });

  it('warns about a role over a maximum that is above its minimum: "at most"', () => {
    const reviewer = role({ id: 'role:reviewer', name: 'Reviewer', maxPerTeam: 2 });
    const team = ['a', 'b', 'c', 'd'].map((p) => membership({ personId: `person:${p}`, roleId: 'role:reviewer' }));
    const [finding] = roleCoverageFindings(roleCoverage(team, [reviewer]));
    expect(finding?.severity).toBe('warn');
    expect(finding?.explanation).toBe('4 reviewers: a team has at most 2 reviewers.');
    expect(finding?.fix).toBe('Give 2 of the reviewers a different role, or move them to other teams.');
  });

  it('says how many are missing when a role needs more than one holder', () => {
    const developers = role({ id: 'role:devs', name: 'Developer', required: true, minPerTeam: 3 });
    const team = [membership({ personId: 'person:dev', roleId: 'role:devs' })];
    const [finding] = roleCoverageFindings(roleCoverage(team, [developers]));
    expect(finding).toMatchObject({ severity: 'fail', title: 'Only 1 developer' });
    expect(finding?.explanation).toBe('Only 1 developer: every team needs at least 3 developers.');
    expect(finding?.fix).toBe('Add 2 more developers to the team, or give existing members the role.');
  });

  it('fails every required role of an empty team, in sort order', () => {
    const findings = roleCoverageFindings(roleCoverage([], roles));
    expect(findings.map((f) => f.title)).toEqual([
      'No product owner',
      'No developer',
      'No business analyst',
      'No security analyst',
    ]);
    expect(findings.every((f) => f.severity === 'fail')).toBe(true);
  });

  it('says nothing about optional roles nobody holds', () => {
    const ids = roleCoverageFindings(roleCoverage(coveredTeam(), roles)).map((f) => f.subject?.roleId);
    expect(ids).not.toContain(ROLE_IDS.architect);
  });

  it('keeps the case of role names that start with an abbreviation', () => {
    const qa = role({ id: 'role:qa', name: 'QA lead', required: true, minPerTeam: 1 });
    expect(roleCoverageFindings(roleCoverage([], [qa]))[0]?.explanation).toBe('No QA lead: every team needs at least one QA lead.');
  });

  it('writes the plural of role names ending in s, ch or a consonant and y', () => {
    const names = ['Business', 'Coach', 'Deputy'].map((name, i) =>
      role({ id: `role:${i}`, name, maxPerTeam: 1, sortOrder: i }),
    );
    const team = names.flatMap((r) => ['a', 'b'].map((p) => membership({ personId: `person:${p}`, roleId: r.id })));
    expect(roleCoverageFindings(roleCoverage(team, names)).map((f) => f.title)).toEqual([
      '2 businesses',
      '2 coaches',
      '2 deputies',
    ]);
  });
});
