import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usePlanHealth } from '../../../renderer/db';
import { addMember } from '../../../renderer/db/memberships';
import { createObjective, deleteObjective } from '../../../renderer/db/okrs';
import { createPerson } from '../../../renderer/db/people';
import { createTeam } from '../../../renderer/db/teams';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../../shared/model';
import { fixClock, freshOkrDb, renderRoute } from '../okrTestSetup';

function Findings({ teamId }: { teamId: string }) {
  const health = usePlanHealth(LIVE_PLAN_ID);
  const findings = health?.byTeam.get(teamId)?.findings ?? [];
  return (
    <ul aria-label="Findings">
      {findings.map((f) => (
        <li key={f.id}>{`${f.title}. ${f.explanation}`}</li>
      ))}
    </ul>
  );
}

describe('the plan’s health counts each team’s objectives of the current period', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = fixClock();
  });
  afterEach(() => restore());

  it('warns a stream-aligned team of 2 FTE with 2 objectives this quarter (one shared), and stops once one is deleted', async () => {
    const db = await freshOkrDb();
    const checkout = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Checkout', type: 'stream-aligned' });
    const ledger = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Ledger' });
    for (const name of ['Ada Lee', 'Bo Chen']) {
      const person = await createPerson(db, { name });
      await addMember(db, { planId: LIVE_PLAN_ID, teamId: checkout.id, personId: person.id, roleId: ROLE_IDS.developer, allocation: 100 });
    }
    await createObjective(db, { title: 'Pay in one click', periodId: 'period:2026-Q4', ownerTeamIds: [checkout.id] });
    const shared = await createObjective(db, { title: 'Fewer failed payments', periodId: 'period:2026-Q4', ownerTeamIds: [ledger.id, checkout.id] });
    // Last quarter's objective is not this period's load.
    await createObjective(db, { title: 'Old goal', periodId: 'period:2026-Q3', ownerTeamIds: [checkout.id] });

    renderRoute(db, <Findings teamId={checkout.id} />, '/', '/');
    const list = await screen.findByRole('list', { name: 'Findings' });
    await waitFor(() =>
      expect(list).toHaveTextContent(
        'Too many objectives: 2 for 2 FTE. This team owns or shares 2 objectives this period with 2 FTE: stream-aligned teams take on at most 0.5 per FTE (the Stream-aligned principles), which is 1 objective for this team.',
      ),
    );
    await deleteObjective(db, shared.id);
    await waitFor(() => expect(list).not.toHaveTextContent('Too many objectives'));
    db.close();
  });
});
