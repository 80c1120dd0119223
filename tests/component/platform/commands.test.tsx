import { act, render, renderHook, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandRouter, GUIDED_COMMANDS } from '../../../renderer/app/CommandRouter';
import { runCommand, useCommand } from '../../../renderer/platform/commands';
import { usePeopleUi } from '../../../renderer/state/peopleUi';
import { useTeamsUi } from '../../../renderer/state/teamsUi';
import type { CommandId } from '../../../shared/commands';

function keyDown(init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  window.dispatchEvent(event);
  return event;
}

afterEach(() => {
  delete (window as unknown as Record<string, unknown>).teamshape;
});

describe('useCommand in the browser: keyboard shortcuts from the command table', () => {
  it('runs the handler for Ctrl+N and keeps the browser from acting on the key', () => {
    const handler = vi.fn();
    renderHook(() => useCommand('team.new', handler));
    const event = keyDown({ key: 'n', code: 'KeyN', ctrlKey: true });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves ordinary typing and unhandled shortcuts alone', () => {
    const handler = vi.fn();
    renderHook(() => useCommand('team.new', handler));
    expect(keyDown({ key: 'n', code: 'KeyN' }).defaultPrevented).toBe(false);
    expect(keyDown({ key: 'i', code: 'KeyI', ctrlKey: true }).defaultPrevented).toBe(false); // roster.import has no handler
    expect(handler).not.toHaveBeenCalled();
  });

  it('stops listening when the component unmounts', () => {
    const handler = vi.fn();
    const { unmount } = renderHook(() => useCommand('go.people', handler));
    unmount();
    expect(keyDown({ key: '2', code: 'Digit2', ctrlKey: true }).defaultPrevented).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });

  it('prefers a page’s own handler over the shell’s fallback, and falls back once the page is gone', () => {
    const shell = vi.fn();
    const page = vi.fn();
    renderHook(() => useCommand('team.new', shell, { fallback: true }));
    const pageHook = renderHook(() => useCommand('team.new', page));
    runCommand('team.new');
    expect([page.mock.calls.length, shell.mock.calls.length]).toEqual([1, 0]);
    pageHook.unmount();
    runCommand('team.new');
    expect([page.mock.calls.length, shell.mock.calls.length]).toEqual([1, 1]);
  });

  it('always calls the latest handler, without re-registering on every render', () => {
    const calls: number[] = [];
    const { rerender } = renderHook(({ n }) => useCommand('go.okrs', () => calls.push(n)), { initialProps: { n: 1 } });
    rerender({ n: 2 });
    runCommand('go.okrs');
    expect(calls).toEqual([2]);
  });
});

describe('useCommand in the desktop app: commands from the menu through the bridge', () => {
  let send: ((id: CommandId) => void) | undefined;
  let unsubscribed: boolean;

  beforeEach(() => {
    send = undefined;
    unsubscribed = false;
    (window as unknown as Record<string, unknown>).teamshape = {
      onCommand: (listener: (id: CommandId) => void) => {
        send = listener;
        return () => {
          unsubscribed = true;
        };
      },
    };
  });

  it('runs the handler when main sends the command, and does not also listen to the keyboard', () => {
    const handler = vi.fn();
    const { unmount } = renderHook(() => useCommand('roster.import', handler));
    send?.('roster.import');
    expect(handler).toHaveBeenCalledTimes(1);
    keyDown({ key: 'i', code: 'KeyI', ctrlKey: true });
    expect(handler).toHaveBeenCalledTimes(1); // the menu accelerator already did
    unmount();
    expect(unsubscribed).toBe(true);
  });
});

describe('CommandRouter: the shell routes every command', () => {
  function renderShell(path = '/teams?plan=live') {
    const router = createMemoryRouter(
      [
        {
          path: '/',
          element: (
            <>
              <CommandRouter />
              <Where />
            </>
          ),
          children: [{ path: '*', element: null }],
        },
      ],
      { initialEntries: [path] },
    );
    render(<RouterProvider router={router} />);
    return router;
  }
  function Where() {
    const { pathname, search } = useLocation();
    return <p data-testid="location">{pathname + search}</p>;
  }
  const location = () => screen.getByTestId('location').textContent;

  beforeEach(() => {
    useTeamsUi.setState({ editor: null });
    usePeopleUi.setState({ importOpen: false });
  });

  it.each([
    ['go.people', '/people'],
    ['go.okrs', '/okrs'],
    ['go.charts', '/charts'],
    ['go.collaborationMap', '/map'],
    ['go.settings', '/settings'],
  ] as const)('%s goes to %s, keeping the plan in the address', (id, path) => {
    renderShell();
    act(() => void runCommand(id));
    expect(location()).toBe(`${path}?plan=live`);
  });

  it('New team opens the team dialog on the team board', () => {
    renderShell('/people?plan=live');
    act(() => void runCommand('team.new'));
    expect(location()).toBe('/teams?plan=live');
    expect(useTeamsUi.getState().editor).toEqual({ mode: 'create' });
  });

  it('Import roster opens the import dialog on the People page', () => {
    renderShell();
    act(() => void runCommand('roster.import'));
    expect(location()).toBe('/people?plan=live');
    expect(usePeopleUi.getState().importOpen).toBe(true);
  });

  it.each([
    ['objective.new', '/okrs'],
    ['chart.exportPdf', '/charts'],
  ] as const)('%s goes to %s and asks the page to open its dialog', (id, path) => {
    const router = renderShell();
    act(() => void runCommand(id));
    expect(location()).toBe(`${path}?plan=live`);
    expect(router.state.location.state).toEqual({ open: id });
  });

  it.each(Object.entries(GUIDED_COMMANDS))('%s leads to its page and says what to do there', (id, { path, notice }) => {
    renderShell();
    act(() => void runCommand(id as CommandId));
    expect(location()).toBe(`${path}?plan=live`);
    expect(screen.getByText(notice)).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Dismiss' }).click());
    expect(screen.queryByText(notice)).not.toBeInTheDocument();
  });
});
