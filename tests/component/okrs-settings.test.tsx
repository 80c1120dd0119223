import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/model';
import { readSettings } from '../../renderer/db/settings';
import { OkrSettingsSection } from '../../renderer/features/settings/OkrSettingsSection';
import { renderWithDb } from './renderWithDb';

async function renderSection() {
  const user = userEvent.setup();
  const view = await renderWithDb(<OkrSettingsSection settings={DEFAULT_SETTINGS} />, '/settings');
  return { user, ...view };
}

describe('OKR settings', () => {
  it('shows the defaults: stale after 14 days, on track from 90 %, at risk from 70 %', async () => {
    await renderSection();
    expect(screen.getByLabelText('Stale after (days without a check-in)')).toHaveValue(14);
    expect(screen.getByLabelText('On track from (% of expected)')).toHaveValue(90);
    expect(screen.getByLabelText('At risk from (% of expected)')).toHaveValue(70);
  });

  it('refuses an at-risk threshold above the on-track one, saying how to fix it', async () => {
    const { user } = await renderSection();
    await user.clear(screen.getByLabelText('At risk from (% of expected)'));
    await user.type(screen.getByLabelText('At risk from (% of expected)'), '95');
    await user.click(screen.getByRole('button', { name: 'Save OKR settings' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The at-risk threshold must not be above the on-track threshold: lower it, or raise on track.');
  });

  it('refuses 0 days', async () => {
    const { user } = await renderSection();
    await user.clear(screen.getByLabelText('Stale after (days without a check-in)'));
    await user.type(screen.getByLabelText('Stale after (days without a check-in)'), '0');
    await user.click(screen.getByRole('button', { name: 'Save OKR settings' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole number of days from 1 to 365, e.g. 14.');
  });

  it('saves new values', async () => {
    const { user, db } = await renderSection();
    await user.clear(screen.getByLabelText('Stale after (days without a check-in)'));
    await user.type(screen.getByLabelText('Stale after (days without a check-in)'), '7');
    await user.clear(screen.getByLabelText('On track from (% of expected)'));
    await user.type(screen.getByLabelText('On track from (% of expected)'), '85');
    await user.click(screen.getByRole('button', { name: 'Save OKR settings' }));
    await waitFor(async () => expect((await readSettings(db)).staleAfterDays).toBe(7));
    expect((await readSettings(db)).statusThresholds).toEqual({ onTrack: 0.85, atRisk: 0.7 });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('OKR settings saved.'));
  });
});
