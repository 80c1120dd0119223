/**
 * Measures a bridge payload in bytes (strings as UTF-8) without serialising it, stopping as soon
 * as it passes `limit`. Anything that is not plain JSON-shaped data (class instances, typed
 * arrays, Maps, cycles deeper than MAX_PAYLOAD_DEPTH) measures as Infinity: no channel accepts it,
 * and walking it could cost more than refusing it.
 */
export const MAX_PAYLOAD_DEPTH = 32;

const NON_ASCII = /[^\u0000-\u007f]/;

export function utf8ByteLength(text: string, limit = Infinity): number {
  // Backups are mostly ASCII; the native regex scan is far faster than the loop below.
  if (!NON_ASCII.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const SCALAR_BYTES: Readonly<Record<string, number>> = { undefined: 1, boolean: 1, number: 8 };

export function payloadBytes(value: unknown, limit = Infinity): number {
  let total = 0;
  // Returns false once the payload is over the limit or not measurable; `total` says which.
  const visit = (item: unknown, depth: number): boolean => {
    if (depth > MAX_PAYLOAD_DEPTH) {
      total = Infinity;
      return false;
    }
    const kind = typeof item;
    if (kind in SCALAR_BYTES) total += SCALAR_BYTES[kind]!;
    else if (typeof item === 'string') total += utf8ByteLength(item, limit - total);
    else if (item === null) total += 1;
    else if (Array.isArray(item)) {
      for (let i = 0; i < item.length && total <= limit; i++) {
        total += 1;
        if (!visit(item[i], depth + 1)) return false;
      }
    } else if (typeof item === 'object' && isPlainObject(item)) {
      for (const [key, entry] of Object.entries(item)) {
        total += utf8ByteLength(key) + 1;
        if (total > limit || !visit(entry, depth + 1)) return false;
      }
    } else {
      total = Infinity;
      return false;
    }
    return total <= limit;
  };
  visit(value, 0);
  return total;
}

export function fitsWithin(value: unknown, maxBytes: number): boolean {
  return payloadBytes(value, maxBytes) <= maxBytes;
}
