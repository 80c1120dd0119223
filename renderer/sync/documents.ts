/**
 * Which synced document a record lives in (issue 21): the workspace document holds what is
 * workspace-wide, each plan its own document (its teams and memberships), check-ins their own
 * (the bulk at size L, append-only). Draft plans stay on this laptop until their author shares them;
 * device-local tables never reach a document at all (they are not workspace tables).
 */
import type { WorkspaceTable } from '../db/changeRecorder';

/** A document's key on this laptop: '' the workspace, 'checkins', or 'plan/<planId>'. */
export type DocKey = string;

export const WORKSPACE_DOC: DocKey = '';
export const CHECK_INS_DOC: DocKey = 'checkins';

export const WORKSPACE_DOC_TABLES = ['settings', 'roles', 'departments', 'people', 'plans', 'periods', 'objectives', 'keyResults', 'principleSets'] as const;
/** What belongs to a plan (drafts copy it): its teams, memberships, groups, interactions and dependencies. */
export const PLAN_DOC_TABLES = ['teams', 'memberships', 'teamGroups', 'interactions', 'dependencies'] as const;
export const CHECK_IN_DOC_TABLES = ['checkIns'] as const;

export function planDoc(planId: string): DocKey {
  return `plan/${planId}`;
}

export function planIdOfDoc(doc: DocKey): string | null {
  return doc.startsWith('plan/') ? doc.slice('plan/'.length) : null;
}

/** The tables a document holds. */
export function tablesOfDoc(doc: DocKey): readonly WorkspaceTable[] {
  if (doc === WORKSPACE_DOC) return WORKSPACE_DOC_TABLES;
  if (doc === CHECK_INS_DOC) return CHECK_IN_DOC_TABLES;
  return PLAN_DOC_TABLES;
}

/** The server's name of a document: `ws/<workspaceId>` and `ws/<workspaceId>/<suffix>` (server/PROTOCOL.md). */
export function serverDocumentName(workspaceId: string, doc: DocKey): string {
  return doc === WORKSPACE_DOC ? `ws/${workspaceId}` : `ws/${workspaceId}/${doc}`;
}

/** What a plan is to sync: live and archived plans always, a draft once shared. */
export interface PlanSharing {
  kindOf: (planId: string) => string | undefined;
  isShared: (planId: string) => boolean;
}

export function planIsSynced(planId: string, sharing: PlanSharing): boolean {
  const kind = sharing.kindOf(planId);
  if (kind === undefined) return false;
  return kind !== 'draft' || sharing.isShared(planId);
}

/** The document of a record, or null when the record stays on this laptop (a private draft's). */
export function docOfRecord(table: WorkspaceTable, record: { id: string } & Record<string, unknown>, sharing: PlanSharing): DocKey | null {
  if (table === 'checkIns') return CHECK_INS_DOC;
  if ((PLAN_DOC_TABLES as readonly string[]).includes(table)) {
    const planId = record.planId as string;
    return planIsSynced(planId, sharing) ? planDoc(planId) : null;
  }
  if (table === 'plans') return record.kind !== 'draft' || sharing.isShared(record.id) ? WORKSPACE_DOC : null;
  return WORKSPACE_DOC;
}
