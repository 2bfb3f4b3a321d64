// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import securityHeaders from './src/integrations/security-headers.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { onBuildWarning } from './src/lib/build-warnings.ts';

// The public address of the site: one setting, overridable where it is deployed.
const site = process.env.SITE_URL ?? 'https://venezuela-russia.example.org';
// Pages marked noindex (alternate views of another page) stay out of the sitemap.
const NOT_IN_SITEMAP = ['/print/', '/fr/print/'];

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Tests build broken copies of the content into their own folders.
  outDir: process.env.EXPLAINER_OUT_DIR ?? './dist',
  cacheDir: process.env.EXPLAINER_CACHE_DIR ?? './node_modules/.astro',
  prerenderConflictBehavior: 'error',
  // sitemap-index.xml lists every page (robots.txt points at it; see src/pages/robots.txt.ts).
  // securityHeaders() writes dist/_headers; serviceWorker() writes dist/sw.js from the build
  // output, so it runs last.
  integrations: [mdx(), sitemap({ filter: (page) => !NOT_IN_SITEMAP.includes(new URL(page).pathname) }), securityHeaders(), serviceWorker()],
  // Renamed pages keep their old address: '/old-slug/': '/new-slug/' (see docs/sharing.md,
  // "Stable URLs"). tests/dist/public-urls.test.ts fails when a published URL disappears without one.
  redirects: {},
  i18n: {
    locales: ['en', 'fr'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Scripts and styles ship as files, never inline, so the Content-Security-Policy can be
  // script-src 'self' and style-src 'self' with no hashes (see src/lib/security.ts).
  // onBuildWarning drops Rolldown's warning on Astro's "use astro:head-inject" directive (one per
  // MDX file, harmless) and prints every other warning (src/lib/build-warnings.ts).
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0, rolldownOptions: { onwarn: onBuildWarning } } },
});
