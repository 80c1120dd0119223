/**
 * Backups on their way from the page to main, chunk by chunk (shared/bridge.ts `backup:upload`):
 * held in memory until the call that writes them takes them. In order or not at all; bounded in
 * size, number and age, so a page cannot make main hold more than one backup's worth for long.
 */
import { BACKUP_UPLOAD_MAX_BYTES } from '../../shared/bridge';
import { BridgeFailure } from './registerBridge';

/** Uploads open at once: the daily backup and a safety copy, with room for a retry. */
export const MAX_OPEN_UPLOADS = 4;
/** An upload nobody finished or took within this time is dropped. */
export const UPLOAD_EXPIRES_MS = 10 * 60 * 1000;

interface Upload {
  chunks: Buffer[];
  bytes: number;
  nextIndex: number;
  complete: boolean;
  startedAt: number;
}

export interface UploadChunk {
  uploadId: string;
  index: number;
  last: boolean;
  base64: string;
}

export class BackupUploads {
  private readonly uploads = new Map<string, Upload>();

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly maxBytes: number = BACKUP_UPLOAD_MAX_BYTES,
  ) {}

  private dropExpired(): void {
    for (const [id, upload] of this.uploads) if (this.now() - upload.startedAt > UPLOAD_EXPIRES_MS) this.uploads.delete(id);
  }

  add({ uploadId, index, last, base64 }: UploadChunk): void {
    this.dropExpired();
    let upload = this.uploads.get(uploadId);
    if (!upload) {
      if (index !== 0) throw new BridgeFailure(`The backup arrived incomplete (its chunk ${index + 1} came first). Nothing was written; try again.`);
      if (this.uploads.size >= MAX_OPEN_UPLOADS) throw new BridgeFailure(`${MAX_OPEN_UPLOADS} backups are already being received. Wait a moment, then try again.`);
      upload = { chunks: [], bytes: 0, nextIndex: 0, complete: false, startedAt: this.now() };
      this.uploads.set(uploadId, upload);
    }
    if (upload.complete || index !== upload.nextIndex) {
      this.uploads.delete(uploadId);
      throw new BridgeFailure(`The backup arrived out of order (chunk ${index + 1} where ${upload.nextIndex + 1} was expected). Nothing was written; try again.`);
    }
    const chunk = Buffer.from(base64, 'base64');
    if (upload.bytes + chunk.length > this.maxBytes) {
      this.uploads.delete(uploadId);
      throw new BridgeFailure(`The backup is larger than the ${Math.round(this.maxBytes / 2 ** 20)} MiB Teamshape writes to its backups folder. Nothing was written.`);
    }
    upload.chunks.push(chunk);
    upload.bytes += chunk.length;
    upload.nextIndex += 1;
    upload.complete = last;
  }

  /** The whole upload, removed from memory; refused unless every chunk arrived. */
  take(uploadId: string): Buffer {
    this.dropExpired();
    const upload = this.uploads.get(uploadId);
    this.uploads.delete(uploadId);
    if (!upload?.complete) throw new BridgeFailure('The backup did not arrive complete, so nothing was written. Try again.');
    if (upload.bytes === 0) throw new BridgeFailure('The backup is empty, so nothing was written. Try again.');
    return Buffer.concat(upload.chunks, upload.bytes);
  }

  get open(): number {
    return this.uploads.size;
  }
}
