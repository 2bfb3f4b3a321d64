// The deploy configuration: the site's public address (SITE_URL), the placeholder a fresh clone
// builds with, and the address where readers report errors (CONTACT_EMAIL); the checks a
// deployment build runs so that no published page points at a placeholder.
import { z } from 'astro/zod';

/** The address links and previews use when SITE_URL is not set. */
export const PLACEHOLDER_SITE = 'https://venezuela-russia.example.org';

/** True when an address is the placeholder (or on its domain). */
export function isPlaceholderSite(value: string): boolean {
  try {
    return new URL(value).hostname === new URL(PLACEHOLDER_SITE).hostname;
  } catch {
    return false;
  }
}

/** Why SITE_URL cannot be deployed (missing, not https, the placeholder), or undefined when it can. */
export function deployProblem(value: string | undefined): string | undefined {
  if (!value?.trim())
    return 'SITE_URL is not set. Set it to the address the site will be served from, e.g. SITE_URL=https://news.example.org/ npm run build:deploy';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL is "${value}", which is not a URL. Write it in full, e.g. https://news.example.org/`;
  }
  if (url.protocol !== 'https:') return `SITE_URL is "${value}": the site must be served over https.`;
  if (isPlaceholderSite(value))
    return `SITE_URL is still the placeholder (${PLACEHOLDER_SITE}). Set it to the address the site will be served from.`;
  return undefined;
}

/** True when a contact address is a placeholder (an example domain) that a deployer must replace. */
export function isPlaceholderEmail(email: string): boolean {
  return /@(?:[a-z0-9-]+\.)*example\.(?:org|com|net)$/i.test(email.trim());
}

/** Why CONTACT_EMAIL cannot be published (not an e-mail address), or undefined when it is unset or can. */
export function contactEmailProblem(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  if (!z.email().safeParse(value.trim()).success)
    return `CONTACT_EMAIL is "${value}", which is not an e-mail address. Set it to the address where readers report errors.`;
  return undefined;
}

/** Why CONTACT_EMAIL cannot be deployed (missing, not an address, an example domain), or undefined when it can. */
export function deployContactProblem(value: string | undefined): string | undefined {
  if (!value?.trim())
    return 'CONTACT_EMAIL is not set. Set it to the monitored address where readers report errors, beside SITE_URL: CONTACT_EMAIL=corrections@your-newsroom.org SITE_URL=https://… npm run build:deploy';
  if (isPlaceholderEmail(value))
    return `CONTACT_EMAIL is "${value}", an example address. Set it to the monitored address where readers report errors.`;
  return contactEmailProblem(value);
}
