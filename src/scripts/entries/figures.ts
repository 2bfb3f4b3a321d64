// A section with a figure: the reading page's scripts, and the figures' behaviour fetched when a
// figure comes near or is pointed at (figures/on-demand: a reader who stays above the figure never
// downloads it). The timeline's old event links (/#event-…) are forwarded where its figure is
// (event-forward does nothing on a page without the timeline's link to the chronology).
import '../language-switch';
import '../offline-status';
import '../share-links';
import '../copy-citation';
import '../cite-fallback';
import '../figures/on-demand';
import '../event-forward';
