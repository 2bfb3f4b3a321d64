// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import siteAddress from './src/integrations/site-address.ts';
import notFoundPages from './src/integrations/not-found-pages.ts';
import redirectPages from './src/integrations/redirect-pages.ts';
import postBuild from './src/integrations/post-build.ts';
import { pageScripts } from './src/integrations/page-scripts.ts';
import { PLACEHOLDER_SITE } from './src/lib/site-url.ts';
import { onBuildWarning } from './src/lib/build-warnings.ts';

// The public address of the site: one setting, SITE_URL, where it is deployed. A fresh clone
// builds with the placeholder (and says so once); `npm run build:deploy` refuses it.
const site = process.env.SITE_URL || PLACEHOLDER_SITE;
// Pages marked noindex (alternate views of another page, the figures' embed pages) stay out of the sitemap.
const NOT_IN_SITEMAP = ['/print/', '/fr/print/', '/fr/404/', '/offline/', '/fr/hors-ligne/'];
const inSitemap = (/** @type {string} */ page) => {
  const path = new URL(page).pathname;
  return !NOT_IN_SITEMAP.includes(path) && !path.endsWith('/embed/');
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Tests build broken copies of the content into their own folders.
  outDir: process.env.EXPLAINER_OUT_DIR ?? './dist',
  cacheDir: process.env.EXPLAINER_CACHE_DIR ?? './node_modules/.astro',
  prerenderConflictBehavior: 'error',
  // sitemap-index.xml lists every page (robots.txt points at it; see src/pages/robots.txt.ts).
  // notFoundPages() moves dist/fr/404/index.html to dist/fr/404.html; redirectPages() makes the
  // renamed addresses' refresh pages valid HTML; then postBuild(), one pass
  // over dist/, draws each figure's SVG, PNG and preview image from its built page, and writes
  // dist/_headers, dist/sw.js and (build:deploy only) the .gz/.br copies
  // (src/integrations/post-build.ts). EXPLAINER_PLAIN_BUILD=1 leaves it out: the baseline that
  // `npm run bench` times, a plain `astro build` of the same pages.
  integrations: [
    siteAddress(),
    mdx(),
    sitemap({ filter: inSitemap }),
    notFoundPages(),
    redirectPages(),
    ...(process.env.EXPLAINER_PLAIN_BUILD === '1' ? [] : [postBuild()]),
  ],
  // Renamed pages keep their old address: '/old-slug/': '/new-slug/' (see docs/sharing.md,
  // "Stable URLs"). tests/dist/public-urls.test.ts fails when a published URL disappears without one.
  redirects: {
    '/after-august-2025/': '/treaty-in-force/',
    '/fr/apres-aout-2025/': '/fr/traite-en-vigueur/',
  },
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
  vite: {
    plugins: [tailwindcss(), pageScripts()],
    build: { assetsInlineLimit: 0, rolldownOptions: { onwarn: onBuildWarning } },
  },
});
