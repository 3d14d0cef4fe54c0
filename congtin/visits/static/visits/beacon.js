/* Counts this view once the page is really shown (not while prerendered),
   even when the HTML came from a cache. Without JavaScript the <noscript>
   image does the same. */
(function () {
  "use strict";
  var tag = document.querySelector("script[data-visits-url]");
  if (!tag) { return; }
  var url = tag.getAttribute("data-visits-url");
  var body = "p=" + encodeURIComponent(tag.getAttribute("data-page") || "");

  function send() {
    var type = "application/x-www-form-urlencoded";
    if (window.fetch) {
      // keepalive lets the request finish even if the reader leaves at once.
      window.fetch(url, { method: "POST", body: body, keepalive: true, credentials: "same-origin",
                          headers: { "Content-Type": type } }).catch(function () { return null; });
      return;
    }
    if (navigator.sendBeacon && navigator.sendBeacon(url, new Blob([body], { type: type }))) { return; }
    var xhr = new XMLHttpRequest();
    xhr.open("POST", url, true);
    xhr.setRequestHeader("Content-Type", type);
    xhr.send(body);
  }

  if (document.prerendering) {
    document.addEventListener("prerenderingchange", send, { once: true });
  } else {
    send();
  }
})();
