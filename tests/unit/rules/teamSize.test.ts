import { describe, expect, it } from 'vitest';
import { formatFte, teamSize } from '../../../shared/rules';
import { deleted, members, membership } from './factories';
import { ROLE_IDS } from '../../../shared/model';

describe('teamSize', () => {
  it('measures an empty team as 0 people and 0 FTE', () => {
    expect(teamSize([])).toEqual({ headcount: 0, fte: 0 });
  });

  it('counts 5 full-time people as 5 people and 5 FTE', () => {
    expect(teamSize(members(5))).toEqual({ headcount: 5, fte: 5 });
  });

  it('counts a person on the team twice (two roles) once in headcount', () => {
    const size = teamSize([
      membership({ personId: 'person:ana', roleId: ROLE_IDS.developer, allocation: 50 }),
      membership({ personId: 'person:ana', roleId: ROLE_IDS.architect, allocation: 30 }),
      membership({ personId: 'person:ben', allocation: 100 }),
    ]);
    expect(size.headcount).toBe(2);
  });

  it('adds up both roles of a person with two roles in FTE', () => {
    const size = teamSize([
      membership({ personId: 'person:ana', roleId: ROLE_IDS.developer, allocation: 50 }),
      membership({ personId: 'person:ana', roleId: ROLE_IDS.architect, allocation: 30 }),
    ]);
    expect(size.fte).toBe(0.8);
  });

  it('counts part-timers as full people but partial FTE: 4 people at 50% are 2 FTE', () => {
    expect(teamSize(members(4, { allocation: 50 }))).toEqual({ headcount: 4, fte: 2 });
  });

  it('keeps FTE exact rather than rounded: 3 people at 33% are 0.99 FTE, not 1', () => {
    expect(teamSize(members(3, { allocation: 33 })).fte).toBe(0.99);
  });

  it('ignores deleted memberships in both headcount and FTE', () => {
    const [first, second, third] = members(3, { allocation: 60 });
    expect(teamSize([first!, second!, deleted(third!)])).toEqual({ headcount: 2, fte: 1.2 });
  });

  it('drops a person from headcount when all their memberships are deleted', () => {
    const size = teamSize([
      deleted(membership({ personId: 'person:ana', roleId: ROLE_IDS.developer })),
      deleted(membership({ personId: 'person:ana', roleId: ROLE_IDS.architect })),
      membership({ personId: 'person:ben' }),
    ]);
    expect(size).toEqual({ headcount: 1, fte: 1 });
  });

  it('keeps a person in headcount while one of their two memberships is alive', () => {
    const size = teamSize([
      deleted(membership({ personId: 'person:ana', roleId: ROLE_IDS.developer, allocation: 50 })),
      membership({ personId: 'person:ana', roleId: ROLE_IDS.architect, allocation: 20 }),
    ]);
    expect(size).toEqual({ headcount: 1, fte: 0.2 });
  });
});

describe('formatFte', () => {
  it.each([
    [10, '10'],
    [2.5, '2.5'],
    [0.99, '0.99'],
    [4 / 3, '1.33'],
    [0, '0'],
    [3524, '3,524'],
    [1234.567, '1,234.57'],
  ])('shows %s FTE as "%s"', (fte, shown) => {
    expect(formatFte(fte)).toBe(shown);
  });
});
