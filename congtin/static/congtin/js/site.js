/* Progressive enhancements only: every page works without this file. */
(function () {
  "use strict";
  var root = document.documentElement;
  var KEY = "congtin-font-step";

  function applyStep(step) {
    step = Math.max(-1, Math.min(2, step));
    if (step === 0) { root.removeAttribute("data-font-step"); } else { root.setAttribute("data-font-step", String(step)); }
    try { window.localStorage.setItem(KEY, String(step)); } catch (e) { /* private mode */ }
    return step;
  }

  var current = 0;
  try { current = parseInt(window.localStorage.getItem(KEY) || "0", 10) || 0; } catch (e) { current = 0; }
  current = applyStep(current);

  var control = document.querySelector("[data-font-size]");
  if (control) {
    control.hidden = false;
    control.addEventListener("click", function (event) {
      var button = event.target.closest("[data-font-step]");
      if (!button) { return; }
      var delta = parseInt(button.getAttribute("data-font-step"), 10);
      current = applyStep(delta === 0 ? 0 : current + delta);
    });
  }

  var printButton = document.querySelector("[data-print]");
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () { window.print(); });
  }
})();
