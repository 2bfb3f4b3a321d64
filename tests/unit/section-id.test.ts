import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSectionFiles, frontMatterProblem, SectionError, sectionIdFromFile } from '../../src/lib/section-id';
import { mkdirSync, rmSync } from 'node:fs';

describe('sectionIdFromFile', () => {
  it('builds the id from the folder locale and the front matter slug, not the file name', () => {
    expect(
      sectionIdFromFile('content/sections/en/01-x.mdx', 'en/01-x.mdx', { slug: 'parade-and-missiles' }, new Map()),
    ).toBe('en/parade-and-missiles');
  });
  it('names the file and the field when the slug is missing', () => {
    expect(() => sectionIdFromFile('content/sections/en/01-x.mdx', 'en/01-x.mdx', { title: 'T' }, new Map())).toThrow(
      'content/sections/en/01-x.mdx: front matter field "slug" is missing',
    );
  });
  it('rejects a slug that is not lowercase words joined by hyphens', () => {
    expect(() => sectionIdFromFile('f.mdx', 'en/f.mdx', { slug: 'Not A Slug' }, new Map())).toThrow(
      /field "slug" must be lowercase words/,
    );
  });
  it('rejects a folder that is not a locale', () => {
    expect(() => sectionIdFromFile('content/sections/xx/f.mdx', 'xx/f.mdx', { slug: 'a' }, new Map())).toThrow(
      SectionError,
    );
  });
  it('names both files when two sections share a slug', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slug-'));
    const first = join(dir, 'a.mdx');
    writeFileSync(first, '');
    const seen = new Map<string, string>();
    sectionIdFromFile(first, 'en/a.mdx', { slug: 'same' }, seen);
    expect(() => sectionIdFromFile(join(dir, 'b.mdx'), 'en/b.mdx', { slug: 'same' }, seen)).toThrow(
      /b\.mdx: front matter field "slug" is "same", already used by .*a\.mdx/,
    );
  });
  it('lets the same file be read twice (a rebuild) without calling it a duplicate', () => {
    const seen = new Map<string, string>();
    sectionIdFromFile('f.mdx', 'en/f.mdx', { slug: 'a' }, seen);
    expect(sectionIdFromFile('f.mdx', 'en/f.mdx', { slug: 'a' }, seen)).toBe('en/a');
  });
});

describe('a front matter that is not closed', () => {
  it('is found, and a closed one or none is not', () => {
    expect(frontMatterProblem('---\ntitle: x\nslug: y\n\nText')).toMatch(/^the front matter is not closed/);
    expect(frontMatterProblem('---\ntitle: x\nslug: y\n---\nText')).toBeUndefined();
    expect(frontMatterProblem('Text')).toBeUndefined();
  });
  it('is named as the cause, not a missing slug', () => {
    const dir = mkdtempSync(join(tmpdir(), 'section-id-'));
    const file = join(dir, '01-x.mdx');
    writeFileSync(file, '---\ntitle: "X"\nslug: x\norder: 1\n\nText.\n');
    expect(() => sectionIdFromFile(file, 'en/01-x.mdx', {}, new Map())).toThrow(
      `${file}: the front matter is not closed: add a line "---" after its last field, before the text`,
    );
    rmSync(dir, { recursive: true });
  });
});

describe('checkSectionFiles', () => {
  it('names a section saved as .md', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sections-'));
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'en', '01-parade.md'), 'x');
    expect(() => checkSectionFiles(dir)).toThrow(/en\/01-parade\.md: rename it to 01-parade\.mdx/);
    rmSync(dir, { recursive: true });
  });
});
