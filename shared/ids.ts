import { now } from './clock';
/**
 * Record ids are UUIDv7: time-ordered (so ids sort roughly by creation) and unique without
 * coordination. A generator built from a seed produces the same ids every run, which is what the
 * sample and benchmark organisations rely on.
 */
export type IdGenerator = () => string;

type RandomSource = (bytes: Uint8Array) => void;

interface WebCrypto {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

const webCrypto = (globalThis as unknown as { crypto?: WebCrypto }).crypto;

/** Random bytes drawn from Web Crypto 4 KiB at a time: one call per 256 ids, not one per id (imports make tens of thousands). */
const pool = new Uint8Array(4096);
let poolAt = pool.length;

function systemRandom(bytes: Uint8Array): void {
  if (!webCrypto) throw new Error('No secure random source is available: Web Crypto is missing.');
  if (bytes.length > pool.length) {
    webCrypto.getRandomValues(bytes);
    return;
  }
  if (poolAt + bytes.length > pool.length) {
    webCrypto.getRandomValues(pool);
    poolAt = 0;
  }
  // Each byte is handed out once: poolAt only moves forward until the pool is refilled.
  bytes.set(pool.subarray(poolAt, poolAt + bytes.length));
  poolAt += bytes.length;
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** mulberry32: tiny, fast, good enough for reproducible sample data (never for secrets). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuidV7(timestampMs: number, random: RandomSource): string {
  const bytes = new Uint8Array(16);
  random(bytes);
  let ts = Math.max(0, Math.floor(timestampMs));
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ts % 256;
    ts = Math.floor(ts / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  let id = '';
  for (let i = 0; i < 16; i++) id += (i === 4 || i === 6 || i === 8 || i === 10 ? '-' : '') + HEX[bytes[i]!]!;
  return id;
}

/**
 * Ids made in the same millisecond still sort in creation order: the 12 bits after the version
 * (rand_a in RFC 9562) carry a counter, as the RFC's "method 1" allows. Check-ins of the same
 * date and createdAt are ordered by id, so this keeps "the latest" well defined.
 */
function monotonicSystemGenerator(): IdGenerator {
  let lastMs = -1;
  let counter = 0;
  return () => {
    // The app's one clock (shared/clock.ts), so a pinned clock pins ids' time part too.
    let ms = now().getTime();
    if (ms <= lastMs) {
      counter += 1;
      if (counter > 0xfff) {
        lastMs += 1;
        counter = 0;
      }
      ms = lastMs;
    } else {
      lastMs = ms;
      counter = 0;
    }
    const sequence = counter;
    return uuidV7(ms, (bytes) => {
      systemRandom(bytes);
      bytes[6] = (sequence >> 8) & 0x0f;
      bytes[7] = sequence & 0xff;
    });
  };
}

export function createIdGenerator(options: { seed?: number; startMs?: number } = {}): IdGenerator {
  if (options.seed === undefined) return monotonicSystemGenerator();
  const next = seededRandom(options.seed);
  const random: RandomSource = (bytes) => {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
  };
  let tick = options.startMs ?? Date.UTC(2026, 0, 1);
  return () => uuidV7(tick++, random);
}

let defaultGenerator: IdGenerator = createIdGenerator();

export function newId(): string {
  return defaultGenerator();
}

/** For tests and seeded generators only. */
export function setIdGenerator(generator: IdGenerator): void {
  defaultGenerator = generator;
}

export function resetIdGenerator(): void {
  defaultGenerator = createIdGenerator();
}

export const UUID_V7_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
