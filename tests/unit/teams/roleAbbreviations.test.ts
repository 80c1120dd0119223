import { describe, expect, it } from 'vitest';
import { roleAbbreviations, shortName } from '../../../renderer/features/teams/roleAbbreviations';

describe('roleAbbreviations', () => {
  it('abbreviates the default roles, telling security analyst and system administrator apart', () => {
    const roles = ['Product owner', 'Developer', 'Business analyst', 'Security analyst', 'System administrator', 'Project manager'].map((name, i) => ({ id: `r${i}`, name }));
    expect([...roleAbbreviations(roles).values()]).toEqual(['PO', 'Dev', 'BA', 'Sec', 'Sys', 'PM']);
  });
  it('numbers roles that still clash', () => {
    const roles = [{ id: 'a', name: 'Tester' }, { id: 'b', name: 'Testing lead' }, { id: 'c', name: 'Tester' }];
    expect([...roleAbbreviations(roles).values()]).toEqual(['Tes', 'TL', 'Tes2']);
  });
});

describe('shortName', () => {
  it('keeps the first name and the initial of the last', () => {
    expect(shortName('Olivia Costa')).toBe('Olivia C.');
    expect(shortName('Ana María de la Cruz')).toBe('Ana C.');
    expect(shortName('Prince')).toBe('Prince');
  });
});
