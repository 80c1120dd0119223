import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ObjectivePage } from '../../renderer/features/okrs/ObjectivePage';
import { fixClock, freshOkrDb, renderRoute, sharedObjective } from './okrTestSetup';

let restoreClock: () => void;
beforeEach(() => {
  restoreClock = fixClock();
});
afterEach(() => restoreClock());

async function openNewKeyResult() {
  const user = userEvent.setup();
  const db = await freshOkrDb();
  const { objective } = await sharedObjective(db);
  renderRoute(db, <ObjectivePage />, '/okrs/objectives/:objectiveId', `/okrs/objectives/${objective.id}`);
  await user.click(await screen.findByRole('button', { name: 'Add key result' }));
  const dialog = await screen.findByRole('dialog', { name: 'New key result' });
  return { user, db, dialog, objective };
}

describe('the key result editor', () => {
  it('shows the objective’s key results with their status', async () => {
    const db = await freshOkrDb();
    const { objective } = await sharedObjective(db);
    renderRoute(db, <ObjectivePage />, '/okrs/objectives/:objectiveId', `/okrs/objectives/${objective.id}`);
    expect(await screen.findByRole('article', { name: 'Share solved in the portal' })).toHaveTextContent('No check-in yet');
  });

  it('asks for a title and a target, naming each field; an unknown start may stay empty', async () => {
    const { user, dialog, db } = await openNewKeyResult();
    await user.click(within(dialog).getByRole('button', { name: 'Add key result' }));
    expect(within(dialog).getByText('Key result title is required')).toBeInTheDocument();
    expect(within(dialog).queryByText(/Start value is required/)).toBeNull();
    expect(within(dialog).getByText('Target value is required: enter a number, e.g. 20.')).toBeInTheDocument();
    expect(await db.keyResults.count()).toBe(1);
  });

  it('refuses a decrease whose target is above its start, saying what to do', async () => {
    const { user, dialog } = await openNewKeyResult();
    await user.type(within(dialog).getByLabelText('Key result'), 'Calls per week');
    await user.selectOptions(within(dialog).getByLabelText('Metric'), 'Decrease to');
    await user.type(within(dialog).getByLabelText('Start value'), '3000');
    await user.type(within(dialog).getByLabelText('Target value'), '4200');
    await user.click(within(dialog).getByRole('button', { name: 'Add key result' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'A "decrease to" key result needs a target at or below its start (3000): lower the target, or choose "Increase to".',
    );
  });

  it('refuses a weight of 0 and explains that empty means equal weight', async () => {
    const { user, dialog } = await openNewKeyResult();
    await user.type(within(dialog).getByLabelText('Key result'), 'Uptime');
    await user.selectOptions(within(dialog).getByLabelText('Metric'), 'Stay above');
    await user.type(within(dialog).getByLabelText('Current value'), '99.8');
    await user.type(within(dialog).getByLabelText('Line to stay above'), '99.9');
    await user.type(within(dialog).getByLabelText('Weight (optional)'), '0');
    await user.click(within(dialog).getByRole('button', { name: 'Add key result' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Weight must be a number above 0 (up to 1000), e.g. 2; leave it empty for equal weight.');
  });

  it('adds a milestone (0 to 1, no start or target to enter) with a weight and a contributing team', async () => {
    const { user, dialog, db, objective } = await openNewKeyResult();
    await user.type(within(dialog).getByLabelText('Key result'), 'Live chat launched');
    await user.selectOptions(within(dialog).getByLabelText('Metric'), 'Milestone');
    expect(within(dialog).queryByLabelText('Start value')).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Weight (optional)'), '2');
    await user.click(within(dialog).getByRole('group', { name: 'Contributing teams (optional)' }).querySelector('input')!);
    await user.click(within(dialog).getByRole('button', { name: 'Add key result' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const added = (await db.keyResults.where('objectiveId').equals(objective.id).toArray()).find((k) => k.title === 'Live chat launched');
    expect(added).toMatchObject({ metric: 'milestone', start: 0, target: 1, weight: 2, sortOrder: 10 });
    expect(added?.contributingTeamIds).toHaveLength(1);
  });
});
