// The one-page explainer: every enhancement of a page with figures, and its contents (the list
// that marks the section being read, and the phones' contents bar).
import '../language-switch';
import '../offline-status';
import '../share-links';
import '../copy-citation';
import '../cite-fallback';
import '../figures/on-demand';
import '../event-forward';
import '../toc-spy';
import '../contents-bar';
