/**
 * The reply envelope of every bridge call, kept free of zod so the sandboxed preload can import
 * it without bundling the schemas. `shared/bridge.ts` re-exports all of it.
 */
export type BridgeReply<T> = { ok: true; value: T } | { ok: false; error: string };

/** The key under which the preload exposes the bridge: `window.teamshape`. */
export const BRIDGE_GLOBAL = 'teamshape';

export function bridgeFailure(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

export function isBridgeReply(value: unknown): value is BridgeReply<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as Record<string, unknown>;
  return reply.ok === true ? 'value' in reply : reply.ok === false && typeof reply.error === 'string';
}
