import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../shared/model';
import { applyChange } from '../../renderer/db/changes';
import type { TeamshapeDb } from '../../renderer/db/database';
import { addMember } from '../../renderer/db/memberships';
import { createPerson } from '../../renderer/db/people';
import { createDraft } from '../../renderer/db/scenarios';
import { createTeam } from '../../renderer/db/teams';
import { ComparePage } from '../../renderer/features/scenarios/ComparePage';
import { PlanBar } from '../../renderer/features/scenarios/PlanBar';
import { PlanSwitcher } from '../../renderer/features/scenarios/PlanSwitcher';
import { ScenarioDialogs } from '../../renderer/features/scenarios/ScenarioDialogs';
import { renderWithDb } from './renderWithDb';

const at = '2026-06-01T09:00:00.000Z';

async function liveWithPayments(db: TeamshapeDb) {
  const rosa = await createPerson(db, { name: 'Rosa Costa' });
  const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
  await addMember(db, { planId: LIVE_PLAN_ID, teamId: team.id, personId: rosa.id, roleId: ROLE_IDS.developer, allocation: 100 });
  return { rosa, team };
}

describe('the plan bar and the promote dialog', () => {
  it('marks a draft copied from an archived plan and explains why it cannot be promoted yet', async () => {
    const user = userEvent.setup();
    let draftId = '';
    await renderWithDb(
      <>
        <PlanSwitcher collapsed={false} />
        <PlanBar />
        <ScenarioDialogs />
      </>,
      async (db) => {
        await liveWithPayments(db);
        await applyChange(db, 'Archive', async () => {
          await db.plans.add({ id: 'plan:old', createdAt: at, updatedAt: at, deletedAt: null, updatedBy: null, name: 'Organisation until 2026-05-31', kind: 'archived', description: '', basedOnPlanId: null, effectiveTo: '2026-05-31' });
        });
        draftId = (await createDraft(db, { name: 'Back to the old shape', fromPlanId: 'plan:old' })).id;
        return `/teams?plan=${draftId}`;
      },
    );
    const switcher = await screen.findByRole('region', { name: 'Plan' });
    expect(within(switcher).getByTestId('plan-mark')).toHaveTextContent('Draft');
    expect(within(switcher).getByRole('combobox', { name: 'Plan shown' })).toHaveValue(draftId);
    const bar = screen.getByRole('region', { name: 'Plan banner' });
    expect(bar).toHaveTextContent('Editing the draft Back to the old shape');
    await user.click(within(bar).getByRole('button', { name: 'Promote…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Promote Back to the old shape to live' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('was copied from “Organisation until 2026-05-31”, an archived plan, not from today\'s organisation');
    expect(within(dialog).getByRole('button', { name: 'Promote to live' })).toBeDisabled();
  }, 20_000);

  it('says so when the address names a plan that does not exist', async () => {
    await renderWithDb(
      <>
        <PlanSwitcher collapsed />
        <PlanBar />
      </>,
      async (db) => {
        await liveWithPayments(db);
        return '/teams?plan=plan:nowhere';
      },
    );
    expect(within(await screen.findByRole('region', { name: 'Plan' })).getByTestId('plan-mark')).toHaveTextContent('Unknown plan');
    const bar = screen.getByRole('region', { name: 'Plan banner' });
    expect(bar).toHaveTextContent('This plan does not exist or was deleted: choose another plan.');
  }, 15_000);
});

describe('the compare view', () => {
  it('shows the health per plan and the change list of a draft in which someone moved', async () => {
    await renderWithDb(<ComparePage />, async (db) => {
      await liveWithPayments(db);
      const draft = await createDraft(db, { name: 'Option B', fromPlanId: LIVE_PLAN_ID });
      const billing = await createTeam(db, { planId: draft.id, name: 'Billing' });
      const [membership] = await db.memberships.where('planId').equals(draft.id).toArray();
      await applyChange(db, 'Move', async () => {
        await db.memberships.put({ ...membership!, teamId: billing.id });
      });
      return `/plans/compare?base=${LIVE_PLAN_ID}&with=${draft.id}`;
    });
    const changes = await screen.findByRole('list', { name: 'Changes in Option B (draft)' });
    expect(within(changes).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Team addedBilling added',
      'MovedRosa Costa: Payments (Developer, 100%) → Billing (Developer, 100%)',
    ]);
    const health = screen.getByRole('table', { name: 'Health per plan' });
    expect(within(health).getByRole('row', { name: /^Teams 1 2 \(\+1\)$/ })).toBeInTheDocument();
    expect(within(health).getByRole('columnheader', { name: 'Live organisation (baseline)' })).toBeInTheDocument();
  }, 20_000);
});
