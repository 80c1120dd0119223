/**
 * The object the preload exposes as `window.teamshape`: one method per bridge channel, each an
 * `invoke` whose reply is passed on as-is or turned into `{ ok: false }`, so nothing ever throws
 * into the page; and one subscription per main → renderer event. Deliberately free of zod: the
 * sandboxed preload stays small, and main validates.
 */
import type { BridgeReply, ChannelName, ChartExportProgress, EventName, RequestOf, ResponseOf, TeamshapeBridge } from '../shared/bridge';
import { bridgeFailure, isBridgeReply } from '../shared/bridgeReply';
import { isCommandId, type CommandId } from '../shared/commands';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
/** Listens to one event from main and hands on its payload only (never Electron's event object). */
export type Listen = (event: EventName, listener: (payload: unknown) => void) => void;

/** Every channel the preload forwards; the test checks it against the bridge table. */
export const PRELOAD_CHANNELS: readonly ChannelName[] = [
  'app:info', 'file:saveText', 'file:openText', 'backup:upload', 'backup:writeSafetyCopy', 'backup:daily', 'backup:location', 'backup:status', 'backup:list',
  'backup:read', 'file:saveBinary', 'chart:exportPdf', 'workspace:readMarker', 'workspace:writeMarker', 'chart:cancelExport', 'comparison:exportPdf',
  'sync:allowedServer', 'sync:allowServer', 'sync:forgetServer', 'team:exportApiPdf', 'map:exportPdf',
];
/** Every event the preload listens to; the test checks it against the bridge table. */
export const PRELOAD_EVENTS: readonly EventName[] = ['command:run', 'chart:exportProgress'];

/** Commands that arrive before the page subscribes (a menu click while the window loads) wait here. */
export const MAX_PENDING_COMMANDS = 8;

type Report = (message: string, error?: unknown) => void;

/**
 * `onCommand`: drops anything that is not a command id of the table, calls each page listener
 * with the id alone, and keeps a few early commands until the first listener arrives.
 */
function commandSubscription(listen: Listen, report: Report): TeamshapeBridge['onCommand'] {
  const listeners = new Set<(id: CommandId) => void>();
  const pending: CommandId[] = [];
  const deliver = (listener: (id: CommandId) => void, id: CommandId) => {
    try {
      listener(id);
    } catch (error) {
      report(`A listener for the command '${id}' failed`, error);
    }
  };
  listen('command:run', (payload) => {
    if (!isCommandId(payload)) return report('Ignored a command that is not in the command table');
    if (listeners.size === 0) {
      if (pending.length < MAX_PENDING_COMMANDS) pending.push(payload);
      return;
    }
    for (const listener of [...listeners]) deliver(listener, payload);
  });
  // To whoever is subscribed once the current task settles: a page that subscribes, unsubscribes
  // and subscribes again at once (React's StrictMode does) still gets each early command once.
  const flushPending = () => {
    if (listeners.size === 0) return;
    for (const id of pending.splice(0)) for (const listener of [...listeners]) deliver(listener, id);
  };
  return (listener) => {
    if (typeof listener !== 'function') return () => {};
    listeners.add(listener);
    // After the subscriber has its unsubscribe function, never inside its own call.
    if (pending.length > 0) queueMicrotask(flushPending);
    return () => {
      listeners.delete(listener);
    };
  };
}

const EXPORT_STAGES = new Set(['rendering', 'printing', 'saving', 'done']);

function isExportProgress(payload: unknown): payload is ChartExportProgress {
  if (typeof payload !== 'object' || payload === null) return false;
  const { stage, message } = payload as Record<string, unknown>;
  return typeof stage === 'string' && EXPORT_STAGES.has(stage) && typeof message === 'string' && message.length > 0 && message.length <= 200;
}

/** `onChartExportProgress`: well-formed progress only, to whoever listens while an export runs. */
function exportProgressSubscription(listen: Listen, report: Report): TeamshapeBridge['onChartExportProgress'] {
  const listeners = new Set<(progress: ChartExportProgress) => void>();
  listen('chart:exportProgress', (payload) => {
    if (!isExportProgress(payload)) return report('Ignored malformed export progress');
    for (const listener of [...listeners]) {
      try {
        listener({ stage: payload.stage, message: payload.message });
      } catch (error) {
        report('A listener for export progress failed', error);
      }
    }
  });
  return (listener) => {
    if (typeof listener !== 'function') return () => {};
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
}

export function createBridgeApi(
  invoke: Invoke,
  listen: Listen,
  report: Report = (message, error) => console.error(message, error),
): TeamshapeBridge {
  async function call<C extends ChannelName>(channel: C, ...request: [RequestOf<C>] | []): Promise<BridgeReply<ResponseOf<C>>> {
    if (!PRELOAD_CHANNELS.includes(channel)) return bridgeFailure(`Unknown bridge channel '${String(channel)}'.`);
    try {
      const reply = await invoke(channel, ...request);
      if (isBridgeReply(reply)) return reply as BridgeReply<ResponseOf<C>>;
      return bridgeFailure(`'${channel}' sent back a malformed reply.`);
    } catch (error) {
      return bridgeFailure(`'${channel}' is unavailable: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return Object.freeze({
    appInfo: () => call('app:info'),
    fileSaveText: (request) => call('file:saveText', request),
    fileOpenText: (request) => call('file:openText', request),
    backupUpload: (request) => call('backup:upload', request),
    backupWriteSafetyCopy: (request) => call('backup:writeSafetyCopy', request),
    backupDaily: (request) => call('backup:daily', request),
    backupLocation: () => call('backup:location'),
    backupStatus: () => call('backup:status'),
    backupList: () => call('backup:list'),
    backupRead: (request) => call('backup:read', request),
    onCommand: commandSubscription(listen, report),
    fileSaveBinary: (request) => call('file:saveBinary', request),
    chartExportPdf: (request) => call('chart:exportPdf', request),
    workspaceReadMarker: () => call('workspace:readMarker'),
    workspaceWriteMarker: (request) => call('workspace:writeMarker', request),
    chartCancelExport: () => call('chart:cancelExport'),
    comparisonExportPdf: (request) => call('comparison:exportPdf', request),
    syncAllowedServer: () => call('sync:allowedServer'),
    syncAllowServer: (request) => call('sync:allowServer', request),
    syncForgetServer: () => call('sync:forgetServer'),
    teamExportApiPdf: (request) => call('team:exportApiPdf', request),
    mapExportPdf: (request) => call('map:exportPdf', request),
    onChartExportProgress: exportProgressSubscription(listen, report),
  } satisfies TeamshapeBridge);
}
