/** "5,000": counts in messages always carry thousands separators. */
export function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

/** "1 row", "5,000 rows". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${thousands(n)} ${n === 1 ? singular : plural}`;
}

/** "12.4 MB", for messages about file sizes (1 MB = 1,048,576 bytes, as Windows counts them). */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
}
