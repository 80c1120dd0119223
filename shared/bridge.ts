/**
 * The typed contract between the renderer and Electron's main process: ONE table of channels,
 * each with a request schema, a response schema and a byte cap for the request. Renderer → main
 * is `invoke` only, and every reply is a `BridgeReply`, never an exception across the boundary.
 * The preload exposes one method per channel (`app:info` → `appInfo`) on `window.teamshape`.
 */
import { z } from 'zod';
import type { BridgeReply } from './bridgeReply';

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

/** What the preload exposes as `window.teamshape`; a missing or misspelt method is a type error. */
export type TeamshapeBridge = { readonly [C in ChannelName as MethodName<C>]: BridgeMethod<C> };
