import type { MetricKind } from '../../model';
import { splitTeamNames } from '../okrs/okrCells';
import type { OutlineMessage } from './keyResultLine';
import type { OutlineKeyResult, ParsedOutline } from './outline';
import { findByName, LenientIndex } from '../lenientMatch';
import { UnknownTeams, type UnknownTeam, type UnknownTeamChoice } from '../unknownTeams';

export interface OutlineSaveContext {
  teams: readonly { id: string; name: string }[];
  people: readonly { id: string; name: string; email: string | null }[];
  /** Owner teams chosen in the dialog: for objectives whose heading or "Owner:" names no team. */
  chosenTeamIds: readonly string[];
  period: { id: string; start: string; end: string };
  today: string;
  /** Objectives of the workspace a "Supports: …" line may name. */
  objectives: readonly { id: string; title: string; periodId: string }[];
  /** What the person chose for each owner team the paste names that the workspace lacks, by its key. */
  teamChoices?: ReadonlyMap<string, UnknownTeamChoice>;
}

export interface OutlineSaveKeyResult {
  title: string;
  metric: MetricKind;
  start: number | null;
  target: number;
  unit: string;
  ownerId: string | null;
  ownerTeamId: string | null;
  /** Owned by a team the save creates ("Owner: Growth squad" under the heading "Growth squad"). */
  newOwnerTeamName: string | null;
  checkIn: { value: number; confidence: number; date: string } | null;
}

export interface OutlineSaveEntry {
  line: number;
  title: string;
  ownerTeamIds: string[];
  /** Owner teams created with the paste (their names), beside the existing ones. */
  newOwnerTeamNames: string[];
  /** The parent: an objective of the workspace, or an earlier objective of the paste (its index). */
  parent: { kind: 'existing'; id: string } | { kind: 'pasted'; index: number } | null;
  keyResults: OutlineSaveKeyResult[];
}

export interface OutlineSavePlan {
  entries: OutlineSaveEntry[];
  /** Owner teams named in headings or "Owner:" lines that no team of the workspace matches, with their choice. */
  unknownTeams: UnknownTeam[];
  /** The teams the save creates, once each. */
  newTeamNames: string[];
  notes: OutlineMessage[];
  problems: OutlineMessage[];
}

/** A heading that says it is a team ("Growth squad", "Team Atlas") is proposed for creation; any other heading is left out until chosen. */
const TEAM_WORDS = /\b(?:team|squad|tribe|pod|crew|chapter|guild)\b/i;

/** Where a parsed key result sits among its objective's key results (the save keeps their order). */
const parsedIndex = (parsed: ParsedOutline, entry: number, keyResult: OutlineKeyResult) => parsed.objectives[entry]!.keyResults.indexOf(keyResult);

const lower = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
/** "Payments team", "Team Payments", "Payments OKRs — Q2": the team's own name. */
const bareTeamName = (text: string) =>
  text.replace(/\b(?:the|team|squad|tribe|okrs?|objectives)\b/gi, ' ').replace(/\b(?:Q[1-4]|H[12]|FY\s*'?\d{2,4}|\d{4})\b/gi, ' ').replace(/[—–:|()-]/g, ' ').replace(/\s+/g, ' ').trim();

function teamsNamed(text: string, teams: OutlineSaveContext['teams']): { ids: string[]; unknown: string[] } {
  const byName = new Map(teams.map((t) => [lower(t.name), t.id]));
  // Exactly, else with accents and punctuation forgiven when that names one team ("Donnees" for "Données").
  const lenient = new LenientIndex(teams, (t) => t.name, lower);
  const forgiven = (name: string) => {
    const match = lenient.find(name);
    return 'ambiguous' in match ? undefined : match.found.id;
  };
  const find = (name: string) => byName.get(lower(name)) ?? byName.get(lower(bareTeamName(name))) ?? forgiven(name) ?? forgiven(bareTeamName(name));
  const whole = find(text);
  if (whole) return { ids: [whole], unknown: [] };
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const name of splitTeamNames([text.replace(/\s+\/\s+/g, '; ')], new Set(byName.keys()))) {
    const id = find(name);
    if (id && !ids.includes(id)) ids.push(id);
    else if (!id) unknown.push(name);
  }
  return { ids, unknown };
}

/** A key result owner as documents write them: a name, an email, "alan.turing" or "@alan.turing", or a team. */
function ownerOf(text: string, ctx: OutlineSaveContext): { ownerId: string | null; ownerTeamId: string | null } | string {
  const handle = lower(text.replace(/^@/, ''));
  const people = ctx.people.filter((p) => {
    const email = p.email ? lower(p.email) : '';
    return lower(p.name) === handle || email === handle || (email.split('@')[0] === handle && handle !== '') || lower(p.name) === handle.replace(/[._-]+/g, ' ');
  });
  if (people.length === 1) return { ownerId: people[0]!.id, ownerTeamId: null };
  if (people.length > 1) return `the owner "${text}" matches ${people.length} people: saved without an owner; write their email to choose one`;
  // A name without its accents ("Zofia Wojcik") or as "Last, First".
  const named = findByName(new LenientIndex(ctx.people, (p) => p.name, lower), text.replace(/^@/, '').trim());
  if (!('ambiguous' in named)) return { ownerId: named.found.id, ownerTeamId: null };
  if (named.ambiguous > 1) return `the owner "${text}" matches ${named.ambiguous} people: saved without an owner; write their email to choose one`;
  const team = teamsNamed(text, ctx.teams);
  if (team.ids.length === 1 && team.unknown.length === 0) return { ownerId: null, ownerTeamId: team.ids[0]! };
  return `the owner "${text}" matches nobody in People or Teams: saved without an owner (add the person first to keep them)`;
}

/**
 * Turns a parsed paste into what is saved: owner teams from the objective's "Owner:" or its team
 * heading (else the teams chosen in the dialog), key result owners matched to people or teams, the
 * values now as check-ins dated today (or the period's last day), and "Supports:" as the parent.
 * Whatever cannot be matched is said per line; nothing is dropped silently.
 */
export function planOutlineSave(parsed: ParsedOutline, ctx: OutlineSaveContext): OutlineSavePlan {
  const notes: OutlineMessage[] = [];
  const problems: OutlineMessage[] = [];
  const started = ctx.today >= ctx.period.start;
  const checkInDate = ctx.today > ctx.period.end ? ctx.period.end : ctx.today;
  let futureNoted = false;
  const entries: OutlineSaveEntry[] = [];
  const unknownTeams = new UnknownTeams(ctx.teamChoices ?? new Map(), new Set(ctx.teams.map((t) => t.id)));
  const unmatchedOwners: { entry: number; keyResult: OutlineKeyResult; note: OutlineMessage }[] = [];
  for (const objective of parsed.objectives) {
    let ownerTeamIds = [...ctx.chosenTeamIds];
    let newOwnerTeamNames: string[] = [];
    const written = objective.owner ?? objective.section;
    if (written) {
      const named = teamsNamed(written, ctx.teams);
      const ids = [...named.ids];
      const created: string[] = [];
      const left: string[] = [];
      for (const name of named.unknown) {
        const team = unknownTeams.meet(name, objective.line, objective.owner !== null || TEAM_WORDS.test(name) ? 'create' : 'leave');
        if (team.choice.kind === 'existing' && !ids.includes(team.choice.teamId)) ids.push(team.choice.teamId);
        else if (team.choice.kind === 'create' && !created.includes(team.name)) created.push(team.name);
        else if (team.choice.kind === 'leave') left.push(name);
      }
      if (ids.length > 0 || created.length > 0) [ownerTeamIds, newOwnerTeamNames] = [ids, created];
      else notes.push({ line: objective.line, message: `"${written}" names no team of this workspace (${left.join(', ') || written}), left out: "${objective.title}" is owned by the teams chosen below` });
    }
    if (ownerTeamIds.length === 0 && newOwnerTeamNames.length === 0) problems.push({ line: objective.line, message: `"${objective.title}" has no owner team: choose the owner teams below, or name a team in an "Owner:" line or a heading above it` });
    let parent: OutlineSaveEntry['parent'] = null;
    if (objective.parentTitle) {
      const pasted = entries.findIndex((e) => lower(e.title) === lower(objective.parentTitle!));
      const existing = ctx.objectives.filter((o) => lower(o.title) === lower(objective.parentTitle!));
      const samePeriod = existing.filter((o) => o.periodId === ctx.period.id);
      if (pasted >= 0) parent = { kind: 'pasted', index: pasted };
      else if (existing.length === 1 || samePeriod.length === 1) parent = { kind: 'existing', id: (samePeriod.length === 1 ? samePeriod : existing)[0]!.id };
      else notes.push({ line: objective.line, message: `the parent objective "${objective.parentTitle}" ${existing.length > 1 ? `matches ${existing.length} objectives` : 'is not in this workspace'}: saved without alignment; choose the parent afterwards` });
    }
    const keyResults = objective.keyResults.map((k): OutlineSaveKeyResult => {
      let owner: { ownerId: string | null; ownerTeamId: string | null } = { ownerId: null, ownerTeamId: null };
      if (k.owner) {
        const found = ownerOf(k.owner, ctx);
        if (typeof found === 'string') unmatchedOwners.push({ entry: entries.length, keyResult: k, note: { line: k.line, message: `"${k.title}": ${found}` } });
        else owner = found;
      }
      let checkIn: OutlineSaveKeyResult['checkIn'] = null;
      if (k.current !== null && k.confidence !== null) {
        if (started) checkIn = { value: k.current, confidence: k.confidence, date: checkInDate };
        else if (!futureNoted) {
          futureNoted = true;
          notes.push({ line: k.line, message: `the period starts on ${ctx.period.start}, after today: the values now are not recorded as check-ins` });
        }
      }
      return { title: k.title, metric: k.metric, start: k.start, target: k.target, unit: k.unit, ...owner, newOwnerTeamName: null, checkIn };
    });
    entries.push({ line: objective.line, title: objective.title, ownerTeamIds, newOwnerTeamNames, parent, keyResults });
  }
  // A key result owner no person or team matches may be a team the paste names elsewhere (its heading, an "Owner:" line): it follows that team's choice.
  for (const { entry, keyResult, note } of unmatchedOwners) {
    const team = unknownTeams.find(keyResult.owner!);
    const saved = entries[entry]!.keyResults[parsedIndex(parsed, entry, keyResult)]!;
    if (team?.choice.kind === 'create') saved.newOwnerTeamName = team.name;
    else if (team?.choice.kind === 'existing') saved.ownerTeamId = team.choice.teamId;
    else notes.push(note);
  }
  return { entries, unknownTeams: unknownTeams.list(), newTeamNames: unknownTeams.toCreate(), notes, problems };
}
