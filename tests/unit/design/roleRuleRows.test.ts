import { describe, expect, it } from 'vitest';
import { readRoleRuleRows, roleRuleRowsOf } from '../../../shared/design/roleRuleRows';

const names: Record<string, string> = { 'role:architect': 'Architect', 'role:developer': 'Developer' };
const name = (id: string) => names[id] ?? id;

describe('the role rows of a principle set', () => {
  it('reads whole counts, an empty maximum as no upper limit, spaces ignored', () => {
    expect(readRoleRuleRows([{ roleId: 'role:architect', min: ' 1 ', max: '2' }, { roleId: 'role:developer', min: '2', max: '' }], name)).toEqual({
      ok: true,
      rules: [{ roleId: 'role:architect', min: 1, max: 2 }, { roleId: 'role:developer', min: 2, max: null }],
    });
  });

  it('refuses a maximum below the minimum, naming the role and both values', () => {
    expect(readRoleRuleRows([{ roleId: 'role:architect', min: '3', max: '1' }], name)).toEqual({
      ok: false,
      errors: [{ row: 0, field: 'max', message: 'Architect: the maximum (1) is below the minimum (3). Make the maximum at least 3, or leave it empty for no upper limit.' }],
    });
  });

  it('refuses counts that are not whole numbers from 0 to 50, quoting what was typed', () => {
    const reading = readRoleRuleRows([{ roleId: 'role:architect', min: '1.5', max: '-1' }, { roleId: 'role:developer', min: '', max: '51' }], name);
    expect(reading.ok ? [] : reading.errors.map((e) => e.message)).toEqual([
      'Architect: the minimum must be a whole number from 0 to 50, not “1.5”.',
      'Architect: the maximum must be a whole number from 0 to 50, or empty for no upper limit, not “-1”.',
      'Developer: the minimum must be a whole number from 0 to 50, not “”.',
      'Developer: the maximum must be a whole number from 0 to 50, or empty for no upper limit, not “51”.',
    ]);
  });

  it('refuses a role listed twice', () => {
    const reading = readRoleRuleRows([{ roleId: 'role:architect', min: '1', max: '' }, { roleId: 'role:architect', min: '2', max: '' }], name);
    expect(reading.ok ? [] : reading.errors).toEqual([{ row: 1, field: 'roleId', message: 'Architect is listed twice: keep one row for it.' }]);
  });

  it('turns stored rules into rows and back unchanged', () => {
    const rules = [{ roleId: 'role:architect', min: 1, max: null }, { roleId: 'role:developer', min: 2, max: 6 }];
    expect(roleRuleRowsOf(rules)).toEqual([{ roleId: 'role:architect', min: '1', max: '' }, { roleId: 'role:developer', min: '2', max: '6' }]);
    expect(readRoleRuleRows(roleRuleRowsOf(rules), name)).toEqual({ ok: true, rules });
    expect(roleRuleRowsOf(null)).toEqual([]);
  });
});
