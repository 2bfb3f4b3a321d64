// /favicon.svg: the site's icon in its colours (src/lib/manifest.ts), written at build time.
import type { APIRoute } from 'astro';
import { faviconSvg } from '../lib/manifest';

export const GET: APIRoute = () => new Response(faviconSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
