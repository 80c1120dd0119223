import type { MenuItemConstructorOptions } from 'electron';
import { commandsIn, type CommandDefinition, type CommandId, type CommandSection } from '../shared/commands';

export interface MenuOptions {
  /** Reload and developer tools: unpackaged builds only. */
  developerTools: boolean;
  /** Runs a command of the table in the app's window (main sends it to the renderer). */
  runCommand: (id: CommandId) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

function commandItems(section: CommandSection, runCommand: MenuOptions['runCommand']): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let group: string | undefined;
  for (const command of commandsIn(section) as readonly (CommandDefinition & { id: CommandId })[]) {
    if (group !== undefined && command.group !== group) items.push(separator);
    group = command.group;
    items.push({
      id: command.id,
      label: command.label,
      ...(command.accelerator ? { accelerator: command.accelerator } : {}),
      click: () => runCommand(command.id),
    });
  }
  return items;
}

/**
 * The application menu, built from the command table with each platform's conventions: on macOS
 * the app menu (About, Settings…, Services, Hide, Quit) and Close in File; elsewhere Settings…
 * and Quit (Exit) at the end of File.
 */
export function menuTemplate(platform: string, { developerTools, runCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const settings = commandItems('settings', runCommand);
  const about: MenuItemConstructorOptions = { role: 'about', label: 'About Teamshape' };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Teamshape',
    submenu: [about, separator, ...settings, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
  };
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [...commandItems('file', runCommand), separator, ...(isMac ? [{ role: 'close' } as const] : [...settings, separator, { role: 'quit' } as const])],
  };
  // Undo and Redo go to the renderer (the app's history, or a text field's own), not to Chromium's roles.
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      ...commandItems('edit', runCommand),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const, { role: 'delete' } as const, { role: 'selectAll' } as const] : [{ role: 'delete' } as const, separator, { role: 'selectAll' } as const]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...commandItems('view', runCommand),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      // Most keyboards type "+" with Shift; this hidden twin makes Ctrl/Cmd and "=" zoom in too.
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+=', visible: false },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(developerTools ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  return [
    ...(isMac ? [appMenu] : []),
    file,
    edit,
    view,
    { role: 'windowMenu' },
    { role: 'help', submenu: [about] },
  ];
}
