import { useLocation, useNavigate } from 'react-router';
import type { CommandId } from '../../../../shared/commands';
import type { CommandHandler } from '../../../platform';
import { useSelectedPlanId } from '../../../state/selection';
import { teamApiPath, teamApiPrintSearch, teamIdInPath } from './teamApiAddress';

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
  const needTeam = (what: string, action: (teamId: string) => void) => () => {
    if (teamId) action(teamId);
    else {
      navigate({ pathname: '/teams', search });
      setNotice(`To ${what}, open a team first: choose its name on the board.`);
    }
  };
  return {
    'team.showApi': needTeam('see a Team API page', (id) => navigate({ pathname: teamApiPath(id), search })),
    'team.exportApiPdf': needTeam('export a Team API page', (id) => navigate({ pathname: '/print/team-api', search: teamApiPrintSearch(planId, id, true) })),
  };
}
