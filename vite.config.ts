import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const dist = (folder: string) => fileURLToPath(new URL(`./dist/${folder}`, import.meta.url));

// The renderer is served from app://teamshape (desktop) and http://127.0.0.1:47821 (browser),
// so every asset path is relative and nothing is fetched from a remote origin.
// Mode `bench` builds only the benchmark harness (bench.html, which loads and clears generated
// organisations) into dist/bench: the test server serves it beside the app on test ports; it is
// never in dist/renderer, so never on the user's address and never in an installer.
export default defineConfig(({ mode }) => {
  const bench = mode === 'bench';
  const input: Record<string, string> = bench ? { bench: `${root}/bench.html` } : { main: `${root}/index.html` };
  return {
    root,
    base: './',
    plugins: [react()],
    // Radix's scroll lock injects <style> elements, which the strict CSP blocks: same API, constructed stylesheets.
    resolve: {
      alias: [
        { find: 'react-style-singleton', replacement: `${root}/ui/constructedStyleSingleton.ts` },
        // react-router's package exports only its development build (dev-warning checks on every
        // route and link); the production build beside it is the same code with those checks off.
        { find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) },
      ],
    },
    build: {
      outDir: bench ? dist('bench') : dist('renderer'),
      emptyOutDir: true,
      assetsInlineLimit: 0,
      sourcemap: !bench,
      target: 'chrome120',
      // A desktop app loads its bundle from disk: a 1.5 MB main chunk is fine, a warning per build is noise.
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input },
    },
    server: { host: '127.0.0.1', port: 47822, strictPort: true },
  };
});
