import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../shared/bridgeReply';
import { createBridgeApi } from './bridgeApi';

// The page gets these methods and nothing else: never ipcRenderer itself, nor a generic invoke.
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createBridgeApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
