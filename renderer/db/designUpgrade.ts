import type { Transaction } from 'dexie';
import { builtInPrincipleSets } from '../../shared/model';
import { servicesFromLegacy } from '../../shared/backup/designMigration';

/**
 * Dexie version 2 → 3: a team's one `service` text becomes its list of `services`, and the
 * built-in principle sets are added (the Default set keeps reading Settings' two-pizza limits and
 * the roles' requirements, so nothing is copied and nothing can disagree).
 */
export async function upgradeToDesignModel(tx: Transaction): Promise<void> {
  await tx.table('teams').toCollection().modify((team: Record<string, unknown>) => {
    team.services = servicesFromLegacy(team.service);
    delete team.service;
  });
  const principleSets = tx.table('principleSets');
  for (const set of builtInPrincipleSets()) {
    if (!(await principleSets.get(set.id))) await principleSets.add(set);
  }
}
