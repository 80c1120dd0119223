/**
 * Where the window was: size, position and whether it was maximised, kept as JSON in userData
 * (ARCHITECTURE.md: "window bounds in a JSON file owned by main"). A corrupt or missing file
 * means the default size; a position on a display that is gone is moved back onto one.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MINIMUM_WINDOW_SIZE = { width: 900, height: 600 } as const;
/** Moves and resizes arrive many times a second while dragging; the file is written once they stop. */
export const SAVE_DELAY_MS = 500;

const Coordinate = z.number().int().min(-100_000).max(100_000);
const Length = z.number().int().min(1).max(100_000);

export const WindowState = z.object({
  bounds: z.object({ x: Coordinate, y: Coordinate, width: Length, height: Length }),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

/** Where to open the window: no x/y lets the OS centre it on the primary display. */
export interface WindowPlacement {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

/** The part of Electron's `screen` module placement needs. */
export interface DisplayScreen {
  getAllDisplays(): ReadonlyArray<{ workArea: Rectangle }>;
  getPrimaryDisplay(): { workArea: Rectangle };
}

export function parseWindowState(text: string): WindowState | null {
  try {
    const parsed = WindowState.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

/** The size fits the work area (but never below the minimum) and the window lies inside it. */
function fitInto(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = clamp(bounds.width, MINIMUM_WINDOW_SIZE.width, area.width);
  const height = clamp(bounds.height, MINIMUM_WINDOW_SIZE.height, area.height);
  return {
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

/**
 * Puts the saved window back on the display it mostly covered, entirely inside that display's
 * work area; a window on no current display (a monitor was unplugged) is centred on the primary.
 */
export function placeWindow(saved: WindowState | null, screen: DisplayScreen): WindowPlacement {
  const primary = screen.getPrimaryDisplay().workArea;
  if (!saved) {
    return {
      bounds: {
        width: clamp(DEFAULT_WINDOW_SIZE.width, MINIMUM_WINDOW_SIZE.width, primary.width),
        height: clamp(DEFAULT_WINDOW_SIZE.height, MINIMUM_WINDOW_SIZE.height, primary.height),
      },
      maximized: false,
    };
  }
  let best: Rectangle | null = null;
  let bestOverlap = 0;
  for (const { workArea } of screen.getAllDisplays()) {
    const overlap = overlapArea(saved.bounds, workArea);
    if (overlap > bestOverlap) [best, bestOverlap] = [workArea, overlap];
  }
  if (best) return { bounds: fitInto(saved.bounds, best), maximized: saved.maximized };
  const { width, height } = fitInto({ ...saved.bounds, x: primary.x, y: primary.y }, primary);
  const centred = { x: primary.x + Math.round((primary.width - width) / 2), y: primary.y + Math.round((primary.height - height) / 2), width, height };
  return { bounds: centred, maximized: saved.maximized };
}

type Log = (message: string, error?: unknown) => void;

/** The saved state, or null when there is none or it cannot be used (never throws). */
export function loadWindowState(path: string, log: Log = console.warn, read: (path: string) => string = (p) => readFileSync(p, 'utf8')): WindowState | null {
  let text: string;
  try {
    text = read(path);
  } catch {
    return null; // First start: no file yet.
  }
  const state = parseWindowState(text);
  if (!state) log(`Ignoring the unreadable window state in ${path}; the window opens at its default size.`);
  return state;
}

/** Writes beside the file, then renames, so a crash mid-write never leaves half a file. */
export function saveWindowState(path: string, state: WindowState, log: Log = console.error): void {
  const temporary = `${path}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, JSON.stringify(state), 'utf8');
    renameSync(temporary, path);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written, or it cannot be removed either: the log below says enough.
    }
    log(`Could not save the window state to ${path}`, error);
  }
}

/** The parts of a BrowserWindow whose geometry is tracked. */
export interface TrackedWindow {
  on(event: 'move' | 'resize' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isDestroyed(): boolean;
}

export interface TrackingOptions {
  save: (state: WindowState) => void;
  delayMs?: number;
}

/** Saves the window's normal (un-maximised) bounds after it stops moving, and once more as it closes. */
export function trackWindowState(window: TrackedWindow, { save, delayMs = SAVE_DELAY_MS }: TrackingOptions): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const capture = () => {
    timer = undefined;
    if (window.isDestroyed()) return;
    save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(capture, delayMs);
  };
  for (const event of ['move', 'resize', 'maximize', 'unmaximize'] as const) window.on(event, schedule);
  window.on('close', () => {
    if (timer !== undefined) clearTimeout(timer);
    capture();
  });
}
