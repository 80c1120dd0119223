import { describe, expect, it } from 'vitest';
import { BackupUploads, MAX_OPEN_UPLOADS, UPLOAD_EXPIRES_MS } from '../../../electron/ipc/backupUploads';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const chunk = (uploadId: string, index: number, text: string, last = false) => ({ uploadId, index, last, base64: b64(text) });

describe('backups arriving in chunks', () => {
  it('joins the chunks in order once the last has arrived, and forgets the upload once taken', () => {
    const uploads = new BackupUploads();
    uploads.add(chunk('upload-aaaaaaaaaaaa', 0, 'Hello, '));
    uploads.add(chunk('upload-aaaaaaaaaaaa', 1, 'world', true));
    expect(uploads.take('upload-aaaaaaaaaaaa').toString()).toBe('Hello, world');
    expect(() => uploads.take('upload-aaaaaaaaaaaa')).toThrow('The backup did not arrive complete, so nothing was written. Try again.');
    expect(uploads.open).toBe(0);
  });

  it('refuses an upload taken before its last chunk', () => {
    const uploads = new BackupUploads();
    uploads.add(chunk('upload-aaaaaaaaaaaa', 0, 'half'));
    expect(() => uploads.take('upload-aaaaaaaaaaaa')).toThrow('did not arrive complete');
  });

  it('drops an upload whose chunks arrive out of order, repeated, after the last, or starting past the first', () => {
    const uploads = new BackupUploads();
    expect(() => uploads.add(chunk('upload-bbbbbbbbbbbb', 1, 'x'))).toThrow('The backup arrived incomplete (its chunk 2 came first)');
    uploads.add(chunk('upload-cccccccccccc', 0, 'a'));
    expect(() => uploads.add(chunk('upload-cccccccccccc', 0, 'a'))).toThrow('arrived out of order (chunk 1 where 2 was expected)');
    expect(uploads.open).toBe(0);
    uploads.add(chunk('upload-dddddddddddd', 0, 'a', true));
    expect(() => uploads.add(chunk('upload-dddddddddddd', 1, 'b'))).toThrow('arrived out of order');
  });

  it('holds no more than its byte limit and a few uploads at once', () => {
    const uploads = new BackupUploads(() => 0, 10);
    uploads.add(chunk('upload-eeeeeeeeeeee', 0, '123456'));
    expect(() => uploads.add(chunk('upload-eeeeeeeeeeee', 1, '78901', true))).toThrow('The backup is larger than the 0 MiB Teamshape writes');
    const many = new BackupUploads();
    for (let i = 0; i < MAX_OPEN_UPLOADS; i++) many.add(chunk(`upload-${String(i).padStart(12, '0')}`, 0, 'x'));
    expect(() => many.add(chunk('upload-ffffffffffff', 0, 'x'))).toThrow(`${MAX_OPEN_UPLOADS} backups are already being received`);
  });

  it('forgets uploads nobody finished within ten minutes', () => {
    let now = 0;
    const uploads = new BackupUploads(() => now);
    uploads.add(chunk('upload-gggggggggggg', 0, 'x'));
    now = UPLOAD_EXPIRES_MS + 1;
    expect(() => uploads.add(chunk('upload-gggggggggggg', 1, 'y', true))).toThrow('The backup arrived incomplete');
  });
});
