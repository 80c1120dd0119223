import type { DepartmentKind } from './organisation';
import type { Settings } from './settings';
import { SETTINGS_ID } from './settings';

/** Built-in records have fixed readable ids so backups and merges recognise them everywhere. */
export const LIVE_PLAN_ID = 'plan:live';

export const BUILT_IN_EPOCH = '2026-01-01T00:00:00.000Z';

export interface RoleDefault {
  id: string;
  name: string;
  description: string;
  required: boolean;
  minPerTeam: number;
  maxPerTeam: number | null;
}

export const ROLE_IDS = {
  productOwner: 'role:product-owner',
  developer: 'role:developer',
  businessAnalyst: 'role:business-analyst',
  securityAnalyst: 'role:security-analyst',
  projectManager: 'role:project-manager',
  architect: 'role:architect',
  systemAdministrator: 'role:system-administrator',
  designer: 'role:designer',
  businessStakeholder: 'role:business-stakeholder',
} as const;

export const DEFAULT_ROLES: readonly RoleDefault[] = [
  { id: ROLE_IDS.productOwner, name: 'Product owner', description: 'Owns the backlog and the value the team delivers.', required: true, minPerTeam: 1, maxPerTeam: 1 },
  { id: ROLE_IDS.developer, name: 'Developer', description: 'Builds and runs the service.', required: true, minPerTeam: 1, maxPerTeam: null },
  { id: ROLE_IDS.businessAnalyst, name: 'Business analyst', description: 'Turns business needs into clear requirements.', required: true, minPerTeam: 1, maxPerTeam: null },
  { id: ROLE_IDS.securityAnalyst, name: 'Security analyst', description: 'Keeps the service secure and compliant.', required: true, minPerTeam: 1, maxPerTeam: null },
  { id: ROLE_IDS.projectManager, name: 'Project manager', description: 'Plans delivery and removes obstacles.', required: false, minPerTeam: 0, maxPerTeam: null },
  { id: ROLE_IDS.architect, name: 'Architect', description: 'Shapes the technical design across services.', required: false, minPerTeam: 0, maxPerTeam: null },
  { id: ROLE_IDS.systemAdministrator, name: 'System administrator', description: 'Runs the infrastructure the service depends on.', required: false, minPerTeam: 0, maxPerTeam: null },
  { id: ROLE_IDS.designer, name: 'Designer', description: 'Designs the experience of the people who use the service.', required: false, minPerTeam: 0, maxPerTeam: null },
  { id: ROLE_IDS.businessStakeholder, name: 'Business stakeholder', description: 'Speaks for the business people the team serves (sales, finance, HR, legal, operations).', required: false, minPerTeam: 0, maxPerTeam: null },
];

export interface DepartmentDefault {
  id: string;
  name: string;
  kind: DepartmentKind;
}

export const DEFAULT_DEPARTMENTS: readonly DepartmentDefault[] = [
  { id: 'department:engineering', name: 'Engineering', kind: 'technology' },
  { id: 'department:it-operations', name: 'IT Operations', kind: 'technology' },
  { id: 'department:security', name: 'Security', kind: 'technology' },
  { id: 'department:product', name: 'Product', kind: 'technology' },
  { id: 'department:sales', name: 'Sales', kind: 'business' },
  { id: 'department:marketing', name: 'Marketing', kind: 'business' },
  { id: 'department:finance', name: 'Finance', kind: 'business' },
  { id: 'department:hr', name: 'HR', kind: 'business' },
  { id: 'department:legal', name: 'Legal', kind: 'business' },
  { id: 'department:operations', name: 'Operations', kind: 'business' },
  { id: 'department:customer-success', name: 'Customer Success', kind: 'business' },
];

export const DEFAULT_SETTINGS: Settings = {
  id: SETTINGS_ID,
  createdAt: BUILT_IN_EPOCH,
  updatedAt: BUILT_IN_EPOCH,
  deletedAt: null,
  updatedBy: null,
  sizeLimits: { warnAbove: 8, failAbove: 10, warnBelow: 3 },
  staleAfterDays: 14,
  statusThresholds: { onTrack: 0.9, atRisk: 0.7 },
  defaultAllocation: 100,
};
