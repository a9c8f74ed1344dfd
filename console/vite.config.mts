import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const gateway = 'http://127.0.0.1:4000';

/** GraphiQL's page lands in dist/graphiql/index.html, which the gateway serves at /graphiql (CONSOLE.md point 6). */
const graphiqlIntoItsFolder: Plugin = {
  name: 'graphiql-into-its-folder',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const page = bundle['graphiql.html'];
    if (page) page.fileName = 'graphiql/index.html';
  },
};

/** The console and the self-hosted GraphiQL; both talk only to the gateway's own origin. */
export default defineConfig({
  root,
  plugins: [react(), graphiqlIntoItsFolder],
  // Nothing inline: the gateway's Content-Security-Policy allows scripts and styles from 'self' only.
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // Monaco, inside the development-only GraphiQL, is one large chunk; the console's own budget is checked by build:console.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      input: { app: resolve(root, 'index.html'), graphiql: resolve(root, 'graphiql.html') },
      // GraphiQL's React Compiler markers mean nothing to a bundle; the warning about each is noise.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  // The dev server's pre-bundler cannot follow Monaco's `?worker` imports; Vite serves that module as it is instead.
  optimizeDeps: { exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'] },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: { '/graphql': gateway, '/console/config.json': gateway },
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
