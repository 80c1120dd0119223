import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../electron/menu';
import { COMMANDS, COMMAND_IDS } from '../../../shared/commands';

type Item = MenuItemConstructorOptions;

const build = (platform: string, developerTools = false, runCommand = vi.fn()) => menuTemplate(platform, { developerTools, runCommand });
const submenu = (item: Item | undefined): Item[] => (Array.isArray(item?.submenu) ? (item.submenu as Item[]) : []);
const menuNamed = (template: Item[], name: string) => template.find((item) => item.label === name || item.role === name);
const everyItem = (items: Item[]): Item[] => items.flatMap((item) => [item, ...everyItem(submenu(item))]);
const roles = (items: Item[]) => everyItem(items).flatMap((item) => (item.role ? [item.role] : []));
const commandIds = (items: Item[]) => everyItem(items).flatMap((item) => (item.id ? [item.id] : []));

describe('the application menu', () => {
  it.each(['darwin', 'win32', 'linux'])('offers every command of the table exactly once on %s', (platform) => {
    expect(commandIds(build(platform)).sort()).toEqual([...COMMAND_IDS].sort());
  });

  it('gives each item the label and accelerator of its command', () => {
    const items = everyItem(build('linux'));
    for (const command of COMMANDS) {
      const item = items.find((i) => i.id === command.id);
      expect(item?.label).toBe(command.label);
      expect(item?.accelerator).toBe('accelerator' in command ? command.accelerator : undefined);
    }
  });

  it('runs the command when its item is clicked', () => {
    const runCommand = vi.fn();
    const item = everyItem(build('win32', false, runCommand)).find((i) => i.id === 'roster.import');
    (item?.click as () => void)();
    expect(runCommand).toHaveBeenCalledWith('roster.import');
  });

  it('follows macOS conventions: the app menu first, with About, Settings…, Services, Hide and Quit; Close in File', () => {
    const template = build('darwin');
    expect(template.map((item) => item.label ?? item.role)).toEqual(['Teamshape', 'File', 'Edit', 'View', 'windowMenu', 'help']);
    const appMenu = submenu(template[0]);
    expect(roles(appMenu)).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(commandIds(appMenu)).toEqual(['go.settings']);
    expect(roles(submenu(menuNamed(template, 'File')))).toEqual(['close']);
  });

  it.each(['win32', 'linux'])('on %s puts Settings… and Quit at the end of File, and About in Help', (platform) => {
    const template = build(platform);
    expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
    const file = submenu(menuNamed(template, 'File'));
    expect(file.at(-1)?.role).toBe('quit');
    expect(commandIds(file)).toEqual(['team.new', 'objective.new', 'roster.import', 'memberships.import', 'okrs.import', 'okrs.paste', 'principles.export', 'principles.import', 'chart.exportPdf', 'backup.create', 'backup.restore', 'go.settings']);
    expect(roles(submenu(menuNamed(template, 'help')))).toEqual(['about']);
  });

  it('lists File as in the issue: New team, New objective, Import roster, memberships and OKRs, Paste OKRs, Export and Import principles, Export chart as PDF, Back up, Restore', () => {
    const file = submenu(menuNamed(build('darwin'), 'File'));
    expect(file.filter((item) => item.id).map((item) => item.label)).toEqual([
      'New team…',
      'New objective…',
      'Import roster…',
      'Import team memberships…',
      'Import OKRs…',
      'Paste OKRs…',
      'Export principles…',
      'Import principles…',
      'Export chart as PDF…',
      'Back up…',
      'Restore…',
    ]);
    // Separators between groups, never two in a row.
    expect(file.map((item) => item.type ?? 'item').join(',')).not.toContain('separator,separator');
  });

  it('has zoom in View, with Ctrl/Cmd and "=" zooming in as well as "+"', () => {
    const view = submenu(menuNamed(build('linux'), 'View'));
    expect(roles(view)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    expect(view.find((item) => item.role === 'zoomIn' && item.accelerator === 'CmdOrCtrl+=')?.visible).toBe(false);
  });

  it('offers reload and developer tools only when asked (unpackaged builds)', () => {
    expect(roles(build('win32', false))).not.toContain('toggleDevTools');
    expect(roles(build('win32', false))).not.toContain('reload');
    expect(roles(build('win32', true))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('keeps the standard Edit menu (undo, cut, copy, paste, select all) and the Window menu', () => {
    expect(roles(build('linux'))).toEqual(expect.arrayContaining(['windowMenu']));
  });
});
