import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addKeyResult } from '../../renderer/db/okrs';
import { KeyResultPage } from '../../renderer/features/okrs/KeyResultPage';
import { fixClock, freshOkrDb, renderRoute, sharedObjective, stubResizeObserver } from './okrTestSetup';

let restoreClock: () => void;
beforeEach(() => {
  restoreClock = fixClock();
  stubResizeObserver();
});
afterEach(() => restoreClock());

async function openKeyResult(milestone = false) {
  const user = userEvent.setup();
  const db = await freshOkrDb();
  const { objective, keyResult } = await sharedObjective(db);
  const target = milestone
    ? await addKeyResult(db, { objectiveId: objective.id, title: 'Live chat launched', metric: 'milestone', start: 0, target: 1 })
    : keyResult;
  renderRoute(db, <KeyResultPage />, '/okrs/key-results/:keyResultId', `/okrs/key-results/${target.id}`);
  const form = await screen.findByRole('form', { name: 'Check in' });
  return { user, db, form, keyResult: target };
}

describe('the check-in form', () => {
  it('defaults the date to today', async () => {
    const { form } = await openKeyResult();
    expect(within(form).getByLabelText('Date')).toHaveValue('2026-11-16');
  });

  it('asks for a value and a confidence, naming what to enter', async () => {
    const { user, form, db } = await openKeyResult();
    await user.click(within(form).getByRole('button', { name: 'Record check-in' }));
    expect(within(form).getByText('Enter the new value as a number, e.g. 32.')).toBeInTheDocument();
    expect(within(form).getByText('Confidence must be a whole number from 0 (no chance) to 10 (certain).')).toBeInTheDocument();
    expect(await db.checkIns.count()).toBe(0);
  });

  it('refuses a confidence of 11', async () => {
    const { user, form } = await openKeyResult();
    await user.type(within(form).getByLabelText('New value (%)'), '30');
    await user.type(within(form).getByLabelText('Confidence (0–10)'), '11');
    await user.click(within(form).getByRole('button', { name: 'Record check-in' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Confidence must be a whole number from 0 (no chance) to 10 (certain).');
  });

  it('refuses a future date with a clear message, and records nothing', async () => {
    const { user, form, db } = await openKeyResult();
    await user.type(within(form).getByLabelText('New value (%)'), '30');
    await user.type(within(form).getByLabelText('Confidence (0–10)'), '7');
    await user.clear(within(form).getByLabelText('Date'));
    await user.type(within(form).getByLabelText('Date'), '2026-11-17');
    await user.click(within(form).getByRole('button', { name: 'Record check-in' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('The check-in date 2026-11-17 is in the future: choose today (2026-11-16) or an earlier date.');
    expect(within(form).getByLabelText('Date')).toHaveAttribute('aria-invalid', 'true');
    expect(await db.checkIns.count()).toBe(0);
  });

  it('records a back-dated check-in and lists it in the history', async () => {
    const { user, form, db } = await openKeyResult();
    await user.type(within(form).getByLabelText('New value (%)'), '26');
    await user.type(within(form).getByLabelText('Confidence (0–10)'), '6');
    await user.clear(within(form).getByLabelText('Date'));
    await user.type(within(form).getByLabelText('Date'), '2026-10-20');
    await user.type(within(form).getByLabelText('Note'), 'Catching up after the holidays');
    await user.click(within(form).getByRole('button', { name: 'Record check-in' }));
    // The status region is always present (so it is announced): wait for its text, not for it.
    await waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent('Check-in of 2026-10-20 recorded.'));
    const table = await screen.findByRole('table', { name: 'Check-ins (1)' });
    expect(table).toHaveTextContent('20 Oct 2026');
    expect(table).toHaveTextContent('Catching up after the holidays');
    expect((await db.checkIns.toArray())[0]).toMatchObject({ date: '2026-10-20', value: 26, confidence: 6 });
    await waitFor(() => expect(within(form).getByLabelText('Date')).toHaveValue('2026-11-16'));
  });

  it('checks in a milestone as done or not done', async () => {
    const { user, form, db } = await openKeyResult(true);
    await user.click(within(form).getByRole('button', { name: 'Record check-in' }));
    expect(within(form).getByText('Choose whether the milestone is done.')).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText('Milestone'), 'Done');
    await user.type(within(form).getByLabelText('Confidence (0–10)'), '10');
    await user.click(within(form).getByRole('button', { name: 'Record check-in' }));
    await waitFor(async () => expect((await db.checkIns.toArray()).map((c) => c.value)).toEqual([1]));
    // The Status region is always there ("No check-in yet" first): wait for its content, not for it.
    await waitFor(() => expect(screen.getByRole('region', { name: 'Status' })).toHaveTextContent('Done'));
  });
});
