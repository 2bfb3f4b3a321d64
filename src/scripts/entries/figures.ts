// A page with figures (a section with a figure, a figure's page): the reading page's scripts and
// the figures'. The timeline's old event links (/#event-…) are forwarded where its figure is
// (event-forward does nothing on a page without the timeline's link to the chronology).
import '../language-switch';
import '../offline-status';
import '../share-links';
import '../copy-citation';
import '../cite-fallback';
import '../figures/all';
import '../event-forward';
