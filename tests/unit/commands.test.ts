import { describe, expect, it } from 'vitest';
import {
  COMMANDS,
  COMMAND_IDS,
  commandForKeyPress,
  formatAccelerator,
  isCommandId,
  matchesAccelerator,
  type KeyPress,
} from '../../shared/commands';

const press = (key: string, code: string, modifiers: Partial<Omit<KeyPress, 'key' | 'code'>> = {}): KeyPress => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('the command table', () => {
  it('names every command once, as area.action', () => {
    expect(new Set(COMMAND_IDS).size).toBe(COMMAND_IDS.length);
    for (const id of COMMAND_IDS) expect(id).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('has the File commands of the issues: New team, New objective, the imports, Paste OKRs, Export chart as PDF, Back up, Restore', () => {
    expect(COMMANDS.filter((c) => c.section === 'file').map((c) => c.id)).toEqual([
      'team.new',
      'objective.new',
      'roster.import',
      'memberships.import',
      'okrs.import',
      'okrs.paste',
      'principles.export',
      'principles.import',
      'chart.exportPdf',
      'backup.create',
      'backup.restore',
    ]);
  });

  it('never gives two commands the same shortcut', () => {
    const accelerators = COMMANDS.flatMap((c) => ('accelerator' in c ? [c.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('keeps Restore off the keyboard: it replaces or merges the whole workspace', () => {
    expect(COMMANDS.find((c) => c.id === 'backup.restore')).not.toHaveProperty('accelerator');
  });

  it('writes accelerators in Electron’s syntax, which the matcher understands', () => {
    for (const command of COMMANDS) {
      if (!('accelerator' in command)) continue;
      expect(command.accelerator).toMatch(/^(Shift\+)?(CmdOrCtrl\+)(Shift\+)?([A-Z0-9]|,)$/);
      expect(() => matchesAccelerator(command.accelerator, press('x', 'KeyX'), false)).not.toThrow();
    }
  });

  it('knows its own ids and nothing else', () => {
    expect(isCommandId('team.new')).toBe(true);
    for (const other of ['team.delete', 'constructor', '__proto__', '', 'TEAM.NEW', 1, null, undefined]) expect(isCommandId(other)).toBe(false);
  });
});

describe('commandForKeyPress: the browser’s keyboard shortcuts', () => {
  it.each([
    ['Ctrl+N on Windows', press('n', 'KeyN', { ctrlKey: true }), false, 'team.new'],
    ['⌘N on macOS', press('n', 'KeyN', { metaKey: true }), true, 'team.new'],
    ['Ctrl+Shift+N, where Shift makes the key "N"', press('N', 'KeyN', { ctrlKey: true, shiftKey: true }), false, 'objective.new'],
    ['Ctrl+I', press('i', 'KeyI', { ctrlKey: true }), false, 'roster.import'],
    ['Ctrl+Shift+E', press('E', 'KeyE', { ctrlKey: true, shiftKey: true }), false, 'chart.exportPdf'],
    ['⇧⌘S', press('S', 'KeyS', { metaKey: true, shiftKey: true }), true, 'backup.create'],
    ['Ctrl+2', press('2', 'Digit2', { ctrlKey: true }), false, 'go.people'],
    ['⌘, for Settings', press(',', 'Comma', { metaKey: true }), true, 'go.settings'],
    ['Ctrl+N typed on a non-Latin layout, by physical key', press('т', 'KeyN', { ctrlKey: true }), false, 'team.new'],
  ])('maps %s', (_what, keyPress, isMac, expected) => {
    expect(commandForKeyPress(keyPress, isMac)).toBe(expected);
  });

  it.each([
    ['plain N while typing', press('n', 'KeyN'), false],
    ['Shift+N', press('N', 'KeyN', { shiftKey: true }), false],
    ['Ctrl+N on macOS, which is not ⌘N', press('n', 'KeyN', { ctrlKey: true }), true],
    ['⌘N on Windows (the Windows key)', press('n', 'KeyN', { metaKey: true }), false],
    ['Ctrl+Alt+N, one modifier too many', press('n', 'KeyN', { ctrlKey: true, altKey: true }), false],
    ['Ctrl+Shift+I (developer tools)', press('I', 'KeyI', { ctrlKey: true, shiftKey: true }), false],
    ['Ctrl+Alt+Z, one modifier too many for undo', press('z', 'KeyZ', { ctrlKey: true, altKey: true }), false],
    ['Ctrl+9', press('9', 'Digit9', { ctrlKey: true }), false],
  ])('ignores %s', (_what, keyPress, isMac) => {
    expect(commandForKeyPress(keyPress, isMac)).toBeUndefined();
  });
});

describe('undo and redo from the keyboard', () => {
  it.each([
    ['Ctrl+Z', press('z', 'KeyZ', { ctrlKey: true }), false, 'edit.undo'],
    ['⌘Z', press('z', 'KeyZ', { metaKey: true }), true, 'edit.undo'],
    ['Shift+Ctrl+Z', press('Z', 'KeyZ', { ctrlKey: true, shiftKey: true }), false, 'edit.redo'],
    ['Shift+⌘Z', press('Z', 'KeyZ', { metaKey: true, shiftKey: true }), true, 'edit.redo'],
  ])('maps %s to the history command (a text field keeps its own undo: the renderer hands it back)', (_what, keyPress, isMac, id) => {
    expect(commandForKeyPress(keyPress, isMac)).toBe(id);
  });
});

describe('formatAccelerator', () => {
  it.each([
    ['CmdOrCtrl+N', true, '⌘N'],
    ['CmdOrCtrl+Shift+N', true, '⇧⌘N'],
    ['CmdOrCtrl+N', false, 'Ctrl+N'],
    ['CmdOrCtrl+Shift+E', false, 'Ctrl+Shift+E'],
    ['CmdOrCtrl+,', false, 'Ctrl+,'],
  ])('writes %s (macOS: %s) as %s', (accelerator, isMac, expected) => {
    expect(formatAccelerator(accelerator, isMac)).toBe(expected);
  });

  it('refuses an accelerator with an unknown modifier', () => {
    expect(() => formatAccelerator('Hyper+N', false)).toThrow(/Unknown modifier/);
  });
});
