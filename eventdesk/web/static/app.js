/* eventdesk analyst page: map, timeline, filters and event view over the /api endpoints.
   Every piece of text from the store reaches the DOM through textContent or attribute
   setters (the el() helper), never parsed as HTML, so reports cannot inject markup. */
(function () {
  "use strict";

  var EVENT_TYPES = [
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
  ];
  var FILTER_IDS = {
    country: "f-country",
    admin1: "f-admin1",
    event_type: "f-type",
    sub_event_type: "f-subtype",
    interaction: "f-interaction",
    outlet: "f-outlet",
    since: "f-since",
    until: "f-until",
    actor: "f-actor",
    min_sources: "f-min-sources",
  };
  // Check boxes: the value sent when checked and unchecked; null sends nothing.
  var CHECKBOXES = {
    fatal: { id: "f-fatal", on: "true", off: null },
    include_undated: { id: "f-undated", on: "true", off: "false" },
  };
  // Keys of the address that are page state, not filters.
  var PAGE_KEYS = ["bin", "event"];
  var PAGE_SIZE = 1000;
  var SVG_NS = "http://www.w3.org/2000/svg";
  var DAY_MS = 86400000;
  var SELECTED_ZOOM = 7;  // a region around the event: still readable on the outline map

  var state = {
    facets: null, clusters: [], timeline: null, seq: 0, selected: null, bin: "auto",
    pendingEvent: null, markerById: {},
    // Live updates: the store's ingestion time at the last look, the clusters seen then
    // (id -> reports), and those that arrived or grew since (id -> true).
    cursor: null, seen: {}, fresh: {}, pollSeconds: 30, pollTimer: null,
  };
  var map, markers, legendBox;

  function typeClass(type) {
    var i = EVENT_TYPES.indexOf(type);
    return i >= 0 ? "ed-t" + i : "ed-tx";
  }

  /* Create an element; attrs go through setAttribute, children strings become text nodes. */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    var key;
    for (key in attrs || {}) {
      if (attrs[key] !== null && attrs[key] !== undefined && attrs[key] !== false) {
        node.setAttribute(key, String(attrs[key]));
      }
    }
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) {
      child.forEach(function (c) { append(node, c); });
    } else if (child instanceof Node) {
      node.appendChild(child);
    } else {
      node.appendChild(document.createTextNode(String(child)));
    }
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    for (var key in attrs || {}) node.setAttribute(key, String(attrs[key]));
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function setStatus(text, isError) {
    var status = document.getElementById("status");
    status.textContent = text;
    status.classList.toggle("ed-error", !!isError);
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (res) {
      if (!res.ok) {
        return res.text().then(function (body) {
          var detail = body;
          try {
            detail = JSON.parse(body).detail;
            if (Array.isArray(detail)) {
              detail = detail.map(function (d) {
                return (d.loc ? d.loc[d.loc.length - 1] + ": " : "") + d.msg;
              }).join("; ");
            } else if (typeof detail !== "string") {
              detail = JSON.stringify(detail);
            }
          } catch (e) { /* keep the raw body */ }
          throw new Error(res.status + " " + detail);
        });
      }
      return res.json();
    });
  }

  /* ---- filters ---------------------------------------------------------------------- */

  function readFilters() {
    var params = new URLSearchParams();
    Object.keys(FILTER_IDS).forEach(function (name) {
      var value = document.getElementById(FILTER_IDS[name]).value.trim();
      if (!value) return;
      if (name === "min_sources" && !(Number(value) > 1)) return;
      params.set(name, value);
    });
    Object.keys(CHECKBOXES).forEach(function (name) {
      var box = CHECKBOXES[name];
      var value = document.getElementById(box.id).checked ? box.on : box.off;
      if (value !== null) params.set(name, value);
    });
    return params;
  }

  /* The filters as the address shows them: check boxes only when not at their default. */
  function filtersForAddress(params) {
    var out = new URLSearchParams(params);
    if (out.get("include_undated") === "true") out.delete("include_undated");
    return out;
  }

  /* A menu's option for a value from the address, in any case ("#country=syria"); "" (all)
     when it has none, so the menu never sits blank over a filter it does not apply. */
  function optionLike(select, value) {
    var wanted = String(value || "").toLowerCase();
    var found = Array.prototype.filter.call(select.options, function (option) {
      return option.value.toLowerCase() === wanted;
    });
    return found.length ? found[0].value : "";
  }

  function writeFilters(params) {
    Object.keys(FILTER_IDS).forEach(function (name) {
      var node = document.getElementById(FILTER_IDS[name]);
      // the country and type menus are set first (FILTER_IDS' order): their values choose
      if (name === "admin1") fillAdmin1(document.getElementById("f-country").value);
      if (name === "sub_event_type") fillSubTypes(document.getElementById("f-type").value);
      node.value = params.get(name) || (name === "min_sources" ? "1" : "");
      if (node.tagName === "SELECT" && node.selectedIndex < 0) {
        node.value = optionLike(node, params.get(name));
      }
    });
    document.getElementById("f-fatal").checked = params.get("fatal") === "true";
    document.getElementById("f-undated").checked = params.get("include_undated") !== "false";
  }

  /* The address: the filters, then the page's own state (bin, selected event). */
  function pageAddress() {
    var params = filtersForAddress(readFilters());
    if (state.bin !== "auto") params.set("bin", state.bin);
    if (state.selected !== null) params.set("event", String(state.selected));
    return params.toString();
  }

  function updateAddress() {
    var hash = pageAddress();
    if (location.hash.replace(/^#/, "") !== hash) {
      history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    }
  }

  function splitAddress(hash) {
    var params = new URLSearchParams(hash.replace(/^#/, ""));
    var page = {};
    PAGE_KEYS.forEach(function (key) { page[key] = params.get(key); params.delete(key); });
    if (!params.has("include_undated")) params.set("include_undated", "true");
    return { filters: params, bin: page.bin, event: page.event };
  }

  function sameParams(a, b) {
    var x = new URLSearchParams(a), y = new URLSearchParams(b);
    x.sort();
    y.sort();
    return x.toString() === y.toString();
  }

  function eventId(value) {
    return value && /^\d{1,18}$/.test(value) ? Number(value) : null;
  }

  function fillSelect(select, values, allLabel) {
    clear(select);
    select.appendChild(el("option", { value: "" }, allLabel));
    values.forEach(function (v) { select.appendChild(el("option", { value: v }, v)); });
  }

  function fillSubTypes(type) {
    var byType = (state.facets && state.facets.sub_event_types) || {};
    var select = document.getElementById("f-subtype");
    var wanted = select.value;
    var values = type ? byType[type] || [] : [].concat.apply([], Object.keys(byType).map(
      function (t) { return byType[t]; }));
    fillSelect(select, values, "All sub-types");
    if (values.indexOf(wanted) >= 0) select.value = wanted;
  }

  function fillInteractions(interactions) {
    var select = document.getElementById("f-interaction");
    clear(select);
    select.appendChild(el("option", { value: "" }, "All interactions"));
    Object.keys(interactions || {}).sort(function (a, b) { return a - b; }).forEach(
      function (code) {
        select.appendChild(el("option", { value: code }, code + " · " + interactions[code]));
      });
  }

  function fillAdmin1(country) {
    var select = document.getElementById("f-admin1");
    var regions = (state.facets && state.facets.admin1 && state.facets.admin1[country]) || [];
    fillSelect(select, country ? regions : [], "All regions");
    select.disabled = !country || regions.length === 0;
  }

  function initFilters(facets) {
    state.facets = facets;
    fillSelect(document.getElementById("f-country"), facets.countries || [], "All countries");
    var types = (facets.event_types || []).slice();
    fillSelect(document.getElementById("f-type"), types, "All types");
    fillSelect(document.getElementById("f-outlet"), facets.outlets || [], "All outlets");
    fillInteractions(facets.interactions);
    fillSubTypes("");
    ["f-since", "f-until"].forEach(function (id) {
      var node = document.getElementById(id);
      if (facets.date_min) node.min = facets.date_min;
      if (facets.date_max) node.max = facets.date_max;
    });
    var address = splitAddress(location.hash);
    writeFilters(address.filters);
    setBin(address.bin);
    state.pendingEvent = eventId(address.event);

    var form = document.getElementById("filters");
    form.addEventListener("change", function (ev) {
      if (ev.target.id === "f-country") fillAdmin1(ev.target.value);
      if (ev.target.id === "f-type") fillSubTypes(ev.target.value);
      refresh();
    });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); refresh(); });
    form.addEventListener("reset", function () {
      setTimeout(function () { fillAdmin1(""); fillSubTypes(""); refresh(); }, 0);
    });
    document.getElementById("bin").addEventListener("change", function (ev) {
      setBin(ev.target.value);
      drawCharts();
      updateAddress();
    });
    // A pasted or edited #country=...&event=... link applies its filters and selection.
    window.addEventListener("hashchange", function () {
      var wanted = splitAddress(location.hash);
      var binChanged = (wanted.bin || "auto") !== state.bin;
      setBin(wanted.bin);
      var id = eventId(wanted.event);
      if (!sameParams(wanted.filters, readFilters())) {
        writeFilters(wanted.filters);
        state.pendingEvent = id;
        refresh();
        return;
      }
      if (binChanged) drawCharts();
      if (id !== state.selected) {
        if (id === null) showList(); else selectCluster(id);
      }
    });
  }

  function setBin(value) {
    state.bin = ["day", "week", "month"].indexOf(value) >= 0 ? value : "auto";
    document.getElementById("bin").value = state.bin;
  }

  /* ---- map -------------------------------------------------------------------------- */

  function initMap(config) {
    map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 18 }).setView([15, 20], 2);
    // Plain-text credits: the default prefix links to an external site.
    map.attributionControl.setPrefix("Leaflet");
    map.attributionControl.addAttribution("Natural Earth");
    var hasTiles = !!config.tile_url;
    if (hasTiles) {
      L.tileLayer(config.tile_url, { maxZoom: 18, attribution: "map tiles: configured server" })
        .addTo(map);
    }
    getJSON("/static/vendor/world-atlas/countries-50m.json").then(function (topo) {
      var countries = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(countries, {
        interactive: false,
        style: {
          color: "#8a8474", weight: 0.7, fillColor: "#f3f0e8", fillOpacity: hasTiles ? 0 : 1,
        },
      }).addTo(map).bringToBack();
    }).catch(function (err) {
      setStatus("Country outlines could not be loaded: " + err.message, true);
    });

    map.on("zoomend", function () {
      document.getElementById("map").setAttribute("data-zoom", String(map.getZoom()));
    });
    markers = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 40,
      spiderfyOnMaxZoom: true,
      iconCreateFunction: clusterIcon,
    });
    map.addLayer(markers);
    addLegend();
  }

  /* A group of markers takes the colour of its most frequent event type. */
  function clusterIcon(group) {
    var counts = {};
    var best = null;
    var fresh = false;
    group.getAllChildMarkers().forEach(function (m) {
      var t = m.options.eventType;
      counts[t] = (counts[t] || 0) + 1;
      if (best === null || counts[t] > counts[best]) best = t;
      fresh = fresh || !!state.fresh[m.options.clusterId];
    });
    var n = group.getChildCount();
    var size = n < 10 ? 30 : n < 100 ? 36 : 44;
    return L.divIcon({
      html: "<span>" + Number(n) + "</span>",
      className: "ed-cluster " + typeClass(best) + (fresh ? " ed-new" : ""),
      iconSize: [size, size],
    });
  }

  /* The legend folds to its title, so it never has to cover markers; the choice is kept. */
  function addLegend() {
    var legend = L.control({ position: "bottomleft" });
    legend.onAdd = function () {
      var collapsed = false;
      try { collapsed = localStorage.getItem("eventdesk.legend") === "collapsed"; } catch (e) { /* private mode */ }
      var toggle = el("button", { type: "button", id: "legend-toggle", class: "ed-legend-toggle",
                                  "aria-expanded": String(!collapsed), "aria-controls": "legend-items" },
        "Legend");
      var list = el("ul", { id: "legend-items" });
      EVENT_TYPES.forEach(function (t) { list.appendChild(el("li", { class: typeClass(t) }, t)); });
      list.appendChild(el("li", { class: "ed-tx ed-legend-multi" }, "ringed: 2+ independent outlets"));
      list.appendChild(el("li", { class: "ed-tx ed-legend-new" }, "pulsing: new since you looked"));
      list.appendChild(el("li", { class: "ed-tx ed-legend-selected" }, "large: selected"));
      list.hidden = collapsed;
      var box = el("div", { class: "ed-legend", id: "legend" }, el("h3", null, toggle), list);
      toggle.addEventListener("click", function () {
        list.hidden = !list.hidden;
        toggle.setAttribute("aria-expanded", String(!list.hidden));
        try { localStorage.setItem("eventdesk.legend", list.hidden ? "collapsed" : "open"); } catch (e) { /* private mode */ }
      });
      L.DomEvent.disableClickPropagation(box);
      legendBox = box;
      return box;
    };
    legend.addTo(map);
  }

  function markerIcon(c) {
    var selected = state.selected === c.cluster_id;
    var cls = "ed-marker " + typeClass(c.event_type) + " ed-c-" + Number(c.cluster_id) +
      (c.n_sources > 1 ? " ed-multi" : "") + (state.fresh[c.cluster_id] ? " ed-new" : "") +
      (selected ? " ed-selected" : "");
    var size = selected ? 22 : c.n_sources > 1 ? 16 : 12;
    return L.divIcon({ className: cls, iconSize: [size, size] });
  }

  function placed(c) {
    return c.latitude !== null && c.longitude !== null &&
      c.latitude !== undefined && c.longitude !== undefined;
  }

  /* Markers for the clusters; `fit` moves the map to show them all, clear of the legend. */
  function placeMarkers(clusters, fit) {
    markers.clearLayers();
    state.markerById = {};
    var list = [];
    clusters.forEach(function (c) {
      if (!placed(c)) return;
      var marker = L.marker([c.latitude, c.longitude], {
        icon: markerIcon(c),
        title: [c.event_date, c.event_type, placeName(c)].filter(Boolean).join(" · "),
        eventType: c.event_type,
        clusterId: c.cluster_id,
        zIndexOffset: state.selected === c.cluster_id ? 1000 : 0,
        keyboard: true,
      });
      marker.on("click", function () { selectCluster(c.cluster_id); });
      state.markerById[c.cluster_id] = marker;
      list.push(marker);
    });
    if (fit && list.length) {
      // The legend sits bottom left: the markers are fitted to the strip right of it. The
      // view is set before the markers are added, so they appear in place, not animated.
      var legendWidth = legendBox ? Math.ceil(legendBox.getBoundingClientRect().width) : 0;
      map.invalidateSize({ pan: false });  // the header may have grown since the map was made
      map.fitBounds(L.latLngBounds(list.map(function (m) { return m.getLatLng(); })), {
        paddingTopLeft: [legendWidth + 24, 30], paddingBottomRight: [30, 30], maxZoom: 7,
        animate: false,
      });
    }
    markers.addLayers(list);
    return list.length;
  }

  /* Highlight a cluster's marker (enlarged, on top) and bring the map to it. */
  function highlight(id, fallback) {
    Object.keys(state.markerById).forEach(function (key) {
      var marker = state.markerById[key];
      var c = clusterById(Number(key));
      if (c) marker.setIcon(markerIcon(c));
      marker.setZIndexOffset(Number(key) === id ? 1000 : 0);
    });
    markers.refreshClusters();
    if (id === null) return;
    var marker = state.markerById[id];
    var done = function () { document.body.setAttribute("data-selected", String(id)); };
    if (marker) {
      markers.zoomToShowLayer(marker, function () {
        if (state.selected !== id) return;
        map.setView(marker.getLatLng(), Math.max(map.getZoom(), SELECTED_ZOOM), { animate: false });
        done();
      });
    } else if (fallback && placed(fallback)) {
      map.setView([fallback.latitude, fallback.longitude], Math.max(map.getZoom(), SELECTED_ZOOM),
                  { animate: false });
      done();
    } else {
      done();
    }
  }

  function clusterById(id) {
    for (var i = 0; i < state.clusters.length; i++) {
      if (state.clusters[i].cluster_id === id) return state.clusters[i];
    }
    return null;
  }

  function placeName(c) {
    return [c.location, c.admin1, c.country].filter(function (v, i, all) {
      return v && all.indexOf(v) === i;
    }).join(", ");
  }

  /* ---- list and event view ---------------------------------------------------------- */

  function renderList(clusters) {
    var list = document.getElementById("list-items");
    clear(list);
    document.getElementById("list-title").textContent =
      "Events (" + clusters.length + (clusters.length >= PAGE_SIZE ? "+" : "") + ")";
    clusters.forEach(function (c) {
      var flag = c.contradictions && c.contradictions.length ? " ⚠ sources disagree" : "";
      var fresh = !!state.fresh[c.cluster_id];
      var button = el("button", { type: "button", class: typeClass(c.event_type) + (fresh ? " ed-new" : ""),
                                  "data-cluster": Number(c.cluster_id),
                                  "aria-current": state.selected === c.cluster_id ? "true" : null },
        fresh ? el("span", { class: "ed-new-tag" }, "new") : null,
        el("strong", null, c.event_type || "Event"),
        " — " + (c.sub_event_type || ""),
        el("span", { class: "ed-sub" },
          [c.event_date || "date unknown", placeName(c) || "place unknown",
           c.n_sources + (c.n_sources === 1 ? " source" : " sources")].join(" · "),
          el("span", { class: "ed-flag" }, flag)));
      button.addEventListener("click", function () { selectCluster(c.cluster_id); });
      list.appendChild(el("li", null, button));
    });
    if (!clusters.length) list.appendChild(el("li", { class: "ed-missing" }, "No event matches."));
  }

  function showList() {
    var had = state.selected !== null;
    state.selected = null;
    document.body.removeAttribute("data-selected");
    document.getElementById("event-view").hidden = true;
    document.getElementById("event-list").hidden = false;
    if (had) {
      highlight(null);
      renderList(state.clusters);
    }
    updateAddress();
  }

  /* Select a cluster: its marker highlighted and zoomed to, its details shown, its id in
     the address (#event=ID), so the link opens the page on it. */
  function selectCluster(id) {
    state.selected = id;
    updateAddress();
    highlight(id, clusterById(id));
    renderList(state.clusters);
    var body = document.getElementById("event-body");
    clear(body);
    body.appendChild(el("p", { class: "ed-missing" }, "Loading…"));
    document.getElementById("event-list").hidden = true;
    document.getElementById("event-view").hidden = false;
    getJSON("/api/cluster/" + encodeURIComponent(id)).then(function (cluster) {
      if (state.selected !== id) return;
      if (!state.markerById[id]) highlight(id, cluster);
      clear(body);
      body.appendChild(renderCluster(cluster));
      var mark = body.querySelector("mark");
      if (mark) mark.scrollIntoView({ block: "nearest" });
    }).catch(function (err) {
      clear(body);
      body.appendChild(el("p", { class: "ed-missing" }, "Could not load the event: " + err.message));
    });
  }

  function fatalitiesText(low, high) {
    if (low === null || low === undefined) return "not reported";
    if (high !== null && high !== undefined && high !== low) return low + "–" + high;
    return String(low);
  }

  function renderCluster(c) {
    var root = el("article", { id: "event-detail", "data-cluster": Number(c.cluster_id) });
    root.appendChild(el("h2", null, el("span", { class: "ed-type-badge " + typeClass(c.event_type) }),
      (c.event_type || "Event") + (c.sub_event_type ? " — " + c.sub_event_type : "")));
    var actors = [c.actor1, c.actor2].filter(Boolean).join(" vs ");
    var rows = [
      ["Date", (c.event_date || "unknown") +
        (c.time_precision ? " (precision " + c.time_precision + ")" : "")],
      ["Place", placeName(c) || "unknown"],
      ["Actors", actors || "unknown"],
      ["Fatalities", fatalitiesText(c.fatalities, c.fatalities_max)],
      ["Sources", c.n_sources + " independent outlet" + (c.n_sources === 1 ? "" : "s") +
        ", " + c.n_reports + " report" + (c.n_reports === 1 ? "" : "s")],
    ];
    if (c.merge_basis) rows.push(["Merged on", c.merge_basis]);
    var dl = el("dl");
    rows.forEach(function (r) { dl.appendChild(el("dt", null, r[0])); dl.appendChild(el("dd", null, r[1])); });
    root.appendChild(dl);

    var contradictions = c.contradictions || [];
    if (contradictions.length) {
      var box = el("div", { class: "ed-contradictions", id: "contradictions", role: "note" },
        el("h3", null, "Sources disagree"));
      var ul = el("ul");
      contradictions.forEach(function (t) { ul.appendChild(el("li", null, t)); });
      box.appendChild(ul);
      root.appendChild(box);
    }

    var possible = c.possible_matches || [];
    if (possible.length) {
      /* undated reports of the same type near here: maybe the same event, never merged */
      var more = (c.n_possible_matches || possible.length) - possible.length;
      var links = el("ul");
      possible.forEach(function (other) {
        var link = el("a", { href: "#event=" + Number(other), class: "ed-possible-link" },
          "event " + Number(other));
        link.addEventListener("click", function (ev) { ev.preventDefault(); selectCluster(other); });
        links.appendChild(el("li", null, link));
      });
      root.appendChild(el("div", { class: "ed-possible", id: "possible-matches", role: "note" },
        el("h3", null, "Possibly the same event (not merged: one side has no date)"), links,
        more > 0 ? el("p", null, "and " + more + " more") : null));
    }

    var sources = c.sources || [];
    root.appendChild(el("h3", null, "Sources (" + sources.length + ")"));
    sources.forEach(function (s) { root.appendChild(renderSource(s)); });
    return root;
  }

  function renderSource(s) {
    var meta = [
      s.published ? "published " + s.published : "publication date unknown",
      s.sub_event_type,
      s.claimed_by ? "claimed by " + s.claimed_by : null,
      "fatalities " + (s.fatalities === null || s.fatalities === undefined ? "not reported"
        : s.fatalities) + (s.fatalities_text ? " (“" + s.fatalities_text + "”)" : ""),
    ].filter(Boolean).join(" · ");
    return el("section", { class: "ed-source", "data-doc": s.doc_id },
      el("h4", null, (s.outlet || "Unknown outlet") + (s.title ? " — " + s.title : "")),
      el("div", { class: "ed-meta ed-ids" },
        "Outlet: ", el("span", { class: "ed-outlet" }, s.outlet || "unknown"),
        " · doc_id: ", el("code", { class: "ed-doc-id" }, s.doc_id)),
      el("div", { class: "ed-meta" }, meta),
      framing(s),
      highlighted(s),
      s.url ? el("div", { class: "ed-url" }, sourceLink(s.url)) : null);
  }

  /* A source's address as a link when it is http(s); anything else (javascript:, data:)
     stays plain text. Opened in a new tab without giving it this page (noopener). */
  function sourceLink(url) {
    var parsed = null;
    try { parsed = new URL(url); } catch (e) { /* not an absolute URL */ }
    if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) return url;
    return el("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer" }, url);
  }

  /* The words this outlet chose for each actor ("militants", "occupiers"): its framing. */
  function framing(s) {
    var words = s.framing || {};
    var parts = Object.keys(words).filter(function (k) {
      return Array.isArray(words[k]) && words[k].length;
    }).map(function (k) {
      var who = k === "actor1" ? s.actor1 || k : k === "actor2" ? s.actor2 || k : k;
      return who + ": “" + words[k].join("”, “") + "”";
    });
    return parts.length ? el("div", { class: "ed-meta ed-framing" }, "Words used — " + parts.join("; ")) : null;
  }

  /* The report's text with the evidence span in <mark>; falls back to the evidence alone
     when the offsets do not fit the text. */
  function highlighted(s) {
    var text = s.text || "";
    var start = s.evidence_start, end = s.evidence_end;
    var pre = el("p", { class: "ed-text" });
    if (text && Number.isInteger(start) && Number.isInteger(end) &&
        start >= 0 && end > start && end <= text.length) {
      append(pre, text.slice(0, start));
      pre.appendChild(el("mark", null, text.slice(start, end)));
      append(pre, text.slice(end));
    } else if (s.evidence) {
      append(pre, text ? text + "\n\nEvidence: " : "Evidence: ");
      pre.appendChild(el("mark", null, s.evidence));
    } else {
      pre.appendChild(el("span", { class: "ed-missing" }, text || "No text stored."));
    }
    return pre;
  }

  /* ---- timeline, fatalities, counts by type ------------------------------------------ */

  function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / DAY_MS); }
  function isoDay(n) { return new Date(n * DAY_MS).toISOString().slice(0, 10); }
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  /* Bins of the time axis: the day, the week (Monday first) or the calendar month a day
     falls in, as the day number of the bin's first day. */
  var BINS = {
    day: {
      start: function (d) { return d; },
      next: function (d) { return d + 1; },
      label: function (d) { return isoDay(d); },
      noun: "day",
    },
    week: {
      start: function (d) { return d - ((new Date(d * DAY_MS).getUTCDay() + 6) % 7); },
      next: function (d) { return d + 7; },
      label: function (d) { return isoDay(d); },
      noun: "week",
    },
    month: {
      start: function (d) {
        var t = new Date(d * DAY_MS);
        return Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1) / DAY_MS;
      },
      next: function (d) {
        var t = new Date(d * DAY_MS);
        return Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1) / DAY_MS;
      },
      label: function (d) {
        var t = new Date(d * DAY_MS);
        return MONTHS[t.getUTCMonth()] + " " + t.getUTCFullYear();
      },
      noun: "month",
    },
  };

  /* Auto: days up to three months, weeks up to two years, months beyond. */
  function chooseBin(first, last) {
    if (state.bin !== "auto") return state.bin;
    var span = last - first + 1;
    return span <= 92 ? "day" : span <= 731 ? "week" : "month";
  }

  /* The timeline items grouped into consecutive bins (empty ones included). */
  function binItems(items) {
    var dated = items.filter(function (i) { return i.date; });
    if (!dated.length) return null;
    var days = dated.map(function (i) { return dayNumber(i.date); });
    var first = Math.min.apply(null, days), last = Math.max.apply(null, days);
    var kind = chooseBin(first, last);
    var bin = BINS[kind];
    var bins = [], index = {};
    for (var d = bin.start(first); d <= last; d = bin.next(d)) {
      index[d] = bins.length;
      bins.push({ start: d, end: bin.next(d) - 1, types: {}, count: 0, fatalities: 0 });
    }
    dated.forEach(function (item, k) {
      var b = bins[index[bin.start(days[k])]];
      b.types[item.event_type] = (b.types[item.event_type] || 0) + item.count;
      b.count += item.count;
      b.fatalities += item.fatalities || 0;
    });
    return { kind: kind, bin: bin, bins: bins };
  }

  /* Round axis steps (1, 2, 5 × 10^k) giving about four intervals up to at least `max`. */
  function yTicks(max) {
    if (max <= 0) return [0, 1];
    var raw = max / 4;
    var power = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = [1, 2, 5, 10].map(function (m) { return m * power; })
      .filter(function (s) { return s >= raw; })[0];
    step = Math.max(1, step);
    var ticks = [];
    for (var v = 0; v < max + step; v += step) ticks.push(v);
    if (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
    return ticks;
  }

  function svgText(node, attrs, text) {
    var t = svg("text", attrs);
    t.textContent = text;
    node.appendChild(t);
    return t;
  }

  /* Axes and bars of one chart: `stacks(bin)` gives [{value, cls, title}] bottom up. */
  function drawBars(node, binned, stacks, onClick) {
    clear(node);
    var width = node.clientWidth || 600, height = node.clientHeight || 120;
    node.setAttribute("viewBox", "0 0 " + width + " " + height);
    var left = 38, right = 10, top = 8, bottom = 20;
    var plotW = width - left - right, plotH = height - top - bottom;
    var totals = binned.bins.map(function (b) {
      return stacks(b).reduce(function (a, s) { return a + s.value; }, 0);
    });
    var ticks = yTicks(Math.max.apply(null, totals));
    var yMax = ticks[ticks.length - 1];
    var y = function (v) { return top + plotH - (v / yMax) * plotH; };
    ticks.forEach(function (v) {
      node.appendChild(svg("line", { x1: left, x2: width - right, y1: y(v), y2: y(v),
                                     class: v ? "ed-grid" : "ed-axis" }));
      svgText(node, { x: left - 4, y: y(v) + 3, "text-anchor": "end", class: "ed-ytick" },
              String(v));
    });
    var n = binned.bins.length;
    var step = plotW / n;
    var barW = Math.min(48, Math.max(1, step - (step > 4 ? 1 : 0)));
    var inset = Math.max(0, (step - barW) / 2);
    binned.bins.forEach(function (b, k) {
      var x = left + k * step + inset;
      var base = top + plotH;
      var startIso = isoDay(b.start), endIso = isoDay(b.end);
      stacks(b).forEach(function (s) {
        if (!s.value) return;
        var h = (s.value / yMax) * plotH;
        base -= h;
        var rect = svg("rect", { x: x.toFixed(2), y: base.toFixed(2), width: barW.toFixed(2),
                                 height: Math.max(h, 0.5).toFixed(2), class: s.cls,
                                 "data-date": startIso, "data-bin": startIso,
                                 "data-bin-end": endIso });
        var title = svg("title");
        title.textContent = binned.bin.label(b.start) +
          (binned.kind === "week" ? " (week)" : "") + " · " + s.title;
        rect.appendChild(title);
        if (onClick) rect.addEventListener("click", function () { onClick(startIso, endIso); });
        node.appendChild(rect);
      });
    });
    // Date ticks at bin starts, at least 90 px apart.
    var every = Math.max(1, Math.ceil(90 / step));
    for (var k = 0; k < n; k += every) {
      var cx = left + (k + 0.5) * step;
      node.appendChild(svg("line", { x1: cx, x2: cx, y1: top + plotH, y2: top + plotH + 3,
                                     class: "ed-axis" }));
      // Labels near either edge are anchored inwards so they are not cut off.
      var anchor = n === 1 ? "middle" : k === 0 ? "start" : cx + 34 > width ? "end" : "middle";
      svgText(node, { x: cx, y: height - 5, class: "ed-xtick", "text-anchor": anchor },
              binned.bin.label(binned.bins[k].start));
    }
  }

  function emptyChart(node, text) {
    clear(node);
    var width = node.clientWidth || 600, height = node.clientHeight || 120;
    node.setAttribute("viewBox", "0 0 " + width + " " + height);
    svgText(node, { x: width / 2, y: height / 2, "text-anchor": "middle", class: "ed-empty" }, text);
  }

  function drawCharts() {
    var data = state.timeline;
    if (!data) return;
    var timeline = document.getElementById("timeline");
    var fatalities = document.getElementById("fatalities");
    var binned = binItems(data.items);
    var note = document.getElementById("undated-note");
    note.textContent = data.undated
      ? data.undated + " undated event" + (data.undated === 1 ? "" : "s") + " not on the timeline"
      : "";
    if (!binned) {
      emptyChart(timeline, "No dated events for these filters.");
      emptyChart(fatalities, "No dated events.");
      document.getElementById("timeline-title").textContent = "Events over time";
      document.getElementById("fatalities-title").textContent = "Fatalities over time";
    } else {
      var noun = binned.bin.noun;
      document.getElementById("timeline-title").textContent = "Events per " + noun;
      document.getElementById("fatalities-title").textContent = "Fatalities per " + noun;
      document.getElementById("bin").options[0].textContent = "Auto (" + noun + ")";
      timeline.setAttribute("data-bin", binned.kind);
      drawBars(timeline, binned, function (b) {
        return EVENT_TYPES.concat(Object.keys(b.types).filter(function (t) {
          return EVENT_TYPES.indexOf(t) < 0;
        })).filter(function (t) { return b.types[t]; }).map(function (t) {
          return { value: b.types[t], cls: "ed-bar " + typeClass(t), title: t + ": " + b.types[t] };
        });
      }, filterDates);
      drawBars(fatalities, binned, function (b) {
        return [{ value: b.fatalities, cls: "ed-fbar", title: b.fatalities + " killed" }];
      }, filterDates);
    }
    drawTypeCounts(data.by_type || []);
  }

  function drawTypeCounts(byType) {
    var list = document.getElementById("type-counts");
    clear(list);
    var max = Math.max.apply(null, [1].concat(byType.map(function (t) { return t.count; })));
    byType.forEach(function (t) {
      var bar = svg("svg", { class: "ed-type-bar", viewBox: "0 0 100 6", preserveAspectRatio: "none",
                             "aria-hidden": "true" });
      bar.appendChild(svg("rect", { x: 0, y: 0, height: 6, width: (100 * t.count / max).toFixed(1),
                                    class: "ed-bar " + typeClass(t.event_type) }));
      list.appendChild(el("li", { class: typeClass(t.event_type), "data-type": t.event_type,
                                  "data-count": t.count },
        el("span", { class: "ed-type-name" }, t.event_type),
        el("span", { class: "ed-type-count" }, String(t.count)),
        bar,
        el("span", { class: "ed-sub" }, t.fatalities + " killed" +
          (t.undated ? " · " + t.undated + " undated" : ""))));
    });
    if (!byType.length) list.appendChild(el("li", { class: "ed-missing" }, "No events."));
  }

  function filterDates(since, until) {
    document.getElementById("f-since").value = since;
    document.getElementById("f-until").value = until;
    refresh();
  }

  /* ---- data flow -------------------------------------------------------------------- */

  function updateExportLink(params) {
    document.getElementById("export-csv").setAttribute(
      "href", "/api/events.csv" + (params.toString() ? "?" + params.toString() : ""));
  }

  function refresh() {
    var params = readFilters();
    state.selected = null;
    updateAddress();
    updateExportLink(params);
    var seq = ++state.seq;
    setStatus("Loading…");
    var listParams = new URLSearchParams(params);
    listParams.set("limit", String(PAGE_SIZE));
    return Promise.all([
      getJSON("/api/clusters?" + listParams.toString()),
      getJSON("/api/timeline?" + params.toString()),
    ]).then(function (results) {
      if (seq !== state.seq) return;
      state.clusters = results[0].items;
      state.timeline = results[1];
      if (state.cursor === null) state.cursor = results[0].latest_ingested_at;
      // What the page shows is looked at: only what arrives after it is "new".
      state.clusters.forEach(function (c) { state.seen[c.cluster_id] = c.n_reports; });
      showCounts(placeMarkers(state.clusters, true));
      renderList(state.clusters);
      drawCharts();
      var wanted = state.pendingEvent;
      state.pendingEvent = null;
      if (wanted !== null) selectCluster(wanted); else showList();
      document.body.setAttribute("data-ready", String(seq));
    }).catch(function (err) {
      if (seq !== state.seq) return;
      setStatus("Could not load events: " + err.message, true);
    });
  }

  function showCounts(shown) {
    var unplaced = state.clusters.length - shown;
    document.getElementById("status").setAttribute("data-shown", String(shown));
    setStatus(state.clusters.length + " events, " + shown + " on the map" +
      (unplaced ? ", " + unplaced + " without coordinates" : "") +
      (state.clusters.length >= PAGE_SIZE ? " (first " + PAGE_SIZE + " only)" : ""));
  }

  /* ---- live updates ------------------------------------------------------------------- */

  /* Ask for the events whose reports were stored since the last look; those not seen
     before (or with more reports than when seen) join the page marked "new". */
  function poll() {
    state.pollTimer = null;
    if (state.cursor === null || document.hidden) return schedulePoll();
    var seq = state.seq;
    var params = readFilters();
    params.set("ingested_since", state.cursor);
    params.set("limit", String(PAGE_SIZE));
    getJSON("/api/clusters?" + params.toString()).then(function (page) {
      if (seq !== state.seq) return;
      state.cursor = page.latest_ingested_at || state.cursor;
      var arrived = page.items.filter(function (c) {
        return state.seen[c.cluster_id] !== c.n_reports;
      });
      if (!arrived.length) return;
      arrived.forEach(function (c) {
        state.seen[c.cluster_id] = c.n_reports;
        state.fresh[c.cluster_id] = true;
      });
      var ids = {};
      arrived.forEach(function (c) { ids[c.cluster_id] = true; });
      state.clusters = arrived.concat(state.clusters.filter(function (c) {
        return !ids[c.cluster_id];
      }));
      showCounts(placeMarkers(state.clusters, false));
      renderList(state.clusters);
      showBadge();
      return getJSON("/api/timeline?" + readFilters().toString()).then(function (timeline) {
        if (seq !== state.seq) return;
        state.timeline = timeline;
        drawCharts();
      });
    }).catch(function (err) {
      setStatus("Could not check for new events: " + err.message, true);
    }).then(schedulePoll);
  }

  function schedulePoll() {
    if (state.pollTimer === null) {
      state.pollTimer = setTimeout(poll, state.pollSeconds * 1000);
    }
  }

  function showBadge() {
    var n = Object.keys(state.fresh).length;
    var badge = document.getElementById("new-badge");
    badge.hidden = n === 0;
    badge.textContent = n + " new since you looked";
    badge.setAttribute("data-count", String(n));
  }

  /* "Mark as seen": the new events become ordinary ones. */
  function markSeen() {
    state.fresh = {};
    showBadge();
    Object.keys(state.markerById).forEach(function (key) {
      var c = clusterById(Number(key));
      if (c) state.markerById[key].setIcon(markerIcon(c));
    });
    markers.refreshClusters();
    renderList(state.clusters);
  }

  function start() {
    document.getElementById("event-back").addEventListener("click", showList);
    document.getElementById("new-badge").addEventListener("click", markSeen);
    Promise.all([getJSON("/api/config"), getJSON("/api/facets")]).then(function (r) {
      state.pollSeconds = r[0].poll_seconds || state.pollSeconds;
      initMap(r[0]);
      initFilters(r[1]);
      window.addEventListener("resize", drawCharts);
      return refresh().then(schedulePoll);
    }).catch(function (err) {
      setStatus("Could not start: " + err.message, true);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
