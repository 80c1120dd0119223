import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SETTINGS_ID } from '../../../shared/model';
import { readSettings } from '../../../renderer/db/settings';
import { SettingsPage } from '../../../renderer/features/settings/SettingsPage';
import { renderWithDb } from '../renderWithDb';

describe('the title → role synonyms in Settings', () => {
  it('shows the default table, saves an edited one, refuses a bad line by number, and restores the defaults', async () => {
    const user = userEvent.setup();
    const { db } = await renderWithDb(<SettingsPage />, '/settings');
    const box = await screen.findByLabelText(/Title → role synonyms/);
    expect((box as HTMLTextAreaElement).value).toContain('scrum master = Project manager');

    await user.clear(box);
    await user.type(box, 'Chapter lead = Architect{Enter}oops');
    await user.click(screen.getByRole('button', { name: 'Save synonyms' }));
    expect(await screen.findByText(/Line 2 \(“oops”\) needs a title and a role/)).toBeTruthy();

    await user.type(box, ' = Developer');
    await user.click(screen.getByRole('button', { name: 'Save synonyms' }));
    await waitFor(async () =>
      expect((await readSettings(db)).titleRoleSynonyms).toEqual([
        { title: 'Chapter lead', role: 'Architect' },
        { title: 'oops', role: 'Developer' },
      ]),
    );
    expect(await screen.findByText('2 synonyms saved.')).toBeTruthy();

    // Restore defaults fills the editor; Save stores "follow the defaults".
    await user.click(screen.getByRole('button', { name: 'Restore defaults' }));
    expect((box as HTMLTextAreaElement).value).toContain('scrum master = Project manager');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    expect((await db.settings.get(SETTINGS_ID))?.titleRoleSynonyms).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Save synonyms' }));
    await waitFor(async () => expect((await db.settings.get(SETTINGS_ID))?.titleRoleSynonyms).toBeUndefined());
    expect(await screen.findByText('Default synonyms restored.')).toBeTruthy();
  }, 20_000); // the whole Settings page renders: seconds under load
});
