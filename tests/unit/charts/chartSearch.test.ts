import { describe, expect, it } from 'vitest';
import { nextStop, orgSummary, presentationStops, screenChart, searchChart } from '../../../shared/charts';
import { member, roleGroup, team } from './chartFixtures';

const zoe = member('Zoë Müller', { personId: 'person:zoe', business: true });
const cards = [
  team('Payments Platform', { roleGroups: [roleGroup('Developer', [zoe, member('Ada Lee')])], championId: 'c1', championName: 'Carmen' }),
  team('Billing', { roleGroups: [roleGroup('Business analyst', [{ ...zoe }]), roleGroup('Developer', [member('Paul Pay')])], championId: 'c1', championName: 'Carmen' }),
  team('Data Platform', { championId: 'c2', championName: 'Ines' }),
];

describe('finding a team or person on the chart', () => {
  it('finds teams before people, ignoring case and accents, a person once per team', () => {
    expect(searchChart(cards, 'pay').map((m) => [m.kind, m.name])).toEqual([
      ['team', 'Payments Platform'],
      ['person', 'Paul Pay'],
    ]);
    const found = searchChart(cards, 'zoe muller');
    expect(found.map((m) => m.detail)).toEqual(['Developer on Payments Platform', 'Business analyst on Billing']);
    expect(found.every((m) => m.personId === 'person:zoe')).toBe(true);
    expect(searchChart(cards, '   ')).toEqual([]);
    expect(searchChart(cards, 'platform data').map((m) => m.name)).toEqual(['Data Platform']);
  });
});

describe('the organisation in figures', () => {
  it('counts people once across teams, and the share from the business', () => {
    const summary = orgSummary(cards);
    expect(summary.teams).toBe(3);
    expect(summary.attention).toBe(3);
    const people = new Set(cards.flatMap((c) => c.roleGroups.flatMap((g) => g.members.map((m) => m.personId))));
    expect(summary.people).toBe(people.size);
    expect(summary.businessPeople).toBe(1);
    expect(summary.businessShare).toBeCloseTo(1 / people.size);
  });
});

describe('presentation stops', () => {
  const chart = screenChart(cards, { groupBy: 'champion', title: 'All product teams' });
  const stops = presentationStops(chart);

  it('walks the organisation, then each group followed by its teams', () => {
    expect(stops.map((s) => [s.kind, s.label])).toEqual([
      ['org', 'All product teams'],
      ['group', 'Executive champion: Carmen'],
      ['team', 'Payments Platform'],
      ['team', 'Billing'],
      ['group', 'Executive champion: Ines'],
      ['team', 'Data Platform'],
    ]);
  });

  it('steps team by team and jumps group by group, stopping at the ends', () => {
    expect(nextStop(stops, 0, 'next')).toBe(1);
    expect(nextStop(stops, 5, 'next')).toBe(5);
    expect(nextStop(stops, 0, 'previous')).toBe(0);
    expect(nextStop(stops, 2, 'nextGroup')).toBe(4);
    expect(nextStop(stops, 3, 'previousGroup')).toBe(1);
    expect(nextStop(stops, 1, 'previousGroup')).toBe(0);
    expect(nextStop(stops, 5, 'nextGroup')).toBe(5);
    expect(nextStop(stops, 2, 'last')).toBe(5);
  });

  it('has a stop for every team, each showing its whole card', () => {
    const teams = stops.filter((s) => s.kind === 'team');
    expect(teams).toHaveLength(3);
    for (const stop of teams) {
      const node = chart.teams.find((t) => t.teamId === stop.teamId)!;
      expect(stop.area).toEqual({ x: node.x, y: node.y, width: node.width, height: node.height });
    }
  });
});
