// A figure's embed page (no header, footer or share row): the figure's script, the frame's height
// sent to the page that embeds it, and the timeline's old event links forwarded.
import '../embed-frame';
import '../figures/all';
import '../event-forward';
