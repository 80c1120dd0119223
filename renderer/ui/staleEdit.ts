/** The fields another window changed, as "Name is now “Payments Platform”" lines. */
export function describeOtherChanges<T extends object>(readAtOpen: T, current: T, labels: Partial<Record<keyof T, string>>): string[] {
  const before = readAtOpen as Record<keyof T, unknown>;
  const after = current as Record<keyof T, unknown>;
  return (Object.keys(labels) as Array<keyof T>)
    .filter((field) => JSON.stringify(before[field] ?? '') !== JSON.stringify(after[field] ?? ''))
    .map((field) => {
      const value = after[field];
      return value === '' || value === null || value === undefined ? `${labels[field]} is now empty` : `${labels[field]} is now “${String(value)}”`;
    });
}
