(function () {
  "use strict";
  // Open the visitor's language if the browser names one of ours; else let them choose.
  var links = {};
  document.querySelectorAll("a[data-lang]").forEach(function (a) {
    links[a.getAttribute("data-lang")] = a.href;
  });
  var wanted = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < wanted.length; i++) {
    var code = String(wanted[i]).toLowerCase().split("-")[0];
    if (links[code]) {
      location.replace(links[code]);
      return;
    }
  }
})();
