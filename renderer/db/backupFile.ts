import { BACKUP_MAX_BYTES, BackupLineReader, LineSplitter, MAX_LINE_CHARS, backupLines, isGzip, readBackup, type BackupFile, type BackupReading, type ReadBackupOptions } from '../../shared/backup';

/**
 * Format 3 on the wire: gzip through the platform's CompressionStream / DecompressionStream
 * (Chromium, and Node ≥ 18 in tests), fed and drained a chunk at a time. The whole workspace is
 * never one string: at most a batch of lines (BATCH_CHARS) is text at any moment.
 */

const BATCH_CHARS = 256 * 1024;
const READ_SLICE_BYTES = 1024 * 1024;

/** A backup file as the app gets it: its text (formats 0 to 2, or a test) or its bytes. */
export type BackupInput = string | Uint8Array | Blob;

async function drain(readable: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** A backup as format-3 bytes: gzip of its lines (shared/backup/lines.ts), compressed batch by batch. */
export async function encodeBackup(file: BackupFile): Promise<Uint8Array> {
  const gzip = new CompressionStream('gzip');
  const compressed = drain(gzip.readable);
  const writer = gzip.writable.getWriter();
  const encoder = new TextEncoder();
  let batch: string[] = [];
  let size = 0;
  try {
    for (const line of backupLines(file)) {
      batch.push(line);
      size += line.length;
      if (size >= BATCH_CHARS) {
        await writer.write(encoder.encode(batch.join('')));
        batch = [];
        size = 0;
      }
    }
    if (batch.length > 0) await writer.write(encoder.encode(batch.join('')));
    await writer.close();
  } catch (error) {
    await writer.abort(error).catch(() => undefined);
    throw error;
  }
  return compressed;
}

/** The input's bytes as a stream of slices (a Blob streams from disk; an array is cut into slices). */
function byteStream(input: Uint8Array | Blob): ReadableStream<Uint8Array> {
  if (!(input instanceof Uint8Array) && typeof input.stream === 'function') return input.stream() as ReadableStream<Uint8Array>;
  let offset = 0;
  let bytes: Uint8Array | null = input instanceof Uint8Array ? input : null;
  const blob = input instanceof Uint8Array ? null : input;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      bytes ??= new Uint8Array(await blob!.arrayBuffer());
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + READ_SLICE_BYTES));
      offset += READ_SLICE_BYTES;
    },
  });
}

async function firstBytes(input: Uint8Array | Blob, count: number): Promise<Uint8Array> {
  return input instanceof Uint8Array ? input.subarray(0, count) : new Uint8Array(await input.slice(0, count).arrayBuffer());
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Decompresses and reads a format-3 file record by record; a damaged gzip or a cut-off file is refused. */
async function readCompressed(input: Uint8Array | Blob): Promise<BackupReading> {
  const lines = new BackupLineReader();
  const splitter = new LineSplitter();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const gunzip = new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
  const reader = byteStream(input).pipeThrough(gunzip).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const line of splitter.push(decoder.decode(value, { stream: true }))) lines.push(line);
      if (splitter.pending > MAX_LINE_CHARS) lines.refuse(`A line of the file is longer than ${MAX_LINE_CHARS} characters, which no record is; this is not a Teamshape backup or it is damaged.`);
      if (lines.refused) {
        await reader.cancel().catch(() => undefined);
        return lines.finish();
      }
    }
    for (const line of splitter.push(decoder.decode())) lines.push(line);
    for (const line of splitter.end()) lines.push(line);
  } catch (error) {
    const why = error instanceof TypeError && /decode|encoding/i.test(error.message) ? 'it is not UTF-8 text inside' : reasonOf(error);
    return { ok: false, problems: [`The file is not a complete Teamshape backup; it may be cut off or damaged (${why}).`] };
  }
  return lines.finish();
}

/**
 * THE way to read a backup file the user gave: recognised by its content. gzip (1f 8b) → format 3,
 * read line by line; anything else is text → formats 0 to 2 through readBackup (size cap, JSON,
 * migrations). Both end in the same checks; nothing here writes.
 */
export async function readBackupFile(input: BackupInput, options: ReadBackupOptions): Promise<BackupReading> {
  if (typeof input === 'string') return readBackup(input, options);
  if (isGzip(await firstBytes(input, 2))) return readCompressed(input);
  const maxBytes = options.maxBytes ?? BACKUP_MAX_BYTES;
  const size = input instanceof Uint8Array ? input.length : input.size;
  if (size > maxBytes) {
    const mib = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    return { ok: false, problems: [`The file is too large: a backup as JSON text (format 2 or older) may be at most ${mib(maxBytes)}, this one is ${mib(size)}.`] };
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(await input.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: ['This is not a Teamshape backup: it is neither a compressed backup nor JSON text.'] };
  }
  return readBackup(text, options);
}
