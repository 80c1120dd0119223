import type { Person, Team } from '../../../shared/model';
import { isolateBidi } from '../../../shared/bidi';

/** A key result's owner: nobody yet, a person, or a team (values "person:<id>" and "team:<id>"). */
export function ownerOptions(people: readonly Pick<Person, 'id' | 'name'>[], teams: readonly Pick<Team, 'id' | 'name'>[]): { value: string; label: string }[] {
  return [
    { value: '', label: 'No owner yet' },
    ...people.map((p) => ({ value: `person:${p.id}`, label: isolateBidi(p.name) })),
    ...teams.map((t) => ({ value: `team:${t.id}`, label: `Team: ${isolateBidi(t.name)}` })),
  ];
}
