// A citation marker (Cite.astro) is a button that opens its source's endnote as a popover, with no
// script. A browser without the Popover API (before Safari 17, Chrome 114, Firefox 125) does
// nothing when it is pressed: there, the marker moves the reader to that endnote in the list at
// the page's end instead (the same words the popover would show).
if (!('popover' in HTMLElement.prototype))
  document.addEventListener('click', (e) => {
    const id = (e.target as Element).closest?.('button[popovertarget]')?.getAttribute('popovertarget');
    if (id) location.hash = id;
  });
