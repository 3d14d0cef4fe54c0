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
    var blob = new Blob([body], { type: "application/x-www-form-urlencoded" });
    if (navigator.sendBeacon && navigator.sendBeacon(url, blob)) { return; }
    var xhr = new XMLHttpRequest();
    xhr.open("POST", url, true);
    xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
    xhr.send(body);
  }

  if (document.prerendering) {
    document.addEventListener("prerenderingchange", send, { once: true });
  } else {
    send();
  }
})();
