/**
 * Teamshape's Electron main process: a thin shell that serves the built renderer under
 * app://teamshape, guards every window, and answers the bridge's channels.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { APP_SCHEME } from '../shared/security';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { createBridgeHandlers } from './ipc/bridgeHandlers';
import { registerBridge } from './ipc/registerBridge';
import { menuTemplate } from './menu';
import { denyUnlistedPermissions, guardWebContents } from './security';
import { applyDevContentSecurityPolicy, resolveStartLocation } from './startLocation';
import { createMainWindow, focusWindow } from './window';

// Before ready, or Chromium will not treat app:// as an origin with storage.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// Pinned so the data folder never depends on package.json's name; the single-instance lock
// lives in this folder too, so it is set before the lock is requested.
app.setPath('userData', join(app.getPath('appData'), 'Teamshape'));
app.enableSandbox();

const location = resolveStartLocation(process.env, app.isPackaged);
let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow({
    BrowserWindow,
    preloadPath: join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'),
    startUrl: location.url,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function onReady(): void {
  denyUnlistedPermissions(session.defaultSession);
  if (location.devServerOrigin) applyDevContentSecurityPolicy(session.defaultSession, location.devServerOrigin);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: join(app.getAppPath(), 'dist', 'renderer') }));
  registerBridge(
    ipcMain,
    createBridgeHandlers({
      app,
      platform: process.platform,
      dialog,
      windowFor: (sender) => BrowserWindow.fromWebContents(sender),
      defaultDirectory: () => app.getPath('documents'),
    }),
    { trustedOrigins: location.trustedOrigins },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, { developerTools: !app.isPackaged })));
  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Two instances would share one IndexedDB folder; the first window is brought forward instead.
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, { trustedOrigins: location.trustedOrigins, openExternal: (url) => shell.openExternal(url) }),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !mainWindow) openMainWindow();
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Teamshape could not start:', error);
      app.exit(1);
    });
}
