import { describe, expect, it } from 'vitest';
import { DEFAULT_TITLE_ROLE_SYNONYMS, roleForTitle, suggestMembershipMapping, validateMemberships } from '../../../shared/import';
import { findByName, foldForMatching, LenientIndex, nameInReadingOrder, withoutLeadingZeros } from '../../../shared/import/lenientMatch';
import { defaultRoles } from '../rules/factories';
import { person, team } from '../rules/orgFactories';

describe('matching what another system wrote', () => {
  it('folds accents, special letters, punctuation and case', () => {
    expect(foldForMatching('Ødegård, Björn-Åke')).toBe('odegard bjorn ake');
    expect(foldForMatching('Łukasz  Wójcik')).toBe('lukasz wojcik');
    expect(foldForMatching('Straße & Söhne')).toBe('strasse sohne');
    expect(foldForMatching('Données & Analytique')).toBe(foldForMatching('DONNEES & analytique'));
  });

  it('turns "Last, First" into reading order, and leaves other names alone', () => {
    expect(nameInReadingOrder('Souza, Ana')).toBe('Ana Souza');
    expect(nameInReadingOrder('van der Berg, Jan Willem')).toBe('Jan Willem van der Berg');
    expect(nameInReadingOrder('Ana Souza')).toBe('Ana Souza');
    expect(nameInReadingOrder('Souza, Ana, Jr')).toBe('Souza, Ana, Jr');
  });

  it('reads an all-digit employee ID without the leading zeros Excel drops', () => {
    expect(withoutLeadingZeros('00123')).toBe('123');
    expect(withoutLeadingZeros('0')).toBe('0');
    expect(withoutLeadingZeros('E-00123')).toBeNull();
  });

  it('prefers the exact match, forgives only when one record fits, and counts the ones it could be', () => {
    const index = new LenientIndex(['Lee Kim', 'Zofia Wójcik', 'Zofia Wojcik', 'José Álvarez'], (name) => name);
    expect(index.find('zofia wójcik')).toEqual({ found: 'Zofia Wójcik', forgiving: false });
    expect(index.find('ZOFIA WOJCIK')).toEqual({ found: 'Zofia Wojcik', forgiving: false });
    expect(index.find('Zofia Wöjcik')).toEqual({ found: null, ambiguous: 2 });
    expect(index.find('Jose Alvarez')).toEqual({ found: 'José Álvarez', forgiving: true });
    expect(findByName(index, 'Alvarez, Jose')).toEqual({ found: 'José Álvarez', forgiving: true });
    expect(findByName(index, 'Nobody, Here')).toEqual({ found: null, ambiguous: 0 });
  });
});

describe('a team sheet written by another system, onto the workspace’s people and teams', () => {
  const roles = defaultRoles();
  const people = [
    person('ana', 'Ana Souza', { employeeId: '00123', title: 'Senior Software Engineer' }),
    person('bjorn', 'Björn Ødegård'),
    person('zofia', 'Zofia Wójcik'),
    person('lee1', 'Lee Kim'),
    person('lee2', 'Lee Kim'),
  ];
  const teams = [team('payments', 'Payments Platform'), team('data', 'Données & Analytique')];
  const headers = ['Personalnummer', 'Name', 'Team', 'Rolle', 'Anteil'];

  it('finds people by ID without leading zeros, by "Last, First" and without accents, teams without accents, roles by their short form', () => {
    const rows = [
      ['123', 'Souza, Ana', 'payments platform', 'Dev', '80 %'],
      ['', 'Ødegård, Björn', 'Payments  Platform ', 'PO', '0,5'],
      ['', 'Zofia Wojcik', 'Donnees & Analytique', 'BA', '50%'],
      ['', 'Lee Kim', 'Payments Platform', 'Developer', '100'],
    ];
    const result = validateMemberships({
      table: { headers, rows, lines: rows.map((_, i) => i + 2) },
      mapping: suggestMembershipMapping(headers),
      decimalMark: ',',
      people,
      teams,
      roles,
      memberships: [],
      synonyms: DEFAULT_TITLE_ROLE_SYNONYMS,
      defaultAllocation: 100,
    });
    expect(result.rows.slice(0, 3).map((r) => [r.status, r.personName, r.team, r.role, r.allocation])).toEqual([
      ['new', 'Ana Souza', 'Payments Platform', 'Developer', 80],
      ['new', 'Björn Ødegård', 'Payments Platform', 'Product owner', 50],
      ['new', 'Zofia Wójcik', 'Données & Analytique', 'Business analyst', 50],
    ]);
    expect(result.newTeams).toEqual([]);
    expect(result.newRoles).toEqual([]);
    // Two people share the name: the row asks for a precise column rather than guessing.
    expect(result.rows[3]!.problems.map((p) => p.message)).toEqual(['2 people are called this; add an Employee ID or Email column to say which one']);
  });

  it('short forms name a role only as whole words, and ambiguous ones name none', () => {
    expect(roleForTitle('PO', DEFAULT_TITLE_ROLE_SYNONYMS, roles)?.name).toBe('Product owner');
    expect(roleForTitle('Senior BA', DEFAULT_TITLE_ROLE_SYNONYMS, roles)?.name).toBe('Business analyst');
    expect(roleForTitle('Bachelor', DEFAULT_TITLE_ROLE_SYNONYMS, roles)).toBeNull();
    expect(roleForTitle('PM', DEFAULT_TITLE_ROLE_SYNONYMS, roles)).toBeNull();
  });
});
