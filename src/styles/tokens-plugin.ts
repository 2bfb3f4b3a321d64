// A Tailwind plugin (global.css loads it with @plugin) that writes the design tokens of
// src/lib/design-tokens.ts into the stylesheet at build time, as custom properties on :root in the
// base layer: the colours as light-dark(light, dark), the figures' type sizes in px.
import plugin from 'tailwindcss/plugin';
import { customProperties } from '../lib/design-tokens';

export default plugin(({ addBase }) => addBase({ ':root': customProperties() }));
