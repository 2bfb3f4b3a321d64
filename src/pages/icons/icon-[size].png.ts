// /icons/icon-192.png and /icons/icon-512.png, rendered at build time from the site's icon.
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { faviconSvg, ICON_SIZES } from '../../lib/manifest';

export const getStaticPaths = (() =>
  ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const png = new Resvg(faviconSvg(), { fitTo: { mode: 'width', value: Number(params.size) } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
