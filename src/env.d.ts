/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the print view: components render their static, print-only form (no links to self, no scripts, data tables open, citations as endnote numbers). */
    printView?: boolean;
    /** Set by every page that renders sections: each cited source's number on the page, in order of first citation (src/lib/citations.ts). */
    citations?: Map<string, number>;
    /** The print view's appendix: each figure's data tables, collected by FigureData as the page renders. */
    dataAppendix?: { html: string }[];
    /** Set by a figure's embed page: the figure alone, without its share, download and embed row. */
    embedView?: boolean;
    /** Set by a figure's own page: its share row is the full one (network links, the embed code in place). */
    figurePage?: boolean;
    /** Set once a share row has written the share messages on the page (ShareSection.astro): the others read them there. */
    shareWordsWritten?: boolean;
  }
}
