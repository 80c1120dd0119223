import { describe, expect, it } from 'vitest';
import type { Membership, Team } from '../../shared/model';
import { teamBoardSummary } from '../../renderer/features/teams/teamBoardSummary';

describe('teamBoardSummary', () => {
  it('counts with thousands separators, people once however many teams they sit on', () => {
    const teams = Array.from({ length: 1200 }, (_, i) => ({ id: `t${i}` }) as Team);
    const memberships = Array.from({ length: 2400 }, (_, i) => ({ id: `m${i}`, teamId: `t${i % 1200}`, personId: `p${i % 1500}`, allocation: 50, deletedAt: null }) as Membership);
    expect(teamBoardSummary(teams, memberships)).toMatch(/^1,200 teams · 1,500 people · /);
  });
});
