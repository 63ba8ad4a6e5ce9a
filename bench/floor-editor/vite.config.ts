import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The typing floor's build (issue 16, item 5): the token editor's Monaco alone, production mode.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../../dist-floor-editor', import.meta.url)), emptyOutDir: true },
});
