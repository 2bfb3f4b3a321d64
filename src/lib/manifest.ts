// The web app manifest, so that the explainer can be installed and opened offline like an app,
// and its icon, in the site's colours (src/lib/design-tokens.ts).
import { lightColour } from './design-tokens';

/** The site's icon, a "V" in paper on an ink square: /favicon.svg, and the PNG icons drawn from it. */
export function faviconSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="${lightColour('ink')}"/><path d="M7 9h4l5 12 5-12h4l-7 15h-4z" fill="${lightColour('paper')}"/></svg>\n`;
}

/** The icon sizes the build renders (PNG) from faviconSvg(). */
export const ICON_SIZES = [192, 512] as const;

/** The manifest object for an edition. */
export function webManifest(edition: { siteName: string; headline: string; locale: string }, startUrl = '/') {
  return {
    name: `${edition.siteName}: ${edition.headline}`,
    short_name: edition.siteName,
    description: edition.headline,
    lang: edition.locale,
    start_url: startUrl,
    scope: '/',
    display: 'standalone',
    background_color: lightColour('paper'),
    theme_color: lightColour('ink'),
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ...ICON_SIZES.map((size) => ({
        src: `/icons/icon-${size}.png`,
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'any',
      })),
    ],
  };
}
