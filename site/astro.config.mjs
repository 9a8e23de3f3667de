// The reader's site: every page rendered on request from the newsroom plugin's public API
// (src/lib/api.ts), by Astro's Node adapter as a standalone server (HOST, PORT at run time).
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  // Pages are read by people on slow links and by screen readers: one small stylesheet, inlined.
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // No Astro image service: images are the CMS's uploads, shown as stored (with their alternative text).
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  server: { host: '127.0.0.1' },
  // The purge endpoint takes JSON from the CMS, not a form; Astro's origin check concerns forms only.
  security: { checkOrigin: true },
});
