/* eslint-disable @typescript-eslint/no-explicit-any -- one fake stands in for many Electron signatures */
/**
 * THE fake `electron` module: vitest aliases `electron` to this file (vitest.config.ts). It records
 * what the code under test asks of Electron and lets a test drive events (ready, navigation,
 * IPC). It mimics the rules Electron enforces that our code depends on: schemes are registered
 * before ready, protocol handlers after, one handler per IPC channel.
 * Call `fakeElectron.reset()` between tests.
 */
type Listener = (...args: any[]) => unknown;

export class FakeEmitter {
  private listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.off(event, wrapped);
      return listener(...args);
    };
    return this.on(event, wrapped);
  }
  off(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  removeListener(event: string, listener: Listener): this {
    return this.off(event, listener);
  }
  emit(event: string, ...args: unknown[]): boolean {
    const current = this.listeners.get(event) ?? [];
    for (const listener of current) listener(...args);
    return current.length > 0;
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }
}

export interface FakeFrame {
  url: string;
  origin: string;
  parent: FakeFrame | null;
}

export function fakeFrame(url: string, parent: FakeFrame | null = null): FakeFrame {
  let origin = 'null';
  try {
    const parsed = new URL(url);
    origin = `${parsed.protocol}//${parsed.host}`;
  } catch {
    // keep 'null', as Chromium reports for opaque origins
  }
  return { url, origin, parent };
}

/** A navigation event as `will-navigate` and friends pass it; `defaultPrevented` tells the outcome. */
export function navigationEvent(url: string, isMainFrame = true) {
  return {
    url,
    isMainFrame,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

let nextWebContentsId = 1;

export class FakeWebContents extends FakeEmitter {
  readonly id = nextWebContentsId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  mainFrame = fakeFrame('about:blank');
  session = session.defaultSession;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** What `window.open(url)` in the page would get. */
  openWindow(url: string): { action: string } {
    if (!this.windowOpenHandler) return { action: 'allow' };
    return this.windowOpenHandler({ url });
  }
  getURL(): string {
    return this.mainFrame.url;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static getAllWindows(): FakeBrowserWindow[] {
    return state.windows.filter((w) => !w.destroyed);
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return state.windows.find((w) => w.webContents === contents) ?? null;
  }
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  visible = false;
  focused = false;
  minimized = false;
  destroyed = false;
  constructor(readonly options: Record<string, any> = {}) {
    super();
    state.windows.push(this);
    app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.mainFrame = fakeFrame(url);
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

type DialogResult = Record<string, unknown>;
type IpcListener = (event: unknown, ...args: unknown[]) => unknown;

function freshState() {
  return {
    ready: false,
    readyWaiters: [] as Array<() => void>,
    singleInstanceLock: true,
    quitCalls: 0,
    exitCodes: [] as number[],
    sandboxEnabled: false,
    paths: new Map<string, string>([['appData', '/fake/appData']]),
    appPath: '/fake/app',
    isPackaged: false,
    windows: [] as FakeBrowserWindow[],
    privilegedSchemes: [] as Array<{ scheme: string; privileges?: Record<string, boolean> }>,
    protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
    ipcHandlers: new Map<string, IpcListener>(),
    permissionRequestHandler: null as Listener | null,
    permissionCheckHandler: null as Listener | null,
    headersReceived: [] as Array<{ filter: unknown; listener: Listener }>,
    dialogCalls: [] as Array<{ kind: 'save' | 'open'; window: unknown; options: Record<string, unknown> }>,
    dialogResults: { save: [] as DialogResult[], open: [] as DialogResult[] },
    openedExternally: [] as string[],
    applicationMenu: null as unknown,
    exposedInMainWorld: new Map<string, unknown>(),
    rendererInvocations: [] as Array<{ channel: string; args: unknown[] }>,
    /** The frame `ipcRenderer.invoke` reports as sender: by default our own top-level page. */
    rendererFrame: fakeFrame('app://teamshape/index.html'),
  };
}

const state = freshState();

class FakeApp extends FakeEmitter {
  get isPackaged(): boolean {
    return state.isPackaged;
  }
  whenReady(): Promise<void> {
    return state.ready ? Promise.resolve() : new Promise((resolve) => state.readyWaiters.push(resolve));
  }
  isReady(): boolean {
    return state.ready;
  }
  requestSingleInstanceLock(): boolean {
    return state.singleInstanceLock;
  }
  quit(): void {
    state.quitCalls++;
  }
  exit(code = 0): void {
    state.exitCodes.push(code);
  }
  enableSandbox(): void {
    if (state.ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    state.sandboxEnabled = true;
  }
  getPath(name: string): string {
    return state.paths.get(name) ?? `/fake/${name}`;
  }
  setPath(name: string, value: string): void {
    state.paths.set(name, value);
  }
  getAppPath(): string {
    return state.appPath;
  }
  getVersion(): string {
    return '0.1.0';
  }
}

export const app = new FakeApp();
export { FakeBrowserWindow as BrowserWindow };

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: Listener | null) {
      state.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Listener | null) {
      state.permissionCheckHandler = handler;
    },
    webRequest: {
      onHeadersReceived(filter: unknown, listener: Listener) {
        state.headersReceived.push({ filter, listener });
      },
    },
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges?: Record<string, boolean> }>) {
    if (state.ready) throw new Error('protocol.registerSchemesAsPrivileged must be called before app is ready');
    state.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
    if (!state.ready) throw new Error('protocol.handle must be called after app is ready');
    if (state.protocolHandlers.has(scheme)) throw new Error(`Scheme ${scheme} is already handled`);
    state.protocolHandlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handle(channel: string, listener: IpcListener) {
    if (state.ipcHandlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    state.ipcHandlers.set(channel, listener);
  },
  removeHandler(channel: string) {
    state.ipcHandlers.delete(channel);
  },
};

function takeDialogResult(kind: 'save' | 'open', windowOrOptions: unknown, maybeOptions?: Record<string, unknown>) {
  const options = (maybeOptions ?? windowOrOptions) as Record<string, unknown>;
  state.dialogCalls.push({ kind, window: maybeOptions ? windowOrOptions : null, options });
  const cancelled = kind === 'save' ? { canceled: true, filePath: '' } : { canceled: true, filePaths: [] };
  return Promise.resolve(state.dialogResults[kind].shift() ?? cancelled);
}

export const dialog = {
  showSaveDialog: (windowOrOptions: unknown, options?: Record<string, unknown>) =>
    takeDialogResult('save', windowOrOptions, options),
  showOpenDialog: (windowOrOptions: unknown, options?: Record<string, unknown>) =>
    takeDialogResult('open', windowOrOptions, options),
};

export const shell = {
  async openExternal(url: string): Promise<void> {
    state.openedExternally.push(url);
  },
};

export const Menu = {
  buildFromTemplate(template: unknown[]) {
    return { template };
  },
  setApplicationMenu(menu: unknown) {
    state.applicationMenu = menu;
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown) {
    if (state.exposedInMainWorld.has(key)) throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    state.exposedInMainWorld.set(key, api);
  },
};

/** An `ipcMain.handle` event as Electron builds it, sent from `frame`. */
export function invokeEvent(frame: FakeFrame | null, sender: unknown = new FakeWebContents()) {
  return { senderFrame: frame, sender, frameId: 1, processId: 1, type: 'frame' };
}

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    state.rendererInvocations.push({ channel, args });
    const listener = state.ipcHandlers.get(channel);
    if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    // Electron structured-clones payloads; a clone shows main's handlers no shared references.
    return Promise.resolve(listener(invokeEvent(state.rendererFrame), ...structuredClone(args)));
  },
};

export const fakeElectron = {
  state,
  reset(): void {
    Object.assign(state, freshState());
    app.removeAllListeners();
  },
  /** Fires `ready`: resolves `app.whenReady()` and emits the event. */
  async becomeReady(): Promise<void> {
    state.ready = true;
    for (const resolve of state.readyWaiters.splice(0)) resolve();
    app.emit('ready');
    await new Promise((resolve) => setTimeout(resolve, 0));
  },
  /** Calls main's handler for `channel` as if `frame` had sent `args`. */
  async invokeMain(channel: string, frame: FakeFrame | null, ...args: unknown[]): Promise<unknown> {
    const listener = state.ipcHandlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(invokeEvent(frame), ...args);
  },
  queueSaveDialogResult(result: { canceled: boolean; filePath?: string }): void {
    state.dialogResults.save.push(result);
  },
  queueOpenDialogResult(result: { canceled: boolean; filePaths: string[] }): void {
    state.dialogResults.open.push(result);
  },
};

export default {
  app,
  BrowserWindow: FakeBrowserWindow,
  session,
  protocol,
  ipcMain,
  ipcRenderer,
  dialog,
  shell,
  Menu,
  contextBridge,
};
