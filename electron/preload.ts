import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../shared/bridgeReply';
import { createBridgeApi, PRELOAD_EVENTS } from './bridgeApi';

// The page gets these methods and nothing else: never ipcRenderer itself, a generic invoke, or
// Electron's event object (its `sender` is ipcRenderer). Events are listened to once, here, for
// the events of the bridge table only; the page's listeners receive the payload alone.
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createBridgeApi(
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    (event, listener) => {
      if (!PRELOAD_EVENTS.includes(event)) return;
      ipcRenderer.on(event, (_event, payload: unknown) => listener(payload));
    },
  ),
);
