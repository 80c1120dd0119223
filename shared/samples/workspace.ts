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
  PrincipleSet,
  TeamGroup,
  Interaction,
  Dependency,
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
  principleSets: PrincipleSet[];
  teamGroups: TeamGroup[];
  interactions: Interaction[];
  dependencies: Dependency[];
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
    principleSets: [],
    teamGroups: [],
    interactions: [],
    dependencies: [],
  };
}
