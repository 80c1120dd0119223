import { describe, expect, it } from 'vitest';
import { chartCards, teamDepartment, twoPizzaBadge, type ChartObjective, type ChartSource } from '../../../shared/charts';
import { DEFAULT_SETTINGS, ROLE_IDS, type Membership, type Person, type Team } from '../../../shared/model';
import { organisationHealth } from '../../../shared/rules';
import { membership } from '../rules/factories';
import { defaultDepartments, emptyPlan, person, team } from '../rules/orgFactories';

const limits = DEFAULT_SETTINGS.sizeLimits;

function source(teams: Team[], memberships: Membership[], people: Person[], extra: Partial<ChartSource> = {}): ChartSource {
  const plan = emptyPlan({ teams, memberships, people });
  return {
    teams,
    memberships,
    people,
    roles: plan.roles,
    departments: defaultDepartments(),
    teamNames: new Map(teams.map((t) => [t.id, t.name])),
    health: organisationHealth(plan).byTeam,
    sizeLimits: limits,
    ...extra,
  };
}

const payments = team('payments', 'Payments Platform', { mission: 'Pay in seconds.', services: ['Card payments'], championId: 'person:cfo' });
const billing = team('billing', 'Billing & Invoicing');
const people = [
  person('cfo', 'Carla Finch', { departmentId: 'department:finance', title: 'Chief Financial Officer' }),
  person('ana', 'Ana Ortiz'),
  person('ben', 'Ben Okafor'),
  person('cy', 'Cy Tran'),
  person('dee', 'Dee Park', { departmentId: 'department:security' }),
  person('eve', 'Eve Stone', { departmentId: 'department:finance' }),
];
const memberships = [
  membership({ teamId: 'team:payments', personId: 'person:ana', roleId: ROLE_IDS.productOwner }),
  membership({ teamId: 'team:payments', personId: 'person:ben', roleId: ROLE_IDS.developer }),
  membership({ teamId: 'team:payments', personId: 'person:cy', roleId: ROLE_IDS.developer, allocation: 60 }),
  membership({ teamId: 'team:payments', personId: 'person:eve', roleId: ROLE_IDS.businessStakeholder, allocation: 50 }),
  membership({ teamId: 'team:billing', personId: 'person:eve', roleId: ROLE_IDS.businessStakeholder, allocation: 70 }),
  membership({ teamId: 'team:billing', personId: 'person:dee', roleId: ROLE_IDS.securityAnalyst }),
];

describe('chartCards', () => {
  const [card, billingCard] = chartCards(source([payments, billing], memberships, people));

  it('gives each team its name, mission, service, champion, size and health verdict', () => {
    expect(card).toMatchObject({
      teamId: 'team:payments', name: 'Payments Platform', mission: 'Pay in seconds.', service: 'Card payments',
      championId: 'person:cfo', championName: 'Carla Finch', headcount: 4, fte: 3.1,
    });
    expect(['pass', 'warn', 'fail']).toContain(card!.verdict);
  });

  it('groups members by role in the roles’ order, fullest allocation first, with name and allocation', () => {
    expect(card!.roleGroups.map((g) => g.roleName)).toEqual(['Product owner', 'Developer', 'Business analyst', 'Security analyst', 'Business stakeholder']);
    const developers = card!.roleGroups.find((g) => g.roleName === 'Developer')!;
    expect(developers.members.map((m) => [m.name, m.allocation])).toEqual([['Ben Okafor', 100], ['Cy Tran', 60]]);
  });

  it('shows a required role nobody holds as a gap, and leaves out optional roles nobody holds', () => {
    const analysts = card!.roleGroups.find((g) => g.roleName === 'Business analyst')!;
    expect(analysts).toMatchObject({ missing: true, members: [] });
    expect(card!.roleGroups.some((g) => g.roleName === 'Designer')).toBe(false);
  });

  it('marks a person who sits on several teams as shared, naming the other teams', () => {
    const eve = card!.roleGroups.flatMap((g) => g.members).find((m) => m.name === 'Eve Stone')!;
    expect(eve.alsoOn).toEqual(['Billing & Invoicing']);
    const ben = card!.roleGroups.flatMap((g) => g.members).find((m) => m.name === 'Ben Okafor')!;
    expect(ben.alsoOn).toEqual([]);
    const eveOnBilling = billingCard!.roleGroups.flatMap((g) => g.members).find((m) => m.name === 'Eve Stone')!;
    expect(eveOnBilling.alsoOn).toEqual(['Payments Platform']);
  });

  it('still marks sharing with a team that is left off the chart', () => {
    const [only] = chartCards({ ...source([payments, billing], memberships, people), teams: [payments] });
    expect(only!.roleGroups.flatMap((g) => g.members).find((m) => m.name === 'Eve Stone')!.alsoOn).toEqual(['Billing & Invoicing']);
  });

  it('lists health findings other than size (the badge says that), fail first, without notes', () => {
    expect(card!.findings.length).toBeGreaterThan(0);
    expect(card!.findings.map((f) => f.severity)).not.toContain('info');
    const order = card!.findings.map((f) => (f.severity === 'fail' ? 0 : 1));
    expect([...order].sort()).toEqual(order);
    expect(card!.findings.some((f) => /team too|no members/i.test(f.title))).toBe(false);
  });

  it('gathers members of a role the plan no longer has under "Other role"', () => {
    const orphan = membership({ teamId: 'team:payments', personId: 'person:dee', roleId: 'role:retired' });
    const [withOrphan] = chartCards(source([payments], [...memberships.slice(0, 4), orphan], people));
    expect(withOrphan!.roleGroups.at(-1)).toMatchObject({ roleName: 'Other role', members: [{ name: 'Dee Park' }] });
  });

  it('lists a vacancy as "To hire" under its role, counted in the size but nobody’s department', () => {
    const vacancy = membership({ teamId: 'team:billing', personId: null, roleId: ROLE_IDS.productOwner, allocation: 80 });
    const [, withVacancy] = chartCards(source([payments, billing], [...memberships, vacancy], people));
    const owners = withVacancy!.roleGroups.find((g) => g.roleId === ROLE_IDS.productOwner);
    expect(owners).toMatchObject({ missing: false, members: [{ personId: null, name: 'To hire', title: '', allocation: 80, alsoOn: [] }] });
    expect(withVacancy!.headcount).toBe(3);
    expect(withVacancy!.fte).toBeCloseTo(2.5);
  });

  it('attaches each team’s objectives, naming the other owners of a shared one', () => {
    const shared: ChartObjective = {
      id: 'objective:1', title: 'Get paid faster', kind: 'committed', ownerTeamIds: ['team:payments', 'team:billing'],
      progress: 0.4, expected: 0.5, label: 'atRisk', statusText: 'At risk', staleCount: 0, staleSummary: '', keyResults: [],
    };
    const alone: ChartObjective = { ...shared, id: 'objective:2', title: 'Fewer failed payments', ownerTeamIds: ['team:payments'] };
    const [p, b] = chartCards(source([payments, billing], memberships, people, { objectives: [shared, alone] }));
    expect(p!.objectives.map((o) => [o.title, o.sharedWith])).toEqual([['Get paid faster', ['Billing & Invoicing']], ['Fewer failed payments', []]]);
    expect(b!.objectives.map((o) => o.title)).toEqual(['Get paid faster']);
  });

  it('gives a team without members an empty card that says so', () => {
    const empty = team('empty', 'New Team');
    const [card2] = chartCards(source([empty], [], people));
    expect(card2).toMatchObject({ headcount: 0, fte: 0, twoPizza: { verdict: 'warn', label: 'Two-pizza: no members' } });
    expect(card2!.roleGroups.every((g) => g.missing)).toBe(true);
  });
});

describe('twoPizzaBadge', () => {
  it.each([
    [{ headcount: 7, fte: 6.5 }, 'pass', 'Two-pizza: fits'],
    [{ headcount: 9, fte: 9 }, 'warn', 'Two-pizza: getting large'],
    [{ headcount: 11, fte: 10 }, 'fail', 'Two-pizza: too large'],
    [{ headcount: 2, fte: 2 }, 'warn', 'Two-pizza: too small'],
    [{ headcount: 0, fte: 0 }, 'warn', 'Two-pizza: no members'],
  ] as const)('%o → %s, "%s"', (size, verdict, label) => {
    expect(twoPizzaBadge(size, limits)).toEqual({ verdict, label });
  });
});

describe('teamDepartment', () => {
  const departments = new Map(defaultDepartments().map((d) => [d.id, d]));

  it('is the business department that gives the team the most time', () => {
    const members = [
      { departmentId: 'department:engineering', allocation: 100 },
      { departmentId: 'department:engineering', allocation: 100 },
      { departmentId: 'department:finance', allocation: 30 },
      { departmentId: 'department:sales', allocation: 50 },
    ];
    expect(teamDepartment(members, departments)).toBe('department:sales');
  });

  it('falls back to the department giving the most time when no member is from the business', () => {
    const members = [
      { departmentId: 'department:security', allocation: 50 },
      { departmentId: 'department:engineering', allocation: 100 },
    ];
    expect(teamDepartment(members, departments)).toBe('department:engineering');
  });

  it('breaks a tie by the department’s name', () => {
    const members = [
      { departmentId: 'department:sales', allocation: 40 },
      { departmentId: 'department:finance', allocation: 40 },
    ];
    expect(teamDepartment(members, departments)).toBe('department:finance');
  });

  it('is null when no member has a (known) department', () => {
    expect(teamDepartment([{ departmentId: null, allocation: 100 }, { departmentId: 'department:gone', allocation: 100 }], departments)).toBeNull();
    expect(teamDepartment([], departments)).toBeNull();
  });
});
