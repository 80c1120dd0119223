/**
 * Sharing one draft as a file: export writes its teams, memberships and vacancies with what is
 * needed to match people and roles elsewhere; import makes a new draft in one change.
 */
import { Plan, type Membership, type Team } from '../../shared/model';
import { DraftFile, DRAFT_FILE_FORMAT, DRAFT_FILE_MAX_BYTES, DRAFT_FILE_VERSION, matchDraftPeople, matchDraftRoles, type PeopleMatch } from '../../shared/scenarios';
import { parseOrThrow, ValidationError } from '../../shared/validation';
import { nowIso } from '../../shared/clock';
import { newId } from '../../shared/ids';
import type { TeamshapeDb } from './database';
import { RuleViolationError } from './errors';
import { currentActor, stampNew } from './stamp';
import { applyChange } from './changes';
import { mustBeAlive } from './okrReads';
import { planRecords } from './scenarios';
import { foldText } from '../../shared/backup/naturalKeys';
import { servicesFromLegacy } from '../../shared/backup/designMigration';

/** `<name>.teamshape-draft.json`, the name cleaned of characters file systems refuse. */
export function draftFileName(planName: string): string {
  return `${planName.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'draft'}.teamshape-draft.json`;
}

/** The draft as a file's text (JSON), ready to save as `<name>.teamshape-draft.json`. */
export async function exportDraft(db: TeamshapeDb, planId: string): Promise<{ fileName: string; text: string; file: DraftFile }> {
  return db.transaction('r', [db.plans, db.teams, db.memberships, db.people, db.roles], async () => {
    const plan = await mustBeAlive(db.plans, planId, 'plan');
    const { teams, memberships } = await planRecords(db, planId);
    const roles = new Map((await db.roles.toArray()).map((r) => [r.id, r.name]));
    const personIds = new Set<string>();
    for (const m of memberships) if (m.personId) personIds.add(m.personId);
    for (const t of teams) if (t.championId) personIds.add(t.championId);
    const people = (await db.people.bulkGet([...personIds])).filter((p) => p !== undefined);
    const teamIds = new Set(teams.map((t) => t.id));
    const file = parseOrThrow(DraftFile, {
      format: DRAFT_FILE_FORMAT,
      version: DRAFT_FILE_VERSION,
      exportedAt: nowIso(),
      plan: { name: plan.name, description: plan.description },
      people: people.map((p) => ({ key: p.id, name: p.name, email: p.email || null, employeeId: p.employeeId ?? null })),
      teams: teams.map((t) => ({ key: t.id, name: t.name, mission: t.mission, service: t.services[0] ?? '', services: t.services, type: t.type ?? null, championKey: t.championId, derivedFromTeamIds: t.derivedFromTeamIds ?? [] })),
      memberships: memberships.filter((m) => teamIds.has(m.teamId)).map((m) => ({ teamKey: m.teamId, personKey: m.personId, roleId: m.roleId, roleName: roles.get(m.roleId) ?? m.roleId, allocation: m.allocation })),
    });
    return { fileName: draftFileName(plan.name), text: JSON.stringify(file, null, 1), file };
  });
}

/** Reads a draft file strictly: size, JSON, format, version, every field. Messages say what is wrong. */
export function readDraftFile(text: string): DraftFile {
  if (text.length > DRAFT_FILE_MAX_BYTES) throw new ValidationError([`The draft file is larger than ${DRAFT_FILE_MAX_BYTES / 1024 / 1024} MiB: this is not a draft file exported by Teamshape.`]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ValidationError(['The draft file is not valid JSON: choose a file exported with “Export draft”.']);
  }
  const file = parseOrThrow(DraftFile, json);
  const teams = new Set(file.teams.map((t) => t.key));
  const people = new Set(file.people.map((p) => p.key));
  const problems: string[] = [];
  file.memberships.forEach((m, i) => {
    if (!teams.has(m.teamKey)) problems.push(`memberships[${i}].teamKey: team "${m.teamKey}" is not in the file`);
    if (m.personKey !== null && !people.has(m.personKey)) problems.push(`memberships[${i}].personKey: person "${m.personKey}" is not in the file`);
  });
  if (problems.length > 0) throw new ValidationError(problems.slice(0, 20));
  return file;
}

export interface DraftImportPreview {
  file: DraftFile;
  people: PeopleMatch;
  unmatchedRoles: string[];
}

/** Who in the file matches whom here (employee ID, else email), before anything is written. */
export async function previewDraftImport(db: TeamshapeDb, text: string): Promise<DraftImportPreview> {
  const file = readDraftFile(text);
  const [people, roles] = await Promise.all([db.people.toArray(), db.roles.toArray()]);
  return { file, people: matchDraftPeople(file, people), unmatchedRoles: matchDraftRoles(file, roles).unmatched };
}

export interface DraftImportOptions {
  /** The new draft's name (default: the file's, with “(imported)” when a draft has that name). */
  name?: string;
  /** People nobody here matches: refuse (default, listing them) or keep their places as vacancies. */
  unmatched?: 'refuse' | 'vacancies';
}

/** Imports a shared draft file as a new draft, in one change. */
export async function importDraft(db: TeamshapeDb, text: string, options: DraftImportOptions = {}): Promise<{ plan: Plan; vacanciesFromUnmatched: number }> {
  const file = readDraftFile(text);
  let vacanciesFromUnmatched = 0;
  const plan = await applyChange(db, (p: Plan) => `Import draft “${p.name}”`, async () => {
    const [people, roles, drafts, allTeams] = await Promise.all([db.people.toArray(), db.roles.toArray(), db.plans.where('kind').equals('draft').toArray(), db.teams.toArray()]);
    const match = matchDraftPeople(file, people);
    const roleMatch = matchDraftRoles(file, roles);
    if (roleMatch.unmatched.length > 0) {
      throw new RuleViolationError(`The draft file uses roles this workspace does not have: ${roleMatch.unmatched.join(', ')}. Add them in Settings › Roles, then import again.`);
    }
    if (match.unmatched.length > 0 && (options.unmatched ?? 'refuse') === 'refuse') {
      const list = match.unmatched.slice(0, 20).map((p) => `${p.name}${p.employeeId ? ` (employee ID ${p.employeeId})` : p.email ? ` (${p.email})` : ''}`).join(', ');
      const more = match.unmatched.length > 20 ? ` and ${(match.unmatched.length - 20).toLocaleString('en-US')} more` : '';
      throw new RuleViolationError(`${match.unmatched.length.toLocaleString('en-US')} ${match.unmatched.length === 1 ? 'person' : 'people'} in the draft file ${match.unmatched.length === 1 ? 'is' : 'are'} not in this directory (matched by employee ID, else email): ${list}${more}. Add them to People first, or import their places as vacancies.`);
    }
    const taken = new Set(drafts.filter((d) => d.deletedAt === null).map((d) => foldText(d.name)));
    let name = options.name?.trim() || file.plan.name;
    if (taken.has(foldText(name))) {
      if (options.name) throw new RuleViolationError(`A draft called “${name}” already exists: choose another name.`);
      name = `${file.plan.name.slice(0, 68)} (imported)`;
      for (let n = 2; taken.has(foldText(name)); n++) name = `${file.plan.name.slice(0, 64)} (imported ${n})`;
    }
    const actor = await currentActor(db);
    const created = parseOrThrow(Plan, { ...stampNew(actor), name, kind: 'draft', description: file.plan.description, basedOnPlanId: null });
    await db.plans.add(created);
    const known = new Set(allTeams.map((t) => t.id));
    const teamIds = new Map<string, string>();
    const teams: Team[] = file.teams.map((t) => {
      const id = newId();
      teamIds.set(t.key, id);
      const derived = t.derivedFromTeamIds.filter((d) => known.has(d));
      return {
        ...stampNew(actor, id), planId: created.id, name: t.name, mission: t.mission, services: t.services ?? servicesFromLegacy(t.service), type: t.type ?? null,
        championId: t.championKey ? match.matched.get(t.championKey) ?? null : null,
        ...(derived.length > 0 ? { derivedFromTeamIds: derived } : {}),
      };
    });
    const memberships: Membership[] = file.memberships.map((m) => {
      const personId = m.personKey === null ? null : match.matched.get(m.personKey) ?? null;
      if (m.personKey !== null && personId === null) vacanciesFromUnmatched += 1;
      return { ...stampNew(actor), planId: created.id, teamId: teamIds.get(m.teamKey)!, personId, roleId: roleMatch.matched.get(m.roleId)!, allocation: m.allocation };
    });
    await db.teams.bulkAdd(teams);
    await db.memberships.bulkAdd(memberships);
    return created;
  });
  return { plan, vacanciesFromUnmatched };
}
