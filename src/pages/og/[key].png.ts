// One Open Graph image per page with a preview, drawn at build time: dist/og/<key>.png. Pages
// whose preview is a figure's chart (figure pages, sections that show a figure) are left to
// src/integrations/figure-files.ts, which draws the chart from the built page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPreviews } from '../../data/previews';
import { renderOgImage } from '../../lib/og-render';
import type { PreviewPage } from '../../lib/previews';
import { LOCALES } from '../../lib/locales';
import { ogImagePath } from '../../lib/seo';

export const getStaticPaths = (async () => {
  const editions = await Promise.all(LOCALES.map((locale) => getPreviews(locale, import.meta.env.SITE)));
  return editions.flatMap(({ pages, facts, basedOnLine }) =>
    pages
      .filter((page) => page.imagePath === ogImagePath(page.key))
      .map((page) => ({
        params: { key: page.key },
        props: { page, siteName: facts.siteName, footnote: basedOnLine },
      })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { page, siteName, footnote } = props as { page: PreviewPage; siteName: string; footnote: string };
  const png = await renderOgImage({ kicker: page.kicker, title: page.headline, siteName, footnote });
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
