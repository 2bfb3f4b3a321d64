// The deploy configuration and the updates log's dates, tried on real builds: `npm run build:deploy`
// refuses to publish without the address where readers report errors (CONTACT_EMAIL); given one,
// the site shows it; an update entry dated after the day of the build stops the build.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWith, cleanBuilds } from '../support/build-copy';
import { filesUnder } from '../support/dist';

afterAll(cleanBuilds);

const DEPLOY = { EXPLAINER_DEPLOY: '1', SITE_URL: 'https://news.example.net/explainer/' };

describe('CONTACT_EMAIL, beside SITE_URL', () => {
  it('build:deploy refuses to build without it, or with an example address, saying which setting', () => {
    for (const [email, message] of [
      [undefined, /npm run build:deploy: CONTACT_EMAIL is not set/],
      [
        'corrections@venezuela-russia.example.org',
        /npm run build:deploy: CONTACT_EMAIL is "corrections@venezuela-russia\.example\.org", an example address/,
      ],
    ] as const) {
      const { status, output } = buildWith(() => {}, { ...DEPLOY, CONTACT_EMAIL: email });
      expect(status).not.toBe(0);
      expect(output).toMatch(message);
    }
  });

  it('given one, build:deploy shows it where readers report errors, and no example address anywhere', () => {
    const email = 'corrections@newsroom.test';
    const { status, output, dist } = buildWith(() => {}, { ...DEPLOY, CONTACT_EMAIL: email });
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
    for (const about of ['about/index.html', 'fr/a-propos/index.html']) {
      const doc = parse(readFileSync(join(dist, about), 'utf8'));
      const link = doc.querySelector('[data-contact] a[href^="mailto:"]');
      expect(link?.getAttribute('href'), about).toBe(`mailto:${email}`);
      expect(link?.text).toBe(email);
      // The publisher in the pages' JSON-LD carries the same address.
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text) as {
        publisher?: { email?: string };
      };
      expect(ld.publisher?.email, about).toBe(email);
    }
    const text = filesUnder(dist).filter((f) => /\.(html|xml|json|bib|ris|txt|csv|js)$/.test(f));
    for (const file of text)
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/@[a-z0-9.-]*example\.(org|com|net)/i);
  });
});

describe('the updates log', () => {
  it('an entry dated after the day of the build stops the build, naming the file and the field', () => {
    const { status, output } = buildWith((c) => {
      // A new entry, otherwise valid: it touches a real section and has both languages.
      const section = readdirSync(join(c, 'sections', 'en')).find((f) => f.endsWith('.mdx'))!;
      const slug = readFileSync(join(c, 'sections', 'en', section), 'utf8').match(/^slug:\s*"?([a-z0-9-]+)"?/m)![1];
      writeFileSync(
        join(c, 'updates', 'future-entry.yaml'),
        `date: "2029-11-29"\nkind: update\nsections: [${slug}]\ntext:\n  en: "A later change."\n  fr: "Un changement ultérieur."\n`,
      );
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/updates\/future-entry\.yaml: field "date" is "2029-11-29", after the day of the build/);
  });
});
