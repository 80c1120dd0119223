import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { KeptViews } from '../../renderer/ui/KeptViews';

const mounts: string[] = [];
const effects: string[] = [];

/** A view with state of its own (a counter) that records when it mounts and when its effects run. */
function Counter({ name, label }: { name: string; label: string }) {
  const [count, setCount] = useState(0);
  const [mounted] = useState(() => {
    mounts.push(name);
    return true;
  });
  useEffect(() => {
    effects.push(`start ${name}`);
    return () => {
      effects.push(`stop ${name}`);
    };
  }, [name]);
  return (
    <button type="button" onClick={() => setCount((n) => n + 1)} data-mounted={mounted}>
      {label}: {count}
    </button>
  );
}

function Harness({ max }: { max?: number }) {
  const [view, setView] = useState('q3');
  const [suffix, setSuffix] = useState('');
  return (
    <main>
      <label>
        View
        <select value={view} onChange={(e) => setView(e.target.value)}>
          {['q1', 'q2', 'q3', 'q4'].map((v) => (
            <option key={v}>{v}</option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => setSuffix('!')}>
        Rename
      </button>
      <KeptViews viewKey={view} max={max}>
        <Counter key={view} name={view} label={`${view}${suffix}`} />
      </KeptViews>
    </main>
  );
}

describe('KeptViews', () => {
  it('shows one view in the document, keeps the ones left with their state, and stops their effects while hidden', async () => {
    mounts.length = 0;
    effects.length = 0;
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'q3: 0' }));
    await user.click(screen.getByRole('button', { name: 'q3: 1' }));

    await user.selectOptions(screen.getByLabelText('View'), 'q2');
    expect(screen.getByRole('button', { name: 'q2: 0' })).toBeInTheDocument();
    // The view left is out of the document, not merely hidden: queries and find-in-page never see it.
    expect(document.body.textContent).not.toContain('q3: 2');
    // The view left stops once the new one is painted: its teardown never delays the switch.
    expect(effects).toEqual(['start q3', 'start q2']);
    await waitFor(() => expect(effects).toEqual(['start q3', 'start q2', 'stop q3']));

    await user.selectOptions(screen.getByLabelText('View'), 'q3');
    // Back as it was left (its count), not built again, and its effects run again.
    expect(screen.getByRole('button', { name: 'q3: 2' })).toBeInTheDocument();
    expect(mounts).toEqual(['q3', 'q2']);
    await waitFor(() => expect(effects.slice(-2)).toEqual(['start q3', 'stop q2']));
    expect(document.body.textContent).not.toContain('q2: 0');
  });

  it('renders the shown view with its new props, and a kept one with them when it is shown again', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.selectOptions(screen.getByLabelText('View'), 'q2');
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    expect(screen.getByRole('button', { name: 'q2!: 0' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('View'), 'q3');
    expect(screen.getByRole('button', { name: 'q3!: 0' })).toBeInTheDocument();
  });

  it('stops the view left at once when a key is pressed before the new one is painted', async () => {
    effects.length = 0;
    const user = userEvent.setup();
    render(<Harness />);
    await user.selectOptions(screen.getByLabelText('View'), 'q2');
    expect(effects).toEqual(['start q3', 'start q2']);
    fireEvent.keyDown(document.body, { key: 'ArrowDown' });
    expect(effects).toEqual(['start q3', 'start q2', 'stop q3']);
  });

  it('drops the least recently shown view beyond its limit', async () => {
    mounts.length = 0;
    const user = userEvent.setup();
    render(<Harness max={2} />);
    await user.click(screen.getByRole('button', { name: 'q3: 0' }));
    await user.selectOptions(screen.getByLabelText('View'), 'q2');
    await user.selectOptions(screen.getByLabelText('View'), 'q1');
    // q3 was the least recent of three with room for two: it starts again from scratch.
    await user.selectOptions(screen.getByLabelText('View'), 'q3');
    expect(screen.getByRole('button', { name: 'q3: 0' })).toBeInTheDocument();
    expect(mounts).toEqual(['q3', 'q2', 'q1', 'q3']);
    // q1 (shown just before) is still kept.
    await user.selectOptions(screen.getByLabelText('View'), 'q1');
    expect(mounts).toEqual(['q3', 'q2', 'q1', 'q3']);
  });
});
