// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

// The public address of the site: one setting, overridable where it is deployed.
const site = process.env.SITE_URL ?? 'https://venezuela-russia.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Tests build broken copies of the content into their own folders.
  outDir: process.env.EXPLAINER_OUT_DIR ?? './dist',
  cacheDir: process.env.EXPLAINER_CACHE_DIR ?? './node_modules/.astro',
  prerenderConflictBehavior: 'error',
  integrations: [mdx()],
  i18n: {
    locales: ['en'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: { plugins: [tailwindcss()] },
});
