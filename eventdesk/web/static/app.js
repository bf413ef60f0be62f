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
    since: "f-since",
    until: "f-until",
    actor: "f-actor",
    min_sources: "f-min-sources",
  };
  var PAGE_SIZE = 1000;
  var SVG_NS = "http://www.w3.org/2000/svg";

  var state = { facets: null, clusters: [], timeline: [], seq: 0, selected: null };
  var map, markers;

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
    return params;
  }

  function writeFilters(params) {
    Object.keys(FILTER_IDS).forEach(function (name) {
      var node = document.getElementById(FILTER_IDS[name]);
      if (name === "admin1") fillAdmin1(params.get("country") || "");
      node.value = params.get(name) || (name === "min_sources" ? "1" : "");
    });
  }

  function fillSelect(select, values, allLabel) {
    clear(select);
    select.appendChild(el("option", { value: "" }, allLabel));
    values.forEach(function (v) { select.appendChild(el("option", { value: v }, v)); });
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
    ["f-since", "f-until"].forEach(function (id) {
      var node = document.getElementById(id);
      if (facets.date_min) node.min = facets.date_min;
      if (facets.date_max) node.max = facets.date_max;
    });
    writeFilters(new URLSearchParams(location.hash.replace(/^#/, "")));

    var form = document.getElementById("filters");
    form.addEventListener("change", function (ev) {
      if (ev.target.id === "f-country") fillAdmin1(ev.target.value);
      refresh();
    });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); refresh(); });
    form.addEventListener("reset", function () {
      setTimeout(function () { fillAdmin1(""); refresh(); }, 0);
    });
    // A pasted or edited #country=...&since=... link applies its filters.
    window.addEventListener("hashchange", function () {
      var wanted = location.hash.replace(/^#/, "");
      if (wanted === readFilters().toString()) return;
      writeFilters(new URLSearchParams(wanted));
      refresh();
    });
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
    group.getAllChildMarkers().forEach(function (m) {
      var t = m.options.eventType;
      counts[t] = (counts[t] || 0) + 1;
      if (best === null || counts[t] > counts[best]) best = t;
    });
    var n = group.getChildCount();
    var size = n < 10 ? 30 : n < 100 ? 36 : 44;
    return L.divIcon({
      html: "<span>" + Number(n) + "</span>",
      className: "ed-cluster " + typeClass(best),
      iconSize: [size, size],
    });
  }

  function addLegend() {
    var legend = L.control({ position: "bottomleft" });
    legend.onAdd = function () {
      var box = el("div", { class: "ed-legend", id: "legend" }, el("h3", null, "Event type"));
      var list = el("ul");
      EVENT_TYPES.forEach(function (t) { list.appendChild(el("li", { class: typeClass(t) }, t)); });
      list.appendChild(el("li", { class: "ed-tx ed-legend-multi" }, "ringed: 2+ independent outlets"));
      box.appendChild(list);
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    legend.addTo(map);
  }

  function placeMarkers(clusters) {
    markers.clearLayers();
    var placed = [];
    clusters.forEach(function (c) {
      if (c.latitude === null || c.longitude === null ||
          c.latitude === undefined || c.longitude === undefined) return;
      var cls = "ed-marker " + typeClass(c.event_type) + " ed-c-" + Number(c.cluster_id) +
        (c.n_sources > 1 ? " ed-multi" : "");
      var size = c.n_sources > 1 ? 16 : 12;
      var marker = L.marker([c.latitude, c.longitude], {
        icon: L.divIcon({ className: cls, iconSize: [size, size] }),
        title: [c.event_date, c.event_type, placeName(c)].filter(Boolean).join(" · "),
        eventType: c.event_type,
        keyboard: true,
      });
      marker.on("click", function () { showCluster(c.cluster_id); });
      placed.push(marker);
    });
    markers.addLayers(placed);
    if (placed.length) {
      map.fitBounds(L.featureGroup(placed).getBounds(), { padding: [30, 30], maxZoom: 7 });
    }
    return placed.length;
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
      var button = el("button", { type: "button", class: typeClass(c.event_type),
                                  "data-cluster": Number(c.cluster_id) },
        el("strong", null, c.event_type || "Event"),
        " — " + (c.sub_event_type || ""),
        el("span", { class: "ed-sub" },
          [c.event_date || "date unknown", placeName(c) || "place unknown",
           c.n_sources + (c.n_sources === 1 ? " source" : " sources")].join(" · "),
          el("span", { class: "ed-flag" }, flag)));
      button.addEventListener("click", function () { showCluster(c.cluster_id); });
      list.appendChild(el("li", null, button));
    });
    if (!clusters.length) list.appendChild(el("li", { class: "ed-missing" }, "No event matches."));
  }

  function showList() {
    state.selected = null;
    document.getElementById("event-view").hidden = true;
    document.getElementById("event-list").hidden = false;
  }

  function showCluster(id) {
    state.selected = id;
    var body = document.getElementById("event-body");
    clear(body);
    body.appendChild(el("p", { class: "ed-missing" }, "Loading…"));
    document.getElementById("event-list").hidden = true;
    document.getElementById("event-view").hidden = false;
    getJSON("/api/cluster/" + encodeURIComponent(id)).then(function (cluster) {
      if (state.selected !== id) return;
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
      el("div", { class: "ed-meta" }, meta),
      framing(s),
      highlighted(s),
      s.url ? el("div", { class: "ed-url" }, s.url) : null);
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

  /* ---- timeline --------------------------------------------------------------------- */

  function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / 86400000); }
  function isoDay(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

  function drawTimeline(items) {
    var node = document.getElementById("timeline");
    clear(node);
    var width = node.clientWidth || 800, height = node.clientHeight || 130;
    node.setAttribute("viewBox", "0 0 " + width + " " + height);
    var dated = items.filter(function (i) { return i.date; });
    if (!dated.length) {
      var t = svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "ed-empty" });
      t.textContent = "No dated events for these filters.";
      node.appendChild(t);
      return;
    }
    var byDay = {};
    var first = Infinity, last = -Infinity;
    dated.forEach(function (i) {
      var d = dayNumber(i.date);
      first = Math.min(first, d);
      last = Math.max(last, d);
      (byDay[d] = byDay[d] || []).push(i);
    });
    var left = 30, right = 8, top = 6, bottom = 18;
    var days = last - first + 1;
    var plotW = width - left - right, plotH = height - top - bottom;
    var maxTotal = 0;
    Object.keys(byDay).forEach(function (d) {
      var total = byDay[d].reduce(function (a, i) { return a + i.count; }, 0);
      maxTotal = Math.max(maxTotal, total);
    });
    var step = plotW / days;
    var barW = Math.min(48, Math.max(1, step - (step > 4 ? 1 : 0)));
    var inset = (step - barW) / 2;

    node.appendChild(svg("line", { x1: left, x2: width - right, y1: top + plotH, y2: top + plotH }));
    [0, maxTotal].forEach(function (v) {
      var y = top + plotH - (v / maxTotal) * plotH;
      var label = svg("text", { x: left - 4, y: y + 3, "text-anchor": "end" });
      label.textContent = String(v);
      node.appendChild(label);
    });

    Object.keys(byDay).forEach(function (d) {
      var x = left + (d - first) * step + Math.max(0, inset);
      var y = top + plotH;
      byDay[d].slice().sort(function (a, b) {
        return EVENT_TYPES.indexOf(a.event_type) - EVENT_TYPES.indexOf(b.event_type);
      }).forEach(function (i) {
        var h = (i.count / maxTotal) * plotH;
        y -= h;
        var rect = svg("rect", { x: x.toFixed(2), y: y.toFixed(2), width: barW.toFixed(2),
                                 height: Math.max(h, 0.5).toFixed(2),
                                 class: "ed-bar " + typeClass(i.event_type),
                                 "data-date": i.date });
        var title = svg("title");
        title.textContent = i.date + " · " + i.event_type + ": " + i.count;
        rect.appendChild(title);
        rect.addEventListener("click", function () { filterDay(i.date); });
        node.appendChild(rect);
      });
    });

    var ticks = Math.min(days, Math.max(2, Math.floor(plotW / 90)));
    for (var k = 0; k < ticks; k++) {
      var day = first + Math.round((k * (days - 1)) / Math.max(1, ticks - 1));
      var tick = svg("text", { x: left + (day - first + 0.5) * step, y: height - 4,
                               "text-anchor": k === 0 ? "start" : k === ticks - 1 ? "end" : "middle" });
      tick.textContent = isoDay(day);
      node.appendChild(tick);
    }
  }

  function filterDay(date) {
    document.getElementById("f-since").value = date;
    document.getElementById("f-until").value = date;
    refresh();
  }

  /* ---- data flow -------------------------------------------------------------------- */

  function refresh() {
    var params = readFilters();
    var hash = params.toString();
    if (location.hash.replace(/^#/, "") !== hash) history.replaceState(null, "", hash ? "#" + hash : location.pathname);
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
      state.timeline = results[1].items;
      var shown = placeMarkers(state.clusters);
      renderList(state.clusters);
      drawTimeline(state.timeline);
      showList();
      var unplaced = state.clusters.length - shown;
      var status = document.getElementById("status");
      status.setAttribute("data-shown", String(shown));
      setStatus(state.clusters.length + " events, " + shown + " on the map" +
        (unplaced ? ", " + unplaced + " without coordinates" : "") +
        (state.clusters.length >= PAGE_SIZE ? " (first " + PAGE_SIZE + " only)" : ""));
      document.body.setAttribute("data-ready", String(seq));
    }).catch(function (err) {
      if (seq !== state.seq) return;
      setStatus("Could not load events: " + err.message, true);
    });
  }

  function start() {
    document.getElementById("event-back").addEventListener("click", showList);
    Promise.all([getJSON("/api/config"), getJSON("/api/facets")]).then(function (r) {
      initMap(r[0]);
      initFilters(r[1]);
      window.addEventListener("resize", function () { drawTimeline(state.timeline); });
      return refresh();
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
