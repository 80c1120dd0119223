import { describe, expect, it } from 'vitest';
import { choosablePeople } from '../../../shared/rules';
import { person } from './orgFactories';

const directory = Array.from({ length: 5000 }, (_, i) => person(`p${i}`, `Person ${String(i).padStart(4, '0')}`));

describe('choosing one person from a directory of thousands', () => {
  it('lists the first 100 of 5,000 people and counts them all when nothing is typed', () => {
    const choice = choosablePeople(directory, '', 100);
    expect(choice.shown).toHaveLength(100);
    expect(choice.shown[0]!.name).toBe('Person 0000');
    expect(choice.matching).toBe(5000);
  });

  it('narrows by every typed word, in name or email, ignoring case', () => {
    const ana = person('ana', 'Ana Lima', { email: 'ana.lima@example.com' });
    const bo = person('bo', 'Bo Lima', { email: 'bo@example.com' });
    expect(choosablePeople([ana, bo], 'lima ANA', 10).shown.map((p) => p.name)).toEqual(['Ana Lima']);
    expect(choosablePeople([ana, bo], 'bo@', 10).shown.map((p) => p.name)).toEqual(['Bo Lima']);
    expect(choosablePeople([ana, bo], 'nobody', 10)).toEqual({ shown: [], matching: 0 });
  });

  it('keeps the person already chosen in the list even when the query or the limit leaves them out', () => {
    const chosen = directory[4321]!;
    const choice = choosablePeople(directory, 'Person 00', 5, chosen.id);
    expect(choice.shown[0]).toBe(chosen);
    expect(choice.shown).toHaveLength(6);
    expect(choice.matching).toBe(directory.filter((p) => p.name.includes('00')).length);
  });

  it('does not list the chosen person twice when they match', () => {
    const chosen = directory[2]!;
    expect(choosablePeople(directory, '', 5, chosen.id).shown.filter((p) => p.id === chosen.id)).toHaveLength(1);
  });
});
