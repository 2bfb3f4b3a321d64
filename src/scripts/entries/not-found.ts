// The 404 page: the site's scripts and the "Did you mean …?" suggestion.
import '../language-switch';
import '../offline-status';
import '../not-found';
