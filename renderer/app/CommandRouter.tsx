import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { CommandId } from '../../shared/commands';
import { useCommands, type CommandHandler } from '../platform';
import { usePeopleUi } from '../state/peopleUi';
import { useTeamsUi } from '../state/teamsUi';
import { useDb, writeLayoutPreferences } from '../db';
import { errorMessage } from '../ui/fieldErrors';
import { backUpWorkspace } from '../features/settings/backUpWorkspace';
import { useScenarioCommands } from '../features/scenarios/scenarioCommands';
import { useTeamApiCommands } from '../features/teams/teamApi/teamApiCommands';
import styles from './CommandRouter.module.css';

/**
 * Commands the shell cannot carry out itself: the page they lead to, and what the user is told
 * there. A feature takes one over by handling it with `useCommand` (e.g. "Back up now").
 */
export const GUIDED_COMMANDS = {
  'backup.restore': { path: '/settings', notice: 'To restore, choose “Restore from file…” under “Backup and restore” on this page.' },
} as const satisfies Partial<Record<CommandId, { path: string; notice: string }>>;

/**
 * The app shell's handler for every command of the command table (menu, shortcuts): it goes to
 * the right page and opens the right dialog. These are fallbacks: a page that registers its own
 * handler with `useCommand` takes the command over while it is mounted.
 */
export function CommandRouter() {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [notice, setNotice] = useState('');
  const db = useDb();
  const scenarioCommands = useScenarioCommands();
  const teamApiCommands = useTeamApiCommands(setNotice);
  // The plan and period live in the query string; moving between pages keeps them.
  const go = (path: string) => {
    setNotice('');
    // The address as it is now: two shortcuts in a row can run before this component re-renders
    // with the first one's location (hash routing: the path is the hash).
    const current = window.location.hash.replace(/^#/, '').split('?')[0] || pathname;
    if (current !== path) navigate({ pathname: path, search });
  };

  const openOn = (path: string, command: CommandId) => {
    setNotice('');
    navigate({ pathname: path, search }, { state: { open: command } });
  };

  // Undo and Redo are the history's own (UndoToast handles them wherever the user is); the palette
  // and the history panel are always mounted and handle their own commands.
  const handlers: Record<Exclude<CommandId, 'edit.undo' | 'edit.redo' | 'edit.history' | 'palette.open'>, CommandHandler> = {
    'team.new': () => {
      // The team board and a team's page both have the team dialog.
      if (!(window.location.hash.replace(/^#/, '') || pathname).startsWith('/teams')) go('/teams');
      useTeamsUi.getState().openEditor({ mode: 'create' });
    },
    'roster.import': () => {
      go('/people');
      usePeopleUi.getState().setImportOpen(true);
    },
    'memberships.import': () => {
      go('/people');
      usePeopleUi.getState().setMembershipImportOpen(true);
    },
    // These pages open their dialog when they arrive with { open: command } in the navigation state.
    'objective.new': () => openOn('/okrs', 'objective.new'),
    'okrs.import': () => openOn('/okrs', 'okrs.import'),
    'okrs.paste': () => openOn('/okrs', 'okrs.paste'),
    'chart.exportPdf': () => openOn('/charts', 'chart.exportPdf'),
    'principles.export': () => openOn('/settings', 'principles.export'),
    'principles.import': () => openOn('/settings', 'principles.import'),
    // Backing up needs no page: it runs where the user is and says where the file went.
    'backup.create': () => {
      setNotice('Preparing the backup…');
      backUpWorkspace(db).then(setNotice, (error: unknown) => setNotice(`The backup could not be made: ${errorMessage(error)}`));
    },
    // A device preference, so the board (here or in another window) follows it like its own "Group by" control.
    'board.groupByTeamGroup': () => {
      go('/teams');
      void writeLayoutPreferences(db, { boardGrouping: 'group' });
    },
    'go.teams': () => go('/teams'),
    'go.people': () => go('/people'),
    'go.okrs': () => go('/okrs'),
    'go.charts': () => go('/charts'),
    'go.checkInsDue': () => go('/okrs/check-ins'),
    'go.quarterReview': () => go('/okrs/review'),
    'go.collaborationMap': () => go('/map'),
    'go.settings': () => go('/settings'),
    ...scenarioCommands,
    ...teamApiCommands,
    ...(Object.fromEntries(
      Object.entries(GUIDED_COMMANDS).map(([id, target]) => [
        id,
        () => {
          go(target.path);
          setNotice(target.notice);
        },
      ]),
    ) as Record<keyof typeof GUIDED_COMMANDS, CommandHandler>),
  };
  useCommands(handlers, { fallback: true });

  return (
    // A live region that is always present, so screen readers announce the notice when it appears.
    <div className={styles.region} aria-live="polite">
      {notice ? (
        <p className={styles.notice}>
          {notice}{' '}
          <button type="button" className={styles.dismiss} onClick={() => setNotice('')}>
            Dismiss
          </button>
        </p>
      ) : null}
    </div>
  );
}
