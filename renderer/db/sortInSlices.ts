/** Lets the browser paint and handle input between slices of work. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function merge<T>(left: readonly T[], right: readonly T[], compare: (a: T, b: T) => number): T[] {
  const merged: T[] = new Array(left.length + right.length);
  let l = 0;
  let r = 0;
  let out = 0;
  // Left first on ties: the sort is stable, like Array.prototype.sort.
  while (l < left.length && r < right.length) merged[out++] = compare(right[r]!, left[l]!) < 0 ? right[r++]! : left[l++]!;
  while (l < left.length) merged[out++] = left[l++]!;
  while (r < right.length) merged[out++] = right[r++]!;
  return merged;
}

/**
 * Sorts a long list without one long task: slices sorted one per task, then merged pairwise
 * (equal sizes first, like a binary counter), a merge per task. The same order as
 * `[...items].sort(compare)`.
 */
export async function sortInSlices<T>(items: readonly T[], compare: (a: T, b: T) => number, slice = 1000, yieldToBrowser = nextTask): Promise<T[]> {
  const runs: T[][] = [];
  for (let start = 0; start < items.length; start += slice) {
    if (start > 0) await yieldToBrowser();
    runs.push(items.slice(start, start + slice).sort(compare));
    while (runs.length >= 2 && runs[runs.length - 2]!.length <= runs[runs.length - 1]!.length) {
      const right = runs.pop()!;
      const left = runs.pop()!;
      await yieldToBrowser();
      runs.push(merge(left, right, compare));
    }
  }
  while (runs.length >= 2) {
    const right = runs.pop()!;
    const left = runs.pop()!;
    await yieldToBrowser();
    runs.push(merge(left, right, compare));
  }
  return runs[0] ?? [];
}
