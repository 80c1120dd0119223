import { describe, expect, it } from 'vitest';
import { Interaction, TeamGroup } from '../../../shared/model';
import { generateOrganisation } from '../../../shared/samples/generateOrganisation';
import { withDesign } from '../../../shared/samples/generateDesign';

describe('withDesign (benchmark organisations with groups and interactions)', () => {
  const base = generateOrganisation('2026-11-16', { teams: 40, people: 300 });
  const designed = withDesign(base, { groups: 5, interactions: 120 }, '2026-11-16');

  it('puts every team in one of the groups, eight each', () => {
    expect(designed.teamGroups).toHaveLength(5);
    const counts = new Map<string, number>();
    for (const team of designed.teams) counts.set(team.groupId!, (counts.get(team.groupId!) ?? 0) + 1);
    expect([...counts.values()]).toEqual([8, 8, 8, 8, 8]);
  });
  it('adds interactions the app’s own schema accepts: two different teams of the plan, a start, no end', () => {
    expect(designed.interactions).toHaveLength(120);
    const teamIds = new Set(designed.teams.map((t) => t.id));
    for (const i of designed.interactions) {
      expect(() => Interaction.parse(i)).not.toThrow();
      expect(teamIds.has(i.providerTeamId) && teamIds.has(i.consumerTeamId)).toBe(true);
    }
    for (const g of designed.teamGroups) expect(() => TeamGroup.parse(g)).not.toThrow();
  });
  it('makes the same data from the same seed', () => {
    expect(withDesign(base, { groups: 5, interactions: 120 }, '2026-11-16')).toEqual(designed);
  });
});
