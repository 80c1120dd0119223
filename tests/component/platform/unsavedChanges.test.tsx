import { renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TeamEditorDialog } from '../../../renderer/features/teams/TeamEditorDialog';
import { hasUnsavedChanges, useUnsavedChanges } from '../../../renderer/platform/unsavedChanges';
import { useTeamsUi } from '../../../renderer/state/teamsUi';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { renderWithDb } from '../renderWithDb';

function closeWindow(): Event {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

describe('useUnsavedChanges: closing the window never loses a half-filled form', () => {
  it('objects to unloading while a form has unsaved changes', () => {
    const { rerender, unmount } = renderHook(({ dirty }) => useUnsavedChanges(dirty), { initialProps: { dirty: false } });
    expect(closeWindow().defaultPrevented).toBe(false);
    rerender({ dirty: true });
    expect(hasUnsavedChanges()).toBe(true);
    expect(closeWindow().defaultPrevented).toBe(true);
    rerender({ dirty: false });
    expect(closeWindow().defaultPrevented).toBe(false);
    unmount();
  });

  it('keeps objecting until every dirty form is saved or closed', () => {
    const first = renderHook(() => useUnsavedChanges(true));
    const second = renderHook(() => useUnsavedChanges(true));
    first.unmount();
    expect(closeWindow().defaultPrevented).toBe(true);
    second.unmount();
    expect(closeWindow().defaultPrevented).toBe(false);
    expect(hasUnsavedChanges()).toBe(false);
  });
});

describe('the team dialog keeps a half-typed team from being lost', () => {
  it('objects to closing the window once a name is typed, and stops after Cancel', async () => {
    useTeamsUi.setState({ editor: { mode: 'create' } });
    await renderWithDb(<TeamEditorDialog planId={LIVE_PLAN_ID} />);
    const user = userEvent.setup();
    expect(closeWindow().defaultPrevented).toBe(false);
    await user.type(await screen.findByLabelText('Team name'), 'Billing');
    expect(closeWindow().defaultPrevented).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(closeWindow().defaultPrevented).toBe(false);
  });
});
