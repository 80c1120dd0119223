import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPerson } from '../../renderer/db/people';
import { PeoplePage } from '../../renderer/features/people/PeoplePage';
import { usePeopleUi } from '../../renderer/state/peopleUi';
import { answerFilePicker } from './fileInput';
import { renderWithDb } from './renderWithDb';

const CSV = ['Name,Email,Title,Department', 'Ada Lovelace,ADA@example.org,Chief Analyst,Product', 'Grace Hopper,grace@example.org,Admiral,Engineering'].join('\n');

/** The open dialog (a file input, native in the desktop app), answering with the roster above. */
let stopAnswering = () => {};
beforeEach(() => {
  stopAnswering = answerFilePicker('roster.csv', CSV);
  usePeopleUi.setState({ importOpen: false, editor: null, removingPersonId: null });
});
afterEach(() => stopAnswering());

async function importWith(choice: 'Update existing people' | 'Skip them') {
  const user = userEvent.setup();
  const view = await renderWithDb(<PeoplePage />, async (db) => {
    await createPerson(db, { name: 'Ada Lovelace', email: 'ada@example.org', title: 'Analyst' });
    return '/people';
  });
  await user.click(await screen.findByRole('button', { name: 'Import people' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import people from a file' });
  await user.click(within(dialog).getByRole('button', { name: 'Choose file…' }));
  const duplicates = await within(dialog).findByRole('group', { name: /1 row changes someone already in the directory/ });
  await user.click(within(duplicates).getByLabelText(choice));
  return { ...view, user, dialog };
}

describe('roster import with an email already in the directory', () => {
  it('updates the existing person when asked, and adds the new one', async () => {
    const { db, user, dialog } = await importWith('Update existing people');
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 people' }));
    await waitFor(async () => expect(await db.people.count()).toBe(2));
    const ada = (await db.people.toArray()).find((p) => p.name === 'Ada Lovelace');
    expect(ada?.title).toBe('Chief Analyst');
    expect(ada?.departmentId).toBe('department:product');
  });

  it('leaves the existing person alone when skipping, and adds only the new one', async () => {
    const { db, user, dialog } = await importWith('Skip them');
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 person' }));
    await waitFor(async () => expect(await db.people.count()).toBe(2));
    const ada = (await db.people.toArray()).find((p) => p.name === 'Ada Lovelace');
    expect(ada?.title).toBe('Analyst');
  });
});
