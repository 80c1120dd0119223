import type {
  CheckIn,
  Department,
  KeyResult,
  Membership,
  Objective,
  Period,
  Person,
  Plan,
  Role,
  Team,
} from '../model';

/** Every user-made record of a workspace, table by table (settings and built-ins excluded). */
export interface WorkspaceRecords {
  departments: Department[];
  people: Person[];
  roles: Role[];
  plans: Plan[];
  teams: Team[];
  memberships: Membership[];
  periods: Period[];
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
}

export function emptyWorkspace(): WorkspaceRecords {
  return {
    departments: [],
    people: [],
    roles: [],
    plans: [],
    teams: [],
    memberships: [],
    periods: [],
    objectives: [],
    keyResults: [],
    checkIns: [],
  };
}
