// Authentication, read-only viewers, live revocation and malformed-update refusal, as one
// Hocuspocus extension.
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import type { Extension, onAuthenticatePayload, beforeHandleMessagePayload, Hocuspocus, onConfigurePayload, onDestroyPayload } from '@hocuspocus/server';
import { authenticate, Refusal, tokenStanding, type Grant } from './auth.ts';
import type { Store } from './store.ts';
import type { Logger } from './log.ts';

export interface GuardContext {
  grant: Grant;
}

// Hocuspocus and y-protocols message numbers (see @hocuspocus/server types.ts, y-protocols/sync).
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
/** Updates up to this size are decoded completely; larger ones have their structs checked as a stream. */
const FULL_DECODE_LIMIT = 8 * 1024 * 1024;

/** Thrown from beforeHandleMessage: Hocuspocus closes the sender's channel with this code and reason. */
class MalformedUpdate extends Error {
  readonly code = 4400;
  readonly reason = 'malformed-update';
}

/** Returns the Yjs update a client message carries (sync step 2 or update), or undefined for other messages. */
export function updateInMessage(message: Uint8Array): Uint8Array | undefined {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return undefined;
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return undefined;
  return decoding.readVarUint8Array(decoder);
}

/** Throws when `update` is not a well-formed Yjs (v1) update. */
export function checkUpdate(update: Uint8Array): void {
  if (update.byteLength <= FULL_DECODE_LIMIT) Y.decodeUpdate(update);
  else Y.parseUpdateMeta(update);
}

export class Guard implements Extension {
  extensionName = 'TeamshapeGuard';
  private instance: Hocuspocus | undefined;
  private timer: NodeJS.Timeout | undefined;

  private readonly store: Store;
  private readonly log: Logger;
  private readonly now: () => Date;
  private readonly recheckEveryMs: number;

  constructor(store: Store, log: Logger, now: () => Date, recheckEveryMs: number) {
    this.store = store;
    this.log = log;
    this.now = now;
    this.recheckEveryMs = recheckEveryMs;
  }

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance;
    this.timer = setInterval(() => this.closeRevokedConnections(), this.recheckEveryMs);
    this.timer.unref();
  }

  async onDestroy(_payload: onDestroyPayload): Promise<void> {
    if (this.timer) clearInterval(this.timer);
  }

  async onAuthenticate({ token, documentName, connectionConfig, socketId }: onAuthenticatePayload): Promise<GuardContext> {
    try {
      const grant = authenticate(this.store, token, documentName, this.now());
      connectionConfig.readOnly = grant.role === 'viewer';
      return { grant };
    } catch (error) {
      if (error instanceof Refusal) {
        this.log.info(`Refused ${documentName.slice(0, 80)} (socket ${socketId.slice(0, 8)}): ${error.reason}, ${error.message}`);
        // A plain object: Hocuspocus sends `reason` to the client and logs nothing for it.
        throw { reason: error.reason };
      }
      throw error;
    }
  }

  async beforeHandleMessage({ update: message, connection, documentName }: beforeHandleMessagePayload): Promise<void> {
    if (connection.readOnly) return; // Hocuspocus never applies a viewer's update; nothing to check.
    let update: Uint8Array | undefined;
    try {
      update = updateInMessage(message);
      if (update) checkUpdate(update);
    } catch (error) {
      this.log.info(`Refused a malformed message for ${documentName} (socket ${connection.socketId.slice(0, 8)}): ${(error as Error).message}`);
      throw new MalformedUpdate(`malformed update for ${documentName}`);
    }
  }

  /** A revoked or expired token loses its open documents within `recheckEveryMs`, not at the next reconnect. */
  closeRevokedConnections(): void {
    if (!this.instance) return;
    const now = this.now();
    for (const document of this.instance.documents.values()) {
      for (const connection of [...document.connections.keys()]) {
        const grant = (connection.context as Partial<GuardContext> | undefined)?.grant;
        if (!grant) continue;
        const standing = tokenStanding(this.store, grant.tokenId, now);
        if (standing) {
          this.log.info(`Closed ${document.name} for token ${grant.tokenId}: ${standing}`);
          connection.close({ code: 4403, reason: standing });
        }
      }
    }
  }
}
