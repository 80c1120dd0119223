import { z } from 'zod';
import { DEFAULT_PRINCIPLE_KEY, PrincipleSetKey, SizeLimits, TEAM_TYPE_INFO, type PrincipleSet, type PrincipleSetFields, type Role } from '../model';
import { nearestName } from '../import/closest';

/**
 * The principle-sets file: an organisation's design rules (one set per team type and the Default
 * one) shared between workspaces. Roles are named, not referenced by id, because ids differ from
 * one workspace to the next; an import maps the names back onto this workspace's roles.
 */
export const PRINCIPLE_FILE_FORMAT = 'teamshape-principles';
export const PRINCIPLE_FILE_VERSION = 1;
/** A principles file is small; anything larger is not one. */
export const PRINCIPLE_FILE_MAX_BYTES = 1024 * 1024;

const whole = (label: string, max: number) =>
  z.number({ message: `${label} must be a number` }).int(`${label} must be a whole number`).min(0, `${label} cannot be negative`).max(max, `${label} must be at most ${max}`);

const FileRoleRule = z.strictObject({
  role: z.string({ message: 'a role must be named as text' }).trim().min(1, 'a role needs a name').max(80, 'a role name is at most 80 characters'),
  min: whole('the minimum of a role', 50),
  max: whole('the maximum of a role', 50).nullable(),
});
export type FileRoleRule = z.infer<typeof FileRoleRule>;

const FilePrincipleSet = z.strictObject({
  key: PrincipleSetKey,
  size: SizeLimits.nullable(),
  roles: z.array(FileRoleRule).max(100, 'a principle set lists at most 100 roles').nullable(),
  minBusinessShare: z.number({ message: 'the minimum business share must be a number' }).min(0, 'the minimum business share is at least 0').max(1, 'the minimum business share is at most 1 (100 %)').nullable(),
  maxTeamsPerPerson: whole('the maximum teams per person', 20).nullable(),
  maxServices: whole('the maximum services owned', 50).nullable(),
  maxObjectivesPerFte: z.number({ message: 'the maximum objectives per FTE must be a number' }).min(0, 'the maximum objectives per FTE cannot be negative').max(20, 'the maximum objectives per FTE is at most 20').nullable(),
});
export type FilePrincipleSet = z.infer<typeof FilePrincipleSet>;

export const PrincipleFile = z.strictObject({
  format: z.literal(PRINCIPLE_FILE_FORMAT),
  version: z.literal(PRINCIPLE_FILE_VERSION),
  exportedAt: z.string().max(40).optional(),
  sets: z.array(FilePrincipleSet).min(1, 'the file lists no principle set').max(20, 'a file lists at most 20 principle sets'),
});
export type PrincipleFile = z.infer<typeof PrincipleFile>;

/** "Platform", or "Default" for the set of teams without a type. */
export function principleSetLabel(key: PrincipleSetKey): string {
  return key === DEFAULT_PRINCIPLE_KEY ? 'Default' : TEAM_TYPE_INFO[key].label;
}

const ORDER = PrincipleSetKey.options;

/** The file's JSON for every alive principle set, roles by name, in the order of the types. */
export function principleFileText(sets: readonly PrincipleSet[], roles: readonly Pick<Role, 'id' | 'name'>[], exportedAt: string): string {
  const roleName = new Map(roles.map((r) => [r.id, r.name]));
  const file: PrincipleFile = {
    format: PRINCIPLE_FILE_FORMAT,
    version: PRINCIPLE_FILE_VERSION,
    exportedAt,
    sets: sets
      .filter((s) => s.deletedAt === null)
      .sort((a, b) => ORDER.indexOf(a.key) - ORDER.indexOf(b.key))
      .map((s) => ({
        key: s.key,
        size: s.size,
        roles: s.roles === null ? null : s.roles.map((r) => ({ role: roleName.get(r.roleId) ?? r.roleId, min: r.min, max: r.max })),
        minBusinessShare: s.minBusinessShare,
        maxTeamsPerPerson: s.maxTeamsPerPerson,
        maxServices: s.maxServices,
        maxObjectivesPerFte: s.maxObjectivesPerFte,
      })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type PrincipleFileReading = { ok: true; sets: PrincipleSetFields[] } | { ok: false; problems: string[] };

function where(path: readonly PropertyKey[], raw: unknown): string {
  const [first, index, ...rest] = path;
  if (first !== 'sets' || typeof index !== 'number') return path.length > 0 ? `${path.join('.')}: ` : '';
  const key = (raw as { sets?: { key?: unknown }[] })?.sets?.[index]?.key;
  const set = typeof key === 'string' && (ORDER as readonly string[]).includes(key) ? `the ${principleSetLabel(key as PrincipleSetKey)} principles` : `set ${index + 1}`;
  return `In ${set}${rest.length > 0 ? `, ${rest.join('.')}` : ''}: `;
}

function shapeProblems(raw: unknown): string[] | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['The file does not hold a principles object: export the principles from Teamshape’s Settings and import that file.'];
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== PRINCIPLE_FILE_FORMAT) {
    return [`This is not a Teamshape principles file: its format is ${JSON.stringify(format ?? null)}, expected "${PRINCIPLE_FILE_FORMAT}". Choose a file made with “Export principles…”.`];
  }
  if (version !== PRINCIPLE_FILE_VERSION) {
    return [`This principles file has format version ${JSON.stringify(version ?? null)}; this Teamshape reads version ${PRINCIPLE_FILE_VERSION}. Export the principles again from a Teamshape that writes version ${PRINCIPLE_FILE_VERSION}, or update Teamshape.`];
  }
  return null;
}

/**
 * Reads a principles file against this workspace's roles: every problem is listed (the set, the
 * field and the offending value), and nothing is returned unless the whole file is sound.
 */
export function readPrincipleFile(text: string, roles: readonly Pick<Role, 'id' | 'name' | 'deletedAt'>[]): PrincipleFileReading {
  if (text.length > PRINCIPLE_FILE_MAX_BYTES) return { ok: false, problems: [`The file is too large for a principles file (${text.length.toLocaleString('en-GB')} characters; at most ${PRINCIPLE_FILE_MAX_BYTES.toLocaleString('en-GB')}).`] };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: ['The file is empty.'] };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return { ok: false, problems: [`The file is not valid JSON (${error instanceof Error ? error.message : String(error)}): it was damaged or is another kind of file.`] };
  }
  const wrongKind = shapeProblems(raw);
  if (wrongKind) return { ok: false, problems: wrongKind };

  const problems: string[] = [];
  // Minimum above maximum, said with both values (the schema alone would not name them).
  const rawSets = (raw as { sets?: unknown }).sets;
  (Array.isArray(rawSets) ? rawSets : []).forEach((set: unknown, index) => {
    const rules = (set as { roles?: unknown } | null)?.roles;
    if (!Array.isArray(rules)) return;
    for (const rule of rules as ({ role?: unknown; min?: unknown; max?: unknown } | null)[]) {
      if (typeof rule?.min === 'number' && typeof rule.max === 'number' && rule.min > rule.max) {
        problems.push(`${where(['sets', index], raw)}the role ${JSON.stringify(rule.role)} has a minimum of ${rule.min} above its maximum of ${rule.max}. Make the minimum at most the maximum.`);
      }
    }
  });
  const parsed = PrincipleFile.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${where(issue.path, raw)}${issue.message}.`);
    }
    return { ok: false, problems: [...new Set(problems)].slice(0, 50) };
  }
  if (problems.length > 0) return { ok: false, problems };

  const alive = roles.filter((r) => r.deletedAt === null);
  const byName = new Map(alive.map((r) => [r.name.trim().toLocaleLowerCase('en'), r.id]));
  const seen = new Set<PrincipleSetKey>();
  const sets: PrincipleSetFields[] = [];
  for (const set of parsed.data.sets) {
    const label = principleSetLabel(set.key);
    if (seen.has(set.key)) {
      problems.push(`The file lists the ${label} principles twice: keep one.`);
      continue;
    }
    seen.add(set.key);
    if (set.key === DEFAULT_PRINCIPLE_KEY && (set.size !== null || set.roles !== null)) {
      problems.push('In the Default principles: size limits and roles must be null, because the Default set uses the two-pizza limits and role requirements of Settings. Set them there.');
      continue;
    }
    const ruleIds: { roleId: string; min: number; max: number | null }[] = [];
    const rolesSeen = new Set<string>();
    for (const rule of set.roles ?? []) {
      const roleId = byName.get(rule.role.toLocaleLowerCase('en'));
      if (!roleId) {
        const suggestion = nearestName(rule.role, alive.map((r) => r.name));
        problems.push(`In the ${label} principles: there is no role “${rule.role}” in this workspace.${suggestion ? ` Did you mean “${suggestion}”?` : ''} Correct the name in the file, or add the role in Settings first.`);
        continue;
      }
      if (rolesSeen.has(roleId)) {
        problems.push(`In the ${label} principles: the role “${rule.role}” is listed twice; keep one.`);
        continue;
      }
      rolesSeen.add(roleId);
      ruleIds.push({ roleId, min: rule.min, max: rule.max });
    }
    sets.push({ ...set, roles: set.roles === null ? null : ruleIds });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, sets };
}

export interface PrincipleSetDiff {
  key: PrincipleSetKey;
  label: string;
  /** One line per changed rule: "Size: 5 · 9 · 12 → 4 · 8 · 10"; empty when the set is unchanged. */
  changes: string[];
}

const sizeText = (size: PrincipleSetFields['size']) => (size === null ? 'two-pizza limits' : `warn below ${size.warnBelow} · warn above ${size.warnAbove} · fail above ${size.failAbove}`);
const numberText = (value: number | null, unit = '') => (value === null ? 'not checked' : `${value}${unit}`);
const shareText = (value: number | null) => (value === null ? 'not checked' : `${Math.round(value * 100)} %`);

function rolesText(roles: PrincipleSetFields['roles'], roleName: (id: string) => string): string {
  if (roles === null) return 'role requirements of Settings';
  if (roles.length === 0) return 'none';
  return roles.map((r) => `${roleName(r.roleId)} ${r.min}${r.max === null ? '+' : r.max === r.min ? '' : `–${r.max}`}`).join(', ');
}

/** What importing `incoming` would change in each set, in the order of the types; sets the file leaves out are not listed. */
export function principleSetDiffs(existing: readonly PrincipleSetFields[], incoming: readonly PrincipleSetFields[], roles: readonly Pick<Role, 'id' | 'name'>[]): PrincipleSetDiff[] {
  const names = new Map(roles.map((r) => [r.id, r.name]));
  const roleName = (id: string) => names.get(id) ?? id;
  const before = new Map(existing.map((s) => [s.key, s]));
  return [...incoming]
    .sort((a, b) => ORDER.indexOf(a.key) - ORDER.indexOf(b.key))
    .map((next) => {
      const old = before.get(next.key);
      const changes: string[] = [];
      const compare = (label: string, a: string, b: string) => {
        if (a !== b) changes.push(`${label}: ${a} → ${b}`);
      };
      compare('Size', sizeText(old?.size ?? null), sizeText(next.size));
      compare('Roles', rolesText(old?.roles ?? null, roleName), rolesText(next.roles, roleName));
      compare('Business share at least', shareText(old?.minBusinessShare ?? null), shareText(next.minBusinessShare));
      compare('Teams per person at most', numberText(old?.maxTeamsPerPerson ?? null), numberText(next.maxTeamsPerPerson));
      compare('Services at most', numberText(old?.maxServices ?? null), numberText(next.maxServices));
      compare('Objectives per FTE at most', numberText(old?.maxObjectivesPerFte ?? null), numberText(next.maxObjectivesPerFte));
      return { key: next.key, label: principleSetLabel(next.key), changes };
    });
}
