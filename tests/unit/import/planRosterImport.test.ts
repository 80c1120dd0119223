import { describe, expect, it } from 'vitest';
import { NewPerson } from '../../../shared/model';
import { planRosterImport, type RosterValidation } from '../../../shared/import';

const validation: RosterValidation = {
  valid: [
    { rowNumber: 2, person: { name: 'Ana Souza', email: 'ana@example.com', title: 'Product Owner', departmentId: 'department:product' } },
    {
      rowNumber: 3,
      person: { name: 'Ben Okafor', email: 'BEN@example.com', title: 'Lead Engineer', departmentId: 'department:engineering' },
      duplicateOf: 'person:ben',
    },
    { rowNumber: 4, person: { name: 'Chen Wei', email: 'chen@example.com', title: '', departmentId: null }, duplicateOf: 'person:chen' },
    { rowNumber: 5, person: { name: 'Dara Murphy', email: null, title: '', departmentId: null } },
  ],
  errors: [{ rowNumber: 6, field: 'name', message: 'row 6: name is required' }],
};

describe('planRosterImport', () => {
  it('creates the new people and updates the existing ones when asked to update', () => {
    expect(planRosterImport(validation, 'update')).toEqual({
      create: [
        { name: 'Ana Souza', email: 'ana@example.com', title: 'Product Owner', departmentId: 'department:product' },
        { name: 'Dara Murphy', email: null, title: '', departmentId: null },
      ],
      update: [
        { personId: 'person:ben', changes: { name: 'Ben Okafor', title: 'Lead Engineer', departmentId: 'department:engineering' } },
        { personId: 'person:chen', changes: { name: 'Chen Wei' } },
      ],
      skipped: 0,
    });
  });

  it('never blanks a title or department, nor rewrites the email that matched', () => {
    const [, chen] = planRosterImport(validation, 'update').update;
    expect(chen?.changes).not.toHaveProperty('title');
    expect(chen?.changes).not.toHaveProperty('departmentId');
    expect(planRosterImport(validation, 'update').update.every((u) => !('email' in u.changes))).toBe(true);
  });

  it('leaves existing people alone and counts them when asked to skip', () => {
    const plan = planRosterImport(validation, 'skip');
    expect(plan.create.map((p) => p.name)).toEqual(['Ana Souza', 'Dara Murphy']);
    expect(plan.update).toEqual([]);
    expect(plan.skipped).toBe(2);
  });

  it('plans people the Person schema accepts as they are', () => {
    for (const person of planRosterImport(validation, 'update').create) expect(NewPerson.parse(person)).toEqual(person);
  });

  it('plans nothing for rows with errors, nor for an empty file', () => {
    expect(planRosterImport({ valid: [], errors: validation.errors }, 'update')).toEqual({ create: [], update: [], skipped: 0 });
  });
});
