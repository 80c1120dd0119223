/**
 * The connection to the sync server (Hocuspocus, server/PROTOCOL.md): one WebSocket carrying one
 * provider per document of the replica. Providers bring remote updates into the documents (the
 * engine takes them from there) and send this laptop's; while the server is away nothing waits
 * for it — the documents and Dexie hold every change, and a reconnect exchanges what is missing.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { serverDocumentName, type DocKey } from './documents';
import type { SyncReplica } from './replica';
import { REFUSALS } from './status';

export interface ConnectionConfig {
  socketOrigin: string;
  workspaceId: string;
  token: string;
}

/** What the status line needs to know from the wire. */
export interface WireState {
  socket: 'connecting' | 'connected' | 'disconnected';
  /** The server refused the token (server/PROTOCOL.md reasons), or closed for a reason. */
  refusal: string | null;
  readOnly: boolean;
  /** Every document has had its first exchange with the server since the connection opened. */
  synced: boolean;
  /**
   * Documents whose changes the server has all acknowledged, read as this state is reported: every
   * update that had reached such a document by then is on the server.
   */
  acknowledged: DocKey[];
}

export class ServerConnection {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly providers = new Map<DocKey, HocuspocusProvider>();
  private readonly state: Omit<WireState, 'acknowledged'> = { socket: 'connecting', refusal: null, readOnly: false, synced: false };
  private readonly firstSync = new Set<DocKey>();

  /** Documents whose provider waits until the others are on screen (openDeferred). */
  private readonly deferred = new Set<DocKey>();

  constructor(
    private readonly replica: SyncReplica,
    private readonly config: ConnectionConfig,
    private readonly onChange: (state: WireState) => void,
    /**
     * Documents to ask the server for only once openDeferred() is called: a joining laptop takes
     * the organisation first and shows it, then the 45 MB of check-ins (whose decoding alone holds
     * the page for seconds) — all at once, that decoding would land before the first screen.
     */
    deferred: readonly DocKey[] = [],
  ) {
    for (const doc of deferred) this.deferred.add(doc);
    this.socket = new HocuspocusProviderWebsocket({
      url: config.socketOrigin,
      // Keep trying for as long as the laptop is open: a server away for a week is normal.
      maxAttempts: 0,
      delay: 1000,
      factor: 2,
      maxDelay: 30_000,
      jitter: true,
      onStatus: ({ status }) => {
        this.state.socket = status === WebSocketStatus.Connected ? 'connected' : status === WebSocketStatus.Connecting ? 'connecting' : 'disconnected';
        if (this.state.socket !== 'connected') {
          this.state.synced = false;
          this.firstSync.clear();
        }
        this.emit();
      },
    });
    for (const doc of replica.docKeys()) this.open(doc);
  }

  /** Opens a document's provider (the replica opened a new document: a plan shared or made live). */
  open(doc: DocKey): void {
    if (this.providers.has(doc) || this.deferred.has(doc)) return;
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: serverDocumentName(this.config.workspaceId, doc),
      document: this.replica.doc(doc),
      token: this.config.token.trim(),
      onAuthenticated: ({ scope }) => {
        this.state.refusal = null;
        this.state.readOnly = scope === 'readonly';
        this.emit();
      },
      onAuthenticationFailed: ({ reason }) => {
        this.state.refusal = reason;
        this.emit();
      },
      // A token revoked (or expired) while connected: the server closes each open document with the
      // reason, and the reconnect that would be refused may never come while the socket stays up.
      onClose: ({ event }) => {
        if (!Object.hasOwn(REFUSALS, event.reason)) return;
        this.state.refusal = event.reason;
        this.emit();
      },
      onSynced: ({ state }) => {
        if (state) this.firstSync.add(doc);
        this.state.synced = this.allSynced();
        this.emit();
      },
      onUnsyncedChanges: () => this.emit(),
    });
    this.providers.set(doc, provider);
    provider.attach();
  }

  /** Asks the server for the deferred documents too. */
  openDeferred(): void {
    const docs = [...this.deferred];
    this.deferred.clear();
    for (const doc of docs) this.open(doc);
    this.state.synced = this.allSynced();
    this.emit();
  }

  /** Every document the replica holds has had its first exchange (a deferred one has not yet). */
  private allSynced(): boolean {
    return this.deferred.size === 0 && [...this.providers.keys()].every((key) => this.firstSync.has(key));
  }

  /** The documents asked for so far have all had their first exchange (deferred ones aside). */
  openedSynced(): boolean {
    return [...this.providers.keys()].every((key) => this.firstSync.has(key));
  }

  /**
   * Read afresh at every report, never remembered: a document acknowledged before the server went
   * away is not acknowledged for a change made after (its provider is no longer synced).
   */
  private acknowledgedNow(): DocKey[] {
    if (this.state.socket !== 'connected' || this.state.readOnly) return [];
    return [...this.providers].filter(([, provider]) => provider.isSynced && provider.unsyncedChanges === 0).map(([doc]) => doc);
  }

  /** Unsent changes in the providers (sent, not yet acknowledged by the server). */
  unsent(): number {
    return [...this.providers.values()].reduce((sum, provider) => sum + provider.unsyncedChanges, 0);
  }

  /** Presence of this laptop's user on the workspace document (who views or edits what). */
  awareness() {
    return this.providers.get('')?.awareness ?? null;
  }

  private emit(): void {
    this.onChange({ ...this.state, acknowledged: this.acknowledgedNow() });
  }

  close(): void {
    for (const provider of this.providers.values()) provider.destroy();
    this.providers.clear();
    this.socket.destroy();
  }
}
