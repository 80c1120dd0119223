import { CreateDraftDialog, DeleteDraftDialog, EditDraftDialog } from './DraftDialogs';
import { ImportDraftDialog } from './DraftFileDialogs';
import { PromoteDialog } from './PromoteDialog';
import { MergeTeamsDialog, SplitTeamDialog } from './SplitMergeDialogs';

/** Every scenario dialog, mounted once in the app's frame so the commands open them from any page. */
export function ScenarioDialogs() {
  return (
    <>
      <CreateDraftDialog />
      <EditDraftDialog />
      <DeleteDraftDialog />
      <PromoteDialog />
      <ImportDraftDialog />
      <SplitTeamDialog />
      <MergeTeamsDialog />
    </>
  );
}
