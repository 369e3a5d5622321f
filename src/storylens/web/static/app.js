// StoryLens: small enhancements; every page works without this file.
(function () {
  "use strict";
  function clear() {
    document.querySelectorAll(".hl").forEach(function (x) { x.classList.remove("hl"); });
  }
  function highlight(claim) {
    clear();
    var marks = document.querySelectorAll('mark[data-claim="' + CSS.escape(claim) + '"]');
    marks.forEach(function (m) { m.classList.add("hl"); });
    var row = document.getElementById("claim-" + claim);
    if (row) { row.classList.add("hl"); }
    return marks;
  }
  document.addEventListener("click", function (ev) {
    var mark = ev.target.closest("mark[data-claim]");
    if (mark) {
      highlight(mark.dataset.claim);
      return;
    }
    var ref = ev.target.closest("a.claimref, tr.claim");
    if (ref) {
      var marks = highlight(ref.dataset.claim);
      if (marks.length) {
        ev.preventDefault();
        marks[0].scrollIntoView({ block: "nearest", inline: "nearest" });
      }
    }
  });
  // Corrections: confirm in the page; without JavaScript the server asks instead.
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (ev) {
      if (!window.confirm(form.dataset.confirm)) { ev.preventDefault(); return; }
      var input = document.createElement("input");
      input.type = "hidden"; input.name = "confirm"; input.value = "yes";
      form.appendChild(input);
    });
  });
  var compare = document.getElementById("compare-form");
  if (compare) {
    compare.addEventListener("submit", function () {
      var wait = document.getElementById("compare-wait");
      if (wait) { wait.hidden = false; }
    });
  }
})();
