import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { todayLocal } from '../../../../shared/clock';
import { DateOnly, LIVE_PLAN_ID } from '../../../../shared/model';
import { useTeam } from '../../../db';
import { Button } from '../../../ui/Button';
import { TeamApiSheet } from './TeamApiSheet';
import { teamApiPath } from './teamApiAddress';
import { useTeamApiPage } from './useTeamApiPage';
import styles from './TeamApi.module.css';

/**
 * The print view's ready signal (data-print-status on <html>, as the chart and comparison print
 * views give it): "ready" once the page is drawn and its fonts have loaded, so the desktop's
 * printToPDF, page.pdf() in tests and window.print() never print a half-drawn page.
 */
function useReadySignal(ready: boolean, autoPrint: boolean, error: string | null) {
  useEffect(() => {
    const root = document.documentElement.dataset;
    if (error) {
      root.printStatus = 'error';
      root.printError = error;
      return undefined;
    }
    root.printStatus = 'loading';
    if (!ready) return undefined;
    let cancelled = false;
    void document.fonts.ready.then(() =>
      requestAnimationFrame(() => {
        if (cancelled) return;
        root.printPages = '1';
        root.printStatus = 'ready';
        if (autoPrint) window.print();
      }),
    );
    return () => {
      cancelled = true;
    };
  }, [ready, autoPrint, error]);
}

/** A team's Team API as an A4 page (#/print/team-api?plan=…&team=…): printed to PDF, text stays text. */
export function TeamApiPrintView() {
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const planId = params.get('plan') ?? LIVE_PLAN_ID;
  const teamId = params.get('team') ?? '';
  const date = params.get('date');
  const today = date && DateOnly.safeParse(date).success ? date : todayLocal();
  const team = useTeam(teamId);
  const data = useTeamApiPage(planId, teamId, today);
  const error = data === null || team === null ? 'This team does not exist in this plan any more.' : null;
  useReadySignal(Boolean(data && team), params.get('autoprint') === '1', error);
  const back = `#${teamApiPath(teamId)}?${new URLSearchParams({ plan: planId }).toString()}`;

  if (error) {
    return (
      <main className={styles.document}>
        <h1>The Team API cannot be printed</h1>
        <p role="alert">{error}</p>
        <a href="#/teams">Back to teams</a>
      </main>
    );
  }
  if (!data || !team) return <p>Preparing the Team API…</p>;
  return (
    <div className={styles.document}>
      <header className={styles.toolbar} data-print="hide">
        <a href={back}>Back to the Team API</a>
        <p>Team API of {data.page.name}, A4 portrait</p>
        <Button onClick={() => window.print()}>Print or save as PDF</Button>
      </header>
      <main aria-label="Print preview">
        <TeamApiSheet page={data.page} type={team.type} planName={data.planName} isDraft={data.planKind === 'draft'} date={today} />
      </main>
    </div>
  );
}
