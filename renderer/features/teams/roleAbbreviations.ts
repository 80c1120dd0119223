/**
 * Short labels for roles on the dense board ("Product owner" → "PO", "Developer" → "Dev"), unique
 * within the list: on a clash both take the first three letters of their first words ("Security
 * analyst" → "Sec", "System administrator" → "Sys"), then a number if they still clash.
 */
export function roleAbbreviations(roles: readonly { id: string; name: string }[]): Map<string, string> {
  const words = (name: string) => name.split(/[\s/&-]+/u).filter(Boolean);
  const initials = (name: string) => {
    const parts = words(name);
    if (parts.length <= 1) return (parts[0] ?? '?').slice(0, 3).replace(/^./u, (c) => c.toUpperCase());
    return parts.map((w) => w[0]!.toUpperCase()).join('').slice(0, 3);
  };
  const longer = (name: string) => (words(name)[0] ?? '?').slice(0, 3).replace(/^./u, (c) => c.toUpperCase());
  const first = roles.map((r) => initials(r.name));
  const chosen = roles.map((r, i) => (first.filter((a) => a === first[i]).length > 1 ? longer(r.name) : first[i]!));
  const seen = new Map<string, number>();
  return new Map(
    roles.map((r, i) => {
      const label = chosen[i]!;
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      return [r.id, n === 1 ? label : `${label}${n}`];
    }),
  );
}

/** "Olivia Costa" → "Olivia C.": a chip's short name (the full name is in its label and tooltip). */
export function shortName(name: string): string {
  const parts = name.trim().split(/\s+/u);
  if (parts.length < 2) return name;
  return `${parts[0]} ${[...parts[parts.length - 1]!][0]}.`;
}
