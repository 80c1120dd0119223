import { describe, expect, it } from 'vitest';
import { NewPerson } from '../../../shared/model';
import { ROSTER_FIELDS, planRosterImport, validateRoster, type RosterMapping } from '../../../shared/import';
import { defaultDepartments, person } from '../rules/orgFactories';

const mapping = { ...(Object.fromEntries(ROSTER_FIELDS.map((f) => [f, null])) as RosterMapping), name: 0, email: 1, title: 2, department: 3 };
const existingPeople = [person('ben', 'Ben Okafor', { email: 'ben@example.com', title: 'Engineer' }), person('chen', 'Chen Wei', { email: 'chen@example.com', title: 'Analyst' })];
const rows = [
  ['Ana Souza', 'ana@example.com', 'Product Owner', 'Product'],
  ['Ben Okafor', 'BEN@example.com', 'Lead Engineer', 'Treasury'],
  ['Chen Wei', 'chen@example.com', '', ''],
  ['Dara Murphy', '', '', 'Risk'],
  ['', 'nobody@example.com', '', 'Unused Dept'],
];
const validation = validateRoster({ table: { headers: ['Name', 'Email', 'Title', 'Dept'], rows, lines: [2, 3, 4, 5, 6] }, mapping, departments: defaultDepartments(), existingPeople });

describe('planRosterImport', () => {
  it('creates the new people, updates only the fields that change, and creates the departments they use', () => {
    const plan = planRosterImport(validation, 'update');
    expect(plan.create).toEqual([
      { name: 'Ana Souza', email: 'ana@example.com', title: 'Product Owner', department: 'Product', employeeId: null },
      { name: 'Dara Murphy', email: null, title: '', department: 'Risk', employeeId: null },
    ]);
    expect(plan.update).toEqual([{ personId: 'person:ben', expectedUpdatedAt: existingPeople[0]?.updatedAt, changes: { title: 'Lead Engineer', department: 'Treasury' } }]);
    expect(plan.departments).toHaveLength(2);
    expect(plan.departments).toEqual(expect.arrayContaining([{ name: 'Treasury', kind: 'business' }, { name: 'Risk', kind: 'business' }]));
    expect(plan.skipped).toBe(0);
  });

  it('uses the kind chosen for each new department', () => {
    expect(planRosterImport(validation, 'update', { treasury: 'technology' }).departments).toContainEqual({ name: 'Treasury', kind: 'technology' });
  });

  it('leaves existing people alone when asked to skip, and creates no department only they needed', () => {
    const plan = planRosterImport(validation, 'skip');
    expect(plan.create.map((p) => p.name)).toEqual(['Ana Souza', 'Dara Murphy']);
    expect(plan.update).toEqual([]);
    expect(plan.skipped).toBe(1);
    expect(plan.departments.map((d) => d.name)).toEqual(['Risk']);
  });

  it('plans people the Person schema accepts', () => {
    for (const { department: _department, ...fields } of planRosterImport(validation, 'update').create) expect(NewPerson.safeParse(fields).success).toBe(true);
  });
});
