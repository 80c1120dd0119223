/**
 * Owner teams an import names that the workspace does not have, after the forgiving match found
 * none: each is created with the import, taken as an existing team the person picks, or left out.
 * Nothing is decided silently: the preview lists every such name with its choice.
 */
import { foldForMatching } from './lenientMatch';

export type UnknownTeamChoice = { kind: 'create' } | { kind: 'existing'; teamId: string } | { kind: 'leave' };

export interface UnknownTeam {
  /** The name folded for matching: "Growth squad" and "growth Squad" are one team. */
  key: string;
  /** The name a new team gets. */
  name: string;
  /** Lines (or rows) that name it, for the preview. */
  lines: number[];
  choice: UnknownTeamChoice;
  /** Whether the choice is the person's, or the proposal. */
  chosen: boolean;
}

/** "## Growth squad — Q3 2026 OKRs" names the team "Growth squad". */
export function teamNameToCreate(written: string): string {
  const name = written
    .replace(/\b(?:okrs?|objectives(?: and key results)?)\b/gi, ' ')
    .replace(/\b(?:Q[1-4]|H[12])\s*(?:FY|CY)?\s*'?\d{2,4}\b|\b(?:FY|CY)\s*'?\d{2,4}(?:\s*[-–]?\s*(?:Q[1-4]|H[12]))?\b|\b\d{4}\s*[-–]?\s*(?:Q[1-4]|H[12])\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s—–:|()\-,.]+|[\s—–:|()\-,.]+$/g, '')
    .trim();
  return (name || written.trim()).slice(0, 120);
}

export function unknownTeamKey(name: string): string {
  return foldForMatching(teamNameToCreate(name));
}

/** The names an import cannot find, in the order it met them, with the person's choice or the proposal. */
export class UnknownTeams {
  private readonly byKey = new Map<string, UnknownTeam>();

  constructor(
    private readonly choices: ReadonlyMap<string, UnknownTeamChoice>,
    private readonly liveTeamIds: ReadonlySet<string>,
  ) {}

  /**
   * Records a name met on a line and returns what it becomes. `propose` is the choice offered
   * before the person picks one: create for a name that clearly is a team ("Owner:", "Growth
   * squad"), leave out for a heading that may be anything ("Company-wide").
   */
  meet(written: string, line: number, propose: UnknownTeamChoice['kind'] & ('create' | 'leave')): UnknownTeam {
    const key = unknownTeamKey(written);
    let team = this.byKey.get(key);
    if (!team) {
      const picked = this.choices.get(key);
      // A team picked earlier that was deleted since is no choice any more.
      const valid = picked && (picked.kind !== 'existing' || this.liveTeamIds.has(picked.teamId)) ? picked : undefined;
      team = { key, name: teamNameToCreate(written), lines: [], choice: valid ?? { kind: propose }, chosen: valid !== undefined };
      this.byKey.set(key, team);
    } else if (!team.chosen && propose === 'create') team.choice = { kind: 'create' };
    if (!team.lines.includes(line)) team.lines.push(line);
    return team;
  }

  /** A name met before, under any spelling that folds the same. */
  find(written: string): UnknownTeam | undefined {
    return this.byKey.get(unknownTeamKey(written));
  }

  list(): UnknownTeam[] {
    return [...this.byKey.values()];
  }

  /** The names of the teams to create, once each. */
  toCreate(): string[] {
    return this.list().filter((t) => t.choice.kind === 'create').map((t) => t.name);
  }
}
