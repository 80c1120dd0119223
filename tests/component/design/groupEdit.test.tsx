import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTeamGroup, updateTeamGroup } from '../../../renderer/db';
import { DesignPage } from '../../../renderer/features/design/DesignPage';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { renderWithDb } from '../renderWithDb';

describe('Design page: editing a team of teams', () => {
  it('shows each group’s own “At most teams” when switching groups, and the stored value after a change', async () => {
    const { db } = await renderWithDb(<DesignPage />, async (db) => {
      await createTeamGroup(db, { planId: LIVE_PLAN_ID, name: 'Payments tribe', maxTeams: 5 });
      await createTeamGroup(db, { planId: LIVE_PLAN_ID, name: 'Lending tribe', maxTeams: 12 });
      return '/design';
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit group Payments tribe' }));
    const payments = await screen.findByRole('form', { name: 'Edit group Payments tribe' });
    expect(within(payments).getByLabelText('At most teams')).toHaveValue(5);
    fireEvent.change(within(payments).getByLabelText('At most teams'), { target: { value: '7' } });

    // Switching to the other group without saving shows that group's limit, not the typed 7.
    fireEvent.click(screen.getByRole('button', { name: 'Edit group Lending tribe' }));
    const lending = await screen.findByRole('form', { name: 'Edit group Lending tribe' });
    expect(within(lending).getByLabelText('At most teams')).toHaveValue(12);
    fireEvent.change(within(lending).getByLabelText('At most teams'), { target: { value: '9' } });
    fireEvent.click(within(lending).getByRole('button', { name: 'Save group' }));
    await screen.findByText('Saved the group “Lending tribe”: at most 9 teams and 150 people.');
    const table = screen.getByRole('region', { name: 'Teams of teams' });
    await waitFor(() => expect(table).toHaveTextContent('0 of at most 9'));

    // Reopened, the form shows the saved 9; a change made elsewhere (another window, undo) replaces it.
    fireEvent.click(screen.getByRole('button', { name: 'Edit group Lending tribe' }));
    expect(within(await screen.findByRole('form', { name: 'Edit group Lending tribe' })).getByLabelText('At most teams')).toHaveValue(9);
    const stored = (await db.teamGroups.toArray()).find((g) => g.name === 'Lending tribe')!;
    await updateTeamGroup(db, stored.id, { maxTeams: 4 });
    await waitFor(() => expect(within(screen.getByRole('form', { name: 'Edit group Lending tribe' })).getByLabelText('At most teams')).toHaveValue(4));
  });
});
