import type { ReactNode } from 'react';
import type { Department, Person, Role, Settings } from '../../../shared/model';
import { DataSafetySections } from './DataSafetySections';
import { DefaultAllocation } from './DefaultAllocation';
import { Departments } from './Departments';
import { OkrSettingsSection } from './OkrSettingsSection';
import { RoleRequirements } from './RoleRequirements';
import { PrincipleSets } from './PrincipleSets';
import { SizeLimitsForm } from './SizeLimitsForm';
import { SyncSettings } from './SyncSettings';
import { TitleRoleSynonyms } from './TitleRoleSynonyms';
import { WhoAmI } from './WhoAmI';

/** What every settings section may read (loaded once by the page). */
export interface SettingsData {
  settings: Settings;
  people: readonly Person[];
  roles: readonly Role[];
  departments: readonly Department[];
}

export interface SettingsGroup {
  /** Stable, used for the element id and the navigation. */
  id: string;
  title: string;
  render: (data: SettingsData) => ReactNode;
}

/**
 * The Settings page's groups, in navigation order. A new settings section is one entry here (or
 * one more component in a group's render): the page, its navigation and its layout follow.
 */
export const SETTINGS_GROUPS: readonly SettingsGroup[] = [
  { id: 'you', title: 'You', render: ({ people }) => <WhoAmI people={people} /> },
  {
    id: 'team-health',
    title: 'Team health',
    render: ({ settings, roles }) => (
      <>
        <SizeLimitsForm settings={settings} />
        <RoleRequirements roles={roles} />
        <PrincipleSets roles={roles} />
        <DefaultAllocation settings={settings} />
        <TitleRoleSynonyms settings={settings} />
      </>
    ),
  },
  { id: 'okrs', title: 'OKRs', render: ({ settings }) => <OkrSettingsSection settings={settings} /> },
  { id: 'organisation', title: 'Departments', render: ({ departments }) => <Departments departments={departments} /> },
  { id: 'data', title: 'Data and backups', render: () => <DataSafetySections /> },
  { id: 'sync', title: 'Sync', render: () => <SyncSettings /> },
];
