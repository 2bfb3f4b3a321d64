// /manifest.webmanifest, from the English edition's front matter.
import type { APIRoute } from 'astro';
import { getEdition } from '../data/explainer';
import { webManifest } from '../lib/manifest';

export const GET: APIRoute = async () => {
  const edition = await getEdition('en');
  return new Response(JSON.stringify(webManifest(edition), null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
