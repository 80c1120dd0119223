import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import styles from './Dialog.module.css';
import { useReturnFocus } from './useReturnFocus';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  /** Wide dialogs hold tables (import previews); the default suits forms. */
  size?: 'default' | 'wide';
  children: ReactNode;
  /** The element to focus after closing instead of the opener (e.g. the item just created). */
  focusAfterClose?: () => HTMLElement | null | undefined;
}

/** The app's one modal dialog: Radix handles focus trapping, Escape and labelling. */
export function Dialog({ open, onOpenChange, title, description, size = 'default', children, focusAfterClose }: DialogProps) {
  const returnFocus = useReturnFocus(open, focusAfterClose);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className={styles.overlay} />
        <RadixDialog.Content className={size === 'wide' ? `${styles.content} ${styles.wide}` : styles.content} onCloseAutoFocus={returnFocus}>
          <RadixDialog.Title className={styles.title}>{title}</RadixDialog.Title>
          {description ? (
            <RadixDialog.Description className={styles.description}>{description}</RadixDialog.Description>
          ) : (
            <RadixDialog.Description className="visually-hidden">{title}</RadixDialog.Description>
          )}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
