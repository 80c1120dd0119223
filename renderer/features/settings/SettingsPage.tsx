import { usePeople, useSettings } from '../../db';
import { PageHeader } from '../../ui/PageHeader';
import { SizeLimitsForm } from './SizeLimitsForm';
import { WhoAmI } from './WhoAmI';
import styles from './SettingsPage.module.css';

export function SettingsPage() {
  const settings = useSettings();
  const people = usePeople();
  return (
    <>
      <PageHeader title="Settings" summary="Settings are saved on this computer and take effect at once." />
      {settings && people ? (
        <div className={styles.sections}>
          <WhoAmI settings={settings} people={people} />
          <SizeLimitsForm key={settings.updatedAt} settings={settings} />
        </div>
      ) : (
        <p>Loading settings…</p>
      )}
    </>
  );
}
