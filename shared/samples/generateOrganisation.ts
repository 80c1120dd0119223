import { createIdGenerator, seededRandom } from '../ids';
import { DEFAULT_DEPARTMENTS, LIVE_PLAN_ID, ROLE_IDS, type Membership, type Person, type Team } from '../model';
import { FIRST_NAMES, LAST_NAMES } from './names';
import { emptyWorkspace, type WorkspaceRecords } from './workspace';

export interface OrganisationScale {
  teams: number;
  people: number;
}

/** The benchmark's organisation sizes (ARCHITECTURE.md and the benchmark issue). */
export const ORGANISATION_SIZES = {
  S: { teams: 12, people: 80 },
  M: { teams: 100, people: 1_000 },
  L: { teams: 500, people: 5_000 },
} as const satisfies Record<string, OrganisationScale>;

const DOMAINS = ['Payments', 'Claims', 'Onboarding', 'Search', 'Billing', 'Identity', 'Logistics', 'Pricing', 'Support', 'Analytics'];
const KINDS = ['Platform', 'Portal', 'Services', 'Insights', 'Mobile', 'Integrations', 'Core', 'Experience'];
const TECH = DEFAULT_DEPARTMENTS.filter((d) => d.kind === 'technology').map((d) => d.id);
const BUSINESS = DEFAULT_DEPARTMENTS.filter((d) => d.kind === 'business').map((d) => d.id);

type Slot = { roleId: string; title: string; business?: boolean; allocation: number };

/** A typical product team: 1 PO, 3–5 developers, BA, security analyst, sometimes extras, a business partner. */
function teamSlots(random: () => number): Slot[] {
  const slots: Slot[] = [
    { roleId: ROLE_IDS.productOwner, title: 'Product Owner', allocation: 100 },
    { roleId: ROLE_IDS.businessAnalyst, title: 'Business Analyst', allocation: 100 },
    { roleId: ROLE_IDS.securityAnalyst, title: 'Security Analyst', allocation: 50 },
  ];
  const developers = 3 + Math.floor(random() * 3);
  for (let i = 0; i < developers; i++) slots.push({ roleId: ROLE_IDS.developer, title: 'Software Engineer', allocation: 100 });
  if (random() < 0.3) slots.push({ roleId: ROLE_IDS.architect, title: 'Solution Architect', allocation: 40 });
  if (random() < 0.25) slots.push({ roleId: ROLE_IDS.designer, title: 'UX Designer', allocation: 60 });
  if (random() < 0.85) slots.push({ roleId: ROLE_IDS.businessStakeholder, title: 'Business Lead', business: true, allocation: 30 });
  return slots;
}

/**
 * A seeded organisation of any size for benchmarks and scale tests: teams of realistic
 * composition, everyone in a department, some people shared between two teams. Same seed and
 * `today` → same data.
 */
export function generateOrganisation(today: string, scale: OrganisationScale, seed = 11): WorkspaceRecords {
  const nextId = createIdGenerator({ seed, startMs: Date.parse(`${today}T00:00:00.000Z`) });
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const at = `${today}T07:00:00.000Z`;
  const stamp = () => ({ id: nextId(), createdAt: at, updatedAt: at, deletedAt: null, updatedBy: null });
  const data = emptyWorkspace();

  const people: Person[] = Array.from({ length: scale.people }, (_, i) => {
    const name = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    return { ...stamp(), name, email: `person${i + 1}@example.com`, title: '', departmentId: null };
  });
  data.people = people;
  let next = 0;
  const nextPerson = (): Person => people[next++ % people.length]!;

  for (let t = 0; t < scale.teams; t++) {
    const team: Team = {
      ...stamp(), planId: LIVE_PLAN_ID, name: `${DOMAINS[t % DOMAINS.length]} ${KINDS[Math.floor(t / DOMAINS.length) % KINDS.length]} ${Math.floor(t / 80) + 1}`,
      mission: `Make ${DOMAINS[t % DOMAINS.length]!.toLowerCase()} effortless for our customers.`, services: [`${DOMAINS[t % DOMAINS.length]} service ${t + 1}`],
      championId: null,
    };
    data.teams.push(team);
    for (const slot of teamSlots(random)) {
      // Security analysts and architects are often shared: reuse the previous team's holder.
      const shared = slot.allocation < 100 && t > 0 && random() < 0.4;
      const previous = shared ? data.memberships.findLast((m) => m.roleId === slot.roleId && m.teamId !== team.id) : undefined;
      const person = previous ? people.find((p) => p.id === previous.personId)! : nextPerson();
      if (!previous) {
        person.title = slot.title;
        person.departmentId = slot.business ? pick(BUSINESS) : slot.roleId === ROLE_IDS.securityAnalyst ? 'department:security' : pick(TECH);
      }
      const membership: Membership = { ...stamp(), planId: LIVE_PLAN_ID, teamId: team.id, personId: person.id, roleId: slot.roleId, allocation: slot.allocation };
      data.memberships.push(membership);
    }
  }
  return data;
}
