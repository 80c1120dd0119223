import type { Settings } from '../model';

/** The OKR settings added after the first release: optional in stored settings, with these defaults. */
export const OKR_PREFERENCE_DEFAULTS = {
  checkInCadenceDays: 7,
  checkInGraceDays: 14,
  fiscalYearStartMonth: 1,
  achievementThresholds: { committed: 1, aspirational: 0.7 },
} as const;

export interface OkrPreferences {
  checkInCadenceDays: number;
  checkInGraceDays: number;
  fiscalYearStartMonth: number;
  achievementThresholds: { committed: number; aspirational: number };
}

type OptionalPreferences = Partial<Pick<Settings, 'checkInCadenceDays' | 'checkInGraceDays' | 'fiscalYearStartMonth' | 'achievementThresholds'>>;

/** Settings with every OKR preference filled in (a workspace from before they existed has none). */
export function okrPreferences(settings: OptionalPreferences | undefined): OkrPreferences {
  return {
    checkInCadenceDays: settings?.checkInCadenceDays ?? OKR_PREFERENCE_DEFAULTS.checkInCadenceDays,
    checkInGraceDays: settings?.checkInGraceDays ?? OKR_PREFERENCE_DEFAULTS.checkInGraceDays,
    fiscalYearStartMonth: settings?.fiscalYearStartMonth ?? OKR_PREFERENCE_DEFAULTS.fiscalYearStartMonth,
    achievementThresholds: settings?.achievementThresholds ?? { ...OKR_PREFERENCE_DEFAULTS.achievementThresholds },
  };
}
