/** Bytes as base64 for the bridge, in slices: one String.fromCharCode call per 32 KiB (arguments have a limit). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
