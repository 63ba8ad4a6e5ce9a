import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The floor app's build (issue 16): plain Vite + React, production mode, relative asset paths.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../../dist-floor', import.meta.url)), emptyOutDir: true },
});
