import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TITLE_ROLE_SYNONYMS,
  describeProblem,
  parseAllocation,
  parseSynonyms,
  planMembershipImport,
  roleForTitle,
  suggestMembershipMapping,
  validateMemberships,
  type MembershipInput,
} from '../../../shared/import';
import { defaultRoles, membership } from '../rules/factories';
import { person, team } from '../rules/orgFactories';

const roles = defaultRoles();
const people = [
  person('ana', 'Ana Souza', { email: 'ana@example.com', employeeId: 'E-1', title: 'Senior Software Engineer' }),
  person('ben', 'Ben Okafor', { email: 'ben@example.com' }),
  person('lee1', 'Lee Kim'),
  person('lee2', 'Lee Kim'),
];
const teams = [team('payments', 'Payments')];
const HEADERS = ['Employee ID', 'Email', 'Name', 'Team', 'Role', 'Allocation %'];

function validate(rows: string[][], fields: Partial<MembershipInput> = {}) {
  return validateMemberships({
    table: { headers: HEADERS, rows, lines: rows.map((_, i) => i + 2) },
    mapping: suggestMembershipMapping(HEADERS),
    decimalMark: '.',
    people,
    teams,
    roles,
    memberships: [],
    synonyms: DEFAULT_TITLE_ROLE_SYNONYMS,
    defaultAllocation: 100,
    ...fields,
  });
}

describe('roleForTitle: the title → role synonyms', () => {
  it.each([
    ['Scrum Master', 'Project manager'],
    ['Tech Lead', 'Developer'],
    ['Senior Security Engineer', 'Security analyst'],
    ['Lead Software Engineer', 'Developer'],
    ['Product Owner', 'Product owner'],
    ['Softwareentwickler', 'Developer'],
    ['Chef de projet', 'Project manager'],
    ['UX researcher', 'Designer'],
  ])('%s → %s', (title, role) => {
    expect(roleForTitle(title, DEFAULT_TITLE_ROLE_SYNONYMS, roles)?.name).toBe(role);
  });

  it('matches whole words only, and suggests nothing for a title it does not know', () => {
    expect(roleForTitle('Engineering Manager Assistant', [{ title: 'engineer', role: 'Developer' }], roles)).toBeNull();
    expect(roleForTitle('Head of Treasury', DEFAULT_TITLE_ROLE_SYNONYMS, roles)).toBeNull();
  });

  it('reads an edited table back from the Settings text, naming bad lines', () => {
    expect(parseSynonyms('Scrum master = Project manager\n# comment\n\nTech lead=Architect\nnonsense')).toEqual({
      synonyms: [
        { title: 'Scrum master', role: 'Project manager' },
        { title: 'Tech lead', role: 'Architect' },
      ],
      problems: ['Line 5 (“nonsense”) needs a title and a role: write it as “Scrum master = Project manager”.'],
    });
  });
});

describe('parseAllocation', () => {
  it.each([
    ['50', '.', 50],
    ['50%', '.', 50],
    ['50 %', ',', 50],
    ['0.5', '.', 50],
    ['0,25', ',', 25],
    ['1', '.', 1],
    ['', '.', 80],
    ['half', '.', null],
  ] as const)('%j (%s) → %j', (text, mark, value) => {
    expect(parseAllocation(text, mark, 80)).toBe(value);
  });
});

describe('validateMemberships', () => {
  it('finds people by employee ID, else email, else a unique name; maps roles by synonyms; creates what is missing', () => {
    const result = validate([
      ['E-1', '', '', 'Payments', 'Tech Lead', '60%'],
      ['', 'BEN@example.com', '', 'Cards', 'Scrum Master', '50'],
      ['', '', 'ana souza', 'Cards', 'Data Wrangler', '40'],
      ['', '', '', 'Cards', 'Developer', ''],
    ]);
    expect(result.rows.map((r) => [r.personName, r.team, r.role, r.allocation, r.status])).toEqual([
      ['Ana Souza', 'Payments', 'Developer', 60, 'new'],
      ['Ben Okafor', 'Cards', 'Project manager', 50, 'new'],
      ['Ana Souza', 'Cards', 'Data Wrangler', 40, 'new'],
      [null, 'Cards', 'Developer', 100, 'new'],
    ]);
    expect(result.newTeams).toEqual([{ name: 'Cards', rows: 3 }]);
    expect(result.newRoles).toEqual([{ name: 'Data Wrangler', rows: 1 }]);
    expect(result.vacancies).toBe(1);
    expect(planMembershipImport(result)).toMatchObject({ teams: ['Cards'], roles: ['Data Wrangler'] });
  });

  it('takes the role from the person’s title when the role cell is empty', () => {
    expect(validate([['E-1', '', '', 'Payments', '', '']]).rows[0]?.role).toBe('Developer');
  });

  it('refuses rows naming nobody known, or a name two people share, with row and value', () => {
    const result = validate([
      ['E-404', '', '', 'Payments', 'Developer', '50'],
      ['', '', 'Lee Kim', 'Payments', 'Developer', '50'],
      ['', 'ben@example.com', '', 'Payments', 'Developer', '150'],
    ]);
    expect(result.totals.refused).toBe(3);
    expect(result.rows.map((r) => r.problems.map(describeProblem).join('; '))).toEqual([
      'names nobody in the directory; import the people first, or correct the employee ID: “E-404”',
      '2 people are called this; add an Employee ID or Email column to say which one: “Lee Kim”',
      'allocation must be at most 100%: “150”',
    ]);
  });

  it('warns on every row of a person allocated over 100 % across the plan, counting memberships already there', () => {
    const existing = [membership({ id: 'm1', personId: 'person:ben', teamId: 'team:payments', roleId: 'role:developer', allocation: 70 })];
    const result = validate([['', 'ben@example.com', '', 'Cards', 'Developer', '50']], { memberships: existing });
    expect(result.rows[0]?.warnings).toEqual(['Ben Okafor would be allocated 120% in this plan, over 100%']);
    expect(result.rows[0]?.status).toBe('new');
  });

  it('updates the allocation of a membership already in the plan, and leaves an identical one unchanged', () => {
    const existing = [membership({ id: 'm1', personId: 'person:ben', teamId: 'team:payments', roleId: 'role:developer', allocation: 70 })];
    expect(validate([['', 'ben@example.com', '', 'Payments', 'Developer', '40']], { memberships: existing }).rows[0]).toMatchObject({ status: 'update', previousAllocation: 70, allocation: 40 });
    expect(validate([['', 'ben@example.com', '', 'payments', 'developer', '70']], { memberships: existing }).rows[0]?.status).toBe('unchanged');
  });

  it('refuses a row repeating person, team and role', () => {
    const result = validate([
      ['', 'ben@example.com', '', 'Payments', 'Developer', '40'],
      ['', 'ben@example.com', '', 'Payments', 'Developer', '20'],
    ]);
    expect(result.rows[1]?.problems[0]?.message).toBe('repeats data row 1 (file line 2): same person, team and role');
  });

  it('asks for the team and role columns', () => {
    const result = validateMemberships({ ...{ table: { headers: ['Name'], rows: [['Ana']], lines: [2] } }, mapping: suggestMembershipMapping(['Name']), decimalMark: '.', people, teams, roles, memberships: [], synonyms: [], defaultAllocation: 100 });
    expect(result.fileProblems).toEqual(['Choose the column that names each row’s team.', 'Choose the column that names each row’s role.']);
  });
});
