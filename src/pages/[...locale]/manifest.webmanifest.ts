// /manifest.webmanifest and /fr/manifest.webmanifest, from each edition's front matter.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEdition } from '../../data/explainer';
import type { Locale } from '../../lib/locales';
import { webManifest } from '../../lib/manifest';
import { homePath, localeRoutes } from '../../lib/urls';

export const getStaticPaths = (() => localeRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const edition = await getEdition(locale);
  return new Response(JSON.stringify(webManifest(edition, homePath(locale)), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
