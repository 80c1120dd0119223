import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../../../shared/backup';
import { CHECK_IN_DOC_TABLES, PLAN_DOC_TABLES, WORKSPACE_DOC_TABLES, docOfRecord, planDoc, WORKSPACE_DOC } from '../../../renderer/sync/documents';

const sharing = { kindOf: (id: string) => (id === 'plan:live' ? 'live' : id.startsWith('draft') ? 'draft' : undefined), isShared: () => false };

describe('which synced document holds a table', () => {
  it('puts every workspace table in exactly one kind of document, so a new table is never left out of sync', () => {
    const held = [...WORKSPACE_DOC_TABLES, ...PLAN_DOC_TABLES, ...CHECK_IN_DOC_TABLES];
    expect([...held].sort()).toEqual([...BACKUP_TABLES].sort());
    expect(new Set(held).size).toBe(held.length);
  });

  it('keeps a plan’s groups, interactions and dependencies in its plan document, and a private draft’s on this laptop', () => {
    for (const table of ['teams', 'memberships', 'teamGroups', 'interactions', 'dependencies'] as const) {
      expect(docOfRecord(table, { id: 'x', planId: 'plan:live' }, sharing)).toBe(planDoc('plan:live'));
      expect(docOfRecord(table, { id: 'x', planId: 'draft-1' }, sharing)).toBeNull();
    }
    expect(docOfRecord('principleSets', { id: 'principles:platform' }, sharing)).toBe(WORKSPACE_DOC);
  });
});
