import { describe, expect, it } from 'vitest';
import { groupCards, groupSummary } from '../../../shared/charts';
import { member, roleGroup, team } from './chartFixtures';

describe('groupCards', () => {
  const a = team('Alpha', { championId: 'person:zoe', championName: 'Zoe Adams', departmentId: 'department:sales', departmentName: 'Sales' });
  const b = team('Bravo', { championId: null, championName: null, departmentId: 'department:finance', departmentName: 'Finance' });
  const c = team('Charlie', { championId: 'person:amy', championName: 'Amy Brown', departmentId: null, departmentName: null });
  const d = team('Delta', { championId: 'person:zoe', championName: 'Zoe Adams', departmentId: 'department:sales', departmentName: 'Sales' });
  const cards = [a, b, c, d];

  it('puts every card in one untitled group when not grouping', () => {
    const groups = groupCards(cards, 'none');
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ title: '', cards });
    expect(groupCards([], 'none')).toEqual([]);
  });

  it('groups by executive champion, in name order, teams without one last', () => {
    const groups = groupCards(cards, 'champion');
    expect(groups.map((g) => [g.title, g.cards.map((card) => card.name)])).toEqual([
      ['Executive champion: Amy Brown', ['Charlie']],
      ['Executive champion: Zoe Adams', ['Alpha', 'Delta']],
      ['No executive champion', ['Bravo']],
    ]);
  });

  it('groups by department, in name order, teams without one last', () => {
    expect(groupCards(cards, 'department').map((g) => g.title)).toEqual(['Department: Finance', 'Department: Sales', 'No department']);
  });

  it('keeps two champions with the same name apart', () => {
    const twin = team('Echo', { championId: 'person:zoe-2', championName: 'Zoe Adams' });
    expect(groupCards([a, twin], 'champion')).toHaveLength(2);
  });
});

describe('groupSummary', () => {
  it('counts teams, distinct people (a person on two teams once) and FTE', () => {
    const shared = member('Sam Shared');
    const one = team('One', { fte: 3, roleGroups: [roleGroup('Developer', [member('A'), shared])] });
    const two = team('Two', { fte: 1.5, roleGroups: [roleGroup('Developer', [shared])] });
    expect(groupSummary([one, two])).toBe('2 teams · 2 people · 4.5 FTE');
    expect(groupSummary([two])).toBe('1 team · 1 person · 1.5 FTE');
  });
});
