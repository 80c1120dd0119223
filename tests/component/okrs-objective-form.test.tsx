import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID } from '../../shared/model';
import { OkrsPage } from '../../renderer/features/okrs/OkrsPage';
import { createTeam } from '../../renderer/db/teams';
import { fixClock } from './okrTestSetup';
import { renderWithDb } from './renderWithDb';

let restoreClock: () => void;
beforeEach(() => {
  restoreClock = fixClock();
});
afterEach(() => restoreClock());

async function openNewObjective() {
  const user = userEvent.setup();
  const view = await renderWithDb(<OkrsPage />, '/okrs');
  await createTeam(view.db, { planId: LIVE_PLAN_ID, name: 'Customer Portal' });
  await createTeam(view.db, { planId: LIVE_PLAN_ID, name: 'Service Desk' });
  await user.click(await screen.findByRole('button', { name: 'New objective' }));
  const dialog = await screen.findByRole('dialog', { name: 'New objective' });
  await within(dialog).findByLabelText('Service Desk');
  return { user, dialog, ...view };
}

describe('the objective editor', () => {
  it('defaults the period to the current quarter', async () => {
    const { dialog } = await openNewObjective();
    expect(within(dialog).getByLabelText('Period')).toHaveDisplayValue('Q4 2026');
  });

  it('explains a missing title and missing owner teams next to the fields, and creates nothing', async () => {
    const { user, dialog, db } = await openNewObjective();
    await user.click(within(dialog).getByRole('button', { name: 'Create objective' }));
    expect(within(dialog).getByText('Objective title is required')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose at least one owner team (two or more for a shared objective).')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Objective')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('group', { name: 'Owner teams' })).toHaveAttribute('aria-invalid', 'true');
    expect(await db.objectives.count()).toBe(0);
  });

  it('explains a title that is too long', async () => {
    const { user, dialog } = await openNewObjective();
    const title = within(dialog).getByLabelText('Objective');
    title.removeAttribute('maxlength');
    await user.click(title);
    await user.paste('x'.repeat(201));
    await user.click(within(dialog).getByRole('button', { name: 'Create objective' }));
    expect(within(dialog).getByText('Objective title must be at most 200 characters')).toBeInTheDocument();
  });

  it('creates an objective shared by two teams', async () => {
    const { user, dialog, db } = await openNewObjective();
    await user.type(within(dialog).getByLabelText('Objective'), 'Customers help themselves');
    await user.click(within(dialog).getByLabelText('Customer Portal'));
    await user.click(within(dialog).getByLabelText('Service Desk'));
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'aspirational');
    await user.click(within(dialog).getByRole('button', { name: 'Create objective' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [objective] = await db.objectives.toArray();
    expect(objective).toMatchObject({ title: 'Customers help themselves', periodId: 'period:2026-Q4', kind: 'aspirational' });
    expect(objective?.ownerTeamIds).toHaveLength(2);
  });
});
