import type { Membership, Team } from '../../../shared/model';
import { formatFte } from '../../../shared/rules';

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/**
 * "12 teams · 86 people · 71.5 FTE" — people counted once however many teams they sit on;
 * vacancies are no people yet, but their planned allocation is in the FTE.
 */
export function teamBoardSummary(teams: readonly Team[], memberships: readonly Membership[]): string {
  if (teams.length === 0) return 'No teams yet.';
  const teamIds = new Set(teams.map((t) => t.id));
  const people = new Set<string>();
  let allocation = 0;
  for (const m of memberships) {
    if (m.deletedAt !== null || !teamIds.has(m.teamId)) continue;
    if (m.personId !== null) people.add(m.personId);
    allocation += m.allocation;
  }
  return `${plural(teams.length, 'team', 'teams')} · ${plural(people.size, 'person', 'people')} · ${formatFte(allocation / 100)} FTE`;
}
