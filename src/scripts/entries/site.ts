// The script of a page with no enhancement of its own (sources, about, updates, offline): the
// language switch and offline reading, which every page has (its header and footer).
import '../language-switch';
import '../offline-status';
