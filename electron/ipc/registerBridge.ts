import type { IpcMainInvokeEvent, WebContents } from 'electron';
import {
  bridgeChannels,
  bridgeFailure,
  channelNames,
  type BridgeReply,
  type ChannelName,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/bridge';
import { fitsWithin } from '../../shared/security';
import { isTrustedAppUrl } from '../security';

/** Thrown by a handler to give the renderer `message` as the reply's error, e.g. "file too large". */
export class BridgeFailure extends Error {
  override readonly name = 'BridgeFailure';
}

export type ChannelHandler<C extends ChannelName> = (
  request: ParsedRequestOf<C>,
  event: IpcMainInvokeEvent,
) => ResponseOf<C> | Promise<ResponseOf<C>>;

export type BridgeHandlers = { [C in ChannelName]: ChannelHandler<C> };

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export interface BridgePolicy {
  /** Origins whose top-level page may call the bridge: `app://teamshape` (or the dev server). */
  trustedOrigins: readonly string[];
  /** Whether `sender` is the page of one of Teamshape's own windows (not a webview, worker or stray contents). */
  isOwnWindow: (sender: WebContents) => boolean;
  logError?: (message: string, error?: unknown) => void;
}

interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** Only our own page's top-level frame may call main; sub-frames and other origins may not. */
export function isTrustedSender(frame: SenderFrame | null | undefined, trustedOrigins: readonly string[]): boolean {
  if (!frame || frame.parent !== null) return false;
  return isTrustedAppUrl(frame.url, trustedOrigins);
}

function formatMiB(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/** Checks, parses, runs and wraps one call; resolves to a reply and never throws. */
export async function answerInvoke<C extends ChannelName>(
  channel: C,
  handler: ChannelHandler<C>,
  event: IpcMainInvokeEvent,
  args: unknown[],
  policy: BridgePolicy,
): Promise<BridgeReply<ResponseOf<C>>> {
  const log = policy.logError ?? console.error;
  try {
    if (!isTrustedSender(event.senderFrame, policy.trustedOrigins) || !policy.isOwnWindow(event.sender)) {
      log(`Refused '${channel}' from an untrusted sender`);
      return bridgeFailure(`'${channel}' is only available to Teamshape's own window.`);
    }
    const definition = bridgeChannels[channel];
    if (args.length > 1) return bridgeFailure(`'${channel}' takes a single request.`);
    if (!fitsWithin(args[0], definition.maxRequestBytes)) {
      return bridgeFailure(`The request to '${channel}' is larger than the ${formatMiB(definition.maxRequestBytes)} allowed.`);
    }
    const request = definition.request.safeParse(args[0]);
    if (!request.success) {
      const issue = request.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      return bridgeFailure(`The request to '${channel}' is invalid${where}: ${issue?.message ?? 'unknown problem'}.`);
    }
    const value = await handler(request.data as ParsedRequestOf<C>, event);
    const response = definition.response.safeParse(value);
    if (!response.success) {
      log(`'${channel}' produced a reply that does not match its schema`, response.error);
      return bridgeFailure(`Teamshape could not complete '${channel}'.`);
    }
    return { ok: true, value: response.data as ResponseOf<C> };
  } catch (error) {
    if (error instanceof BridgeFailure) return bridgeFailure(error.message);
    log(`'${channel}' failed`, error);
    return bridgeFailure(`Teamshape could not complete '${channel}'.`);
  }
}

export function registerChannel<C extends ChannelName>(
  ipc: IpcMainLike,
  channel: C,
  handler: ChannelHandler<C>,
  policy: BridgePolicy,
): void {
  ipc.handle(channel, (event, ...args) => answerInvoke(channel, handler, event, args, policy));
}

/** Registers every channel of the bridge table; a channel without a handler is a type error. */
export function registerBridge(ipc: IpcMainLike, handlers: BridgeHandlers, policy: BridgePolicy): void {
  const registerOne = <C extends ChannelName>(channel: C) => registerChannel(ipc, channel, handlers[channel], policy);
  for (const channel of channelNames) registerOne(channel);
}
