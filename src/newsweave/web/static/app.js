// Citation pop-overs on the story page. Text is only ever set with textContent (never innerHTML),
// so a hostile source sentence stays text. Without JavaScript the chips are plain links to the
// sentence in its article.
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }
  ready(function () {
    var pop = document.getElementById("cite-pop");
    if (!pop) return;
    var outlet = pop.querySelector(".cite-outlet");
    var text = pop.querySelector(".cite-text");
    var open = pop.querySelector(".cite-open");
    var active = null;

    function show(chip) {
      if (active) active.classList.remove("active");
      active = chip;
      chip.classList.add("active");
      outlet.textContent = chip.getAttribute("data-outlet") || "";
      text.textContent = chip.getAttribute("data-text") || "";
      open.setAttribute("href", chip.getAttribute("href"));
      var panel = chip.closest(".panel");
      if (panel && pop.parentNode !== panel) panel.appendChild(pop);
      var box = panel ? panel.getBoundingClientRect() : { top: 0 };
      var at = chip.getBoundingClientRect();
      pop.style.top = (at.bottom - box.top + 6) + "px";
      pop.hidden = false;
    }
    function hide() {
      pop.hidden = true;
      if (active) { active.classList.remove("active"); active = null; }
    }
    document.addEventListener("click", function (event) {
      var chip = event.target.closest ? event.target.closest("a.cite") : null;
      if (chip) {
        // A plain click shows the sentence here; modified clicks open the article as usual.
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        if (active === chip && !pop.hidden) hide(); else show(chip);
        return;
      }
      if (event.target.closest && event.target.closest(".cite-close")) { hide(); return; }
      if (!pop.hidden && !pop.contains(event.target)) hide();
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") hide();
    });
  });
})();
