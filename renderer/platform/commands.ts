/**
 * The renderer's end of the command table (shared/commands.ts). Commands arrive from one source:
 * in the desktop app, the application menu and its accelerators through the bridge's
 * `onCommand`; in the browser, a keydown listener with the same shortcuts. Components handle
 * them with `useCommand`; a button runs one with `runCommand`.
 */
import { useEffect, useRef } from 'react';
import { commandForKeyPress, type CommandId } from '../../shared/commands';
import { desktopBridge } from './desktopBridge';

export type CommandHandler = () => void;

export interface CommandOptions {
  /**
   * A fallback handles a command only while no other handler for it is mounted: the app shell
   * routes every command somewhere, and a page that can do better registers its own handler.
   */
  fallback?: boolean;
}

interface Registration {
  readonly id: CommandId;
  readonly handler: CommandHandler;
  readonly fallback: boolean;
}

const registrations: Registration[] = [];
let stopListening: (() => void) | null = null;

/** Runs the newest handler for `id`, preferring one that is not a fallback; says whether one ran. */
export function runCommand(id: CommandId): boolean {
  const newestFirst = [...registrations].reverse().filter((r) => r.id === id);
  const chosen = newestFirst.find((r) => !r.fallback) ?? newestFirst[0];
  chosen?.handler();
  return chosen !== undefined;
}

/** macOS uses ⌘ where other systems use Ctrl. */
export function isMacPlatform(): boolean {
  const platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform;
  return /mac/i.test(platform);
}

function listenToKeyboard(): () => void {
  const isMac = isMacPlatform();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || event.repeat) return;
    const id = commandForKeyPress(event, isMac);
    if (id && runCommand(id)) event.preventDefault();
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}

/**
 * The one source of commands. On the desktop the menu's accelerators already catch the keys,
 * so listening to the keyboard as well would run every shortcut twice.
 */
function listen(): () => void {
  const bridge = desktopBridge();
  if (bridge && typeof bridge.onCommand === 'function') return bridge.onCommand((id) => void runCommand(id));
  return listenToKeyboard();
}

/** Registers `handler` for `id` until the returned function is called. */
export function registerCommand(id: CommandId, handler: CommandHandler, options: CommandOptions = {}): () => void {
  const registration: Registration = { id, handler, fallback: options.fallback ?? false };
  registrations.push(registration);
  stopListening ??= listen();
  return () => {
    const index = registrations.indexOf(registration);
    if (index >= 0) registrations.splice(index, 1);
    if (registrations.length === 0 && stopListening) {
      stopListening();
      stopListening = null;
    }
  };
}

/** Handles a command (menu item, shortcut) while the component is mounted. */
export function useCommand(id: CommandId, handler: CommandHandler, options: CommandOptions = {}): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const fallback = options.fallback ?? false;
  useEffect(() => registerCommand(id, () => latest.current(), { fallback }), [id, fallback]);
}

/** Handles several commands at once: `useCommands({ 'go.teams': () => …, 'team.new': () => … })`. */
export function useCommands(handlers: Partial<Record<CommandId, CommandHandler>>, options: CommandOptions = {}): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const ids = (Object.keys(handlers) as CommandId[]).sort().join(' ');
  const fallback = options.fallback ?? false;
  useEffect(() => {
    const stops = (ids ? (ids.split(' ') as CommandId[]) : []).map((id) =>
      registerCommand(id, () => latest.current[id]?.(), { fallback }),
    );
    return () => stops.forEach((stop) => stop());
  }, [ids, fallback]);
}
