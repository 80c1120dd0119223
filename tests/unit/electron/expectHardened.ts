import type { FakeBrowserWindow as FakeWindow } from '../../fakes/electron';
import { expect } from 'vitest';
import { buildWebPreferences } from '../../../electron/window';

/** The hardening every Teamshape window must have, whatever else it is. */
export function expectHardened(window: FakeWindow): void {
  const preferences = window.options.webPreferences;
  expect(preferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: false,
  });
  expect(preferences).toEqual(buildWebPreferences(preferences.preload ?? null));
}
