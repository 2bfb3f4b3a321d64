// The deploy configuration at build time. A deployment build (EXPLAINER_DEPLOY=1, set by
// `npm run build:deploy`) stops with a clear message when SITE_URL is missing or the placeholder,
// or when CONTACT_EMAIL (where readers report errors) is missing or an example address; any other
// build says once, plainly, that links and previews point at the placeholder, and that the about
// page shows no address for reports. A CONTACT_EMAIL that is not an address stops every build.
import type { AstroIntegration } from 'astro';
import {
  contactEmailProblem,
  deployContactProblem,
  deployProblem,
  isPlaceholderSite,
  PLACEHOLDER_SITE,
} from '../lib/site-url';

export default function siteAddress(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const deploying = process.env.EXPLAINER_DEPLOY === '1';
        if (deploying) {
          const problem = deployProblem(process.env.SITE_URL);
          if (problem) throw new Error(`npm run build:deploy: ${problem}`);
          const contact = deployContactProblem(process.env.CONTACT_EMAIL);
          if (contact) throw new Error(`npm run build:deploy: ${contact}`);
          return;
        }
        const contact = contactEmailProblem(process.env.CONTACT_EMAIL);
        if (contact) throw new Error(contact);
        if (!process.env.SITE_URL || isPlaceholderSite(process.env.SITE_URL))
          logger.info(
            `SITE_URL is not set: links, link previews, feeds and citations point at the placeholder ${PLACEHOLDER_SITE}. Set SITE_URL (and use npm run build:deploy) to publish.`,
          );
        if (!process.env.CONTACT_EMAIL?.trim())
          logger.info('CONTACT_EMAIL is not set: the about page gives no address for reporting errors.');
      },
    },
  };
}
