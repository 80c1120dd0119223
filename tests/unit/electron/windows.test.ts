import { BrowserWindow } from 'electron';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createExportWindow, createHardenedWindow, createMainWindow } from '../../../electron/window';
import { expectHardened } from './expectHardened';
import { fakeElectron, type FakeBrowserWindow } from '../../fakes/electron';

const electronDir = join(import.meta.dirname, '..', '..', '..', 'electron');

afterEach(() => {
  // Every window any test in this file created, whatever path created it.
  for (const window of fakeElectron.state.windows) expectHardened(window);
  fakeElectron.reset();
});

describe('every window Teamshape creates is locked down', () => {
  it('the main window: sandboxed, context-isolated, no Node, with our preload', () => {
    createMainWindow({ BrowserWindow, preloadPath: '/app/dist/electron/preload.cjs', startUrl: 'app://teamshape/index.html' });
    expect(fakeElectron.state.windows[0]?.options.webPreferences.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('the hidden PDF export window: never shown, the same preferences, and no preload, so no bridge', () => {
    const window = createExportWindow(BrowserWindow) as unknown as FakeBrowserWindow;
    expect(window.options).toMatchObject({ show: false, skipTaskbar: true, focusable: false });
    expect(window.options.webPreferences).not.toHaveProperty('preload');
    expect(window.visible).toBe(false);
  });

  it('a window asked for with weaker preferences still gets the locked-down ones', () => {
    const risky = { show: false, webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } };
    const window = createHardenedWindow(BrowserWindow, risky as never, null) as unknown as FakeBrowserWindow;
    expect(window.options.webPreferences.nodeIntegration).toBe(false);
  });

  it('constructs BrowserWindows in electron/window.ts only, so no window can skip the hardening', () => {
    const files = (readdirSync(electronDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    const constructing = files.filter((file) => /new\s+[\w.]*BrowserWindow(Class)?\s*\(|new\s+BaseWindow\s*\(|new\s+WebContentsView\s*\(/.test(readFileSync(join(electronDir, file), 'utf8')));
    expect(constructing.map((f) => relative(electronDir, join(electronDir, f)))).toEqual(['window.ts']);
    expect(readFileSync(join(electronDir, 'window.ts'), 'utf8').match(/new\s+\w+\s*\(/g)).toEqual(['new BrowserWindowClass(']);
  });
});

describe('the app is never loaded from file://', () => {
  it('no code in electron/ loads a file or names a file:// URL', () => {
    const files = (readdirSync(electronDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const source = readFileSync(join(electronDir, file), 'utf8');
      expect(source, file).not.toMatch(/\.loadFile\s*\(/);
      expect(source.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''), file).not.toMatch(/['"`]file:\/\//);
    }
  });
});
