/**
 * Teamshape's Electron main process: a thin shell that serves the built renderer under
 * app://teamshape, guards every window, and answers the bridge's channels.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { join } from 'node:path';
import type { CommandId } from '../shared/commands';
import { APP_SCHEME } from '../shared/security';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { deliverCommand } from './commands';
import { createBridgeHandlers } from './ipc/bridgeHandlers';
import { registerBridge } from './ipc/registerBridge';
import { AllowedSyncServerStore } from './ipc/syncServerHandlers';
import { menuTemplate } from './menu';
import { keepSessionOffline } from './offline';
import { denyUnlistedPermissions, guardWebContents } from './security';
import { applyDevContentSecurityPolicy, resolveStartLocation } from './startLocation';
import { confirmUnsavedChangesOnClose } from './unsavedChanges';
import { createExportWindow, createMainWindow, focusWindow } from './window';
import { loadWindowState, placeWindow, saveWindowState, trackWindowState, WINDOW_STATE_FILE } from './windowState';

// Before ready, or Chromium will not treat app:// as an origin with storage.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// Pinned to a literal so the data folder (IndexedDB, window state) never follows package.json's
// name or productName: renaming the product cannot orphan the database. The single-instance
// lock lives in this folder too, so it is set before the lock is requested.
app.setPath('userData', join(app.getPath('appData'), 'Teamshape'));
app.enableSandbox();

const location = resolveStartLocation(process.env, app.isPackaged);
let mainWindow: BrowserWindow | null = null;

function openMainWindow(): BrowserWindow {
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE);
  const window = createMainWindow({
    BrowserWindow,
    preloadPath: join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'),
    startUrl: location.url,
    placement: placeWindow(loadWindowState(stateFile), screen),
  });
  trackWindowState(window, { save: (state) => saveWindowState(stateFile, state) });
  confirmUnsavedChangesOnClose(window, dialog);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  return window;
}

/** A menu item or its accelerator: the renderer runs the command (opening the window if needed). */
function runCommand(id: CommandId): void {
  const existing = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
  // A new window shows itself when its page is ready; showing it earlier would flash white.
  if (existing) focusWindow(existing);
  const target = existing ?? openMainWindow();
  if (target.webContents.isLoading()) {
    target.webContents.once('did-finish-load', () => deliverCommand(target, id, location.trustedOrigins));
  } else {
    deliverCommand(target, id, location.trustedOrigins);
  }
}

function onReady(): void {
  denyUnlistedPermissions(session.defaultSession);
  keepSessionOffline(session.defaultSession);
  if (location.devServerOrigin) applyDevContentSecurityPolicy(session.defaultSession, location.devServerOrigin);
  const syncServer = new AllowedSyncServerStore({ syncServerFile: () => join(app.getPath('userData'), 'sync-server.json') });
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: join(app.getAppPath(), 'dist', 'renderer'), csp: () => syncServer.contentSecurityPolicy() }));
  registerBridge(
    ipcMain,
    createBridgeHandlers({
      app,
      platform: process.platform,
      dialog,
      windowFor: (sender) => BrowserWindow.fromWebContents(sender),
      defaultDirectory: () => app.getPath('documents'),
      backupsFolder: () => join(app.getPath('userData'), 'backups'),
      markerFile: () => join(app.getPath('userData'), 'workspace-marker.json'),
      syncServer,
      createExportWindow: () => createExportWindow(BrowserWindow),
      printViewUrl: (query) => `${location.url.split('#')[0]}#/print/chart?${query}`,
      comparisonViewUrl: (query) => `${location.url.split('#')[0]}#/print/comparison?${query}`,
      teamApiViewUrl: (query) => `${location.url.split('#')[0]}#/print/team-api?${query}`,
      mapViewUrl: (query) => `${location.url.split('#')[0]}#/print/collaboration-map?${query}`,
    }),
    { trustedOrigins: location.trustedOrigins, isOwnWindow: (sender) => BrowserWindow.fromWebContents(sender) !== null },
  );
  app.setAboutPanelOptions({ applicationName: 'Teamshape', applicationVersion: app.getVersion(), copyright: 'Copyright © 2026 Teamshape' });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, { developerTools: !app.isPackaged, runCommand })));
  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Two instances would share one IndexedDB folder; the first window is brought forward instead.
  app.quit();
} else {
  // A second launch brings the first window forward (or reopens it on macOS, where the app stays without windows).
  app.on('second-instance', () => {
    if (mainWindow && !mainWindow.isDestroyed()) focusWindow(mainWindow);
    else if (app.isReady()) openMainWindow();
  });
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
