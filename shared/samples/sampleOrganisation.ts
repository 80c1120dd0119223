import { createIdGenerator, seededRandom } from '../ids';
import { quarterOf, ROLE_IDS, LIVE_PLAN_ID, type KeyResult, type Person, type Team } from '../model';
import { FIRST_NAMES, LAST_NAMES } from './names';
import { SAMPLE_OBJECTIVES, SAMPLE_TEAMS } from './sampleTeams';
import { emptyWorkspace, type WorkspaceRecords } from './workspace';
import { sampleCheckIns } from './sampleCheckIns';

type RoleKey = keyof typeof ROLE_IDS;

/**
 * A realistic organisation for newcomers: 12 product teams, about 90 people and shared OKRs for
 * the quarter containing `today`. It deliberately contains a few problems the health checks
 * explain (an oversized team, a missing security analyst, an over-allocated person, a team with
 * no business member), so the product shows what it is for. Same `today` → same data.
 */
export function sampleOrganisation(today: string, seed = 42): WorkspaceRecords {
  const nextId = createIdGenerator({ seed, startMs: Date.parse(`${today}T00:00:00.000Z`) });
  const random = seededRandom(seed);
  const at = `${today}T09:00:00.000Z`;
  const stamp = () => ({ id: nextId(), createdAt: at, updatedAt: at, deletedAt: null, updatedBy: null });
  const data = emptyWorkspace();
  const usedNames = new Set<string>();

  function person(department: string, title: string): Person {
    let name = '';
    do {
      name = `${FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]} ${LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]}`;
    } while (usedNames.has(name));
    usedNames.add(name);
    const email = `${name.toLowerCase().replace(/[^a-z ]/g, '').replace(' ', '.')}@example.com`;
    const record: Person = { ...stamp(), name, email, title, departmentId: `department:${department}` };
    data.people.push(record);
    return record;
  }

  const teams = new Map<string, Team>();
  function join(teamKey: string, who: Person, role: RoleKey, allocation = 100): void {
    const team = teams.get(teamKey)!;
    data.memberships.push({ ...stamp(), planId: LIVE_PLAN_ID, teamId: team.id, personId: who.id, roleId: ROLE_IDS[role], allocation });
  }

  const cio = person('it-operations', 'Chief Information Officer');
  const cfo = person('finance', 'Chief Financial Officer');
  const coo = person('operations', 'Chief Operating Officer');
  const champions = [cio, cfo, coo];
  SAMPLE_TEAMS.forEach((spec, index) => {
    const team: Team = {
      ...stamp(), planId: LIVE_PLAN_ID, name: spec.name, mission: spec.mission, services: [spec.service],
      championId: champions[index % champions.length]!.id,
    };
    teams.set(spec.key, team);
    data.teams.push(team);
  });

  const sharedDesigner = person('product', 'UX Designer');
  const sharedArchitect = person('engineering', 'Enterprise Architect');
  const financePartner = person('finance', 'Finance Business Partner');
  const sharedSecurity: Record<string, Person> = {};
  // One security analyst covers two teams alone: the sample's single-point-of-failure example.
  for (const [a, b] of [['portal', 'web']] as const) {
    const analyst = person('security', 'Security Analyst');
    sharedSecurity[a] = analyst;
    sharedSecurity[b] = analyst;
  }
  const businessDepartments: Record<string, string> = {
    payments: 'finance', portal: 'customer-success', identity: 'hr', data: 'finance', field: 'operations', billing: 'finance',
    hr: 'hr', crm: 'sales', supply: 'operations', web: 'marketing', servicedesk: 'operations',
  };

  for (const spec of SAMPLE_TEAMS) {
    const key = spec.key;
    join(key, person('product', 'Product Owner'), 'productOwner');
    for (let i = 0; i < spec.developers; i++) join(key, person('engineering', 'Software Engineer'), 'developer');
    join(key, person('product', 'Business Analyst'), 'businessAnalyst');
    // The field service team has no security analyst: the sample's role-coverage example.
    if (sharedSecurity[key]) join(key, sharedSecurity[key], 'securityAnalyst', 50);
    else if (key !== 'field') join(key, person('security', 'Security Analyst'), 'securityAnalyst');
    for (const extra of spec.extras) {
      if (extra === 'architect' && key !== 'supply') join(key, sharedArchitect, 'architect', 50);
      else if (extra === 'designer' && (key === 'portal' || key === 'web')) join(key, sharedDesigner, 'designer', 50);
      else if (extra === 'architect') join(key, person('engineering', 'Solution Architect'), 'architect');
      else if (extra === 'designer') join(key, person('product', 'UX Designer'), 'designer');
      else if (extra === 'projectManager') join(key, person('product', 'Project Manager'), 'projectManager');
      else join(key, person('it-operations', 'System Administrator'), 'systemAdministrator');
    }
    // The finance partner gives 70 % to billing and 50 % to payments: the sample's over-allocation example.
    if (key === 'billing') join(key, financePartner, 'businessStakeholder', 70);
    else if (key === 'payments') join(key, financePartner, 'businessStakeholder', 50);
    else if (businessDepartments[key]) join(key, person(businessDepartments[key], 'Business Lead'), 'businessStakeholder', 30);
  }

  addSampleObjectives(data, today, teams, stamp, at);
  return data;
}

function addSampleObjectives(
  data: WorkspaceRecords,
  today: string,
  teams: Map<string, Team>,
  stamp: () => { id: string; createdAt: string; updatedAt: string; deletedAt: null; updatedBy: null },
  at: string,
): void {
  const period = quarterOf(today);
  const objectiveIds = new Map<string, string>();
  const productOwnerOf = (teamId: string) =>
    data.memberships.find((m) => m.teamId === teamId && m.roleId === ROLE_IDS.productOwner)?.personId ?? null;
  SAMPLE_OBJECTIVES.forEach((spec, index) => {
    const ownerTeamIds = spec.owners.map((key) => teams.get(key)!.id);
    const objective = {
      ...stamp(), title: spec.title, description: '', periodId: period.id, ownerTeamIds,
      parentId: spec.parent ? objectiveIds.get(spec.parent) ?? null : null, kind: spec.kind ?? 'committed', score: null,
    } as const;
    objectiveIds.set(spec.key, objective.id);
    data.objectives.push({ ...objective, ownerTeamIds: [...ownerTeamIds] });
    spec.keyResults.forEach((kr, krIndex) => {
      const keyResult: KeyResult = {
        ...stamp(), objectiveId: objective.id, title: kr.title, metric: kr.metric, start: kr.start, target: kr.target,
        unit: kr.unit, weight: null, ownerId: productOwnerOf(ownerTeamIds[krIndex % ownerTeamIds.length]!),
        contributingTeamIds: [], sortOrder: krIndex * 10, score: null,
      };
      data.keyResults.push(keyResult);
      const staleDays = (index + krIndex) % 5 === 4 ? 20 : ((index * 3 + krIndex) % 6);
      data.checkIns.push(...sampleCheckIns(keyResult, kr.pace, period.start, today, staleDays, stamp, at));
    });
  });
}
