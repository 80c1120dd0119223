import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./renderer', import.meta.url));

// The renderer is served from app://teamshape (desktop) and http://127.0.0.1:47821 (browser),
// so every asset path is relative and nothing is fetched from a remote origin.
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'chrome120',
    // A desktop app loads its bundle from disk: one 600 kB chunk is fine, a warning per build is noise.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // bench.html loads generated organisations for the benchmarks and scale tests (same origin = same data).
      input: { main: `${root}/index.html`, bench: `${root}/bench.html` },
    },
  },
  server: { host: '127.0.0.1', port: 47822, strictPort: true },
});
