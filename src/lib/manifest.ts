// The web app manifest, so that the explainer can be installed and opened offline like an app.

/** The icon sizes the build renders (PNG) from public/favicon.svg. */
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
    background_color: '#fbf9f4',
    theme_color: '#1b1a17',
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
