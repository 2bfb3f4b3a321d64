// A figure's own page: the reading page's scripts and the figures', bundled, as the page opens on
// its figure (fetched apart, the figures' file would be a second request at once). The timeline's
// old event links (/figures/timeline/#event-…) are forwarded to the chronology.
import '../language-switch';
import '../offline-status';
import '../share-links';
import '../copy-citation';
import '../cite-fallback';
import '../figures/all';
import '../event-forward';
