/** The fields a roster file can fill in for each person. */
export const ROSTER_FIELDS = ['name', 'email', 'title', 'department'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** For each field, the index of the column that holds it, or null when the file has none. */
export type RosterMapping = Record<RosterField, number | null>;

/** Headers that certainly mean the field, compared without case, spaces or punctuation. */
const EXACT: Record<RosterField, readonly string[]> = {
  name: ['name', 'fullname', 'personname', 'employeename', 'employee', 'person', 'displayname', 'staffname', 'member'],
  email: ['email', 'emailaddress', 'mail', 'workemail', 'businessemail', 'emailid'],
  title: ['title', 'jobtitle', 'position', 'role', 'jobrole', 'designation', 'job'],
  department: ['department', 'dept', 'departmentname', 'deptname', 'division', 'businessunit', 'unit'],
};

/**
 * Headers that probably mean the field. "First name" or "Manager email" hold only part of a
 * person's name or someone else's address, so proposing them would import the wrong data.
 */
const PARTIAL: Record<RosterField, { has: RegExp; not?: RegExp }> = {
  name: { has: /name/, not: /first|last|given|family|surname|middle|user|manager|department|dept|team|company|nick/ },
  email: { has: /mail/, not: /manager/ },
  title: { has: /title|position/, not: /manager/ },
  department: { has: /dept|department|division/ },
};

function compact(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function score(field: RosterField, header: string): number {
  if (EXACT[field].includes(header)) return 2;
  const { has, not } = PARTIAL[field];
  return has.test(header) && !not?.test(header) ? 1 : 0;
}

/**
 * Proposes a column for each roster field from the headers ("Full name", "E-mail", "Job title",
 * "Dept"). Certain matches win over probable ones, then the leftmost column; a column serves at
 * most one field. The person importing confirms or changes the proposal.
 */
export function suggestColumnMapping(headers: readonly string[]): RosterMapping {
  const candidates: { field: RosterField; column: number; score: number }[] = [];
  headers.forEach((header, column) => {
    const key = compact(header);
    for (const field of ROSTER_FIELDS) {
      const s = score(field, key);
      if (s > 0) candidates.push({ field, column, score: s });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: RosterMapping = { name: null, email: null, title: null, department: null };
  const used = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field] !== null || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}
