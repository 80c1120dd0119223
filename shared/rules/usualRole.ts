import type { Membership, Person, Role } from '../model';

type RoleMembership = Pick<Membership, 'personId' | 'roleId' | 'deletedAt'>;
type NamedRole = Pick<Role, 'id' | 'name' | 'deletedAt'>;

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The role a person most likely takes on a new team: the role they hold most often on their other
 * teams (ties: the one they took first), else the role whose name their job title contains
 * ("Senior Security Analyst" → Security analyst), else undefined.
 */
export function usualRole(person: Pick<Person, 'id' | 'title'>, memberships: readonly RoleMembership[], roles: readonly NamedRole[]): string | undefined {
  const alive = new Map(roles.filter((r) => r.deletedAt === null).map((r) => [r.id, r]));
  const counts = new Map<string, number>();
  for (const m of memberships) {
    if (m.deletedAt !== null || m.personId !== person.id || !alive.has(m.roleId)) continue;
    counts.set(m.roleId, (counts.get(m.roleId) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [roleId, n] of counts) if (best === undefined || n > counts.get(best)!) best = roleId;
  if (best) return best;
  const title = ` ${words(person.title).join(' ')} `;
  // The longest matching role name wins: "Business analyst" over "Analyst".
  const matching = [...alive.values()]
    .filter((role) => words(role.name).length > 0 && title.includes(` ${words(role.name).join(' ')} `))
    .sort((a, b) => b.name.length - a.name.length);
  return matching[0]?.id;
}
