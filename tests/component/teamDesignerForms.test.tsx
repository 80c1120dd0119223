import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../shared/model';
import { PeoplePage } from '../../renderer/features/people/PeoplePage';
import { SettingsPage } from '../../renderer/features/settings/SettingsPage';
import { TeamView } from '../../renderer/features/teams/TeamView';
import { createPerson } from '../../renderer/db/people';
import { createTeam } from '../../renderer/db/teams';
import { usePeopleUi } from '../../renderer/state/peopleUi';
import { useTeamsUi } from '../../renderer/state/teamsUi';
import { Route, Routes } from 'react-router';
import { renderWithDb } from './renderWithDb';

beforeEach(() => {
  usePeopleUi.setState({ editor: null, removingPersonId: null, importOpen: false, filter: { query: '', departmentId: '', roleId: '', teamId: '' } });
  useTeamsUi.setState({ editor: null, deletingTeamId: null, memberDraft: null, editingMembershipId: null });
});

describe('person form', () => {
  it('explains a missing name and an invalid email, and saves nothing', async () => {
    const user = userEvent.setup();
    const { db } = await renderWithDb(<PeoplePage />, '/people');
    await user.click(await screen.findByRole('button', { name: 'Add person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add person' });
    await user.type(within(dialog).getByLabelText('Email'), 'grace@');
    await user.click(within(dialog).getByRole('button', { name: 'Add person' }));
    const alerts = within(dialog).getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toEqual(['Name is required', 'email is not valid']);
    expect(within(dialog).getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(await db.people.count()).toBe(0);
  });

  it('adds a person with a department and shows them in the directory', async () => {
    const user = userEvent.setup();
    await renderWithDb(<PeoplePage />, '/people');
    await user.click(await screen.findByRole('button', { name: 'Add person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add person' });
    await user.type(within(dialog).getByLabelText('Name'), 'Grace Tanaka');
    await user.selectOptions(within(dialog).getByLabelText('Department'), 'department:security');
    await user.click(within(dialog).getByRole('button', { name: 'Add person' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('1 person in the directory')).toBeInTheDocument();
  });
});

describe('add member form', () => {
  it('asks for a person, refuses an allocation of 0% next to the field, and previews the total', async () => {
    const user = userEvent.setup();
    let personId = '';
    const { db } = await renderWithDb(
      <Routes>
        <Route path="/teams/:teamId" element={<TeamView />} />
      </Routes>,
      async (seeded) => {
        const team = await createTeam(seeded, { planId: LIVE_PLAN_ID, name: 'Billing' });
        personId = (await createPerson(seeded, { name: 'Rosa Costa' })).id;
        return `/teams/${team.id}`;
      },
    );
    await user.click(await screen.findByRole('button', { name: 'Add member' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add to Billing' });
    await user.click(within(dialog).getByRole('button', { name: 'Add to team' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose the person to add, or “To hire” for an open role.');
    await user.selectOptions(within(dialog).getByLabelText('Person'), personId);
    const allocation = within(dialog).getByLabelText('Allocation (%)');
    await user.clear(allocation);
    await user.type(allocation, '0');
    await user.click(within(dialog).getByRole('button', { name: 'Add to team' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('allocation must be at least 1%');
    expect(await db.memberships.count()).toBe(0);
    await user.clear(allocation);
    await user.type(allocation, '60');
    expect(within(dialog).getByText(/Rosa Costa is not on any team yet; with this team 60%/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add to team' }));
    await waitFor(async () => expect(await db.memberships.count()).toBe(1));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Developer' })).toHaveTextContent('Rosa Costa'));
  });
});

describe('settings forms', () => {
  it('explain limits in the wrong order and keep the stored limits', async () => {
    const user = userEvent.setup();
    const { db } = await renderWithDb(<SettingsPage />, '/settings');
    const warn = await screen.findByLabelText('Warn above (people)');
    await user.clear(warn);
    await user.type(warn, '12');
    await user.click(screen.getByRole('button', { name: 'Save limits' }));
    expect(await screen.findByText('the fail limit must not be below the warn limit')).toBeInTheDocument();
    expect((await db.settings.get('settings'))?.sizeLimits.warnAbove).toBe(8);
  });

  it('explains a role maximum below its minimum, storing nothing before Save', async () => {
    const user = userEvent.setup();
    const { db } = await renderWithDb(<SettingsPage />, '/settings');
    const max = await screen.findByLabelText('Maximum Developer per team');
    const min = screen.getByLabelText('Minimum Developer per team');
    await user.type(max, '2');
    await user.clear(min);
    await user.type(min, '3');
    // Nothing is stored before the section's Save.
    expect((await db.roles.get(ROLE_IDS.developer))?.minPerTeam).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Save role requirements' }));
    expect(await screen.findByText(/Developer: maximum per team must not be below the minimum/)).toBeInTheDocument();
    expect((await db.roles.get(ROLE_IDS.developer))?.minPerTeam).toBe(1);
  }, 20_000); // the whole Settings page renders: seconds under load

  it('refuses to delete a department that still has people', async () => {
    const user = userEvent.setup();
    const { db } = await renderWithDb(<SettingsPage />, '/settings');
    await createPerson(db, { name: 'Lee', departmentId: 'department:legal' });
    await user.click(await screen.findByRole('button', { name: 'Delete Legal' }));
    expect(await screen.findByText('1 person is in Legal: move them to another department first.')).toBeInTheDocument();
  });
});
