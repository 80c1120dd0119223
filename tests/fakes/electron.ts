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
  /** What main sent to the page with `send`, in order. */
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  loading = false;
  destroyed = false;
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args: structuredClone(args) });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isLoading(): boolean {
    return this.loading;
  }
  /** Ends a load started by loadURL: emits did-finish-load as Electron does. */
  finishLoad(): void {
    this.loading = false;
    this.emit('did-finish-load');
  }
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
  /** Scripts main ran in the page, in order; the page answers through fakeElectron.state.pageScript. */
  readonly executedScripts: string[] = [];
  /** Options of every printToPDF call; the PDF comes from fakeElectron.state.printToPdf. */
  readonly printToPdfCalls: Record<string, unknown>[] = [];
  executeJavaScript(code: string): Promise<unknown> {
    if (this.destroyed) return Promise.reject(new Error('Object has been destroyed'));
    this.executedScripts.push(code);
    return state.pageScript(code, this);
  }
  printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    if (this.destroyed) return Promise.reject(new Error('Object has been destroyed'));
    this.printToPdfCalls.push(options);
    return state.printToPdf(options, this);
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static getAllWindows(): FakeBrowserWindow[] {
    return state.windows.filter((w) => !w.destroyed);
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return state.windows.find((w) => w.webContents === contents && !w.destroyed) ?? null;
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return state.windows.find((w) => w.focused && !w.destroyed) ?? null;
  }
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  visible = false;
  focused = false;
  minimized = false;
  maximized = false;
  destroyed = false;
  /** The normal (un-maximised) bounds; a test moves the window with setBounds. */
  bounds: { x: number; y: number; width: number; height: number };
  constructor(readonly options: Record<string, any> = {}) {
    super();
    this.bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width ?? 800, height: options.height ?? 600 };
    state.windows.push(this);
    app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.mainFrame = fakeFrame(url);
    this.webContents.loading = true;
  }
  show(): void {
    this.visible = true;
  }
  maximize(): void {
    this.maximized = true;
    this.visible = true;
    this.emit('maximize');
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  getBounds() {
    return { ...this.bounds };
  }
  /** Moves or resizes the window and emits what Electron emits. */
  setBounds(bounds: Partial<{ x: number; y: number; width: number; height: number }>): void {
    const moved = bounds.x !== undefined || bounds.y !== undefined;
    const resized = bounds.width !== undefined || bounds.height !== undefined;
    this.bounds = { ...this.bounds, ...bounds };
    if (moved) this.emit('move');
    if (resized) this.emit('resize');
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
  /** Closes at once, without 'close' (no chance to cancel), as Electron's destroy() does. */
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  close(): void {
    this.emit('close', { preventDefault() {} });
    this.destroyed = true;
    this.webContents.destroyed = true;
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
    devicePermissionHandler: null as Listener | null,
    /** Electron's default: on, which downloads dictionaries on Windows and Linux. */
    spellCheckerEnabled: true,
    aboutPanelOptions: null as Record<string, unknown> | null,
    /** userData as it was when the single-instance lock was requested. */
    userDataAtLock: null as string | null,
    displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] as Array<{ id: number; workArea: { x: number; y: number; width: number; height: number } }>,
    messageBoxCalls: [] as Array<{ window: unknown; options: Record<string, unknown> }>,
    messageBoxResponses: [] as number[],
    rendererListeners: new Map<string, IpcListener[]>(),
    headersReceived: [] as Array<{ filter: unknown; listener: Listener }>,
    dialogCalls: [] as Array<{ kind: 'save' | 'open'; window: unknown; options: Record<string, unknown> }>,
    dialogResults: { save: [] as DialogResult[], open: [] as DialogResult[] },
    openedExternally: [] as string[],
    applicationMenu: null as unknown,
    exposedInMainWorld: new Map<string, unknown>(),
    rendererInvocations: [] as Array<{ channel: string; args: unknown[] }>,
    /** The frame `ipcRenderer.invoke` reports as sender: by default our own top-level page. */
    rendererFrame: fakeFrame('app://teamshape/index.html'),
    /** How a page answers `webContents.executeJavaScript`; a test replaces it (e.g. a print view's ready signal). */
    pageScript: (_code: string, _contents: FakeWebContents): Promise<unknown> => Promise.resolve(undefined),
    /** What `webContents.printToPDF` resolves with; a test replaces it (e.g. to hang or fail). */
    printToPdf: (_options: Record<string, unknown>, _contents: FakeWebContents): Promise<Buffer> => Promise.resolve(Buffer.from('%PDF-1.7 fake')),
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
    state.userDataAtLock = state.paths.get('userData') ?? null;
    return state.singleInstanceLock;
  }
  setAboutPanelOptions(options: Record<string, unknown>): void {
    state.aboutPanelOptions = options;
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
    setDevicePermissionHandler(handler: Listener | null) {
      state.devicePermissionHandler = handler;
    },
    setSpellCheckerEnabled(enabled: boolean) {
      state.spellCheckerEnabled = enabled;
    },
    isSpellCheckerEnabled() {
      return state.spellCheckerEnabled;
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
  /** Answers with the next queued response (fakeElectron.queueMessageBoxResponse), else the cancel button. */
  showMessageBoxSync(windowOrOptions: unknown, maybeOptions?: object): number {
    const options = (maybeOptions ?? windowOrOptions) as Record<string, unknown>;
    state.messageBoxCalls.push({ window: maybeOptions ? windowOrOptions : null, options });
    return state.messageBoxResponses.shift() ?? Number(options.cancelId ?? 0);
  },
};

/** Electron's `screen`: usable only once the app is ready, like the real module. */
export const screen = {
  getAllDisplays() {
    if (!state.ready) throw new Error("The 'screen' module can't be used before the app 'ready' event");
    return state.displays.map((display) => ({ ...display, workArea: { ...display.workArea } }));
  },
  getPrimaryDisplay() {
    return screen.getAllDisplays()[0]!;
  },
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

/** The page of Teamshape's first live window, or a stray WebContents when there is none. */
function defaultSender(): unknown {
  return state.windows.find((w) => !w.destroyed)?.webContents ?? new FakeWebContents();
}

/** An `ipcMain.handle` event as Electron builds it, sent from `frame`. */
export function invokeEvent(frame: FakeFrame | null, sender: unknown = defaultSender()) {
  return { senderFrame: frame, sender, frameId: 1, processId: 1, type: 'frame' };
}

/** The event object `ipcRenderer.on` listeners get; `sender` is ipcRenderer itself, never for the page. */
const rendererEvent = () => ({ sender: ipcRenderer, ports: [] });

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    state.rendererInvocations.push({ channel, args });
    const listener = state.ipcHandlers.get(channel);
    if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    // Electron structured-clones payloads; a clone shows main's handlers no shared references.
    return Promise.resolve(listener(invokeEvent(state.rendererFrame), ...structuredClone(args)));
  },
  on(channel: string, listener: IpcListener) {
    state.rendererListeners.set(channel, [...(state.rendererListeners.get(channel) ?? []), listener]);
    return ipcRenderer;
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
  /** Calls main's handler for `channel` as if `frame` (of our first window's page) had sent `args`. */
  async invokeMain(channel: string, frame: FakeFrame | null, ...args: unknown[]): Promise<unknown> {
    return fakeElectron.invokeMainFrom(channel, { frame }, ...args);
  },
  /** Calls main's handler as if `frame` in the WebContents `sender` had sent `args`. */
  async invokeMainFrom(channel: string, from: { frame: FakeFrame | null; sender?: unknown }, ...args: unknown[]): Promise<unknown> {
    const listener = state.ipcHandlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(invokeEvent(from.frame, 'sender' in from ? from.sender : defaultSender()), ...args);
  },
  /** Delivers `args` to the preload's `ipcRenderer.on(channel)` listeners, as `webContents.send` would. */
  emitToRenderer(channel: string, ...args: unknown[]): void {
    for (const listener of state.rendererListeners.get(channel) ?? []) listener(rendererEvent(), ...structuredClone(args));
  },
  queueMessageBoxResponse(response: number): void {
    state.messageBoxResponses.push(response);
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
  screen,
  shell,
  Menu,
  contextBridge,
};
