import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../shared/model';
import { businessPeople, crossFunctionalFindings, crossFunctionalMix } from '../../../shared/rules';
import { deleted, members, membership } from './factories';
import { defaultDepartments, person } from './orgFactories';

const departments = defaultDepartments();
const FINANCE = 'department:finance';
const SALES = 'department:sales';

describe('businessPeople', () => {
  it('counts people whose department has kind business, and nobody else', () => {
    const people = [
      person('1', 'Ana Souza', { departmentId: FINANCE }),
      person('2', 'Ben Ode', { departmentId: SALES }),
      person('3', 'Cy Lam', { departmentId: 'department:engineering' }),
      person('4', 'Di Roe', { departmentId: null }),
      person('5', 'Ed Fox', { departmentId: 'department:gone' }),
    ];
    expect([...businessPeople(people, departments)]).toEqual(['person:1', 'person:2']);
  });

  it('no longer counts people of a deleted business department, nor deleted people', () => {
    const people = [person('1', 'Ana Souza', { departmentId: FINANCE }), deleted(person('2', 'Ben Ode', { departmentId: SALES }))];
    const withoutFinance = departments.map((d) => (d.id === FINANCE ? deleted(d) : d));
    expect(businessPeople(people, withoutFinance).size).toBe(0);
  });
});

describe('crossFunctionalMix', () => {
  const business = new Set(['person:1', 'person:2']);

  it('gives the share of distinct members from the business, by head and by FTE', () => {
    const team = [...members(9, { allocation: 100 })];
    team[0] = membership({ personId: 'person:1', allocation: 50 });
    team[1] = membership({ personId: 'person:2', allocation: 20 });
    expect(crossFunctionalMix(team, business)).toEqual({
      members: 9,
      businessMembers: 2,
      share: 2 / 9,
      fte: 7.7,
      businessFte: 0.7,
      fteShare: 70 / 770,
    });
  });

  it('counts a business member with two roles once, but adds up all of their time', () => {
    const team = [
      membership({ personId: 'person:1', roleId: ROLE_IDS.businessStakeholder, allocation: 30 }),
      membership({ personId: 'person:1', roleId: ROLE_IDS.businessAnalyst, allocation: 20 }),
      membership({ personId: 'person:3', allocation: 50 }),
    ];
    expect(crossFunctionalMix(team, business)).toMatchObject({ members: 2, businessMembers: 1, share: 0.5, businessFte: 0.5, fteShare: 0.5 });
  });

  it('ignores deleted memberships', () => {
    const team = [deleted(membership({ personId: 'person:1' })), membership({ personId: 'person:3' })];
    expect(crossFunctionalMix(team, business)).toMatchObject({ members: 1, businessMembers: 0 });
  });

  it('is all zeros for an empty team, never a division by zero', () => {
    expect(crossFunctionalMix([], business)).toEqual({ members: 0, businessMembers: 0, share: 0, fte: 0, businessFte: 0, fteShare: 0 });
  });
});

describe('crossFunctionalFindings', () => {
  it('warns a team with no business member, in the words of the issue', () => {
    const mix = crossFunctionalMix(members(5), new Set());
    expect(crossFunctionalFindings(mix)).toEqual([
      {
        id: 'cross-functional:none',
        rule: 'cross-functional',
        severity: 'warn',
        title: 'No business member',
        explanation:
          'This team has no business member: consider adding the people whose work this team serves, so it builds what they actually need.',
        fix: "Add someone from a business department that relies on this team's service, even part-time.",
      },
    ]);
    expect(crossFunctionalFindings(mix)[0]?.explanation).toContain('no business member: consider adding the people whose work this team serves');
  });

  it('tells a team with business members their share, by head and by FTE', () => {
    const team = members(9);
    team[0] = membership({ personId: 'person:1', allocation: 50 });
    team[1] = membership({ personId: 'person:2', allocation: 20 });
    expect(crossFunctionalFindings(crossFunctionalMix(team, new Set(['person:1', 'person:2'])))).toEqual([
      {
        id: 'cross-functional:share',
        rule: 'cross-functional',
        severity: 'info',
        title: '2 of 9 from the business',
        explanation: "2 of 9 members (22%) come from the business, giving 0.7 of the team's 7.7 FTE (9%).",
      },
    ]);
  });

  it('speaks of one business member in the singular', () => {
    const mix = crossFunctionalMix(members(4), new Set(['person:1']));
    expect(crossFunctionalFindings(mix)[0]?.explanation).toBe(
      "1 of 4 members (25%) comes from the business, giving 1 of the team's 4 FTE (25%).",
    );
  });

  it('speaks of a one-person team in the singular', () => {
    const mix = crossFunctionalMix(members(1), new Set(['person:1']));
    expect(crossFunctionalFindings(mix)[0]?.explanation).toMatch(/^1 of 1 member \(100%\) comes from the business/);
  });

  it('says nothing about an empty team: the two-pizza rule already flags it', () => {
    expect(crossFunctionalFindings(crossFunctionalMix([], new Set()))).toEqual([]);
  });

  it('never changes a verdict when business members are present: the share is information', () => {
    const mix = crossFunctionalMix(members(3), new Set(['person:1', 'person:2', 'person:3']));
    expect(crossFunctionalFindings(mix).map((f) => f.severity)).toEqual(['info']);
  });
});
