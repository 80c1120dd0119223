import { BUILT_IN_EPOCH, ROLE_IDS } from './defaults';
import { DEFAULT_PRINCIPLE_KEY, principleSetId, type PrincipleSet, type PrincipleSetFields, type PrincipleSetKey } from './design';

/**
 * The principle sets every workspace starts with; the README cites where each figure comes from
 * (Team Topologies for sizes and type purposes, Dunbar for groups, OKR practice for objective load).
 * The Default set adds no extra principle, so teams without a type are checked exactly as before.
 */
export const DEFAULT_PRINCIPLES: Readonly<Record<PrincipleSetKey, PrincipleSetFields>> = {
  [DEFAULT_PRINCIPLE_KEY]: {
    key: DEFAULT_PRINCIPLE_KEY,
    size: null,
    roles: null,
    minBusinessShare: null,
    maxTeamsPerPerson: null,
    maxServices: null,
    maxObjectivesPerFte: null,
  },
  'stream-aligned': {
    key: 'stream-aligned',
    size: { warnBelow: 5, warnAbove: 9, failAbove: 12 },
    roles: [
      { roleId: ROLE_IDS.productOwner, min: 1, max: 1 },
      { roleId: ROLE_IDS.developer, min: 2, max: null },
      { roleId: ROLE_IDS.businessAnalyst, min: 1, max: null },
    ],
    minBusinessShare: 0.1,
    maxTeamsPerPerson: 2,
    maxServices: 3,
    maxObjectivesPerFte: 0.5,
  },
  platform: {
    key: 'platform',
    size: { warnBelow: 5, warnAbove: 9, failAbove: 12 },
    roles: [
      { roleId: ROLE_IDS.productOwner, min: 1, max: 1 },
      { roleId: ROLE_IDS.developer, min: 2, max: null },
      { roleId: ROLE_IDS.architect, min: 1, max: null },
    ],
    minBusinessShare: null,
    maxTeamsPerPerson: 2,
    maxServices: 5,
    maxObjectivesPerFte: 0.5,
  },
  enabling: {
    key: 'enabling',
    size: { warnBelow: 2, warnAbove: 6, failAbove: 8 },
    roles: [{ roleId: ROLE_IDS.architect, min: 1, max: null }],
    minBusinessShare: null,
    maxTeamsPerPerson: 3,
    maxServices: 0,
    maxObjectivesPerFte: 1,
  },
  'complicated-subsystem': {
    key: 'complicated-subsystem',
    size: { warnBelow: 3, warnAbove: 9, failAbove: 12 },
    roles: [
      { roleId: ROLE_IDS.productOwner, min: 0, max: 1 },
      { roleId: ROLE_IDS.developer, min: 2, max: null },
    ],
    minBusinessShare: null,
    maxTeamsPerPerson: 1,
    maxServices: 2,
    maxObjectivesPerFte: 0.5,
  },
};

/** The built-in principle set records (fixed ids `principles:<key>`), as a new workspace holds them. */
export function builtInPrincipleSets(): PrincipleSet[] {
  return Object.values(DEFAULT_PRINCIPLES).map((fields) => ({
    id: principleSetId(fields.key),
    createdAt: BUILT_IN_EPOCH,
    updatedAt: BUILT_IN_EPOCH,
    deletedAt: null,
    updatedBy: null,
    ...(JSON.parse(JSON.stringify(fields)) as PrincipleSetFields),
  }));
}
