// Invitation tokens: "<tokenId>.<secret>". The id is public (listed, revoked by); the secret is
// 32 random bytes shown once and stored only as its SHA-256 (a random secret needs no slow hash).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_ID_PATTERN = /^tok_[a-z0-9]{12}$/;
const TOKEN_PATTERN = /^(tok_[a-z0-9]{12})\.([A-Za-z0-9_-]{43})$/;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function randomName(length: number): string {
  const bytes = randomBytes(length);
  let name = '';
  for (const byte of bytes) name += ALPHABET[byte % ALPHABET.length];
  return name;
}

export function newTokenId(): string {
  return `tok_${randomName(12)}`;
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export function formatToken(tokenId: string, secret: string): string {
  return `${tokenId}.${secret}`;
}

/** Splits a pasted token; surrounding whitespace (a copied line) is forgiven, anything else is not. */
export function parseToken(token: string): { tokenId: string; secret: string } | undefined {
  const match = TOKEN_PATTERN.exec(token.trim());
  return match ? { tokenId: match[1]!, secret: match[2]! } : undefined;
}

export function isTokenId(value: string): boolean {
  return TOKEN_ID_PATTERN.test(value);
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/**
 * Reads `--expires`: a duration ("30d", "12h", "2w", "90m") from `now`, or a date/time in ISO 8601
 * ("2027-03-31" means the end of that day in UTC). Returns the expiry as an ISO string.
 */
export function parseExpiry(value: string, now: Date): string {
  const text = value.trim();
  const duration = /^(\d{1,6})([mhdw])$/.exec(text);
  if (duration) {
    const amount = Number(duration[1]);
    if (amount === 0) throw new Error(`--expires ${value}: a duration must be at least 1 (for example 30d).`);
    return new Date(now.getTime() + amount * UNIT_MS[duration[2]!]!).toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const end = new Date(`${text}T23:59:59.999Z`);
    if (Number.isNaN(end.getTime()) || end.toISOString().slice(0, 10) !== text) throw new Error(`--expires ${value}: not a real calendar date.`);
    if (end <= now) throw new Error(`--expires ${value}: that date has passed.`);
    return end.toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const at = new Date(text);
    if (Number.isNaN(at.getTime())) throw new Error(`--expires ${value}: not a valid date and time.`);
    if (at <= now) throw new Error(`--expires ${value}: that time has passed.`);
    return at.toISOString();
  }
  throw new Error(`--expires ${value}: write a duration such as 30d, 12h, 2w or 90m, or a date such as 2027-03-31.`);
}
