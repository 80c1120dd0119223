import { isolateBidi } from '../../../shared/bidi';
import type { Membership, Role } from '../../../shared/model';
import type { Finding } from '../../../shared/rules';
import type { MemberDraft } from '../../state/teamsUi';
import { Button } from '../../ui/Button';

interface FindingFixProps {
  finding: Finding;
  teamId: string;
  memberships: readonly Membership[];
  roles: readonly Role[];
  onAdd: (draft: MemberDraft) => void;
  onEdit: (membershipId: string | null) => void;
  /** Starts a split of the team (in a draft); absent where splitting is not offered. */
  onSplit?: () => void;
}

/** Findings a split answers: the team is too large by headcount or by FTE. */
const SPLIT_ANSWERS = new Set(['two-pizza:headcount', 'two-pizza:fte']);

/**
 * The one-click fix of a finding: a missing or understaffed role opens the picker on that role
 * (people holding it elsewhere with free time first); an over-allocated person opens their
 * membership on this team to lower it; a team too large starts a split. Findings without an
 * obvious action get none.
 */
export function FindingFix({ finding, teamId, memberships, roles, onAdd, onEdit, onSplit }: FindingFixProps) {
  const { roleId, personId } = finding.subject ?? {};
  if (finding.rule === 'role-coverage' && finding.severity === 'fail' && roleId) {
    const role = roles.find((r) => r.id === roleId);
    if (!role) return null;
    return (
      <Button variant="secondary" onClick={() => onAdd({ teamId, personId: null, roleId })}>
        + Add {isolateBidi(role.name.toLowerCase())}
      </Button>
    );
  }
  if (finding.rule === 'allocation' && personId) {
    const membership = memberships.find((m) => m.teamId === teamId && m.personId === personId && m.deletedAt === null);
    if (!membership) return null;
    return (
      <Button variant="secondary" onClick={() => onEdit(membership.id)}>
        Reduce allocation
      </Button>
    );
  }
  if (onSplit && SPLIT_ANSWERS.has(finding.id) && finding.severity !== 'info') {
    return (
      <Button variant="secondary" onClick={onSplit}>
        Split team…
      </Button>
    );
  }
  return null;
}
