import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const clientDir = fileURLToPath(new URL('.', import.meta.url));

// The dashboard is served by the GraphQL service itself (client/dist); in development the Vite
// server forwards /graphql to a locally running service instead.
export default defineConfig({
  root: clientDir,
  plugins: [react()],
  build: {
    outDir: `${clientDir}dist`,
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than screens: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|@wry|graphql|optimism|rxjs|tslib|@graphql-typed-document-node)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: false },
      '/api': { target: 'http://127.0.0.1:4000', changeOrigin: false },
    },
  },
});
