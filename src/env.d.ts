/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the print view: components render their static, print-only form (no links to self, no scripts, data tables open, citations as endnote numbers). */
    printView?: boolean;
  }
}
