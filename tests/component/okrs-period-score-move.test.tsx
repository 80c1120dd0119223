import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createObjective, recordCheckIn } from '../../renderer/db/okrs';
import { ObjectivePage } from '../../renderer/features/okrs/ObjectivePage';
import { OkrsPage } from '../../renderer/features/okrs/OkrsPage';
import { fixClock, freshOkrDb, renderRoute, sharedObjective, TODAY } from './okrTestSetup';

let restoreClock: () => void;
beforeEach(() => {
  restoreClock = fixClock();
});
afterEach(() => restoreClock());

async function objectivePage() {
  const user = userEvent.setup();
  const db = await freshOkrDb();
  const seeded = await sharedObjective(db);
  await recordCheckIn(db, { keyResultId: seeded.keyResult.id, date: TODAY, value: 35, confidence: 8 }, TODAY);
  renderRoute(db, <ObjectivePage />, '/okrs/objectives/:objectiveId', `/okrs/objectives/${seeded.objective.id}`);
  await screen.findByRole('article', { name: 'Share solved in the portal' });
  return { user, db, ...seeded };
}

describe('custom periods', () => {
  it('names each missing field, then a last day before the first', async () => {
    const user = userEvent.setup();
    const db = await freshOkrDb();
    renderRoute(db, <OkrsPage />, '/okrs', '/okrs');
    await user.click(await screen.findByRole('button', { name: 'New custom period' }));
    const dialog = await screen.findByRole('dialog', { name: 'New custom period' });
    await user.click(within(dialog).getByRole('button', { name: 'Create period' }));
    expect(within(dialog).getByText('Period name is required')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter the first day as a date (YYYY-MM-DD).')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Name'), 'Winter hackathon');
    await user.type(within(dialog).getByLabelText('First day'), '2026-12-14');
    await user.type(within(dialog).getByLabelText('Last day'), '2026-12-01');
    await user.click(within(dialog).getByRole('button', { name: 'Create period' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The last day must be on or after the first day.');
    expect(await db.periods.count()).toBe(0);
  });
});

describe('scoring a key result', () => {
  it('suggests the score from progress and asks for a reason for any other score', async () => {
    const { user, db, keyResult } = await objectivePage();
    await user.click(screen.getByRole('button', { name: 'Score Share solved in the portal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Score Share solved in the portal' });
    expect(within(dialog).getByLabelText('Score (0.0–1.0)')).toHaveValue(0.6);
    await user.clear(within(dialog).getByLabelText('Score (0.0–1.0)'));
    await user.type(within(dialog).getByLabelText('Score (0.0–1.0)'), '0.9');
    await user.click(within(dialog).getByRole('button', { name: 'Save score' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'The score 0.9 differs from the suggested 0.6: say why in the reason, or use the suggested score.',
    );
    await user.type(within(dialog).getByLabelText('Reason'), 'The portal launch came late but landed well');
    await user.click(within(dialog).getByRole('button', { name: 'Save score' }));
    await waitFor(async () => expect((await db.keyResults.get(keyResult.id))?.score?.value).toBe(0.9));
  });

  it('refuses a score above 1.0', async () => {
    const { user } = await objectivePage();
    await user.click(screen.getByRole('button', { name: 'Score Share solved in the portal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Score Share solved in the portal' });
    await user.clear(within(dialog).getByLabelText('Score (0.0–1.0)'));
    await user.type(within(dialog).getByLabelText('Score (0.0–1.0)'), '1.5');
    await user.click(within(dialog).getByRole('button', { name: 'Save score' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Enter a score from 0.0 to 1.0, e.g. 0.7.');
  });
});

describe('moving and duplicating', () => {
  it('asks which objective to move a key result to, then moves it with its history', async () => {
    const { user, db, keyResult, portal } = await objectivePage();
    const other = await createObjective(db, { title: 'Fewer calls', periodId: 'period:2026-Q4', ownerTeamIds: [portal.id] });
    await user.click(screen.getByRole('button', { name: 'Move Share solved in the portal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move Share solved in the portal' });
    await user.click(within(dialog).getByRole('button', { name: 'Move key result' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose the objective to move the key result to.');
    // Repeated titles are told apart: each choice names its owners and period.
    await user.selectOptions(within(dialog).getByLabelText('Move to objective'), 'Fewer calls — Customer Portal · Q4 2026');
    await user.click(within(dialog).getByRole('button', { name: 'Move key result' }));
    await waitFor(async () => expect((await db.keyResults.get(keyResult.id))?.objectiveId).toBe(other.id));
  });

  it('duplicates into the next quarter by default, each start becoming the last value', async () => {
    const { user, db, objective } = await objectivePage();
    await user.click(screen.getByRole('button', { name: 'Duplicate to next period' }));
    const dialog = await screen.findByRole('dialog', { name: `Duplicate ${objective.title}` });
    expect(within(dialog).getByLabelText('Into period')).toHaveDisplayValue('Q1 2027');
    await user.click(within(dialog).getByRole('button', { name: 'Duplicate objective' }));
    await waitFor(async () => expect(await db.objectives.where('periodId').equals('period:2027-Q1').count()).toBe(1));
    const copy = await db.objectives.where('periodId').equals('period:2027-Q1').first();
    expect((await db.keyResults.where('objectiveId').equals(copy!.id).first())?.start).toBe(35);
  });
});
