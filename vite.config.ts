import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// onnxruntime-web runs WASM with threads only in a cross-origin isolated page, so every page,
// worker and asset is served with these two headers, in `vite dev` and in `vite preview`.
const crossOriginIsolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    headers: crossOriginIsolationHeaders,
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: crossOriginIsolationHeaders,
  },
  // onnxruntime-web is served as published, not pre-bundled, so its bundles keep the file layout
  // that its pthread workers (started from `new URL(import.meta.url)`) rely on.
  optimizeDeps: {
    exclude: ['onnxruntime-web'],
  },
  worker: {
    // ES module workers keep the dynamically imported onnxruntime bundles in separate chunks,
    // so only the chosen execution provider's bundle is downloaded.
    format: 'es',
  },
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        selftest: resolve(import.meta.dirname, 'selftest.html'),
      },
    },
  },
});
