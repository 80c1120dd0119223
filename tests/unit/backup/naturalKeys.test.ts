import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, RECORD_SCHEMAS, naturalKeyOf, survivorOrder } from '../../../shared/backup';
import { NOT_REFERENCES, REFERENCE_FIELDS } from '../../../shared/backup/remap';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../../shared/model';
import { department, membership, objective, period, person, role, team } from './mergeFixture';

describe('natural keys', () => {
  it('keys a department and a role by name, trimmed and in any letter case', () => {
    expect(naturalKeyOf('departments', department('d1', '  Design '))).toBe(naturalKeyOf('departments', department('d2', 'DESIGN')));
    expect(naturalKeyOf('roles', role('r1', 'Agile coach'))).toBe(naturalKeyOf('roles', role('r2', 'agile Coach ')));
    expect(naturalKeyOf('roles', role('r1', 'Coach'))).not.toBe(naturalKeyOf('roles', role('r2', 'Coaches')));
  });

  it('keys a person by employee ID, else by email (trimmed, any case), else not at all', () => {
    expect(naturalKeyOf('people', person('p1', 'Pat', 'Pat@Example.com'))).toBe(naturalKeyOf('people', person('p2', 'Patricia', ' pat@example.COM ')));
    const withEmployeeId = person('p1', 'Pat', 'pat@example.com', undefined, { employeeId: 'E-7' });
    expect(naturalKeyOf('people', withEmployeeId)).toBe(naturalKeyOf('people', person('p2', 'Pat', 'other@example.com', undefined, { employeeId: 'e-7' })));
    expect(naturalKeyOf('people', withEmployeeId)).not.toBe(naturalKeyOf('people', person('p3', 'Pat', 'pat@example.com')));
    expect(naturalKeyOf('people', person('p1', 'Pat', null))).toBeNull();
    expect(naturalKeyOf('people', person('p1', 'Pat', '', undefined, { employeeId: null }))).toBeNull();
  });

  it('keys a team by plan and name: the same name in a draft is another team', () => {
    expect(naturalKeyOf('teams', team('t1', 'Payments'))).toBe(naturalKeyOf('teams', team('t2', 'payments ')));
    expect(naturalKeyOf('teams', team('t1', 'Payments'))).not.toBe(naturalKeyOf('teams', team('t2', 'Payments', undefined, null, { planId: 'plan-draft' })));
  });

  it('keys a custom period by name; a generated quarter has its fixed id instead', () => {
    expect(naturalKeyOf('periods', period('x', 'FY27 H1'))).toBe(naturalKeyOf('periods', period('y', 'fy27 h1')));
    expect(naturalKeyOf('periods', { ...period('period:2026-Q4', 'Q4 2026'), kind: 'quarter' })).toBeNull();
  });

  it('keys a membership by plan, team, person and role; a vacancy only by its id', () => {
    const key = naturalKeyOf('memberships', membership('m1', 't', 'p'));
    expect(key).toBe(naturalKeyOf('memberships', membership('m2', 't', 'p', undefined, { allocation: 50 })));
    expect(key).not.toBe(naturalKeyOf('memberships', membership('m3', 't', 'p', undefined, { roleId: ROLE_IDS.designer })));
    expect(key).not.toBe(naturalKeyOf('memberships', membership('m4', 't', 'p', undefined, { planId: `${LIVE_PLAN_ID}-x` })));
    expect(naturalKeyOf('memberships', membership('v', 't', null))).toBeNull();
  });

  it('gives tables without a natural key none', () => {
    expect(naturalKeyOf('objectives', objective('o'))).toBeNull();
  });

  it('lets a built-in survive a clash, else the smaller id', () => {
    expect(survivorOrder('0190-aaaa', ROLE_IDS.developer)).toBeGreaterThan(0);
    expect(survivorOrder('0190-aaaa', '0190-aaab')).toBeLessThan(0);
  });
});

describe('the reference list the merge rewrites', () => {
  const shapeOf = (schema: unknown): Record<string, unknown> => (schema as { shape: Record<string, unknown> }).shape;

  it('names every model field that holds another record’s id', () => {
    const listed = new Set(REFERENCE_FIELDS.map((r) => `${r.table}.${r.field}`));
    const unlisted = BACKUP_TABLES.flatMap((table) =>
      Object.keys(shapeOf(RECORD_SCHEMAS[table]))
        .filter((field) => /(Id|Ids|By)$/.test(field) && !NOT_REFERENCES.includes(field) && !listed.has(`${table}.${field}`))
        .map((field) => `${table}.${field}`),
    );
    expect(unlisted).toEqual([]);
  });

  it('lists only fields the model has', () => {
    const missing = REFERENCE_FIELDS.filter((r) => !(r.field in shapeOf(RECORD_SCHEMAS[r.table]))).map((r) => `${r.table}.${r.field}`);
    expect(missing).toEqual([]);
  });
});
