import { describe, expect, it } from 'vitest';
import { recordedObjectiveTitles, recordedPersonNames, recordedTeamNames } from '../../shared/recordedNames';

const AT = '2026-11-01T09:00:00.000Z';

describe('names history shows for records deleted since', () => {
  it('keeps a deleted person\'s name, marked "(removed)", beside the living', () => {
    const names = recordedPersonNames([
      { id: 'p:ana', name: 'Ana Lima', deletedAt: AT },
      { id: 'p:bo', name: 'Bo Chen', deletedAt: null },
    ]);
    expect(names.get('p:ana')).toBe('Ana Lima (removed)');
    expect(names.get('p:bo')).toBe('Bo Chen');
    expect(names.get('p:nobody')).toBeUndefined();
  });

  it('shows a person merged into another (a backup merge found them twice) as the one they became', () => {
    const names = recordedPersonNames([
      { id: 'p:2', name: 'Ana  Lima', deletedAt: AT, mergedIntoId: 'p:1' },
      { id: 'p:1', name: 'Ana Lima', deletedAt: null, mergedIntoId: null },
      { id: 'p:3', name: 'Loop', deletedAt: AT, mergedIntoId: 'p:4' },
      { id: 'p:4', name: 'Loop back', deletedAt: AT, mergedIntoId: 'p:3' },
    ]);
    expect(names.get('p:2')).toBe('Ana Lima');
    // A merge cycle (corrupt data) ends, on one of its names.
    expect(names.get('p:3')).toMatch(/^Loop( back)? \(removed\)$/);
  });

  it('marks a deleted team "(deleted)" and an objective deleted since by its title', () => {
    expect(recordedTeamNames([{ id: 't:bill', name: 'Billing & Invoicing', deletedAt: AT }]).get('t:bill')).toBe('Billing & Invoicing (deleted)');
    expect(recordedObjectiveTitles([{ id: 'o:1', title: 'Get paid faster', deletedAt: AT }]).get('o:1')).toBe('Get paid faster (deleted)');
  });
});
