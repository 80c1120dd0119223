import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { LongSelectField } from '../../renderer/ui/LongSelectField';

const TEAMS = Array.from({ length: 500 }, (_, i) => ({ value: `t${i}`, label: `Team ${String(i).padStart(3, '0')}` }));

function Harness({ options = TEAMS }: { options?: { value: string; label: string }[] }) {
  const [value, setValue] = useState('t7');
  return (
    <>
      <LongSelectField label="Team" value={value} options={options} onChange={(event) => setValue(event.target.value)} />
      <button type="button">Elsewhere</button>
      <output aria-label="Chosen">{value}</output>
    </>
  );
}

const optionCount = () => screen.getByLabelText('Team').querySelectorAll('option').length;

describe('LongSelectField', () => {
  it('holds only the chosen option while nobody uses it, every option from the first touch, and only the chosen one again once left', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const select = screen.getByLabelText<HTMLSelectElement>('Team');
    expect(optionCount()).toBe(1);
    expect(select.value).toBe('t7');
    expect(select.selectedOptions[0]!.textContent).toBe('Team 007');

    // Keyboard: Tab in, and every option is there before a key can move through them.
    await user.tab();
    expect(select).toHaveFocus();
    expect(optionCount()).toBe(500);
    await user.selectOptions(select, 'Team 321');
    expect(screen.getByLabelText('Chosen')).toHaveTextContent('t321');

    await user.tab();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    expect(optionCount()).toBe(1);
    expect(select.value).toBe('t321');
  });

  it('fills on a pointer press too, before the list can open', () => {
    render(<Harness />);
    fireEvent.pointerDown(screen.getByLabelText('Team'));
    expect(optionCount()).toBe(500);
  });

  it('keeps a short list whole', () => {
    render(<Harness options={TEAMS.slice(0, 12)} />);
    expect(optionCount()).toBe(12);
  });
});
