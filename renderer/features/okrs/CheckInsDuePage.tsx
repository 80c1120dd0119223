import { useCallback, useMemo, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { todayLocal } from '../../../shared/clock';
import { LIVE_PLAN_ID, type KeyResult } from '../../../shared/model';
import { okrPreferences } from '../../../shared/rules';
import { useDerived, useMeId, useOpenKeyResults, usePeople, usePlanMemberships, useRecordedPersonNames, useRecordedTeamNames, useSettings, useTeams } from '../../db';
import { PageHeader } from '../../ui/PageHeader';
import { LongSelectField } from '../../ui/LongSelectField';
import { useReadyMark } from '../../ui/useReadyMark';
import { CheckInEditDialogs, type CheckInEdit } from './CorrectCheckInDialog';
import { dueRows, teamsOf, type DueScope } from './dueRows';
import { InlineCheckIn, type CheckInDraft } from './InlineCheckIn';
import { VirtualDueList } from './VirtualDueList';
import { plural } from './okrFormat';
import { OkrSubnav } from './OkrSubnav';
import { useWhoAreYou } from './useWhoAreYou';
import styles from './CheckInsDue.module.css';
import okr from './Okr.module.css';

/** ?for=me | team:<id> | everyone, in the URL like every selection. */
function useDueScope(meId: string | null | undefined): [DueScope | undefined, string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('for') ?? (meId ? 'me' : 'everyone');
  const scope: DueScope | undefined =
    raw === 'me' ? (meId ? { kind: 'me', personId: meId } : undefined) : raw.startsWith('team:') ? { kind: 'team', teamId: raw.slice(5) } : { kind: 'everyone' };
  const set = useCallback((value: string) => setParams((previous) => {
    const next = new URLSearchParams(previous);
    next.set('for', value);
    return next;
  }), [setParams]);
  return [scope, raw, set];
}

/**
 * "Check-ins due": every key result of the open periods for me or a team, with its last value,
 * confidence and date, stale ones first; check in inline, Tab to the next. The order is kept while
 * checking in (a row does not jump away under the keyboard) and renewed when the selection changes.
 */
export function CheckInsDuePage() {
  const today = todayLocal();
  const meId = useMeId();
  const settings = useSettings();
  const open = useOpenKeyResults(today);
  const people = usePeople();
  const teams = useTeams(LIVE_PLAN_ID);
  const memberships = usePlanMemberships(LIVE_PLAN_ID);
  const [scope, scopeValue, setScope] = useDueScope(meId);
  const { search } = useLocation();
  const who = useWhoAreYou();
  const [edit, setEdit] = useState<CheckInEdit>(null);
  const [announcement, setAnnouncement] = useState('');
  // Values typed and not yet checked in, by key result: a row scrolled out of the list and back keeps them.
  const drafts = useRef(new Map<string, CheckInDraft>());
  const onDraftChange = useCallback((keyResultId: string, draft: CheckInDraft | null) => {
    if (draft) drafts.current.set(keyResultId, draft);
    else drafts.current.delete(keyResultId);
  }, []);
  const preferences = okrPreferences(settings);

  // Keyed by what the list depends on: "this is me" (read from the device table after the first render) only matters for "Mine".
  const scopeKey = scope ? (scope.kind === 'me' ? `me:${scope.personId}` : scopeValue) : undefined;
  const rows = useDerived(`check-ins-due:${scopeValue}`, [open, scopeKey, memberships, settings, today], () => {
    if (!open || !scope || !settings || !memberships) return undefined;
    const myTeams = scope.kind === 'me' ? teamsOf(scope.personId, memberships) : new Set<string>();
    return dueRows(open, scope, myTeams, settings, okrPreferences(settings), today);
  });
  // The order is taken once per selection: checking in changes a row, never its place.
  const order = useMemo(() => ({ key: scopeValue, ids: new Map<string, number>() }), [scopeValue]);
  const ordered = useMemo(() => {
    if (!rows) return undefined;
    const first = order.ids.size === 0;
    for (const row of rows) if (!order.ids.has(row.keyResult.id)) order.ids.set(row.keyResult.id, order.ids.size);
    // The first list of a selection is its own order: nothing to sort.
    if (first) return rows;
    return [...rows].sort((a, b) => order.ids.get(a.keyResult.id)! - order.ids.get(b.keyResult.id)!);
  }, [rows, order]);
  useReadyMark('teamshape:check-ins-due-ready', Boolean(ordered) || (meId === null && scopeValue === 'me'));

  // 5,000 people and 500 teams at L: built once per change of either, not on every visit.
  const names = useDerived('owner-names', [people, teams], () => new Map([...(people ?? []).map((p) => [p.id, p.name] as const), ...(teams ?? []).map((t) => [t.id, t.name] as const)]));
  const scopes = useDerived(`due-scopes:${meId ?? ''}`, [teams, names], () => [
    ...(meId ? [{ value: 'me', label: `Mine (${names.get(meId) ?? 'me'})` }] : [{ value: 'me', label: 'Mine (say who you are first)' }]),
    ...(teams ?? []).map((t) => ({ value: `team:${t.id}`, label: `Team: ${t.name}` })),
    { value: 'everyone', label: 'Everyone' },
  ]);
  // An owner deleted since keeps the name history recorded ("Ana Lima (removed)"), not "No owner".
  const formerPeople = useRecordedPersonNames();
  const formerTeams = useRecordedTeamNames();
  const ownerName = (kr: KeyResult) =>
    kr.ownerId ? (names.get(kr.ownerId) ?? formerPeople.get(kr.ownerId) ?? null) : kr.ownerTeamId ? (names.get(kr.ownerTeamId) ?? formerTeams.get(kr.ownerTeamId) ?? null) : null;

  const focusNext = useCallback((keyResult: KeyResult, value: number) => {
    setAnnouncement(`Checked in ${value.toLocaleString('en-GB')} on ${keyResult.title}.`);
    // The next row in the list's order (it is rendered: the list keeps a few beyond the screen).
    const form = document.querySelector<HTMLFormElement>(`form[data-key-result="${CSS.escape(keyResult.id)}"]`);
    const list = form?.parentElement;
    const next = list?.querySelector<HTMLElement>(`form[data-index="${Number(form!.dataset.index) + 1}"] [data-first-field]`);
    (next ?? form?.querySelector<HTMLElement>('[data-first-field]'))?.focus();
  }, []);

  const dueCount = ordered?.filter((r) => r.due).length ?? 0;
  const staleCount = ordered?.filter((r) => r.stale).length ?? 0;
  const summary = !ordered
    ? 'Loading key results…'
    : `${plural(ordered.length, 'key result')} · ${plural(dueCount, 'due', 'due')} (no check-in within ${plural(preferences.checkInCadenceDays, 'day')}) · ${plural(staleCount, 'stale', 'stale')}`;

  return (
    <>
      <PageHeader title="Check-ins due" summary={summary} />
      <OkrSubnav />
      <div className={okr.toolbar}>
        <LongSelectField label="Key results of" value={scopeValue} options={scopes} onChange={(e) => setScope(e.target.value)} />
      </div>
      {scopeValue === 'me' && meId === null ? (
        <p className={okr.empty}>Say who you are (Settings › This is me, or on your first check-in) to see the key results you own; or choose a team.</p>
      ) : null}
      {ordered && ordered.length === 0 ? <p className={okr.empty}>Nothing to check in on: no key result of a running period is in this list.</p> : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {ordered && ordered.length > 0 ? (
        <VirtualDueList
          key={scopeValue}
          rows={ordered}
          head={
            // What each column is, for the eye; every field already says it to a screen reader.
            <div className={styles.head} aria-hidden="true">
              <span>Key result</span>
              <span>Latest check-in</span>
              <span>Status</span>
              <span>New value</span>
              <span>Confidence (0–10)</span>
            </div>
          }
          renderRow={(row, slot) => (
            <InlineCheckIn
              key={row.keyResult.id}
              row={row}
              search={search}
              ownerName={ownerName(row.keyResult)}
              today={today}
              graceDays={preferences.checkInGraceDays}
              meId={meId ?? null}
              ensureAuthor={who.ensure}
              onCheckedIn={focusNext}
              onEdit={setEdit}
              draft={drafts.current.get(row.keyResult.id)}
              onDraftChange={onDraftChange}
              index={slot.index}
              measure={slot.measure}
              keptAt={slot.keptAt}
            />
          )}
        />
      ) : null}
      <CheckInEditDialogs edit={edit} today={today} onClose={() => setEdit(null)} />
      {who.dialog}
    </>
  );
}
