import { useDepartments, usePeople, useRoles, useSettings } from '../../db';
import { PageHeader } from '../../ui/PageHeader';
import { DefaultAllocation } from './DefaultAllocation';
import { TitleRoleSynonyms } from './TitleRoleSynonyms';
import { OkrSettingsSection } from './OkrSettingsSection';
import { Departments } from './Departments';
import { RoleRequirements } from './RoleRequirements';
import { SizeLimitsForm } from './SizeLimitsForm';
import { WhoAmI } from './WhoAmI';
import { DataSafetySections } from './DataSafetySections';
import styles from './SettingsPage.module.css';

export function SettingsPage() {
  const settings = useSettings();
  const people = usePeople();
  const roles = useRoles();
  const departments = useDepartments();
  return (
    <>
      <PageHeader title="Settings" summary="Settings are saved on this computer and take effect at once." />
      {settings && people && roles && departments ? (
        <div className={styles.sections}>
          <WhoAmI people={people} />
          <SizeLimitsForm settings={settings} />
          <RoleRequirements roles={roles} />
          <DefaultAllocation settings={settings} />
          <TitleRoleSynonyms settings={settings} />
          <OkrSettingsSection settings={settings} />
          <Departments departments={departments} />
          <DataSafetySections />
        </div>
      ) : (
        <p>Loading settings…</p>
      )}
    </>
  );
}
