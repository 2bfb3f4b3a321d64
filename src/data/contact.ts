// Where readers report errors: CONTACT_EMAIL, set beside SITE_URL in the deploy configuration and
// never typed in content/, so no placeholder reaches a reader. `npm run build:deploy` refuses to
// build without it (src/integrations/site-address.ts); a local build without it shows no address.
import { contactEmailProblem } from '../lib/site-url';

/** The publisher's address for reports, or undefined when this build was given none. */
export function getContactEmail(): string | undefined {
  const value = process.env.CONTACT_EMAIL?.trim();
  if (!value) return undefined;
  const problem = contactEmailProblem(value);
  if (problem) throw new Error(problem);
  return value;
}
