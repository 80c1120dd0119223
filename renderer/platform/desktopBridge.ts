import { BRIDGE_GLOBAL, type TeamshapeBridge } from '../../shared/bridge';

/** Our preload's object, present only inside the desktop app (never detected by user agent). */
export function desktopBridge(): TeamshapeBridge | undefined {
  const candidate = (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  return candidate && typeof candidate === 'object' ? (candidate as TeamshapeBridge) : undefined;
}
