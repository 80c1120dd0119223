import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  loadWindowState,
  MINIMUM_WINDOW_SIZE,
  parseWindowState,
  placeWindow,
  SAVE_DELAY_MS,
  saveWindowState,
  trackWindowState,
  type DisplayScreen,
  type Rectangle,
  type WindowState,
} from '../../../electron/windowState';
import { fakeElectron, FakeBrowserWindow } from '../../fakes/electron';

const laptop: Rectangle = { x: 0, y: 25, width: 1440, height: 875 };
const monitorOnTheRight: Rectangle = { x: 1440, y: 0, width: 2560, height: 1440 };

function screenWith(...workAreas: Rectangle[]): DisplayScreen {
  return { getAllDisplays: () => workAreas.map((workArea) => ({ workArea })), getPrimaryDisplay: () => ({ workArea: workAreas[0]! }) };
}

const state = (bounds: Rectangle, maximized = false): WindowState => ({ bounds, maximized });

describe('placeWindow', () => {
  it('opens at the default size, centred by the OS, the first time', () => {
    expect(placeWindow(null, screenWith(monitorOnTheRight))).toEqual({ bounds: DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('shrinks the default size to a small primary display, but not below the minimum', () => {
    expect(placeWindow(null, screenWith({ x: 0, y: 0, width: 1024, height: 700 })).bounds).toEqual({ width: 1024, height: 700 });
    expect(placeWindow(null, screenWith({ x: 0, y: 0, width: 800, height: 500 })).bounds).toEqual(MINIMUM_WINDOW_SIZE);
  });

  it('reopens where it was, on the display it was on', () => {
    const saved = state({ x: 1600, y: 100, width: 1400, height: 900 });
    expect(placeWindow(saved, screenWith(laptop, monitorOnTheRight))).toEqual(saved);
  });

  it('remembers that it was maximised', () => {
    expect(placeWindow(state({ x: 10, y: 40, width: 1000, height: 700 }, true), screenWith(laptop)).maximized).toBe(true);
  });

  it('centres a window on the primary display when its monitor has been unplugged', () => {
    const placed = placeWindow(state({ x: 1600, y: 100, width: 1400, height: 900 }), screenWith(laptop));
    expect(placed.bounds).toEqual({ x: 20, y: 25, width: 1400, height: 875 });
  });

  it('pulls a window hanging off the edge back inside the display it mostly covers', () => {
    const placed = placeWindow(state({ x: 900, y: -200, width: 1000, height: 700 }), screenWith(laptop, monitorOnTheRight));
    expect(placed.bounds).toEqual({ x: 440, y: 25, width: 1000, height: 700 });
  });

  it('shrinks a window larger than its display, and grows one below the minimum size', () => {
    expect(placeWindow(state({ x: 0, y: 25, width: 3000, height: 2000 }), screenWith(laptop)).bounds).toEqual(laptop);
    expect(placeWindow(state({ x: 0, y: 25, width: 200, height: 100 }), screenWith(laptop)).bounds).toEqual({ x: 0, y: 25, ...MINIMUM_WINDOW_SIZE });
  });

  it('uses the display with the larger share of a window spanning two', () => {
    const placed = placeWindow(state({ x: 1340, y: 100, width: 1000, height: 700 }), screenWith(laptop, monitorOnTheRight));
    expect(placed.bounds).toEqual({ x: 1440, y: 100, width: 1000, height: 700 });
  });
});

describe('parseWindowState', () => {
  it('reads what saveWindowState writes', () => {
    const saved = state({ x: -1200, y: 0, width: 1200, height: 800 }, true);
    expect(parseWindowState(JSON.stringify(saved))).toEqual(saved);
  });

  it.each([
    ['empty', ''],
    ['not JSON', '{"bounds":'],
    ['a number', '42'],
    ['null', 'null'],
    ['no maximised flag', '{"bounds":{"x":0,"y":0,"width":800,"height":600}}'],
    ['text for numbers', '{"bounds":{"x":"0","y":0,"width":800,"height":600},"maximized":false}'],
    ['a zero width', '{"bounds":{"x":0,"y":0,"width":0,"height":600},"maximized":false}'],
    ['fractions', '{"bounds":{"x":0.5,"y":0,"width":800,"height":600},"maximized":false}'],
    ['absurd coordinates', '{"bounds":{"x":1e12,"y":0,"width":800,"height":600},"maximized":false}'],
  ])('ignores a file that is %s', (_what, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('loading and saving the state file', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'teamshape-window-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('saves, then loads, the same state, leaving no temporary file', async () => {
    const file = join(folder, 'window-state.json');
    const saved = state({ x: 10, y: 20, width: 1000, height: 700 });
    saveWindowState(file, saved);
    expect(loadWindowState(file)).toEqual(saved);
    expect(await readdir(folder)).toEqual(['window-state.json']);
  });

  it('returns null quietly when there is no file yet', () => {
    const log = vi.fn();
    expect(loadWindowState(join(folder, 'missing.json'), log)).toBeNull();
    expect(log).not.toHaveBeenCalled();
  });

  it('returns null, and says so, for a corrupt file', async () => {
    const file = join(folder, 'window-state.json');
    await writeFile(file, '\u0000garbage');
    const log = vi.fn();
    expect(loadWindowState(file, log)).toBeNull();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('unreadable window state'));
  });

  it('creates the folder when it does not exist yet', () => {
    const file = join(folder, 'Teamshape', 'window-state.json');
    saveWindowState(file, state(laptop));
    expect(loadWindowState(file)).toEqual(state(laptop));
  });

  it('logs instead of throwing when the folder cannot be written', async () => {
    await writeFile(join(folder, 'a-file'), '');
    const log = vi.fn();
    expect(() => saveWindowState(join(folder, 'a-file', 'window-state.json'), state(laptop), log)).not.toThrow();
    expect(log).toHaveBeenCalled();
  });
});

describe('trackWindowState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    fakeElectron.reset();
  });

  function tracked() {
    const window = new FakeBrowserWindow({ x: 0, y: 0, width: 1000, height: 700 });
    const save = vi.fn();
    trackWindowState(window, { save });
    return { window, save };
  }

  it('saves once, after the window stops moving and resizing', () => {
    const { window, save } = tracked();
    for (let x = 0; x < 50; x += 10) window.setBounds({ x });
    window.setBounds({ width: 1100 });
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ bounds: { x: 40, y: 0, width: 1100, height: 700 }, maximized: false });
  });

  it('saves the normal bounds and the maximised flag when maximised', () => {
    const { window, save } = tracked();
    window.maximize();
    vi.runAllTimers();
    expect(save).toHaveBeenLastCalledWith({ bounds: { x: 0, y: 0, width: 1000, height: 700 }, maximized: true });
  });

  it('saves at once when the window closes, without waiting for the delay', () => {
    const { window, save } = tracked();
    window.setBounds({ x: 300 });
    window.close();
    expect(save).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('the state file on disk (integration)', () => {
  it('writes JSON a person can read', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'teamshape-window-'));
    try {
      const file = join(folder, 'window-state.json');
      saveWindowState(file, state({ x: 1, y: 2, width: 1000, height: 700 }, true));
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
