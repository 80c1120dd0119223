// Documents shaped like the app's synced workspace at size L (500 teams, 5,000 people, 2,000
// objectives, 8,000 key results, 100,000 check-ins): each record a Y.Map of its fields under one
// root map per table, as renderer/sync writes them — the workspace document, the live plan's
// document and the check-ins document. Used to size message limits and measure server memory.
import * as Y from 'yjs';

export interface LDocuments {
  workspace: Uint8Array;
  plan: Uint8Array;
  checkIns: Uint8Array;
}

export interface Size {
  teams: number;
  people: number;
  objectives: number;
  keyResults: number;
  checkIns: number;
}

export const SIZE_L: Size = { teams: 500, people: 5_000, objectives: 2_000, keyResults: 8_000, checkIns: 100_000 };

const T0 = Date.UTC(2026, 0, 5, 9);

function uuid(kind: number, n: number): string {
  // UUIDv7-shaped ids like shared/ids (time-ordered hex), deterministic for a repeatable size.
  const time = (T0 + n * 1000).toString(16).padStart(12, '0');
  const tail = (kind * 1_000_003 + n).toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${tail.slice(0, 3)}-8${tail.slice(3, 6)}-${tail.slice(0, 12)}`;
}

function stamp(n: number): Record<string, unknown> {
  const at = new Date(T0 + n * 60_000).toISOString();
  return { createdAt: at, updatedAt: at, deletedAt: null, updatedBy: uuid(2, n % 5000) };
}

function put(doc: Y.Doc, table: string, record: Record<string, unknown> & { id: string }): void {
  const map = new Y.Map<unknown>();
  doc.getMap<Y.Map<unknown>>(table).set(record.id, map);
  for (const [field, value] of Object.entries(record)) map.set(field, value);
}

export function buildLDocuments(size: Size = SIZE_L): LDocuments {
  const workspace = new Y.Doc();
  const plan = new Y.Doc();
  const checkIns = new Y.Doc();
  const planId = 'plan:live';
  workspace.transact(() => {
    for (let d = 0; d < 40; d++) put(workspace, 'departments', { id: uuid(1, d), name: `Department ${d + 1}`, kind: d % 3 === 0 ? 'business' : 'technology', ...stamp(d) });
    for (let p = 0; p < size.people; p++) {
      put(workspace, 'people', {
        id: uuid(2, p),
        name: `Person Number ${p + 1} Lastname`,
        email: `person.${p + 1}@example.com`,
        title: p % 7 === 0 ? 'Product Owner' : 'Software Engineer',
        departmentId: uuid(1, p % 40),
        employeeId: `E${String(p + 1).padStart(6, '0')}`,
        ...stamp(p),
      });
    }
    for (let o = 0; o < size.objectives; o++) {
      put(workspace, 'objectives', {
        id: uuid(3, o),
        title: `Objective ${o + 1}: make onboarding faster for new customers`,
        description: '',
        periodId: 'period:2026-Q1',
        ownerTeamIds: [uuid(5, o % size.teams)],
        parentId: null,
        kind: o % 4 === 0 ? 'aspirational' : 'committed',
        ...stamp(o),
      });
    }
    for (let k = 0; k < size.keyResults; k++) {
      put(workspace, 'keyResults', {
        id: uuid(4, k),
        objectiveId: uuid(3, k % size.objectives),
        title: `Key result ${k + 1}: raise activation rate`,
        kind: 'increase',
        start: 40,
        target: 60,
        unit: '%',
        weight: 1,
        ownerId: uuid(2, k % size.people),
        contributingTeamIds: [],
        ...stamp(k),
      });
    }
  });
  plan.transact(() => {
    for (let t = 0; t < size.teams; t++) {
      put(plan, 'teams', { id: uuid(5, t), planId, name: `Team ${t + 1}`, mission: 'Help customers get value in their first week', service: '', championId: uuid(2, t), ...stamp(t) });
    }
    for (let p = 0; p < size.people; p++) {
      put(plan, 'memberships', { id: uuid(6, p), planId, teamId: uuid(5, p % size.teams), personId: uuid(2, p), roleId: 'role:engineer', allocation: 100, ...stamp(p) });
    }
  });
  checkIns.transact(() => {
    for (let c = 0; c < size.checkIns; c++) {
      put(checkIns, 'checkIns', {
        id: uuid(7, c),
        keyResultId: uuid(4, c % size.keyResults),
        date: new Date(T0 + (c % 90) * 86_400_000).toISOString().slice(0, 10),
        value: 40 + (c % 20),
        confidence: c % 11,
        note: c % 5 === 0 ? 'On track after the pricing change' : '',
        authorId: uuid(2, c % size.people),
        correctsId: null,
        ...stamp(c),
      });
    }
  });
  const documents = { workspace: Y.encodeStateAsUpdate(workspace), plan: Y.encodeStateAsUpdate(plan), checkIns: Y.encodeStateAsUpdate(checkIns) };
  for (const doc of [workspace, plan, checkIns]) doc.destroy();
  return documents;
}
