import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../shared/model';
import { DbProvider } from '../../renderer/db/context';
import { moveMembers } from '../../renderer/db/memberMoves';
import { addMember } from '../../renderer/db/memberships';
import { createPerson, updatePerson } from '../../renderer/db/people';
import { createTeam } from '../../renderer/db/teams';
import { undoLastChange } from '../../renderer/db/undo';
import { TeamsPage } from '../../renderer/features/teams/TeamsPage';
import { useTeamsUi } from '../../renderer/state/teamsUi';
import { renderWithDb } from './renderWithDb';

beforeEach(() => {
  useTeamsUi.setState({ editor: null, deletingTeamId: null, selectedMemberships: [], directoryQuery: '' });
});

/**
 * The board keeps what it derives (rows, card chips, role labels, the directory) across visits in
 * the workspace in memory. These tests leave the board, change the workspace while it is away, come
 * back, and check that nothing shown is the previous visit's.
 */
describe('Board kept across visits', () => {
  async function boardWithRosa() {
    const view = await renderWithDb(<TeamsPage />);
    const { db, directory } = view;
    const payments = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments', services: ['Cards'] });
    const ledger = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Ledger', services: ['Accounts'] });
    const rosa = await createPerson(db, { name: 'Rosa Costa' });
    const membership = await addMember(db, { planId: LIVE_PLAN_ID, teamId: payments.id, personId: rosa.id, roleId: ROLE_IDS.developer, allocation: 50 });
    const show = (board: boolean) =>
      view.rerender(
        <DbProvider db={db} directory={directory}>
          <MemoryRouter initialEntries={['/teams']}>{board ? <TeamsPage /> : <p>Somewhere else</p>}</MemoryRouter>
        </DbProvider>,
      );
    const card = (name: string) => screen.findByRole('article', { name });
    await waitFor(async () => expect(within(await card('Payments')).getByRole('button', { name: 'Rosa Costa, Developer, 50%' })).toBeInTheDocument());
    return { db, rosa, membership, payments, ledger, show, card };
  }

  it('shows a renamed person and a move made while the board was away, and the undo of the move', async () => {
    const { db, rosa, membership, ledger, show, card } = await boardWithRosa();
    show(false);
    await screen.findByText('Somewhere else');
    await updatePerson(db, rosa.id, { name: 'Rosa Lima' });
    await moveMembers(db, [membership.id], ledger.id);

    show(true);
    const ledgerCard = await card('Ledger');
    await waitFor(() => expect(within(ledgerCard).getByRole('button', { name: 'Rosa Lima, Developer, 50%' })).toBeInTheDocument());
    expect(within(ledgerCard).getByText('Rosa L.')).toBeInTheDocument();
    expect(ledgerCard).toHaveTextContent('1/10 · 0.5 FTE');
    const paymentsCard = await card('Payments');
    expect(paymentsCard).toHaveTextContent('0/10 · 0 FTE');
    expect(within(paymentsCard).queryByRole('button', { name: /Rosa/ })).not.toBeInTheDocument();
    // The directory beside the board has the new name too.
    expect(within(screen.getByRole('list', { name: 'People to add' })).getByRole('button', { name: 'Drag Rosa Lima to a team' })).toBeInTheDocument();

    // Undo on screen, then away and back: the card shows the undone state, not the cached move.
    await act(() => undoLastChange(db));
    await waitFor(async () => expect(within(await card('Payments')).getByRole('button', { name: 'Rosa Lima, Developer, 50%' })).toBeInTheDocument());
    show(false);
    await screen.findByText('Somewhere else');
    show(true);
    await waitFor(async () => expect(within(await card('Payments')).getByRole('button', { name: 'Rosa Lima, Developer, 50%' })).toBeInTheDocument());
    expect(within(await card('Ledger')).queryByRole('button', { name: /Rosa/ })).not.toBeInTheDocument();
    expect(await card('Ledger')).toHaveTextContent('0/10 · 0 FTE');
  });

  it('gives a card a new verdict when a required role is filled while it was away, and back after undo', async () => {
    const { db, ledger, show, card } = await boardWithRosa();
    const missing = () => within(screen.getByRole('article', { name: 'Ledger' })).queryByRole('button', { name: 'Add product owner to Ledger' });
    await waitFor(() => expect(missing()).toBeInTheDocument());
    show(false);
    await screen.findByText('Somewhere else');
    const paolo = await createPerson(db, { name: 'Paolo Neri' });
    await addMember(db, { planId: LIVE_PLAN_ID, teamId: ledger.id, personId: paolo.id, roleId: ROLE_IDS.productOwner, allocation: 100 });

    show(true);
    const ledgerCard = await card('Ledger');
    await waitFor(() => expect(within(ledgerCard).getByRole('button', { name: 'Paolo Neri, Product owner, 100%' })).toBeInTheDocument());
    expect(missing()).not.toBeInTheDocument();

    await act(() => undoLastChange(db));
    await waitFor(() => expect(missing()).toBeInTheDocument());
    show(false);
    await screen.findByText('Somewhere else');
    show(true);
    await waitFor(() => expect(missing()).toBeInTheDocument());
    expect(within(await card('Ledger')).queryByRole('button', { name: /Paolo Neri/ })).not.toBeInTheDocument();
  });

  it('marks a chip picked with Ctrl+click, on its own card only', async () => {
    const user = userEvent.setup();
    const { card } = await boardWithRosa();
    const chip = within(await card('Payments')).getByRole('button', { name: 'Rosa Costa, Developer, 50%' });
    await user.keyboard('{Control>}');
    await user.click(chip);
    await user.keyboard('{/Control}');
    await waitFor(() => expect(within(screen.getByRole('article', { name: 'Payments' })).getByRole('button', { name: 'Rosa Costa, Developer, 50%, picked' })).toHaveAttribute('aria-pressed', 'true'));
  });
});

describe('People directory beside the board', () => {
  it('renders a window of a long list, and the keyboard reaches its last person', async () => {
    const user = userEvent.setup();
    const { db } = await renderWithDb(<TeamsPage />);
    await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments', services: ['Cards'] });
    const names = Array.from({ length: 80 }, (_, i) => `Person ${String(i + 1).padStart(3, '0')}`);
    for (const name of names) await createPerson(db, { name });
    const list = await screen.findByRole('list', { name: 'People to add' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '80'));
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);

    const first = within(list).getByRole('button', { name: 'Drag Person 001 to a team' });
    first.focus();
    await user.keyboard('{End}');
    await waitFor(() => expect(within(list).getByRole('button', { name: 'Drag Person 080 to a team' })).toHaveFocus());
    expect(within(list).getByRole('button', { name: 'Drag Person 080 to a team' }).closest('li')).toHaveAttribute('aria-posinset', '80');
    expect(within(list).queryByRole('button', { name: 'Drag Person 001 to a team' })).not.toBeInTheDocument();
  }, 30_000);
});
