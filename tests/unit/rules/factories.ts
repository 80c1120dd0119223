import {
  CheckIn,
  DEFAULT_ROLES,
  DEFAULT_SETTINGS,
  KeyResult,
  LIVE_PLAN_ID,
  Membership,
  Role,
  ROLE_IDS,
  SizeLimits,
  type RecordFields,
} from '../../../shared/model';

const CREATED = '2026-10-01T09:00:00.000Z';
const DELETED = '2026-10-02T09:00:00.000Z';
let sequence = 0;

/** The fields every stored record carries, with a fresh readable id. */
function stamp(prefix: string): RecordFields {
  sequence += 1;
  return { id: `${prefix}:${sequence}`, createdAt: CREATED, updatedAt: CREATED, deletedAt: null, updatedBy: null };
}

/** The same record as a tombstone. */
export function deleted<T extends RecordFields>(record: T): T {
  return { ...record, deletedAt: DELETED, updatedAt: DELETED };
}

/** A membership of the live plan, by default a full-time developer on team:payments. */
export function membership(fields: Partial<Membership> & Pick<Membership, 'personId'>): Membership {
  return Membership.parse({
    ...stamp('membership'),
    planId: LIVE_PLAN_ID,
    teamId: 'team:payments',
    roleId: ROLE_IDS.developer,
    allocation: 100,
    ...fields,
  });
}

/** `count` different people on one team, each with the same role, team and allocation. */
export function members(count: number, fields: Partial<Membership> = {}): Membership[] {
  return Array.from({ length: count }, (_, i) => membership({ personId: `person:${i + 1}`, ...fields }));
}

/** The built-in roles as stored records (product owner, developer, …) in their usual order. */
export function defaultRoles(): Role[] {
  return DEFAULT_ROLES.map((role, index) => Role.parse({ ...stamp('role'), ...role, sortOrder: index }));
}

export function role(fields: Partial<Role> & Pick<Role, 'name'>): Role {
  return Role.parse({
    ...stamp('role'),
    description: '',
    required: false,
    minPerTeam: 0,
    maxPerTeam: null,
    sortOrder: 100,
    ...fields,
  });
}

/** The default two-pizza limits (warn above 8, fail above 10, warn below 3), optionally changed. */
export function sizeLimits(fields: Partial<SizeLimits> = {}): SizeLimits {
  return SizeLimits.parse({ ...DEFAULT_SETTINGS.sizeLimits, ...fields });
}

/** By default an "increase from 0 to 100" key result of objective:growth with no weight. */
export function keyResult(fields: Partial<KeyResult> = {}): KeyResult {
  return KeyResult.parse({
    ...stamp('key-result'),
    objectiveId: 'objective:growth',
    title: 'Grow weekly active teams',
    metric: 'increase',
    start: 0,
    target: 100,
    unit: '',
    weight: null,
    ownerId: null,
    contributingTeamIds: [],
    sortOrder: 0,
    score: null,
    ...fields,
  });
}

export function checkIn(fields: Partial<CheckIn> & Pick<CheckIn, 'keyResultId' | 'date' | 'value'>): CheckIn {
  return CheckIn.parse({ ...stamp('check-in'), confidence: 5, note: '', authorId: null, ...fields });
}

/** A team covering every required default role once: product owner, developer, business and security analyst. */
export function coveredTeam(): Membership[] {
  return [
    membership({ personId: 'person:po', roleId: ROLE_IDS.productOwner }),
    membership({ personId: 'person:dev', roleId: ROLE_IDS.developer }),
    membership({ personId: 'person:ba', roleId: ROLE_IDS.businessAnalyst }),
    membership({ personId: 'person:sec', roleId: ROLE_IDS.securityAnalyst }),
  ];
}
