// Click-to-load videos (Broadsheet's ::youtube and ::vimeo): the page holds only a link to the video with its
// title and a poster of the site itself, so nothing is requested from YouTube or Vimeo until the reader asks. A
// click swaps the link for the player named in data-embed-src. Without this script the link opens the video's page.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.embed-load') : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var src = link.getAttribute('data-embed-src') || '';
    // Only the players the Markdown directives write; anything else stays a plain link.
    if (!/^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)/.test(src)) {
      return;
    }
    event.preventDefault();
    var frame = document.createElement('iframe');
    frame.src = src;
    frame.title = link.getAttribute('data-embed-title') || '';
    frame.allow = 'autoplay; fullscreen; picture-in-picture';
    frame.setAttribute('allowfullscreen', '');
    link.replaceWith(frame);
    frame.focus();
  });
})();
