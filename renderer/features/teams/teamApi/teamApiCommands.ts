import { useLocation, useNavigate } from 'react-router';
import type { CommandId } from '../../../../shared/commands';
import { exportTeamApiPdf, type CommandHandler } from '../../../platform';
import { todayLocal } from '../../../../shared/clock';
import { useTeam } from '../../../db';
import { errorMessage } from '../../../ui/fieldErrors';
import { useSelectedPlanId } from '../../../state/selection';
import { teamApiFileName, teamApiPath, teamIdInPath } from './teamApiAddress';

export type TeamApiCommandId = Extract<CommandId, 'team.showApi' | 'team.exportApiPdf'>;

/**
 * The Team API commands from anywhere (menu, palette): they act on the team shown; elsewhere
 * they go to the board and say to open a team first.
 */
export function useTeamApiCommands(setNotice: (notice: string) => void): Record<TeamApiCommandId, CommandHandler> {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const planId = useSelectedPlanId();
  const teamId = teamIdInPath(pathname);
  const team = useTeam(teamId ?? undefined);
  const needTeam = (what: string, action: (teamId: string) => void) => () => {
    if (teamId) action(teamId);
    else {
      navigate({ pathname: '/teams', search });
      setNotice(`To ${what}, open a team first: choose its name on the board.`);
    }
  };
  return {
    'team.showApi': needTeam('see a Team API page', (id) => navigate({ pathname: teamApiPath(id), search })),
    'team.exportApiPdf': needTeam('export a Team API page', (id) => {
      const today = todayLocal();
      exportTeamApiPdf({ planId, teamId: id, date: today, suggestedName: teamApiFileName(team?.name ?? 'team', today) }).then(
        (outcome) => setNotice(outcome.kind === 'saved' ? `Saved the Team API PDF to ${outcome.where}.` : outcome.kind === 'cancelled' ? 'Export cancelled: nothing was saved.' : ''),
        (error: unknown) => setNotice(`The Team API PDF was not saved: ${errorMessage(error)}`),
      );
    }),
  };
}
