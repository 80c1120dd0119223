/**
 * The object the preload exposes as `window.teamshape`: one method per bridge channel, each an
 * `invoke` whose reply is passed on as-is or turned into `{ ok: false }`, so nothing ever throws
 * into the page. Deliberately free of zod: the sandboxed preload stays small, and main validates.
 */
import type { BridgeReply, ChannelName, RequestOf, ResponseOf, TeamshapeBridge } from '../shared/bridge';
import { bridgeFailure, isBridgeReply } from '../shared/bridgeReply';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/** Every channel the preload forwards; the test checks it against the bridge table. */
export const PRELOAD_CHANNELS: readonly ChannelName[] = ['app:info', 'file:saveText', 'file:openText'];

export function createBridgeApi(invoke: Invoke): TeamshapeBridge {
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
  } satisfies TeamshapeBridge);
}
