/**
 * The one command table (ARCHITECTURE.md): it feeds the desktop app menu, the keyboard shortcuts
 * (menu accelerators on the desktop, a keydown listener in the browser) and the renderer's
 * buttons. Pure data plus two pure helpers; no zod here, so the sandboxed preload can import it.
 */

/** Where a command sits in the application menu. `settings` is the macOS app menu, or File elsewhere. */
export type CommandSection = 'file' | 'edit' | 'view' | 'settings';

export interface CommandDefinition {
  readonly id: string;
  /** Menu and button text; an ellipsis means the command asks for more before it acts. */
  readonly label: string;
  /** Electron accelerator syntax, e.g. `CmdOrCtrl+Shift+N`; omitted for commands with no shortcut. */
  readonly accelerator?: string;
  readonly section: CommandSection;
  /** Commands of one group are kept together; a separator goes between groups. */
  readonly group: string;
}

export const COMMANDS = [
  { id: 'team.new', label: 'New team…', accelerator: 'CmdOrCtrl+N', section: 'file', group: 'create' },
  { id: 'objective.new', label: 'New objective…', accelerator: 'CmdOrCtrl+Shift+N', section: 'file', group: 'create' },
  { id: 'roster.import', label: 'Import roster…', accelerator: 'CmdOrCtrl+I', section: 'file', group: 'exchange' },
  { id: 'memberships.import', label: 'Import team memberships…', section: 'file', group: 'exchange' },
  { id: 'okrs.import', label: 'Import OKRs…', section: 'file', group: 'exchange' },
  { id: 'okrs.paste', label: 'Paste OKRs…', section: 'file', group: 'exchange' },
  { id: 'principles.export', label: 'Export principles…', section: 'file', group: 'exchange' },
  { id: 'principles.import', label: 'Import principles…', section: 'file', group: 'exchange' },
  { id: 'chart.exportPdf', label: 'Export chart as PDF…', accelerator: 'CmdOrCtrl+Shift+E', section: 'file', group: 'exchange' },
  { id: 'backup.create', label: 'Back up…', accelerator: 'CmdOrCtrl+Shift+S', section: 'file', group: 'backup' },
  // No shortcut on purpose: restoring replaces or merges the workspace, so it is never one keystroke away.
  { id: 'backup.restore', label: 'Restore…', section: 'file', group: 'backup' },
  // The app's undo: inside a text field the renderer hands it to the field's own undo instead.
  { id: 'edit.undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z', section: 'edit', group: 'history' },
  { id: 'edit.redo', label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', section: 'edit', group: 'history' },
  { id: 'edit.history', label: 'Change history…', accelerator: 'CmdOrCtrl+Shift+H', section: 'edit', group: 'history' },
  { id: 'go.teams', label: 'Teams', accelerator: 'CmdOrCtrl+1', section: 'view', group: 'go' },
  { id: 'go.people', label: 'People', accelerator: 'CmdOrCtrl+2', section: 'view', group: 'go' },
  { id: 'go.okrs', label: 'OKRs', accelerator: 'CmdOrCtrl+3', section: 'view', group: 'go' },
  { id: 'go.charts', label: 'Charts', accelerator: 'CmdOrCtrl+4', section: 'view', group: 'go' },
  { id: 'go.plans', label: 'Plans', accelerator: 'CmdOrCtrl+5', section: 'view', group: 'go' },
  { id: 'go.checkInsDue', label: 'Check-ins due', accelerator: 'CmdOrCtrl+6', section: 'view', group: 'go' },
  { id: 'go.quarterReview', label: 'Quarter review', section: 'view', group: 'go' },
  { id: 'go.collaborationMap', label: 'Collaboration map', accelerator: 'CmdOrCtrl+7', section: 'view', group: 'go' },
  { id: 'palette.open', label: 'Command palette…', accelerator: 'CmdOrCtrl+K', section: 'view', group: 'palette' },
  { id: 'go.settings', label: 'Settings…', accelerator: 'CmdOrCtrl+,', section: 'settings', group: 'settings' },
  // Scenarios (issue 18): drafts beside the live organisation.
  { id: 'plan.compare', label: 'Compare plans', section: 'view', group: 'plans' },
  { id: 'plan.showLive', label: 'Show the live organisation', section: 'view', group: 'plans' },
  { id: 'plan.exportComparisonPdf', label: 'Export comparison as PDF…', section: 'view', group: 'plans' },
  { id: 'plan.newDraft', label: 'New draft…', section: 'edit', group: 'plans' },
  { id: 'plan.rename', label: 'Rename draft…', section: 'edit', group: 'plans' },
  { id: 'plan.duplicate', label: 'Duplicate draft…', section: 'edit', group: 'plans' },
  { id: 'plan.delete', label: 'Delete draft…', section: 'edit', group: 'plans' },
  { id: 'team.split', label: 'Split team…', section: 'edit', group: 'plans' },
  { id: 'team.merge', label: 'Merge teams…', section: 'edit', group: 'plans' },
  { id: 'plan.promote', label: 'Promote draft to live…', section: 'edit', group: 'plans' },
  { id: 'plan.importDraft', label: 'Import draft…', section: 'edit', group: 'plans' },
  { id: 'plan.exportDraft', label: 'Export draft…', section: 'edit', group: 'plans' },
  { id: 'plan.share', label: 'Share this draft…', section: 'edit', group: 'plans' },
  // Organisation design (issue 20): a team's Team API page.
  { id: 'team.showApi', label: 'Team API page', section: 'view', group: 'team' },
  { id: 'team.exportApiPdf', label: 'Export Team API as PDF…', section: 'view', group: 'team' },
  // Organisation design (issue 20): the board in sections per tribe / value stream / domain.
  { id: 'board.groupByTeamGroup', label: 'Group the team board by team group', section: 'view', group: 'board' },
] as const satisfies readonly CommandDefinition[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export const COMMAND_IDS: readonly CommandId[] = COMMANDS.map((command) => command.id);

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (COMMAND_IDS as readonly string[]).includes(value);
}

export function commandById(id: CommandId): CommandDefinition {
  return COMMANDS.find((command) => command.id === id)!;
}

export function commandsIn(section: CommandSection): readonly CommandDefinition[] {
  return COMMANDS.filter((command) => command.section === section);
}

/** The parts of a keyboard event a shortcut depends on (a DOM KeyboardEvent has all of them). */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

interface ParsedAccelerator {
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

function parseAccelerator(accelerator: string, isMac: boolean): ParsedAccelerator {
  const parts = accelerator.split('+');
  const key = (parts.pop() ?? '').toLowerCase();
  const parsed: ParsedAccelerator = { ctrl: false, meta: false, alt: false, shift: false, key };
  for (const modifier of parts) {
    if (modifier === 'CmdOrCtrl' || modifier === 'CommandOrControl') parsed[isMac ? 'meta' : 'ctrl'] = true;
    else if (modifier === 'Ctrl' || modifier === 'Control') parsed.ctrl = true;
    else if (modifier === 'Cmd' || modifier === 'Command') parsed.meta = true;
    else if (modifier === 'Alt' || modifier === 'Option') parsed.alt = true;
    else if (modifier === 'Shift') parsed.shift = true;
    else throw new Error(`Unknown modifier "${modifier}" in accelerator "${accelerator}"`);
  }
  return parsed;
}

/** The key a press names, by physical key for letters and digits so Shift and layouts do not change it. */
function pressedKey(press: KeyPress): string {
  const letterOrDigit = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(press.code);
  if (letterOrDigit) return (letterOrDigit[1] ?? letterOrDigit[2] ?? '').toLowerCase();
  return press.key.toLowerCase();
}

/** Whether `press` is exactly `accelerator`: the same key and no more, no fewer modifiers. */
export function matchesAccelerator(accelerator: string, press: KeyPress, isMac: boolean): boolean {
  const wanted = parseAccelerator(accelerator, isMac);
  return (
    wanted.ctrl === press.ctrlKey &&
    wanted.meta === press.metaKey &&
    wanted.alt === press.altKey &&
    wanted.shift === press.shiftKey &&
    wanted.key === pressedKey(press)
  );
}

/** The command whose shortcut `press` is, if any. */
export function commandForKeyPress(press: KeyPress, isMac: boolean): CommandId | undefined {
  return COMMANDS.find((command) => 'accelerator' in command && matchesAccelerator(command.accelerator, press, isMac))?.id;
}

/** How a shortcut is written for people: `⇧⌘N` on macOS, `Ctrl+Shift+N` elsewhere. */
export function formatAccelerator(accelerator: string, isMac: boolean): string {
  const { ctrl, meta, alt, shift, key } = parseAccelerator(accelerator, isMac);
  const keyLabel = key.length === 1 ? key.toUpperCase() : key.charAt(0).toUpperCase() + key.slice(1);
  if (isMac) return `${ctrl ? '⌃' : ''}${alt ? '⌥' : ''}${shift ? '⇧' : ''}${meta ? '⌘' : ''}${keyLabel}`;
  return [ctrl && 'Ctrl', alt && 'Alt', shift && 'Shift', meta && 'Win', keyLabel].filter(Boolean).join('+');
}
