import { useState, type FormEvent } from 'react';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { createDraft, deleteDraft, updateDraft, useDb, usePlans, type WorkspacePlans } from '../../db';
import { useScenariosUi } from '../../state/scenariosUi';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/fieldErrors';
import { FormFooter } from '../../ui/FormFooter';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import formStyles from '../../ui/Form.module.css';
import { useSwitchPlan } from './planAddress';

const EMPTY_SHEET = 'empty';

/** A name no draft has yet: “Draft 2027”, then “Draft 2027 (2)”… */
function freeName(plans: WorkspacePlans, base: string): string {
  const taken = new Set(plans.drafts.map((d) => d.name.toLocaleLowerCase()));
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} (${n})`.toLocaleLowerCase())) return `${base} (${n})`;
}

/** New draft: a copy of the live organisation (or of another plan), or an empty sheet. */
export function CreateDraftDialog() {
  const dialog = useScenariosUi((s) => s.dialog);
  const open = useScenariosUi((s) => s.open);
  const plans = usePlans();
  const isOpen = dialog?.kind === 'create' && Boolean(plans);
  return (
    <Dialog open={isOpen} onOpenChange={(next) => !next && open(null)} title="New draft" description="A draft is a reorganisation you can try out beside the live organisation; nothing changes there until you promote it.">
      {isOpen && plans && dialog?.kind === 'create' ? <CreateDraftForm plans={plans} fromPlanId={dialog.fromPlanId} onDone={() => open(null)} /> : null}
    </Dialog>
  );
}

function CreateDraftForm({ plans, fromPlanId, onDone }: { plans: WorkspacePlans; fromPlanId: string | null; onDone: () => void }) {
  const db = useDb();
  const switchPlan = useSwitchPlan();
  const source = fromPlanId ? plans.byId.get(fromPlanId) : undefined;
  const [name, setName] = useState(() => freeName(plans, source && source.kind === 'draft' ? `${source.name} (copy)` : 'Reorganisation draft'));
  const [description, setDescription] = useState('');
  const [from, setFrom] = useState(source ? source.id : LIVE_PLAN_ID);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const options = [
    { value: LIVE_PLAN_ID, label: 'A copy of the live organisation' },
    ...plans.drafts.map((d) => ({ value: d.id, label: `A copy of the draft “${d.name}”` })),
    ...plans.archived.map((a) => ({ value: a.id, label: `A copy of the archived “${a.name}”` })),
    { value: EMPTY_SHEET, label: 'An empty sheet (no teams)' },
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const plan = await createDraft(db, { name, description, fromPlanId: from === EMPTY_SHEET ? null : from });
      onDone();
      switchPlan(plan.id);
    } catch (cause) {
      setBusy(false);
      setError(errorMessage(cause));
    }
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <TextField label="Draft name" value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={80} />
      <TextField label="Description" hint="What this option tries out, e.g. “Split Payments into Core and Risk”." value={description} onChange={(e) => setDescription(e.target.value)} maxLength={400} />
      <SelectField label="Start from" options={options} value={from} onChange={(e) => setFrom(e.target.value)} hint="A copy takes every team, membership and open role, with new ids; the lineage is kept for comparisons." />
      <FormFooter error={error} submitLabel="Create draft" onCancel={onDone} busy={busy} />
    </form>
  );
}

/** Rename a draft and change its description. */
export function EditDraftDialog() {
  const dialog = useScenariosUi((s) => s.dialog);
  const open = useScenariosUi((s) => s.open);
  const plans = usePlans();
  const plan = dialog?.kind === 'edit' ? plans?.byId.get(dialog.planId) : undefined;
  return (
    <Dialog open={Boolean(plan)} onOpenChange={(next) => !next && open(null)} title={`Rename draft ${plan?.name ?? ''}`}>
      {plan ? <EditDraftForm key={plan.id} planId={plan.id} initialName={plan.name} initialDescription={plan.description} readAt={plan.updatedAt} onDone={() => open(null)} /> : null}
    </Dialog>
  );
}

function EditDraftForm({ planId, initialName, initialDescription, readAt, onDone }: { planId: string; initialName: string; initialDescription: string; readAt: string; onDone: () => void }) {
  const db = useDb();
  const [name, setName] = useState(initialName);
  const [description, setDescription] = useState(initialDescription);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await updateDraft(db, planId, { name, description }, { expectedUpdatedAt: readAt });
      onDone();
    } catch (cause) {
      setBusy(false);
      setError(errorMessage(cause));
    }
  }
  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <TextField label="Draft name" value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={80} />
      <TextField label="Description" value={description} onChange={(e) => setDescription(e.target.value)} maxLength={400} />
      <FormFooter error={error} submitLabel="Save" onCancel={onDone} busy={busy} />
    </form>
  );
}

/** Deleting a draft is a tombstone and one undo step; the live organisation is never touched. */
export function DeleteDraftDialog() {
  const db = useDb();
  const dialog = useScenariosUi((s) => s.dialog);
  const open = useScenariosUi((s) => s.open);
  const setNotice = useScenariosUi((s) => s.setNotice);
  const switchPlan = useSwitchPlan();
  const plans = usePlans();
  const plan = dialog?.kind === 'delete' ? plans?.byId.get(dialog.planId) : undefined;
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    if (!plan) return;
    try {
      await deleteDraft(db, plan.id);
      open(null);
      setNotice(`The draft “${plan.name}” was deleted. Undo (Ctrl/⌘+Z) brings it back.`);
      if (new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('plan') === plan.id) switchPlan(LIVE_PLAN_ID);
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }
  return (
    <ConfirmDialog
      open={Boolean(plan)}
      onOpenChange={(next) => {
        if (!next) {
          open(null);
          setError(null);
        }
      }}
      title={`Delete the draft ${plan?.name ?? ''}?`}
      confirmLabel="Delete draft"
      onConfirm={() => void confirm()}
    >
      <p>Its teams and memberships go with it; the live organisation and the people stay as they are. You can undo this.</p>
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
