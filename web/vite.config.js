import { defineConfig } from 'vite';

// The page is built into dist/ and embedded into `dyad serve` at its root;
// `npm run dev` serves it with the API proxied to a running `dyad serve`.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    // Chart.js and Cytoscape load only in the Explore view, as their own chunks.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/v1': process.env.DYAD_API || 'http://127.0.0.1:8080' },
  },
});
