// The site's address at build time. A deployment build (EXPLAINER_DEPLOY=1, set by
// `npm run build:deploy`) stops with a clear message when SITE_URL is missing or the placeholder,
// or when the corrections address in an edition file is still an example one; any other build
// with the placeholder says once, plainly, that links and previews point at it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir';
import { deployProblem, isPlaceholderEmail, isPlaceholderSite, PLACEHOLDER_SITE } from '../lib/site-url';

/** The contact addresses written in the edition files, with their file. */
function contactEmails(): { file: string; email: string }[] {
  const dir = join(contentDir(), 'editions');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({
      file: join(dir, name),
      email: readFileSync(join(dir, name), 'utf8').match(/^\s+contactEmail:\s*"?([^"\n]+)"?/m)?.[1] ?? '',
    }));
}

export default function siteAddress(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const deploying = process.env.EXPLAINER_DEPLOY === '1';
        if (deploying) {
          const problem = deployProblem(process.env.SITE_URL);
          if (problem) throw new Error(`npm run build:deploy: ${problem}`);
          for (const { file, email } of contactEmails())
            if (isPlaceholderEmail(email))
              throw new Error(
                `npm run build:deploy: ${file}: field "publisher.contactEmail" is "${email}", a placeholder. Set the address where readers report errors.`,
              );
        } else if (!process.env.SITE_URL || isPlaceholderSite(process.env.SITE_URL)) {
          logger.info(
            `SITE_URL is not set: links, link previews, feeds and citations point at the placeholder ${PLACEHOLDER_SITE}. Set SITE_URL (and use npm run build:deploy) to publish.`,
          );
        }
      },
    },
  };
}
