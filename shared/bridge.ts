/**
 * The typed contract between the renderer and Electron's main process: ONE table of channels,
 * each with a request schema, a response schema and a byte cap for the request. Renderer → main
 * is `invoke` only, and every reply is a `BridgeReply`, never an exception across the boundary.
 * The preload exposes one method per channel (`app:info` → `appInfo`) on `window.teamshape`.
 *
 * Main → renderer is a second, smaller table of events (`bridgeEvents`): the page subscribes
 * through one named method per event (`onCommand`) and receives only the validated payload,
 * never Electron's event object.
 */
import { z } from 'zod';
import type { BridgeReply } from './bridgeReply';
import { DateOnly, Id, Timestamp } from './model/common';
import { COMMAND_IDS, type CommandId } from './commands';
import { ChartPrintOptions } from './charts/chartOptions';
import { WORKSPACE_MARKER_MAX_BYTES, WorkspaceMarker } from './workspaceMarker';
import { AllowedSyncServer } from './security/syncServerAddress';

export * from './bridgeReply';

const KiB = 1024;
const MiB = 1024 * KiB;

/** Largest text file Teamshape writes or reads through the native dialogs (backups, exports). */
export const TEXT_FILE_MAX_BYTES = 50 * MiB;

const FileFilter = z.strictObject({
  name: z.string().trim().min(1).max(80),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'an extension is letters and digits without the dot, or *'))
    .min(1)
    .max(16),
});

const FileFilters = z.array(FileFilter).max(16).default([]);

/** A file name, not a path: the user picks the folder in the dialog. */
const SuggestedFileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\:\u0000-\u001f\u007f]/.test(name), 'a file name cannot contain / \\ : or control characters')
  .refine((name) => name !== '.' && name !== '..', 'a file name cannot be . or ..');

export const AppInfo = z.strictObject({
  version: z.string().min(1).max(64),
  platform: z.string().min(1).max(32),
  desktop: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const SaveTextRequest = z.strictObject({
  suggestedName: SuggestedFileName,
  content: z.string().max(TEXT_FILE_MAX_BYTES),
  filters: FileFilters,
});
export type SaveTextRequest = z.input<typeof SaveTextRequest>;

export const OpenTextRequest = z.strictObject({ filters: FileFilters });
export type OpenTextRequest = z.input<typeof OpenTextRequest>;

export const OpenedTextFile = z.strictObject({
  name: z.string().min(1).max(1024),
  content: z.string().max(TEXT_FILE_MAX_BYTES),
});
export type OpenedTextFile = z.infer<typeof OpenedTextFile>;

/** A backup as the desktop app keeps it in its data folder. */
export const StoredBackup = z.strictObject({
  name: z.string().min(1).max(255),
  /** The local date it was made, YYYY-MM-DD. */
  day: DateOnly,
  bytes: z.number().int().nonnegative(),
});
export type StoredBackup = z.infer<typeof StoredBackup>;

export const BackupLocation = z.strictObject({
  /** The folder of the automatic backups (daily ones and safety copies made before a restore). */
  folder: z.string().min(1).max(4096),
  /** Daily backups, newest first. */
  daily: z.array(StoredBackup).max(100),
});
export type BackupLocation = z.infer<typeof BackupLocation>;

/**
 * Backups cross the bridge as bytes (format 3, gzip) in chunks under the per-message cap, so a
 * workspace of any size can be backed up and read back: `backup:upload` chunk by chunk, then one
 * call that names the upload; `backup:read` answers a chunk at a time.
 */
export const BACKUP_CHUNK_BYTES = 4 * MiB;
const BASE64_CHUNK_LENGTH = Math.ceil(BACKUP_CHUNK_BYTES / 3) * 4;
/** The most one upload may hold in main (a compressed backup of twice size L is about 8 MiB). */
export const BACKUP_UPLOAD_MAX_BYTES = 1024 * MiB;
const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the data must be base64');

export const UploadId = z.string().regex(/^[A-Za-z0-9-]{16,64}$/, 'an upload id is 16 to 64 letters, digits or dashes');

export const UploadChunkRequest = z.strictObject({
  uploadId: UploadId,
  /** 0, 1, 2…: chunks arrive in order; a gap or repeat cancels the upload. */
  index: z.number().int().nonnegative().max(Math.ceil(BACKUP_UPLOAD_MAX_BYTES / BACKUP_CHUNK_BYTES)),
  /** True on the final chunk: the upload is complete and can be named by the call that uses it. */
  last: z.boolean(),
  base64: Base64.max(BASE64_CHUNK_LENGTH),
});
export type UploadChunkRequest = z.input<typeof UploadChunkRequest>;

export const SafetyCopyRequest = z.strictObject({ uploadId: UploadId });
export type SafetyCopyRequest = z.input<typeof SafetyCopyRequest>;

/** No date: main names and dates the backup by its own clock, so a page cannot claim another day. */
export const DailyBackupRequest = z.strictObject({ uploadId: UploadId });
export type DailyBackupRequest = z.input<typeof DailyBackupRequest>;

export const DailyBackupResult = z.strictObject({
  /** False when today's backup already existed: one per day. */
  written: z.boolean(),
  path: z.string().min(1).max(4096),
  /** Older daily backups deleted to keep the last seven. */
  removed: z.array(z.string().max(255)).max(100),
});
export type DailyBackupResult = z.infer<typeof DailyBackupResult>;

/** The automatic daily backup as main sees it: dates from main's clock and the files' times. */
export const DailyBackupStatus = z.strictObject({
  /** Main's local date, YYYY-MM-DD. */
  today: DateOnly,
  /** True when there is no non-empty daily backup for `today` yet. */
  due: z.boolean(),
  /** When the newest daily backup was written (its file time); null when there is none. */
  lastSuccessAt: Timestamp.nullable(),
  /** The last attempt's failure in plain words, cleared by the next success; null when it did not fail. */
  lastFailure: z.strictObject({ at: Timestamp, reason: z.string().min(1).max(2000) }).nullable(),
});
export type DailyBackupStatus = z.infer<typeof DailyBackupStatus>;

/** A file main wrote into its backups folder (a daily backup or a safety copy): a name, never a path. */
export const StoredBackupName = z
  .string()
  .max(255)
  .regex(
    /^teamshape-(daily-\d{4}-\d{2}-\d{2}|before-restore-\d{4}-\d{2}-\d{2}T[\d-]+Z(-\d+)?)\.(json|teamshape\.gz)$/,
    'must be the name of a daily backup or safety copy in Teamshape’s backups folder',
  );

/** A recovery point on disk: when it was written (file time) and its size; empty files are never listed. */
export const RecoveryPoint = z.strictObject({
  name: StoredBackupName,
  kind: z.enum(['daily', 'safety']),
  savedAt: Timestamp,
  bytes: z.number().int().positive(),
});
export type RecoveryPoint = z.infer<typeof RecoveryPoint>;

export const RecoveryPoints = z.strictObject({
  folder: z.string().min(1).max(4096),
  /** Daily backups and safety copies, newest first. */
  backups: z.array(RecoveryPoint).max(100),
});
export type RecoveryPoints = z.infer<typeof RecoveryPoints>;

/** One chunk of a stored backup from byte `offset` on. */
export const ReadStoredBackupRequest = z.strictObject({ name: StoredBackupName, offset: z.number().int().nonnegative().max(BACKUP_UPLOAD_MAX_BYTES) });
export type ReadStoredBackupRequest = z.input<typeof ReadStoredBackupRequest>;

export const StoredBackupChunk = z.strictObject({
  name: StoredBackupName,
  /** Where this chunk starts, and the file's whole size (fixed when the first chunk was read). */
  offset: z.number().int().nonnegative(),
  totalBytes: z.number().int().positive(),
  base64: Base64.max(BASE64_CHUNK_LENGTH),
});
export type StoredBackupChunk = z.infer<typeof StoredBackupChunk>;

/** Largest binary file (a PNG of a chart) written through the native save dialog, before base64. */
export const BINARY_FILE_MAX_BYTES = 48 * MiB;
const BASE64_MAX_LENGTH = Math.ceil(BINARY_FILE_MAX_BYTES / 3) * 4;

export const SaveBinaryRequest = z.strictObject({
  suggestedName: SuggestedFileName,
  base64: z.string().max(BASE64_MAX_LENGTH).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the data must be base64'),
  filters: FileFilters,
});
export type SaveBinaryRequest = z.input<typeof SaveBinaryRequest>;

/** The print view's options (validated again in main) and the file name the save dialog proposes. */
export const ChartPdfRequest = z.strictObject({ options: ChartPrintOptions, suggestedName: SuggestedFileName });
export type ChartPdfRequest = z.input<typeof ChartPdfRequest>;

/** A plan comparison's PDF (the print view #/print/comparison): the plans compared and the file name proposed. */
export const ComparisonPdfRequest = z.strictObject({
  baselinePlanId: Id,
  candidatePlanIds: z.array(Id).min(1, 'choose at least one plan to compare').max(4, 'compare at most 4 plans with the baseline'),
  suggestedName: SuggestedFileName,
});
export type ComparisonPdfRequest = z.input<typeof ComparisonPdfRequest>;
/** A team's Team API page (the print view #/print/team-api), printed by main like a chart. */
export const TeamApiPdfRequest = z.strictObject({ planId: Id, teamId: Id, date: DateOnly, suggestedName: SuggestedFileName });
export type TeamApiPdfRequest = z.input<typeof TeamApiPdfRequest>;

/**
 * The collaboration map's PDF (the print view #/print/collaboration-map): the view's query (plan,
 * period, filters — only URL-safe characters, so main can append it to its own address) and the name.
 */
export const MapPdfRequest = z.strictObject({
  query: z.string().max(2048, 'the map’s filters are too long to print').regex(/^[A-Za-z0-9=&%._~,:+*-]*$/, 'the map’s print address holds characters that are not allowed'),
  suggestedName: SuggestedFileName,
});
export type MapPdfRequest = z.input<typeof MapPdfRequest>;

/** Main → renderer while a PDF export runs: which stage it is in, in words. */
export const ChartExportProgress = z.strictObject({
  stage: z.enum(['rendering', 'printing', 'saving', 'done']),
  message: z.string().min(1).max(200),
});
export type ChartExportProgress = z.infer<typeof ChartExportProgress>;

export interface BridgeChannel<Request extends z.ZodType = z.ZodType, Response extends z.ZodType = z.ZodType> {
  request: Request;
  response: Response;
  /** Cap on the request payload as measured by `payloadBytes` (strings counted as UTF-8). */
  maxRequestBytes: number;
}

function channel<Request extends z.ZodType, Response extends z.ZodType>(
  definition: BridgeChannel<Request, Response>,
): BridgeChannel<Request, Response> {
  return definition;
}

export const bridgeChannels = {
  'app:info': channel({ request: z.undefined(), response: AppInfo, maxRequestBytes: 16 }),
  /** Native save dialog, then writes `content`; the saved path, or null when cancelled. */
  'file:saveText': channel({
    request: SaveTextRequest,
    response: z.string().min(1).nullable(),
    // Strings count as UTF-8, so a 50 MiB-character file of non-ASCII text may be refused here.
    maxRequestBytes: TEXT_FILE_MAX_BYTES + 64 * KiB,
  }),
  /** Native open dialog; the chosen file's name and text, or null when cancelled. */
  'file:openText': channel({ request: OpenTextRequest, response: OpenedTextFile.nullable(), maxRequestBytes: 16 * KiB }),
  /** One chunk of a backup on its way to main (see BACKUP_CHUNK_BYTES). */
  'backup:upload': channel({ request: UploadChunkRequest, response: z.null(), maxRequestBytes: BASE64_CHUNK_LENGTH + 1 * KiB }),
  /** Writes the uploaded workspace (format 3) to the data folder before a restore; the file's path. */
  'backup:writeSafetyCopy': channel({ request: SafetyCopyRequest, response: z.string().min(1).max(4096), maxRequestBytes: 1 * KiB }),
  /** Today's automatic backup from an upload (once per day), keeping the last seven. */
  'backup:daily': channel({ request: DailyBackupRequest, response: DailyBackupResult, maxRequestBytes: 1 * KiB }),
  /** Where the automatic backups are, and which daily ones exist. */
  'backup:location': channel({ request: z.undefined(), response: BackupLocation, maxRequestBytes: 16 }),
  /** Whether today's backup (by main's clock) is still due, when the last one succeeded, and why the last attempt failed. */
  'backup:status': channel({ request: z.undefined(), response: DailyBackupStatus, maxRequestBytes: 16 }),
  /** The daily backups and safety copies in the backups folder, newest first. */
  'backup:list': channel({ request: z.undefined(), response: RecoveryPoints, maxRequestBytes: 16 }),
  /** Reads one of them back by name (only files of the backups folder), a chunk at a time, for the restore flow. */
  'backup:read': channel({ request: ReadStoredBackupRequest, response: StoredBackupChunk, maxRequestBytes: 1024 }),
  /** Native save dialog, then writes the decoded bytes (a chart's PNG); the saved path, or null when cancelled. */
  'file:saveBinary': channel({ request: SaveBinaryRequest, response: z.string().min(1).nullable(), maxRequestBytes: BASE64_MAX_LENGTH + 64 * KiB }),
  /**
   * Native save dialog, then main prints the chart's print view in a hidden window (printToPDF)
   * and writes the PDF; the saved path, or null when cancelled. Progress arrives as `chart:exportProgress`.
   */
  'chart:exportPdf': channel({ request: ChartPdfRequest, response: z.string().min(1).nullable(), maxRequestBytes: 256 * KiB }),
  /** The note, kept by main outside the browser's storage, that this computer had a workspace (null: none yet). */
  'workspace:readMarker': channel({ request: z.undefined(), response: WorkspaceMarker.nullable(), maxRequestBytes: 16 }),
  /** Updates that note. */
  'workspace:writeMarker': channel({ request: WorkspaceMarker, response: z.null(), maxRequestBytes: WORKSPACE_MARKER_MAX_BYTES }),
  /** Stops this window's PDF export, if one is running (its `chart:exportPdf` then answers null: nothing saved); true when one was stopped. */
  'chart:cancelExport': channel({ request: z.undefined(), response: z.boolean(), maxRequestBytes: 16 }),
  /**
   * Native save dialog, then main prints the plan comparison's print view in a hidden window
   * (printToPDF) and writes the PDF; the saved path, or null when cancelled. Progress as for charts.
   */
  'comparison:exportPdf': channel({ request: ComparisonPdfRequest, response: z.string().min(1).nullable(), maxRequestBytes: 16 * KiB }),
  /** The one sync server the Content-Security-Policy allows (renderer/sync), kept by main; null: none. */
  'sync:allowedServer': channel({ request: z.undefined(), response: AllowedSyncServer.shape.socketOrigin.nullable(), maxRequestBytes: 16 }),
  /** Allows that server (and no other) from the window's next load on. */
  'sync:allowServer': channel({ request: AllowedSyncServer, response: z.null(), maxRequestBytes: 1024 }),
  /** Allows no sync server any more (the laptop disconnected). */
  'sync:forgetServer': channel({ request: z.undefined(), response: z.null(), maxRequestBytes: 16 }),
  /** Native save dialog, then main prints a team's Team API page (one A4 page) in a hidden window and writes the PDF; the saved path, or null when cancelled. */
  'team:exportApiPdf': channel({ request: TeamApiPdfRequest, response: z.string().min(1).nullable(), maxRequestBytes: 4 * KiB }),
  /** Native save dialog, then main prints the collaboration map's print view (A3 landscape) in a hidden window and writes the PDF; the saved path, or null when cancelled. */
  'map:exportPdf': channel({ request: MapPdfRequest, response: z.string().min(1).nullable(), maxRequestBytes: 4 * KiB }),
} as const;

export type BridgeChannels = typeof bridgeChannels;
export type ChannelName = keyof BridgeChannels;
export type RequestOf<C extends ChannelName> = z.input<BridgeChannels[C]['request']>;
/** What a handler in main receives: the request after parsing (defaults filled in). */
export type ParsedRequestOf<C extends ChannelName> = z.output<BridgeChannels[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<BridgeChannels[C]['response']>;

export const channelNames = Object.keys(bridgeChannels) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(bridgeChannels, name);
}

/** `app:info` → `appInfo`, `file:saveText` → `fileSaveText`. */
export type MethodName<C extends string> = C extends `${infer Area}:${infer Action}` ? `${Area}${Capitalize<Action>}` : never;

export function methodName<C extends ChannelName>(channelName: C): MethodName<C> {
  const [area, action = ''] = channelName.split(':');
  return `${area}${action.charAt(0).toUpperCase()}${action.slice(1)}` as MethodName<C>;
}

type BridgeMethod<C extends ChannelName> = undefined extends RequestOf<C>
  ? () => Promise<BridgeReply<ResponseOf<C>>>
  : (request: RequestOf<C>) => Promise<BridgeReply<ResponseOf<C>>>;

/** A command of the command table (shared/commands.ts), by id. */
export const CommandIdSchema = z.enum(COMMAND_IDS as [CommandId, ...CommandId[]]);

export interface BridgeEvent<Payload extends z.ZodType = z.ZodType, Method extends string = string> {
  payload: Payload;
  /** The preload's subscription method on `window.teamshape`. */
  method: Method;
}

/**
 * Main → renderer events. Only main can send them (Electron removed renderer-to-renderer
 * `sendTo` in version 28); the preload still checks every payload before the page sees it.
 */
export const bridgeEvents = {
  /** Run a command of the command table: a menu item was chosen or its accelerator pressed. */
  'command:run': { payload: CommandIdSchema, method: 'onCommand' },
  /** A chart PDF export moved on to its next stage. */
  'chart:exportProgress': { payload: ChartExportProgress, method: 'onChartExportProgress' },
} as const satisfies Record<string, BridgeEvent>;

export type BridgeEvents = typeof bridgeEvents;
export type EventName = keyof BridgeEvents;
export type PayloadOf<E extends EventName> = z.output<BridgeEvents[E]['payload']>;
export const eventNames = Object.keys(bridgeEvents) as EventName[];

/** Subscribes `listener`; the returned function unsubscribes it. */
export type Subscribe<Payload> = (listener: (payload: Payload) => void) => () => void;

type BridgeSubscriptions = { readonly [E in EventName as BridgeEvents[E]['method']]: Subscribe<PayloadOf<E>> };

/** What the preload exposes as `window.teamshape`; a missing or misspelt method is a type error. */
export type TeamshapeBridge = { readonly [C in ChannelName as MethodName<C>]: BridgeMethod<C> } & BridgeSubscriptions;
