// A minimal Node sync client for the memory bench: one WebSocket per laptop, speaking the
// Hocuspocus protocol (server/PROTOCOL.md) as @hocuspocus/provider does — authenticate, then a
// SyncStep1 with an empty state vector, so the server sends each document whole (SyncStep2), as
// it does to a fresh laptop. The client checks what it received against the expected state
// vector and then keeps the connection open without keeping a replica: 50 replicas of L (hundreds
// of MB each) would not fit beside the server on a small machine, and the server cannot tell.
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';

const SYNC = 0;
const AUTH = 2;
const AUTH_TOKEN = 0;
const AUTH_DENIED = 1;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;
const PING = 9;
const PONG = 10;

export interface ReceivingClient {
  socket: WebSocket;
  /** Resolves once every document arrived whole (bytes received per document). */
  received: Promise<Record<string, number>>;
  /** Updates received after the whole documents (edits other laptops made), per document. */
  updates: Record<string, number>;
  close: () => void;
}

function message(documentName: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** `expected`: each document's state vector as the server holds it (what a whole copy must reach). */
export function receivingClient(url: string, token: string, expected: Record<string, Uint8Array>): ReceivingClient {
  const socket = new WebSocket(url);
  const bytes: Record<string, number> = {};
  const updates: Record<string, number> = {};
  const names = Object.keys(expected);
  const received = new Promise<Record<string, number>>((resolve, reject) => {
    socket.binaryType = 'nodebuffer';
    socket.on('error', reject);
    socket.on('close', (code, reason) => {
      if (Object.keys(bytes).length < names.length) reject(new Error(`closed by the server (${code} ${reason.toString()}) before every document arrived`));
    });
    socket.on('open', () => {
      for (const name of names) {
        socket.send(message(name, (e) => {
          encoding.writeVarUint(e, AUTH);
          encoding.writeVarUint(e, AUTH_TOKEN);
          encoding.writeVarString(e, token);
          encoding.writeVarString(e, 'teamshape-bench');
        }));
        socket.send(message(name, (e) => {
          encoding.writeVarUint(e, SYNC);
          encoding.writeVarUint(e, STEP1);
          encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
        }));
      }
    });
    socket.on('message', (data: Buffer) => {
      // The server's keep-alive (one byte, no document name): answered as the provider does, or
      // the server drops the connection as dead.
      if (data.length === 1 && data[0] === PING) return socket.send(Uint8Array.of(PONG));
      const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      const name = decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (type === AUTH && decoding.readVarUint(decoder) === AUTH_DENIED) return reject(new Error(`${name}: refused (${decoding.readVarString(decoder)})`));
      if (type !== SYNC) return;
      const step = decoding.readVarUint(decoder);
      if (step === STEP1) {
        // The server asks what this laptop has: nothing.
        socket.send(message(name, (e) => {
          encoding.writeVarUint(e, SYNC);
          encoding.writeVarUint(e, STEP2);
          encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(new Y.Doc()));
        }));
        return;
      }
      if (step !== STEP2 && step !== UPDATE) return;
      const update = decoding.readVarUint8Array(decoder);
      if (step === UPDATE) updates[name] = (updates[name] ?? 0) + 1;
      if (step === STEP2) {
        const whole = wholeBytes.get(name);
        // Reading a 51 MB update costs a second: the first copy of each document is read, later
        // copies of the same state (as many bytes) are not.
        if (whole !== update.byteLength) {
          if (!sameBytes(Y.encodeStateVectorFromUpdate(update), expected[name]!)) return reject(new Error(`${name}: the server sent ${update.byteLength} bytes, not the whole document`));
          wholeBytes.set(name, update.byteLength);
        }
        bytes[name] = update.byteLength;
        if (Object.keys(bytes).length === names.length) resolve({ ...bytes });
      }
    });
  });
  return { socket, received, updates, close: () => socket.close() };
}

/** Per document, the size of an update already checked to be the whole document. */
const wholeBytes = new Map<string, number>();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((value, index) => value === b[index]);
}
