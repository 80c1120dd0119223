import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
// electron-builder's own validation, against its own JSON schema (app-builder-lib comes with electron-builder).
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(root, path));

type Config = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- YAML of electron-builder's shape
let config: Config;
beforeAll(() => {
  config = parse(read('electron-builder.yml').toString('utf8')) as Config;
});

const targetsOf = (platform: Config): string[] =>
  (Array.isArray(platform.target) ? platform.target : [platform.target]).map((t: string | { target: string }) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts (its own schema validation)', async () => {
    await expect(validateConfiguration(config as never, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, mac: { ...config.mac, hardenedRuntme: true } } as never, new DebugLogger(false))).rejects.toThrow();
  });

  it('names the app: app id, product name, and build resources in build/', () => {
    expect(config).toMatchObject({ appId: 'com.teamshape.desktop', productName: 'Teamshape', directories: { buildResources: 'build', output: 'release' } });
    expect(JSON.parse(read('package.json').toString('utf8')).productName).toBe(config.productName);
  });

  it('builds a dmg for macOS, an NSIS installer for Windows, and an AppImage and a deb for Linux', () => {
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toMatch(/<.+@.+>/); // the deb needs one
  });

  it('signs macOS builds with the hardened runtime and our entitlements file', () => {
    expect(config.mac).toMatchObject({ hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist', entitlementsInherit: 'build/entitlements.mac.plist' });
  });

  it('packages only the built app, in an asar: no sources, tests, source maps or node_modules', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map', '!node_modules/**']);
    const main = JSON.parse(read('package.json').toString('utf8')).main as string;
    expect(main).toBe('dist/electron/main.cjs');
  });

  it('sets every security fuse at packaging time', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('publishes nothing and rebuilds no native module', () => {
    expect(config).toMatchObject({ publish: null, npmRebuild: false, nodeGypRebuild: false });
  });

  it('never deletes the user’s data on uninstall (Windows)', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, deleteAppDataOnUninstall: false });
  });

  it('is what `npm run dist` packages, after a build', () => {
    const scripts = JSON.parse(read('package.json').toString('utf8')).scripts as Record<string, string>;
    expect(scripts.dist).toBe('node scripts/build.mjs && electron-builder --config electron-builder.yml');
  });
});

describe('build/entitlements.mac.plist', () => {
  const plist = () => read('build/entitlements.mac.plist').toString('utf8');

  it('grants only JIT, which V8 needs under the hardened runtime', () => {
    const granted = [...plist().matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((m) => m[1]);
    expect(granted).toEqual(['com.apple.security.cs.allow-jit']);
    expect([...plist().matchAll(/<key>/g)]).toHaveLength(1);
  });

  it.each([
    'com.apple.security.cs.allow-unsigned-executable-memory',
    'com.apple.security.cs.disable-library-validation',
    'com.apple.security.cs.allow-dyld-environment-variables',
    'com.apple.security.get-task-allow',
    'com.apple.security.device.camera',
    'com.apple.security.device.audio-input',
    'com.apple.security.personal-information.location',
  ])('does not grant %s', (entitlement) => {
    expect(plist()).not.toContain(`<key>${entitlement}</key>`);
  });
});

describe('build/icon.png', () => {
  function pngHeader(bytes: Buffer) {
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bitDepth: bytes[24], colourType: bytes[25] };
  }

  it('is a square RGBA PNG of 1024 × 1024, from which electron-builder makes the .icns and .ico', () => {
    expect(pngHeader(read('build/icon.png'))).toEqual({ width: 1024, height: 1024, bitDepth: 8, colourType: 6 });
  });

  it('has transparent corners and an opaque centre (a real icon, not an empty canvas)', () => {
    const bytes = read('build/icon.png');
    const idat: Buffer[] = [];
    for (let offset = 8; offset < bytes.length; ) {
      const length = bytes.readUInt32BE(offset);
      const type = bytes.subarray(offset + 4, offset + 8).toString('ascii');
      if (type === 'IDAT') idat.push(bytes.subarray(offset + 8, offset + 8 + length));
      offset += 12 + length;
    }
    const pixels = inflateSync(Buffer.concat(idat));
    const stride = 1024 * 4 + 1;
    // Only unfiltered rows are read directly; the generator writes filter type 0 throughout.
    const alpha = (x: number, y: number) => {
      expect(pixels[y * stride]).toBe(0);
      return pixels[y * stride + 1 + x * 4 + 3];
    };
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(1023, 1023)).toBe(0);
    expect(alpha(512, 512)).toBe(255);
  });
});
