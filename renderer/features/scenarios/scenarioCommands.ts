import { useLocation, useNavigate } from 'react-router';
import type { CommandId } from '../../../shared/commands';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { useDb, usePlans } from '../../db';
import type { CommandHandler } from '../../platform';
import { useSelectedPlanId } from '../../state/selection';
import { useScenariosUi } from '../../state/scenariosUi';
import { errorMessage } from '../../ui/fieldErrors';
import { compareAddress } from './compareAddress';
import { exportDraftFile } from './DraftFileDialogs';
import { useSwitchPlan } from './planAddress';
import { syncController } from '../../sync/controller';
import { useDraftSharingUi } from '../../state/draftSharingUi';

export type ScenarioCommandId = Extract<CommandId, `plan.${string}` | 'team.split' | 'team.merge' | 'go.plans'>;

/**
 * What the scenario commands do from anywhere (menu, shortcuts, palette): a draft's commands act
 * on the selected draft, a team's on the team shown; otherwise they say what to choose first.
 */
export function useScenarioCommands(): Record<ScenarioCommandId, CommandHandler> {
  const db = useDb();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const planId = useSelectedPlanId();
  const plans = usePlans();
  const switchPlan = useSwitchPlan();
  const { open, setNotice } = useScenariosUi.getState();
  const isDraft = plans?.byId.get(planId)?.kind === 'draft';
  const teamId = /^\/teams\/([^/]+)/.exec(pathname)?.[1] ?? null;
  const needDraft = (what: string, action: () => void) => () => {
    if (isDraft) action();
    else {
      navigate({ pathname: '/plans', search });
      setNotice(`To ${what}, open a draft first: choose it in the plan switcher at the top, or create one with “New draft…”.`);
    }
  };
  const compareTargets = isDraft ? [planId] : (plans?.drafts ?? []).slice(0, 4).map((d) => d.id);
  return {
    'go.plans': () => navigate({ pathname: '/plans', search }),
    'plan.compare': () => navigate(compareAddress(LIVE_PLAN_ID, compareTargets, search)),
    'plan.showLive': () => switchPlan(LIVE_PLAN_ID),
    'plan.exportComparisonPdf': needDraft('export a comparison', () =>
      navigate({ pathname: '/print/comparison', search: `?${new URLSearchParams({ base: LIVE_PLAN_ID, with: planId, autoprint: '1' }).toString()}` })),
    'plan.newDraft': () => open({ kind: 'create', fromPlanId: plans?.byId.has(planId) ? planId : LIVE_PLAN_ID }),
    'plan.rename': needDraft('rename a draft', () => open({ kind: 'edit', planId })),
    'plan.duplicate': needDraft('duplicate a draft', () => open({ kind: 'create', fromPlanId: planId })),
    'plan.delete': needDraft('delete a draft', () => open({ kind: 'delete', planId })),
    'plan.promote': needDraft('promote a draft', () => open({ kind: 'promote', planId })),
    'plan.importDraft': () => open({ kind: 'import' }),
    'plan.exportDraft': needDraft('export a draft', () => {
      const plan = plans!.byId.get(planId)!;
      setNotice('Preparing the draft file…');
      exportDraftFile(db, plan).then(setNotice, (error: unknown) => setNotice(`The draft was not exported: ${errorMessage(error)}`));
    }),
    'plan.share': needDraft('share a draft', () => {
      if (syncController(db).engine) useDraftSharingUi.getState().ask(planId);
      else setNotice('Sync is off on this laptop, so there is no one to share the draft with: connect a server in Settings → Sync first.');
    }),
    'team.split': needDraft('split a team', () => open({ kind: 'split', planId, teamId })),
    'team.merge': needDraft('merge teams', () => open({ kind: 'merge', planId, teamId })),
  };
}
