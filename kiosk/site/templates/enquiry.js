(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("enquiry-config").textContent);
  var list = document.getElementById("enquiry-products");
  var none = document.getElementById("enquiry-none");
  var note = document.getElementById("enquiry-note");
  var form = document.getElementById("enquiry-form");
  // The products' short codes, as the kiosk's QR code carries them.
  var codes = [];
  (new URLSearchParams(location.search).get(config.param) || "").split(",").forEach(
    function (code) {
      code = code.trim();
      if (code && codes.indexOf(code) < 0) codes.push(code);
    });
  // The language switch keeps the chosen products.
  document.querySelectorAll("a[data-keep-query]").forEach(function (a) {
    a.href = a.href.split("?")[0] + location.search;
  });

  // As kiosk.catalog.urls.encode (Python's quote(value, safe="")): items comma-separated.
  function encode(value) {
    return [].concat(value).map(function (item) {
      return encodeURIComponent(item).replace(/[!'()*]/g, function (ch) {
        return "%" + ch.charCodeAt(0).toString(16).toUpperCase();
      });
    }).join(",");
  }
  // config.form is [text, name, text, name, ..., text], made by kiosk.catalog.urls.
  function formLink(values) {
    return config.form.map(function (part, i) {
      return i % 2 ? encode(values[part]) : part;
    }).join("");
  }
  function show(products) {
    products.forEach(function (product) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = product.url;
      if (product.thumb) {
        var img = document.createElement("img");
        img.src = product.thumb;
        img.alt = product.alt;
        img.width = product.width;
        img.height = product.height;
        img.loading = "lazy";
        link.appendChild(img);
      }
      var name = document.createElement("span");
      name.className = "name";
      name.textContent = product.name;
      link.appendChild(name);
      item.appendChild(link);
      var meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = product.district;
      item.appendChild(meta);
      list.appendChild(item);
    });
    none.hidden = products.length > 0;
    if (config.form) {
      // Each product as buyers and staff quote it: its name and number.
      var lines = products.map(function (p) {
        return "- " + p.name + " (" + config.number.replace("%1", p.code) + ")";
      });
      form.href = formLink({
        subject: config.subject,
        body: [config.intro].concat(lines, ["", config.outro]).join("\n"),
        product_ids: products.map(function (p) { return p.code; })
      });
      form.parentNode.hidden = false;
    }
  }
  if (!codes.length) {
    show([]);
    return;
  }
  fetch(config.index).then(function (response) {
    if (!response.ok) throw new Error(response.status);
    return response.json();
  }).then(function (index) {
    var byCode = {};
    index.products.forEach(function (p) { byCode[p.code] = p; });
    var unknown = codes.filter(function (code) { return !byCode[code]; });
    if (unknown.length) {
      note.textContent = config.unknown + unknown.join(", ");
      note.hidden = false;
    }
    show(codes.filter(function (code) { return byCode[code]; })
      .map(function (code) { return byCode[code]; }));
  }).catch(function () {
    note.textContent = config.failed;
    note.hidden = false;
  });
})();
