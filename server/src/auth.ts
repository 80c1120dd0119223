// Who may open a document: the invitation token decides the workspace and the role. Each refusal
// has its own reason, sent to the client as Hocuspocus' permission-denied reason (PROTOCOL.md).
import type { Role, Store } from './store.ts';
import { parseToken, secretMatches } from './tokens.ts';
import { workspaceOfDocument } from './documentNames.ts';

export type RefusalReason = 'token-unknown' | 'token-revoked' | 'token-expired' | 'wrong-workspace' | 'bad-document-name';

/** Thrown to Hocuspocus: it sends `reason` to the client and closes that document's channel. */
export class Refusal extends Error {
  readonly reason: RefusalReason;
  constructor(reason: RefusalReason, detail: string) {
    super(detail);
    this.reason = reason;
  }
}

export interface Grant {
  tokenId: string;
  workspaceId: string;
  role: Role;
}

/** The token's standing at `now` (the server's clock only: a client's clock never counts). */
export function tokenStanding(store: Store, tokenId: string, now: Date): RefusalReason | undefined {
  const row = store.token(tokenId);
  if (!row) return 'token-unknown';
  if (row.revokedAt !== null) return 'token-revoked';
  if (row.expiresAt !== null && Date.parse(row.expiresAt) <= now.getTime()) return 'token-expired';
  return undefined;
}

export function authenticate(store: Store, token: string | undefined, documentName: string, now: Date): Grant {
  const parsed = token ? parseToken(token) : undefined;
  if (!parsed) throw new Refusal('token-unknown', 'the token is not an invitation token of this server');
  const row = store.token(parsed.tokenId);
  if (!row || !secretMatches(parsed.secret, row.secretHash)) throw new Refusal('token-unknown', `token ${parsed.tokenId} is not known here`);
  const standing = tokenStanding(store, row.id, now);
  if (standing) throw new Refusal(standing, `token ${row.id} is ${standing === 'token-revoked' ? 'revoked' : 'expired'}`);
  const workspaceId = workspaceOfDocument(documentName);
  if (workspaceId === undefined) throw new Refusal('bad-document-name', `"${documentName.slice(0, 80)}" is not a document name of this server`);
  if (workspaceId !== row.workspaceId) throw new Refusal('wrong-workspace', `token ${row.id} grants workspace ${row.workspaceId}, not ${workspaceId}`);
  return { tokenId: row.id, workspaceId, role: row.role };
}
