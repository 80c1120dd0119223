import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { DEFAULT_WINDOW_SIZE, MINIMUM_WINDOW_SIZE, type WindowPlacement } from './windowState';

/**
 * The renderer is an untrusted web page with one door: the preload's bridge. Every window
 * Teamshape creates gets exactly these preferences; a window without a preload (the hidden PDF
 * export window) gets no door at all.
 */
export function buildWebPreferences(preloadPath: string | null): WebPreferences {
  return {
    ...(preloadPath === null ? {} : { preload: preloadPath }),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spellchecker downloads dictionaries from a remote server on Windows and Linux;
    // the desktop app downloads nothing at run time (electron/offline.ts turns it off per session too).
    spellcheck: false,
  };
}

type WindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/**
 * The only place Teamshape constructs a BrowserWindow (a test keeps it that way): whatever the
 * caller asks for, the web preferences are the locked-down ones.
 */
export function createHardenedWindow(
  BrowserWindowClass: typeof BrowserWindow,
  options: WindowOptions,
  preloadPath: string | null,
): BrowserWindow {
  return new BrowserWindowClass({ ...options, webPreferences: buildWebPreferences(preloadPath) });
}

export function mainWindowOptions(placement?: WindowPlacement): WindowOptions {
  return {
    title: 'Teamshape',
    ...(placement?.bounds ?? DEFAULT_WINDOW_SIZE),
    minWidth: MINIMUM_WINDOW_SIZE.width,
    minHeight: MINIMUM_WINDOW_SIZE.height,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
  };
}

export interface MainWindowDeps {
  BrowserWindow: typeof BrowserWindow;
  preloadPath: string;
  startUrl: string;
  /** Remembered size and position (electron/windowState.ts); the default size without it. */
  placement?: WindowPlacement;
}

export function createMainWindow({ BrowserWindow, preloadPath, startUrl, placement }: MainWindowDeps): BrowserWindow {
  const mainWindow = createHardenedWindow(BrowserWindow, mainWindowOptions(placement), preloadPath);
  mainWindow.once('ready-to-show', () => {
    // maximize() also shows the window, so a maximised window appears once, already maximised.
    if (placement?.maximized) mainWindow.maximize();
    else mainWindow.show();
  });
  mainWindow.loadURL(startUrl).catch((error: unknown) => console.error(`Teamshape could not load ${startUrl}:`, error));
  return mainWindow;
}

/**
 * The hidden window a later PDF export renders the print view in (see Joplin's
 * InteropServiceHelper): never shown, no preload and so no bridge, and the same locked-down
 * preferences as the main window. The caller loads our own URL, waits for
 * `document.fonts.ready`, calls `printToPDF` and destroys the window on every path.
 */
export function createExportWindow(BrowserWindowClass: typeof BrowserWindow): BrowserWindow {
  return createHardenedWindow(
    BrowserWindowClass,
    { show: false, width: 1123, height: 794, paintWhenInitiallyHidden: true, skipTaskbar: true, focusable: false, backgroundColor: '#ffffff' },
    null,
  );
}

/** Brings the existing window forward, e.g. when the user starts Teamshape a second time. */
export function focusWindow(target: BrowserWindow | null): void {
  if (!target || target.isDestroyed()) return;
  if (target.isMinimized()) target.restore();
  target.show();
  target.focus();
}
