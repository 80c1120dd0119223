import { useState } from 'react';
import { todayLocal } from '../../../shared/clock';
import { loadSampleOrganisation, useDb } from '../../db';
import { useTeamsUi } from '../../state/teamsUi';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import styles from './TeamsPage.module.css';

/** What a newcomer sees first: the product at once, with a sample or a first team. */
export function EmptyWorkspace() {
  const db = useDb();
  const openEditor = useTeamsUi((s) => s.openEditor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadSample() {
    setLoading(true);
    setError(null);
    try {
      await loadSampleOrganisation(db, todayLocal());
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setLoading(false);
    }
  }

  return (
    <section className={styles.empty} aria-labelledby="empty-workspace-title">
      <h2 id="empty-workspace-title">Your workspace is empty</h2>
      <p>
        Explore Teamshape with a realistic organisation of 12 product teams, about 90 people and shared OKRs for this
        quarter, or start with your own first team. Everything stays on this computer.
      </p>
      <div className={styles.emptyActions}>
        <Button variant="primary" onClick={loadSample} disabled={loading}>
          {loading ? 'Loading sample…' : 'Load sample organisation'}
        </Button>
        <Button onClick={() => openEditor({ mode: 'create' })}>Create your first team</Button>
      </div>
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
