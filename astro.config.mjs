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
import { DEFAULT_LOCALE, LOCALES } from './src/lib/locales.ts';
import { localePrefix, pagePath } from './src/lib/urls.ts';
import { figureUrls } from './src/lib/figure-pages.ts';

// The public address of the site: one setting, SITE_URL, where it is deployed. A fresh clone
// builds with the placeholder (and says so once); `npm run build:deploy` refuses it.
const site = process.env.SITE_URL || PLACEHOLDER_SITE;
// Pages marked noindex stay out of the sitemap: each language's print view (an alternate view of
// its explainer), offline page and 404 page, and the figures' embed pages.
const NOT_IN_SITEMAP = new Set([
  ...LOCALES.flatMap((locale) => [
    pagePath({ locale, route: 'print' }),
    pagePath({ locale, route: 'offline' }),
    `${localePrefix(locale)}/404/`,
  ]),
  ...figureUrls().map((figure) => figure.embed),
]);
const inSitemap = (/** @type {string} */ page) => !NOT_IN_SITEMAP.has(new URL(page).pathname);

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Tests build broken copies of the content into their own folders.
  outDir: process.env.EXPLAINER_OUT_DIR ?? './dist',
  cacheDir: process.env.EXPLAINER_CACHE_DIR ?? './node_modules/.astro',
  prerenderConflictBehavior: 'error',
  // sitemap-index.xml lists every page (robots.txt points at it; see src/pages/robots.txt.ts).
  // notFoundPages() moves dist/404/index.html to dist/404.html (and dist/fr/404/…); redirectPages() makes the
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
    // The languages and their addresses are src/lib/locales.ts's; src/pages/[...locale]/ builds their pages.
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
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
