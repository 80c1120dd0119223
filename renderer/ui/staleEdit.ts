/** The fields another window changed, as "Name is now “Payments Platform”" lines. */
export function describeOtherChanges<T extends Record<string, unknown>>(
  readAtOpen: T,
  current: T,
  labels: Partial<Record<keyof T, string>>,
): string[] {
  return (Object.keys(labels) as Array<keyof T>)
    .filter((field) => JSON.stringify(readAtOpen[field] ?? '') !== JSON.stringify(current[field] ?? ''))
    .map((field) => {
      const value = current[field];
      return value === '' || value === null || value === undefined ? `${labels[field]} is now empty` : `${labels[field]} is now “${String(value)}”`;
    });
}
