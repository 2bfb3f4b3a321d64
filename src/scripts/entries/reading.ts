// A page with "Share" and "Cite this" (a section without a figure, the chronology): the site's
// scripts and those two.
import '../language-switch';
import '../offline-status';
import '../share-links';
import '../copy-citation';
import '../cite-fallback';
