import { vi } from 'vitest';

/**
 * Answers the next file picker the page opens (a hidden `<input type="file">` it clicks) with the
 * given file, as a person choosing it would. Returns a function that stops answering.
 */
export function answerFilePicker(name: string, content: string | Uint8Array): () => void {
  const spy = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    if (this.type !== 'file') return;
    const file = new File([content as BlobPart], name);
    Object.defineProperty(this, 'files', { configurable: true, value: [file] });
    this.dispatchEvent(new Event('change'));
  });
  return () => spy.mockRestore();
}
