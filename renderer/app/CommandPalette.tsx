import * as RadixDialog from '@radix-ui/react-dialog';
import { Command } from 'cmdk';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { COMMANDS, formatAccelerator, type CommandId } from '../../shared/commands';
import { usePlans, useTeams } from '../db';
import { isMacPlatform, runCommand, useCommand } from '../platform';
import { useSelectedPlanId } from '../state/selection';
import { useReturnFocus } from '../ui/useReturnFocus';
import styles from './CommandPalette.module.css';

const SECTION_TITLES = { file: 'File', edit: 'Edit', view: 'Go to', settings: 'Go to' } as const;

/**
 * Ctrl/⌘+K: every command of the one command table with its shortcut, and every team of the plan,
 * found by typing. Choosing one closes the palette and runs it as the menu would.
 */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  const returnFocus = useReturnFocus(open);
  useCommand('palette.open', () => setOpen(true));
  return (
    <RadixDialog.Root open={open} onOpenChange={setOpen}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className={styles.overlay} />
        <RadixDialog.Content className={styles.content} onCloseAutoFocus={returnFocus} aria-describedby={undefined}>
          <RadixDialog.Title className="visually-hidden">Command palette</RadixDialog.Title>
          {open ? <PaletteCommands close={() => setOpen(false)} /> : null}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

function PaletteCommands({ close }: { close: () => void }) {
  const navigate = useNavigate();
  const { search } = useLocation();
  const teams = useTeams(useSelectedPlanId());
  const plans = usePlans();
  const mac = isMacPlatform();
  const sections = ['file', 'edit', 'view'] as const;
  const run = (id: CommandId) => {
    close();
    // After the palette has closed and given focus back, so the command's dialog opens over the page.
    requestAnimationFrame(() => runCommand(id));
  };
  return (
    <Command label="Command palette" className={styles.command} loop>
      <Command.Input className={styles.input} placeholder="Type a command or a team…" aria-label="Command or team" />
      <Command.List className={styles.list}>
        <Command.Empty className={styles.empty}>Nothing matches. Try another word, such as “team” or “backup”.</Command.Empty>
        {sections.map((section) => (
          <Command.Group key={section} heading={SECTION_TITLES[section]} className={styles.group}>
            {COMMANDS.filter((c) => (section === 'view' ? c.section === 'view' || c.section === 'settings' : c.section === section))
              .filter((c) => c.id !== 'palette.open')
              .map((command) => (
                <Command.Item key={command.id} value={command.label} onSelect={() => run(command.id)} className={styles.item}>
                  <span>{command.label}</span>
                  {'accelerator' in command ? <kbd className={styles.shortcut}>{formatAccelerator(command.accelerator, mac)}</kbd> : null}
                </Command.Item>
              ))}
          </Command.Group>
        ))}
        {teams && teams.length > 0 ? (
          <Command.Group heading="Teams" className={styles.group}>
            {teams.map((team) => (
              <Command.Item
                key={team.id}
                value={`Team ${team.name} ${team.id}`}
                keywords={team.services}
                onSelect={() => {
                  close();
                  navigate({ pathname: `/teams/${team.id}`, search });
                }}
                className={styles.item}
              >
                <span>Open team: {team.name}</span>
              </Command.Item>
            ))}
          </Command.Group>
        ) : null}
        {plans ? (
          <Command.Group heading="Plans" className={styles.group}>
            {[...(plans.live ? [plans.live] : []), ...plans.drafts, ...plans.archived].map((plan) => (
              <Command.Item
                key={plan.id}
                value={`Plan ${plan.name} ${plan.id}`}
                onSelect={() => {
                  close();
                  const params = new URLSearchParams(search);
                  if (plan.kind === 'live') params.delete('plan');
                  else params.set('plan', plan.id);
                  navigate({ pathname: '/teams', search: params.toString() ? `?${params.toString()}` : '' });
                }}
                className={styles.item}
              >
                <span>Open plan: {plan.kind === 'live' ? 'Live organisation' : `${plan.name} (${plan.kind})`}</span>
              </Command.Item>
            ))}
          </Command.Group>
        ) : null}
      </Command.List>
    </Command>
  );
}
