// The citation files of every citable page, built at build time: /cite/<key>.bib (BibTeX),
// .ris (RIS) and .json (CSL-JSON), for the explainer and each section, in both languages.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCitations } from '../../data/citations';
import { bibtex, cslJson, ris, type CitationInput } from '../../lib/citation';
import { LOCALES } from '../../lib/locales';
import { previewKey } from '../../lib/seo';

const FORMATS = {
  bib: { write: bibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { write: ris, type: 'application/x-research-info-systems; charset=utf-8' },
  json: { write: cslJson, type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export const getStaticPaths = (async () => {
  const paths = [];
  for (const locale of LOCALES) {
    for (const [path, citation] of await getCitations(locale, import.meta.env.SITE))
      for (const format of Object.keys(FORMATS) as (keyof typeof FORMATS)[])
        paths.push({ params: { file: `${previewKey(path)}.${format}` }, props: { citation, format } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { citation, format } = props as { citation: CitationInput; format: keyof typeof FORMATS };
  return new Response(FORMATS[format].write(citation), { headers: { 'Content-Type': FORMATS[format].type } });
};
