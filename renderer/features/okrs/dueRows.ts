import type { Membership } from '../../../shared/model';
import { assessKeyResult, checkInsDue, isDue, type KeyResultAssessment, type OkrPreferences, type OkrRuleSettings } from '../../../shared/rules';
import type { OpenKeyResult } from '../../db';

export interface DueRow extends OpenKeyResult {
  assessment: KeyResultAssessment;
  due: boolean;
  stale: boolean;
  daysWithoutCheckIn: number;
  title: string;
}

/** Whose list: mine (key results I own, or that my teams own) or one team's. */
export type DueScope = { kind: 'me'; personId: string } | { kind: 'team'; teamId: string } | { kind: 'everyone' };

/** The teams a person is a member of in the live plan. */
export function teamsOf(personId: string, memberships: readonly Membership[]): Set<string> {
  return new Set(memberships.filter((m) => m.personId === personId && m.deletedAt === null).map((m) => m.teamId));
}

/**
 * Mine: key results I own, owned by one of my teams, or of an objective my teams own (unless
 * someone else owns the key result). A team's: owned by the team, or of an objective it owns.
 */
export function inScope(item: OpenKeyResult, scope: DueScope, myTeams: ReadonlySet<string>): boolean {
  const { keyResult, objective } = item;
  if (scope.kind === 'everyone') return true;
  if (scope.kind === 'team') return keyResult.ownerTeamId === scope.teamId || objective.ownerTeamIds.includes(scope.teamId) || keyResult.contributingTeamIds.includes(scope.teamId);
  if (keyResult.ownerId) return keyResult.ownerId === scope.personId;
  if (keyResult.ownerTeamId) return myTeams.has(keyResult.ownerTeamId);
  return objective.ownerTeamIds.some((id) => myTeams.has(id));
}

/** The list, stale first, then due, the longest without a check-in first. */
export function dueRows(items: readonly OpenKeyResult[], scope: DueScope, myTeams: ReadonlySet<string>, settings: OkrRuleSettings, preferences: OkrPreferences, today: string): DueRow[] {
  const rows: DueRow[] = [];
  for (const item of items) {
    if (!inScope(item, scope, myTeams)) continue;
    const assessment = assessKeyResult(item.keyResult, item.latest, item.period, settings, today, item.baseline);
    const due = isDue({ lastCheckInDate: item.latest?.date, period: item.period, today, cadenceDays: preferences.checkInCadenceDays, graceDays: preferences.checkInGraceDays });
    rows.push({ ...item, assessment, due, stale: assessment.stale, daysWithoutCheckIn: assessment.daysWithoutCheckIn, title: item.keyResult.title });
  }
  return checkInsDue(rows);
}
