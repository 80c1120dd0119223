import { useState } from 'react';
import { useLocation } from 'react-router';

/**
 * Whether a dialog is open that a command can open from any screen: the shell (app/CommandRouter)
 * goes to the screen with `{ open: command }` in the navigation state. The dialog is open from the
 * first frame when the screen is new, and opens too when the screen was kept (app/keptScreens) and
 * a later navigation of that kind shows it again.
 */
export function useOpenOnArrival(command: string): [boolean, (open: boolean) => void] {
  const { state } = useLocation();
  const arrived = (state as { open?: string } | null)?.open === command;
  const [open, setOpen] = useState(arrived);
  const [seen, setSeen] = useState<unknown>(state);
  if (seen !== state) {
    setSeen(state);
    if (arrived) setOpen(true);
  }
  return [open, setOpen];
}
