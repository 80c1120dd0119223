import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nowIso, resetClock, setClock } from '../../../shared/clock';
import { applyChange } from '../../../renderer/db/changes';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../../shared/model';
import { addMember } from '../../../renderer/db/memberships';
import { createPerson } from '../../../renderer/db/people';
import { createTeam } from '../../../renderer/db/teams';
import { createObjective, addKeyResult } from '../../../renderer/db/okrs';
import { readAllTables } from '../../../renderer/db/backup';
import { undoLastChange, readUndoHistory } from '../../../renderer/db/undo';
import { createInteraction, createDependency } from '../../../renderer/db/interactions';
import { createDraft, deleteDraft, draftToSplitTeam, freeDraftName, duplicateDraft, mergeTeams, planDesignRecords, planRecords, rebaseDraftOnLive, splitTeam, updateDraft } from '../../../renderer/db/scenarios';
import { previewPromotion, promoteDraft, PromotionRefusedError, readComparison } from '../../../renderer/db/scenarioPromotion';
import { exportDraft, importDraft, previewDraftImport } from '../../../renderer/db/draftFiles';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
let minute = 0;
beforeEach(async () => {
  minute = 0;
  setClock(() => new Date(Date.UTC(2026, 10, 16, 9, 0) + minute++ * 60_000));
  db = await freshDb();
});
afterEach(async () => {
  resetClock();
  await dropDb(db);
});

async function liveOrganisation() {
  const ana = await createPerson(db, { name: 'Ana Lima', email: 'ana@example.com', employeeId: 'E-1' });
  const ben = await createPerson(db, { name: 'Ben Ode', email: 'ben@example.com' });
  const cy = await createPerson(db, { name: 'Cy Park', email: 'cy@example.com' });
  const pay = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
  const bill = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Billing' });
  await addMember(db, { planId: LIVE_PLAN_ID, teamId: pay.id, personId: ana.id, roleId: ROLE_IDS.developer, allocation: 100 });
  await addMember(db, { planId: LIVE_PLAN_ID, teamId: pay.id, personId: ben.id, roleId: ROLE_IDS.productOwner, allocation: 50 });
  await addMember(db, { planId: LIVE_PLAN_ID, teamId: bill.id, personId: cy.id, roleId: ROLE_IDS.developer, allocation: 100 });
  await addMember(db, { planId: LIVE_PLAN_ID, teamId: bill.id, personId: null, roleId: ROLE_IDS.securityAnalyst, allocation: 50 });
  return { ana, ben, cy, pay, bill };
}

const teamNamed = async (planId: string, name: string) => (await planRecords(db, planId)).teams.find((t) => t.name === name)!;

describe('drafts', () => {
  it('copies the live organisation into a draft in one undo step, and undo removes it all', async () => {
    await liveOrganisation();
    const draft = await createDraft(db, { name: 'Split payments', fromPlanId: LIVE_PLAN_ID });
    const copy = await planRecords(db, draft.id);
    expect(copy.teams.map((t) => t.name).sort()).toEqual(['Billing', 'Payments']);
    expect(copy.memberships).toHaveLength(4);
    expect(copy.memberships.filter((m) => m.personId === null)).toHaveLength(1);
    expect((await readUndoHistory(db))[0]!.label).toBe('Create draft “Split payments”');
    expect((await readComparison(db, LIVE_PLAN_ID, [draft.id])).candidates[0]!.changes).toEqual([]);
    await undoLastChange(db);
    expect((await planRecords(db, draft.id)).teams).toEqual([]);
    expect((await db.plans.get(draft.id))?.deletedAt).not.toBeNull();
  });

  it('creates an empty draft, renames, duplicates and deletes one, and refuses two drafts with one name', async () => {
    await liveOrganisation();
    const empty = await createDraft(db, { name: 'Blank sheet', fromPlanId: null });
    expect((await planRecords(db, empty.id)).teams).toEqual([]);
    await expect(createDraft(db, { name: ' blank SHEET ', fromPlanId: null })).rejects.toThrow('A draft called “Blank sheet” already exists: choose another name');
    const draft = await createDraft(db, { name: 'Option A', fromPlanId: LIVE_PLAN_ID });
    const renamed = await updateDraft(db, draft.id, { name: 'Option B', description: 'Fewer, larger teams' });
    expect(renamed).toMatchObject({ name: 'Option B', description: 'Fewer, larger teams' });
    await expect(updateDraft(db, LIVE_PLAN_ID, { name: 'x' })).rejects.toThrow('This is the live organisation, not a draft');
    const twin = await duplicateDraft(db, draft.id, 'Option B2');
    const comparison = await readComparison(db, draft.id, [twin.id]);
    expect(comparison.candidates[0]!.changes).toEqual([]);
    await deleteDraft(db, twin.id);
    expect((await planRecords(db, twin.id)).teams).toEqual([]);
    expect((await planRecords(db, twin.id, true)).memberships.every((m) => m.deletedAt !== null)).toBe(true);
  });

  it('splits and merges teams of a draft, and the comparison says so with health figures', async () => {
    const { ana, ben } = await liveOrganisation();
    const draft = await createDraft(db, { name: 'Reorg', fromPlanId: LIVE_PLAN_ID });
    const payments = await teamNamed(draft.id, 'Payments');
    const members = (await planRecords(db, draft.id)).memberships.filter((m) => m.teamId === payments.id);
    const anaM = members.find((m) => m.personId === ana.id)!;
    const benM = members.find((m) => m.personId === ben.id)!;
    await splitTeam(db, payments.id, [{ name: 'Payments Core', membershipIds: [anaM.id] }, { name: 'Payments Risk', membershipIds: [benM.id] }]);
    await expect(splitTeam(db, (await teamNamed(draft.id, 'Billing')).id, [{ name: 'Payments Core', membershipIds: [] }, { name: 'B', membershipIds: [] }]))
      .rejects.toThrow('This plan already has a team called “Payments Core”');
    const { candidates, baselineHealth } = await readComparison(db, LIVE_PLAN_ID, [draft.id]);
    expect(candidates[0]!.changes.map((c) => c.text)).toEqual(['Payments → Payments Core + Payments Risk']);
    expect(baselineHealth.teams).toBe(2);
    expect(candidates[0]!.health.teams).toBe(3);
    expect(candidates[0]!.delta[0]!.text).toMatch(/^failing teams \d → \d$/);

    const core = await teamNamed(draft.id, 'Payments Core');
    const billing = await teamNamed(draft.id, 'Billing');
    await mergeTeams(db, [core.id, billing.id], 'Core & Billing');
    const after = await readComparison(db, LIVE_PLAN_ID, [draft.id]);
    expect(after.candidates[0]!.changes.map((c) => c.kind)).toEqual(['team-split', 'team-merged']);
    await expect(mergeTeams(db, [(await teamNamed(LIVE_PLAN_ID, 'Payments')).id, (await teamNamed(LIVE_PLAN_ID, 'Billing')).id], 'X'))
      .rejects.toThrow('This is the live organisation, not a draft');
  });

  it('re-points interactions and dependencies through a split and a merge, in the same undo step', async () => {
    await liveOrganisation();
    const plat = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Platform' });
    const livePay = await teamNamed(LIVE_PLAN_ID, 'Payments');
    const liveBill = await teamNamed(LIVE_PLAN_ID, 'Billing');
    await createInteraction(db, { planId: LIVE_PLAN_ID, providerTeamId: plat.id, consumerTeamId: livePay.id, mode: 'x-as-a-service', start: '2026-10-01' });
    await createInteraction(db, { planId: LIVE_PLAN_ID, providerTeamId: plat.id, consumerTeamId: liveBill.id, mode: 'x-as-a-service', start: '2026-09-01' });
    await createDependency(db, { planId: LIVE_PLAN_ID, dependentTeamId: livePay.id, dependsOnTeamId: liveBill.id, state: 'blocking', since: '2026-10-01' });
    const draft = await createDraft(db, { name: 'Reorg', fromPlanId: LIVE_PLAN_ID });
    const alive = async () => {
      const design = await planDesignRecords(db, draft.id);
      const names = new Map((await planRecords(db, draft.id, true)).teams.map((t) => [t.id, t.name]));
      return [
        ...design.interactions.filter((i) => i.deletedAt === null).map((i) => `${names.get(i.providerTeamId)} → ${names.get(i.consumerTeamId)}`),
        ...design.dependencies.filter((d) => d.deletedAt === null).map((d) => `${names.get(d.dependentTeamId)} on ${names.get(d.dependsOnTeamId)}`),
      ].sort();
    };
    const pay = await teamNamed(draft.id, 'Payments');
    const depId = (await planDesignRecords(db, draft.id)).dependencies[0]!.id;
    const members = (await planRecords(db, draft.id)).memberships.filter((m) => m.teamId === pay.id);
    await splitTeam(db, pay.id, [{ name: 'Payments Core', membershipIds: [members[0]!.id] }, { name: 'Payments Risk', membershipIds: [members[1]!.id] }], { [depId]: 1 });
    expect(await alive()).toEqual(['Payments Risk on Billing', 'Platform → Billing', 'Platform → Payments Core']);
    // Following their teams, nothing about them is a change.
    expect((await readComparison(db, LIVE_PLAN_ID, [draft.id])).candidates[0]!.changes.map((c) => c.kind)).toEqual(['team-split']);

    const core = await teamNamed(draft.id, 'Payments Core');
    const risk = await teamNamed(draft.id, 'Payments Risk');
    const billing = await teamNamed(draft.id, 'Billing');
    await mergeTeams(db, [core.id, risk.id, billing.id], 'Money');
    // Platform → Core and Platform → Billing became one; Risk on Billing became Money on itself: dropped.
    expect(await alive()).toEqual(['Platform → Money']);
    expect((await planDesignRecords(db, draft.id)).interactions.find((i) => i.deletedAt === null)).toMatchObject({ start: '2026-09-01' });
    expect((await readComparison(db, LIVE_PLAN_ID, [draft.id])).candidates[0]!.changes.map((c) => c.text)).toContain('Dependency removed: Payments on Billing (was blocking)');

    await undoLastChange(db);
    expect(await alive()).toEqual(['Payments Risk on Billing', 'Platform → Billing', 'Platform → Payments Core']);
    await undoLastChange(db);
    expect(await alive()).toEqual(['Payments on Billing', 'Platform → Billing', 'Platform → Payments']);
  });
});

describe('promotion', () => {
  async function promotable() {
    const org = await liveOrganisation();
    const objective = await createObjective(db, { title: 'Faster payouts', periodId: 'period:2026-Q4', ownerTeamIds: [org.pay.id, org.bill.id] });
    const ended = await createObjective(db, { title: 'Last quarter', periodId: 'period:2026-Q3', ownerTeamIds: [org.pay.id] });
    const kr = await addKeyResult(db, { objectiveId: objective.id, title: 'Payout time', metric: 'decrease', start: 10, target: 2, ownerTeamId: org.pay.id, contributingTeamIds: [org.bill.id] });
    const draft = await createDraft(db, { name: 'Split payments', fromPlanId: LIVE_PLAN_ID });
    const payments = await teamNamed(draft.id, 'Payments');
    const members = (await planRecords(db, draft.id)).memberships.filter((m) => m.teamId === payments.id);
    await splitTeam(db, payments.id, [
      { name: 'Payments Core', membershipIds: [members.find((m) => m.personId === org.ana.id)!.id] },
      { name: 'Payments Risk', membershipIds: [members.find((m) => m.personId === org.ben.id)!.id] },
    ]);
    return { ...org, objective, ended, kr, draft, core: await teamNamed(draft.id, 'Payments Core'), newBilling: await teamNamed(draft.id, 'Billing') };
  }

  it('previews the OKR impact and refuses to promote until the split owner has a choice, writing nothing', async () => {
    const { draft, objective, pay, core } = await promotable();
    const preview = await previewPromotion(db, draft.id, '2026-11-16');
    expect(preview.impact.map((i) => i.key)).toEqual([`objective:${objective.id}:team:${pay.id}`, expect.stringMatching(/owner-team$/)]);
    expect(preview.problems).toHaveLength(2);
    const before = await readAllTables(db);
    await expect(promoteDraft(db, draft.id, '2026-11-16', {})).rejects.toThrow(PromotionRefusedError);
    expect(await readAllTables(db)).toEqual(before);
    expect((await previewPromotion(db, draft.id, '2026-11-16', { [preview.impact[0]!.key]: [core.id], [preview.impact[1]!.key]: [core.id] })).problems).toEqual([]);
  });

  it('promotes in one undo step (live keeps its id, old teams archived, OKRs re-pointed) and undo restores the exact previous state', async () => {
    const { draft, objective, ended, kr, pay, bill, core, newBilling } = await promotable();
    const preview = await previewPromotion(db, draft.id, '2026-11-16');
    const before = await readAllTables(db);
    const choices = Object.fromEntries(preview.impact.map((i) => [i.key, [core.id]]));
    const outcome = await promoteDraft(db, draft.id, '2026-11-16', choices);
    expect(outcome.archivedPlan).toMatchObject({ kind: 'archived', effectiveTo: '2026-11-15' });
    expect((await db.teams.get(pay.id))?.planId).toBe(outcome.archivedPlan.id);
    expect((await planRecords(db, LIVE_PLAN_ID)).teams.map((t) => t.name).sort()).toEqual(['Billing', 'Payments Core', 'Payments Risk']);
    expect((await db.plans.get(LIVE_PLAN_ID))).toMatchObject({ kind: 'live', effectiveFrom: '2026-11-16' });
    expect((await db.plans.get(draft.id))?.deletedAt).not.toBeNull();
    expect((await db.objectives.get(objective.id))?.ownerTeamIds).toEqual([core.id, newBilling.id]);
    expect((await db.objectives.get(ended.id))?.ownerTeamIds).toEqual([pay.id]);
    expect(await db.keyResults.get(kr.id)).toMatchObject({ ownerTeamId: core.id, contributingTeamIds: [newBilling.id] });
    expect((await readComparison(db, outcome.archivedPlan.id, [LIVE_PLAN_ID])).candidates[0]!.changes.map((c) => c.text)).toEqual(['Payments → Payments Core + Payments Risk']);
    expect((await db.teams.get(bill.id))?.planId).toBe(outcome.archivedPlan.id);

    expect((await readUndoHistory(db))[0]!.label).toBe('Promote draft “Split payments” to live');
    await undoLastChange(db);
    const after = await readAllTables(db);
    const strip = (tables: typeof before) => Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, (rows as Array<Record<string, unknown>>)
      .filter((r) => r.id !== outcome.archivedPlan.id)
      .map(({ updatedAt: _u, ...rest }) => rest)]));
    expect(strip(after)).toEqual(strip(before));
    expect((await db.plans.get(outcome.archivedPlan.id))?.deletedAt).not.toBeNull();
  });

  it('refuses a draft that still holds someone deleted from the directory (as a merge of two laptops can leave it), naming them', async () => {
    const { draft, ana, core } = await promotable();
    // deletePerson removes a person from every plan; a backup merge can still leave a tombstoned person on a draft.
    await applyChange(db, 'Merge', async () => {
      const person = (await db.people.get(ana.id))!;
      await db.people.put({ ...person, deletedAt: nowIso() });
    });
    const preview = await previewPromotion(db, draft.id, '2026-11-16');
    const choices = Object.fromEntries(preview.impact.map((i) => [i.key, [core.id]]));
    await expect(promoteDraft(db, draft.id, '2026-11-16', choices)).rejects.toThrow(
      'Ana Lima was deleted from the directory but is still on Payments Core in this draft: remove them from the draft (or restore them), then promote.',
    );
    expect((await db.plans.get(draft.id))?.deletedAt).toBeNull();
  });

  it('refuses an archived plan copied into a draft until it is based on the live organisation', async () => {
    const { draft, core } = await promotable();
    const preview = await previewPromotion(db, draft.id, '2026-11-16');
    const outcome = await promoteDraft(db, draft.id, '2026-11-16', Object.fromEntries(preview.impact.map((i) => [i.key, [core.id]])));
    const back = await createDraft(db, { name: 'Back to before', fromPlanId: outcome.archivedPlan.id });
    const refused = await previewPromotion(db, back.id, '2026-12-01');
    expect(refused.problems[0]).toMatch(/copied from “Organisation until 2026-11-15”, an archived plan/);
    await rebaseDraftOnLive(db, back.id);
    const choices = Object.fromEntries((await previewPromotion(db, back.id, '2026-12-01')).impact.map((i) => [i.key, i.proposedTeamIds.slice(0, 1)]));
    expect((await previewPromotion(db, back.id, '2026-12-01', choices)).problems).toEqual([]);
    await expect(previewPromotion(db, back.id, '2026-11-16')).resolves.toMatchObject({ problems: ['The effective date 2026-11-16 is not after 2026-11-16, when the current organisation took effect: choose a later date.'] });
  });
});

describe('draft files', () => {
  it('exports a draft and imports it as a new draft, matching people by employee ID or email', async () => {
    const { ana } = await liveOrganisation();
    const draft = await createDraft(db, { name: 'Option A', fromPlanId: LIVE_PLAN_ID });
    const exported = await exportDraft(db, draft.id);
    expect(exported.fileName).toBe('Option A.teamshape-draft.json');
    expect(exported.file.people.map((p) => p.name).sort()).toEqual(['Ana Lima', 'Ben Ode', 'Cy Park']);
    const preview = await previewDraftImport(db, exported.text);
    expect(preview.people.unmatched).toEqual([]);
    const { plan } = await importDraft(db, exported.text);
    expect(plan.name).toBe('Option A (imported)');
    expect((await readComparison(db, LIVE_PLAN_ID, [plan.id])).candidates[0]!.changes).toEqual([]);
    expect((await planRecords(db, plan.id)).memberships.some((m) => m.personId === ana.id)).toBe(true);
  });

  it('lists people it cannot match and imports their places as vacancies only when asked', async () => {
    await liveOrganisation();
    const draft = await createDraft(db, { name: 'Option A', fromPlanId: LIVE_PLAN_ID });
    const file = (await exportDraft(db, draft.id)).file;
    const stranger = { key: 'p-x', name: 'Zoe Stranger', email: 'zoe@elsewhere.example', employeeId: 'E-99' };
    const withStranger = JSON.stringify({
      ...file,
      people: [...file.people.map((p) => (p.name === 'Ana Lima' ? { ...p, key: 'k-ana', email: 'ANA@example.com', employeeId: null } : p)), stranger],
      memberships: [...file.memberships.map((m) => (m.personKey === file.people.find((p) => p.name === 'Ana Lima')!.key ? { ...m, personKey: 'k-ana' } : m)), { ...file.memberships[0]!, personKey: 'p-x' }],
    });
    const preview = await previewDraftImport(db, withStranger);
    expect(preview.people.unmatched.map((p) => p.name)).toEqual(['Zoe Stranger']);
    await expect(importDraft(db, withStranger, { name: 'Shared' })).rejects.toThrow('1 person in the draft file is not in this directory (matched by employee ID, else email): Zoe Stranger (employee ID E-99).');
    const { plan, vacanciesFromUnmatched } = await importDraft(db, withStranger, { name: 'Shared', unmatched: 'vacancies' });
    expect(vacanciesFromUnmatched).toBe(1);
    expect((await planRecords(db, plan.id)).memberships.filter((m) => m.personId === null)).toHaveLength(2);
  });

  it('refuses a file that is not a draft file, or of a newer version, saying so', async () => {
    await expect(importDraft(db, 'not json')).rejects.toThrow('The draft file is not valid JSON');
    await expect(importDraft(db, JSON.stringify({ format: 'teamshape-draft', version: 2 }))).rejects.toThrow(/newer Teamshape/);
    await expect(importDraft(db, JSON.stringify({ format: 'other' }))).rejects.toThrow(/not a Teamshape draft file/);
  });
});

describe('“Split team” from a finding on the live organisation', () => {
  it('starts a draft copied from live, in one undo step, and names the team’s copy there; live is untouched', async () => {
    const { pay } = await liveOrganisation();
    const before = await planRecords(db, LIVE_PLAN_ID);
    const started = await draftToSplitTeam(db, LIVE_PLAN_ID, pay.id);
    expect(started.plan).toMatchObject({ kind: 'draft', name: 'Split Payments', basedOnPlanId: LIVE_PLAN_ID });
    const copy = (await planRecords(db, started.plan.id)).teams.find((t) => t.id === started.teamId)!;
    expect(copy).toMatchObject({ name: 'Payments', derivedFromTeamIds: [pay.id] });
    expect(await planRecords(db, LIVE_PLAN_ID)).toEqual(before);
    expect((await readUndoHistory(db))[0]?.label).toBe('Create draft “Split Payments”');

    const again = await draftToSplitTeam(db, LIVE_PLAN_ID, pay.id);
    expect(again.plan.name).toBe('Split Payments (2)');
    await undoLastChange(db);
    expect((await planRecords(db, again.plan.id)).teams).toEqual([]);
  });

  it('picks a free draft name whatever the case of the names taken', () => {
    expect(freeDraftName('Split Payments', [])).toBe('Split Payments');
    expect(freeDraftName('Split Payments', [{ name: 'split payments' }, { name: 'Split Payments (2)' }])).toBe('Split Payments (3)');
    expect(freeDraftName('Split Café', [{ name: 'SPLIT CAFÉ' }])).toBe('Split Café (2)');
  });
});
