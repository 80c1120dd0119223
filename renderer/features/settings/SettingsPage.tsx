import { useContext } from 'react';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router';
import { useDepartments, usePeople, usePlan, useRoles, useSettings } from '../../db';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useDirtySections } from './sectionDraft';
import { useSelectedPlanId } from '../../state/selection';
import { PageHeader } from '../../ui/PageHeader';
import { SETTINGS_GROUPS } from './settingsSections';
import styles from './SettingsPage.module.css';

/** Focus and scroll to a group (the hash router owns the address's #, so no anchor links). */
function goTo(id: string) {
  const heading = document.getElementById(`settings-${id}`);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

export function SettingsPage() {
  const settings = useSettings();
  const people = usePeople();
  const roles = useRoles();
  const departments = useDepartments();
  const inDraft = usePlan(useSelectedPlanId())?.kind === 'draft';
  const dirty = useDirtySections();
  const inDataRouter = useContext(UNSAFE_DataRouterContext) !== null;
  return dirty.provider(
    <>
      <PageHeader title="Settings" summary={`Each section saves with its own Save button or Ctrl/⌘+S; Revert puts back what is saved. A saved change takes effect at once everywhere and can be undone (Ctrl/⌘+Z).${inDraft ? ' Settings, departments and roles apply to every plan: a change here reaches the live organisation and every draft, not only the draft shown.' : ''}`} />
      {inDataRouter ? <LeaveGuard dirtyTitles={dirty.titles} /> : null}
      {settings && people && roles && departments ? (
        <div className={styles.layout}>
          <nav className={styles.toc} aria-label="Settings sections">
            <ul>
              {SETTINGS_GROUPS.map((group) => (
                <li key={group.id}>
                  <button type="button" onClick={() => goTo(group.id)}>
                    {group.title}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <div className={styles.groups}>
            {SETTINGS_GROUPS.map((group) => (
              <section key={group.id} className={styles.group} aria-labelledby={`settings-${group.id}`}>
                {/* A label, not a heading: each section inside has its own h2. */}
                <p id={`settings-${group.id}`} className={styles.groupTitle} tabIndex={-1}>
                  {group.title}
                </p>
                <div className={styles.sections}>{group.render({ settings, people, roles, departments })}</div>
              </section>
            ))}
          </div>
        </div>
      ) : (
        <p>Loading settings…</p>
      )}
    </>,
  );
}

/** Leaving Settings (not moving within it) with unsaved changes asks first (the app's router; tests may render without one). */
function LeaveGuard({ dirtyTitles }: { dirtyTitles: readonly string[] }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirtyTitles.length > 0 && currentLocation.pathname !== nextLocation.pathname);
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      onOpenChange={(open) => {
        if (!open && blocker.state === 'blocked') blocker.reset();
      }}
      title="Leave Settings without saving?"
      confirmLabel="Discard changes and leave"
      onConfirm={() => blocker.state === 'blocked' && blocker.proceed()}
    >
      <p>
        {dirtyTitles.length === 1 ? 'This section has' : 'These sections have'} unsaved changes: {dirtyTitles.join(', ')}. Cancel to stay and save them.
      </p>
    </ConfirmDialog>
  );
}
