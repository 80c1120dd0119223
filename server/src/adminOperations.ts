// What the admin command does, as functions over the store (the CLI in admin.ts only parses and prints).
import type { Role, Store, TokenRow, WorkspaceRow } from './store.ts';
import { formatToken, hashSecret, isTokenId, newSecret, newTokenId, parseExpiry, parseToken, randomName } from './tokens.ts';
import { isWorkspaceId } from './documentNames.ts';

const MAX_NAME_LENGTH = 200;

export function createWorkspace(store: Store, name: string, now: Date): WorkspaceRow {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('create-workspace needs a name, for example: create-workspace "Acme product teams"');
  if (trimmed.length > MAX_NAME_LENGTH) throw new Error(`The workspace name is ${trimmed.length} characters long; keep it to ${MAX_NAME_LENGTH}.`);
  const row = { id: randomName(16), name: trimmed, createdAt: now.toISOString() };
  store.addWorkspace(row);
  return row;
}

export function invite(
  store: Store,
  workspaceId: string,
  role: string,
  expires: string | undefined,
  now: Date,
): { token: string; row: TokenRow } {
  if (!isWorkspaceId(workspaceId) || !store.workspace(workspaceId)) {
    throw new Error(`There is no workspace "${workspaceId}" in this data folder. Run \`list\` to see the workspace ids.`);
  }
  if (role !== 'editor' && role !== 'viewer') throw new Error(`--role ${role}: the role is editor (reads and writes) or viewer (reads only).`);
  const secret = newSecret();
  const row: TokenRow = {
    id: newTokenId(),
    workspaceId,
    role: role as Role,
    secretHash: hashSecret(secret),
    createdAt: now.toISOString(),
    expiresAt: expires === undefined ? null : parseExpiry(expires, now),
    revokedAt: null,
  };
  store.addToken(row);
  return { token: formatToken(row.id, secret), row };
}

/** Revokes by token id or by the whole token; says whether it was revoked before. */
export function revoke(store: Store, tokenOrId: string, now: Date): { tokenId: string; alreadyRevoked: boolean } {
  const text = tokenOrId.trim();
  const tokenId = isTokenId(text) ? text : parseToken(text)?.tokenId;
  if (!tokenId || !store.token(tokenId)) {
    throw new Error(`There is no token "${text.slice(0, 24)}${text.length > 24 ? '…' : ''}" in this data folder. Run \`list\` to see the token ids (tok_…).`);
  }
  const changed = store.revokeToken(tokenId, now.toISOString());
  return { tokenId, alreadyRevoked: !changed };
}

export interface Listing {
  workspaces: Array<
    WorkspaceRow & {
      tokens: Array<{ id: string; role: Role; createdAt: string; expiresAt: string | null; revokedAt: string | null; state: 'active' | 'revoked' | 'expired' }>;
      documents: Array<{ document: string; rows: number; bytes: number }>;
    }
  >;
}

/** Everything an administrator may see: never a secret or its hash. */
export function list(store: Store, now: Date): Listing {
  const tokens = store.tokens();
  const documents = store.documentStats();
  return {
    workspaces: store.workspaces().map((workspace) => ({
      ...workspace,
      tokens: tokens
        .filter((token) => token.workspaceId === workspace.id)
        .map((token) => ({
          id: token.id,
          role: token.role,
          createdAt: token.createdAt,
          expiresAt: token.expiresAt,
          revokedAt: token.revokedAt,
          state: token.revokedAt !== null ? 'revoked' : token.expiresAt !== null && Date.parse(token.expiresAt) <= now.getTime() ? 'expired' : 'active',
        })),
      documents: documents.filter((doc) => doc.document === `ws/${workspace.id}` || doc.document.startsWith(`ws/${workspace.id}/`)),
    })),
  };
}
