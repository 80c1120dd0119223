import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PeoplePage } from '../../renderer/features/people/PeoplePage';
import { createPerson, updatePerson } from '../../renderer/db/people';
import { usePeopleUi } from '../../renderer/state/peopleUi';
import { renderWithDb } from './renderWithDb';

beforeEach(() => {
  usePeopleUi.setState({ editor: null });
});

async function editAda() {
  const user = userEvent.setup();
  const view = await renderWithDb(<PeoplePage />, async (db) => {
    await createPerson(db, { name: 'Ada Lovelace', title: 'Engineer' });
    return '/people';
  });
  const ada = (await view.db.people.toArray())[0]!;
  // The directory is virtualised (jsdom lays nothing out): open the editor as its row button does.
  act(() => usePeopleUi.getState().openEditor({ mode: 'edit', personId: ada.id }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit Ada Lovelace' });
  return { user, dialog, db: view.db, ada };
}

describe('editing a person another window changed meanwhile', () => {
  it('refuses the save, says what changed, and takes theirs on request', async () => {
    const { user, dialog, db, ada } = await editAda();
    await user.clear(within(dialog).getByLabelText('Job title'));
    await user.type(within(dialog).getByLabelText('Job title'), 'Architect');
    await updatePerson(db, ada.id, { name: 'Ada King' });
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    const notice = await within(dialog).findByText(/was changed in another window/);
    expect(notice).toHaveTextContent('Person “Ada King” was changed in another window while you were editing it.');
    expect(within(dialog).getByText('Name is now “Ada King”')).toBeInTheDocument();
    expect((await db.people.get(ada.id))?.title).toBe('Engineer');

    await user.click(within(dialog).getByRole('button', { name: 'Take theirs' }));
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Ada King');
    expect(within(dialog).getByLabelText('Job title')).toHaveValue('Engineer');
  });

  it('saves over the other version when the user keeps theirs', async () => {
    const { user, dialog, db, ada } = await editAda();
    await user.clear(within(dialog).getByLabelText('Job title'));
    await user.type(within(dialog).getByLabelText('Job title'), 'Architect');
    await updatePerson(db, ada.id, { title: 'Manager' });
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByText('Job title is now “Manager”')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () => expect((await db.people.get(ada.id))?.title).toBe('Architect'));
  });
});
