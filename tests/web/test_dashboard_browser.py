"""The dashboard in a real headless Chromium: CSV export of the current filters, timeline
binning, selection in the address, the 1024 px layout, the collapsible legend, and events
arriving while the page is open."""

from __future__ import annotations

import csv
import datetime as dt
import json
import time
import urllib.request
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from eventdesk.web import create_app

from . import sample
from .conftest import LiveServer
from .test_browser import TIMEOUT, _open, _ready, _severe_console_messages

pytestmark = pytest.mark.browser

N_EXTRA = 40  # protests added to the sample for a long list and a span of months


def _extra_protests() -> list[tuple]:
    """Protests in Lagos every fourth day from 10 March 2024, a few hundred metres apart
    (so no two are one event), to give the list a long scroll and the timeline months."""
    reports = []
    for k in range(N_EXTRA):
        day = dt.date(2024, 3, 10) + dt.timedelta(days=4 * k)
        text = f"Traders protested in Lagos on {day:%d %B} against market closures."
        reports.append((
            f"daily-protest-{k}", "Lagos Daily", None, f"Protest {k}", day, text,
            "Traders protested in Lagos",
            dict(event_type="Protests", sub_event_type="Peaceful protest", event_date=day,
                 time_precision=1, actor1="Protesters (Nigeria)", inter1=6,
                 country="Nigeria", admin1="Lagos", location="Lagos",
                 latitude=6.40 + 0.01 * k, longitude=3.30 + 0.01 * k, geo_precision=1,
                 fatalities=0),
        ))
    return reports


def _serve(path: Path, **options) -> LiveServer:
    return LiveServer(create_app(path, allowed_hosts=["127.0.0.1", "localhost"],
                                 **options)).start()


@pytest.fixture(scope="module")
def extended_server(tmp_path_factory, browser_ready):
    """The sample, the 40 protests and the undated Goma report."""
    path = sample.build(tmp_path_factory.mktemp("extended") / "events.sqlite")
    sample.add(path, [*_extra_protests(), sample.UNDATED_LATE_REPORT])
    server = _serve(path)
    yield server
    server.stop()


def _api(server, path: str) -> dict:
    with urllib.request.urlopen(f"{server.url}{path}") as response:
        return json.load(response)


def _cluster_id(server, location: str) -> int:
    items = _api(server, "/api/clusters")["items"]
    return next(c["cluster_id"] for c in items if c["location"] == location)


def _rect(browser, selector: str) -> dict:
    return browser.execute_script(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,"
        " width: r.width, height: r.height};", selector)


def _overlap(a: dict, b: dict) -> bool:
    return (a["left"] < b["right"] and b["left"] < a["right"]
            and a["top"] < b["bottom"] and b["top"] < a["bottom"])


# -- export ----------------------------------------------------------------------------


def _download(browser, folder: Path) -> list[dict]:
    """Click the export button and read the CSV file it downloads into `folder`."""
    before = set(folder.iterdir())
    browser.find_element(By.ID, "export-csv").click()

    def finished(_):
        new = [p for p in set(folder.iterdir()) - before if p.suffix == ".csv"]
        return new[0] if new else False

    path = WebDriverWait(browser, TIMEOUT).until(finished)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_button_downloads_the_csv_of_the_current_filters(browser, live_server,
                                                                  tmp_path):
    browser.execute_cdp_cmd("Browser.setDownloadBehavior",
                            {"behavior": "allow", "downloadPath": str(tmp_path)})
    seq = _open(browser, live_server, "#country=Nigeria")
    rows = _download(browser, tmp_path)
    assert sorted(r["doc_id"] for r in rows) == ["daily-lagos", "daily-maiduguri"]

    browser.find_element(By.ID, "f-fatal").click()  # fatalities > 0
    _ready(browser, after=seq)
    assert "fatal=true" in browser.current_url
    # Chrome holds back a page's second download, so the button's file is fetched here.
    text = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(document.getElementById('export-csv').href).then(r => r.text()).then(done);")
    rows = list(csv.DictReader(text.splitlines()))
    assert [r["doc_id"] for r in rows] == ["daily-maiduguri"]
    assert rows[0]["fatalities"] == "4"


# -- timeline ------------------------------------------------------------------------------


def _bins(browser, chart: str = "timeline") -> list[str]:
    return browser.execute_script(
        "return [...new Set([...document.querySelectorAll(arguments[0])]"
        ".map(r => r.getAttribute('data-bin')))].sort()", f"#{chart} rect")


def _ticks(browser, kind: str) -> list[str]:
    return [t.text for t in browser.find_elements(By.CSS_SELECTOR, f"#timeline text.ed-{kind}")]


def test_timeline_bins_by_day_week_and_month(browser, live_server):
    _open(browser, live_server)
    # Six days of events: the automatic bin is the day.
    assert browser.find_element(By.ID, "timeline").get_attribute("data-bin") == "day"
    assert Select(browser.find_element(By.ID, "bin")).first_selected_option.text == "Auto (day)"
    assert _bins(browser) == ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04",
                              "2024-03-05", "2024-03-06"]
    assert _ticks(browser, "xtick")[0] == "2024-03-01"

    Select(browser.find_element(By.ID, "bin")).select_by_value("week")
    assert browser.find_element(By.ID, "timeline-title").text == "Events per week"
    assert _bins(browser) == ["2024-02-26", "2024-03-04"]  # weeks start on Monday
    assert _ticks(browser, "xtick") == ["2024-02-26", "2024-03-04"]
    assert _ticks(browser, "ytick") == ["0", "1", "2", "3"]  # three events in each week
    fatal = browser.find_element(By.CSS_SELECTOR, '#fatalities rect[data-bin="2024-02-26"]')
    assert "16 killed" in fatal.find_element(By.TAG_NAME, "title").get_attribute("textContent")
    assert "bin=week" in browser.current_url

    Select(browser.find_element(By.ID, "bin")).select_by_value("month")
    assert _bins(browser) == ["2024-03-01"]
    assert _ticks(browser, "xtick") == ["Mar 2024"]
    assert _ticks(browser, "ytick") == ["0", "2", "4", "6"]  # 6 events: ticks between 0 and max
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline rect.ed-bar")) == 5  # types

    # The bin is part of the address: opening it again keeps the choice.
    _open(browser, live_server, "#bin=week")
    assert Select(browser.find_element(By.ID, "bin")).first_selected_option.text == "Week"
    assert _bins(browser) == ["2024-02-26", "2024-03-04"]


def test_months_of_events_bin_by_week_and_undated_ones_are_counted(browser, extended_server):
    _open(browser, extended_server)
    # 1 March to 15 August: more than three months, so weeks.
    assert browser.find_element(By.ID, "timeline").get_attribute("data-bin") == "week"
    bins = _bins(browser)
    assert bins[0] == "2024-02-26" and bins[-1] == "2024-08-12"
    assert len(_ticks(browser, "xtick")) >= 3
    assert len(_ticks(browser, "ytick")) >= 3
    note = browser.find_element(By.ID, "undated-note").text
    assert note == "1 undated event not on the timeline"
    counts = {li.get_attribute("data-type"): int(li.get_attribute("data-count"))
              for li in browser.find_elements(By.CSS_SELECTOR, "#type-counts li")}
    assert counts["Protests"] == N_EXTRA + 1 and counts["Battles"] == 3

    browser.find_element(By.ID, "f-undated").click()  # leave undated events out
    _ready(browser, after=int(browser.find_element(By.TAG_NAME, "body")
                              .get_attribute("data-ready")) - 1)
    WebDriverWait(browser, TIMEOUT).until(
        lambda d: d.find_element(By.ID, "undated-note").text == "")
    assert "include_undated=false" in browser.current_url
    assert "Goma" not in browser.find_element(By.ID, "list-items").text


# -- selection ---------------------------------------------------------------------------


def _wait_selected(browser, cluster_id: int):
    WebDriverWait(browser, TIMEOUT).until(
        lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-selected")
        == str(cluster_id))
    return WebDriverWait(browser, TIMEOUT).until(
        lambda d: d.find_element(By.CSS_SELECTOR, f".leaflet-marker-pane .ed-c-{cluster_id}"))


def _marker_inside_map(browser, marker) -> bool:
    return browser.execute_script(
        "const m = arguments[0].getBoundingClientRect();"
        "const r = document.getElementById('map').getBoundingClientRect();"
        "const x = m.left + m.width / 2, y = m.top + m.height / 2;"
        "return x > r.left && x < r.right && y > r.top && y < r.bottom;", marker)


def test_selecting_an_event_highlights_and_zooms_to_it_and_puts_it_in_the_address(
        browser, live_server):
    khartoum = _cluster_id(live_server, "Khartoum")
    _open(browser, live_server)
    overview = int(browser.find_element(By.ID, "map").get_attribute("data-zoom"))
    assert overview < 7  # the whole sample: Nigeria to Ukraine
    browser.find_element(By.CSS_SELECTOR, f'#list-items button[data-cluster="{khartoum}"]').click()
    marker = _wait_selected(browser, khartoum)
    assert "ed-selected" in marker.get_attribute("class")
    assert _marker_inside_map(browser, marker)
    assert int(browser.find_element(By.ID, "map").get_attribute("data-zoom")) >= 7
    assert f"event={khartoum}" in browser.current_url
    assert len(browser.find_elements(By.CSS_SELECTOR, ".ed-marker.ed-selected")) == 1

    # The address opens the page on the event, marker highlighted.
    bakhmut = _cluster_id(live_server, "Bakhmut")
    browser.get("about:blank")
    _open(browser, live_server, f"#country=Ukraine&event={bakhmut}")
    marker = _wait_selected(browser, bakhmut)
    assert "ed-selected" in marker.get_attribute("class")
    assert _marker_inside_map(browser, marker)
    assert int(browser.find_element(By.ID, "map").get_attribute("data-zoom")) >= 7
    detail = WebDriverWait(browser, TIMEOUT).until(
        lambda d: d.find_element(By.CSS_SELECTOR, f'#event-detail[data-cluster="{bakhmut}"]'))
    # Source cards name the doc_id and outlet; http(s) source URLs are safe links.
    ids = [e.text for e in detail.find_elements(By.CSS_SELECTOR, ".ed-doc-id")]
    assert sorted(ids) == ["activist-bakhmut", "wire-bakhmut"]
    outlets = [e.text for e in detail.find_elements(By.CSS_SELECTOR, ".ed-outlet")]
    assert sorted(outlets) == ["Activist Monitor", "Wire Agency"]
    link = detail.find_element(By.CSS_SELECTOR, '.ed-url a[href="https://wire.example/bakhmut"]')
    assert set(link.get_attribute("rel").split()) >= {"noopener", "noreferrer"}
    assert link.get_attribute("target") == "_blank"

    # Editing the address selects another event; going back to the list clears it.
    kharkiv = _cluster_id(live_server, "Kharkiv")
    browser.execute_script(f"location.hash = 'country=Ukraine&event={kharkiv}'")
    assert "ed-selected" in _wait_selected(browser, kharkiv).get_attribute("class")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".ed-marker.ed-selected")) == 1
    browser.find_element(By.ID, "event-back").click()
    WebDriverWait(browser, TIMEOUT).until(lambda d: "event=" not in d.current_url)
    assert not browser.find_elements(By.CSS_SELECTOR, ".ed-marker.ed-selected")
    assert _severe_console_messages(browser) == []


# -- layout and legend -----------------------------------------------------------------


def test_layout_at_1024_by_700_keeps_the_list_off_the_timeline(browser, extended_server):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 1024, "height": 700, "deviceScaleFactor": 1,
                             "mobile": False})
    try:
        _open(browser, extended_server)
        assert browser.execute_script("return window.innerWidth") == 1024
        header, panel, map_box = (_rect(browser, s) for s in (".ed-header", "#panel", "#map"))
        dash, timeline, footer = (_rect(browser, s) for s in ("#dashboard", "#timeline",
                                                              ".ed-footer"))
        # Everything on one screen, in its own box: no horizontal scroll, nothing overlaps.
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 1024
        assert footer["bottom"] <= 700
        assert header["bottom"] <= panel["top"] and header["bottom"] <= map_box["top"]
        assert panel["bottom"] <= dash["top"] and map_box["bottom"] <= dash["top"]
        assert not _overlap(panel, timeline) and not _overlap(map_box, panel)
        assert dash["bottom"] <= footer["top"]
        assert panel["right"] <= 1024 and map_box["width"] >= 400
        assert timeline["width"] >= 300 and timeline["height"] >= 80
        # The long list scrolls inside its panel instead of running over the timeline.
        assert browser.execute_script(
            "const p = document.getElementById('panel'); return p.scrollHeight > p.clientHeight")
        last = _rect(browser, "#list-items li:last-child")
        assert last["top"] > dash["top"]  # below the fold of the panel...
        hits = browser.execute_script(
            "const r = document.getElementById('timeline').getBoundingClientRect();"
            "const out = [];"
            "for (let i = 1; i < 10; i++) for (let j = 1; j < 4; j++) {"
            "  const e = document.elementFromPoint(r.left + r.width * i / 10,"
            "                                      r.top + r.height * j / 4);"
            "  out.push(!!e.closest('#timeline'));"
            "} return out;")
        assert all(hits)  # ...and never drawn over it
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def _marker_rects(browser) -> list[dict]:
    return browser.execute_script(
        "return [...document.querySelectorAll('.leaflet-marker-pane .ed-marker,"
        " .leaflet-marker-pane .ed-cluster')].map(e => {"
        "  const r = e.getBoundingClientRect();"
        "  return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; })")


@pytest.mark.parametrize("size", [(1024, 700), (1280, 1000)])
def test_legend_collapses_and_leaves_the_markers_visible(browser, live_server, size):
    _open(browser, live_server)
    browser.execute_script("localStorage.removeItem('eventdesk.legend')")
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": size[0], "height": size[1], "deviceScaleFactor": 1,
                             "mobile": False})
    try:
        _open(browser, live_server)
        items = browser.find_element(By.ID, "legend-items")
        assert items.is_displayed()
        open_legend = _rect(browser, "#legend")
        # Lagos, the south-westernmost event, would sit under the legend if the map were
        # fitted to the whole width.
        markers = _marker_rects(browser)
        assert markers and not any(_overlap(open_legend, m) for m in markers)
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    toggle = browser.find_element(By.ID, "legend-toggle")
    toggle.click()
    assert not items.is_displayed()
    assert toggle.get_attribute("aria-expanded") == "false"
    folded = _rect(browser, "#legend")
    assert folded["height"] < open_legend["height"] / 3

    # The choice is remembered on the next visit.
    _open(browser, live_server)
    assert not browser.find_element(By.ID, "legend-items").is_displayed()
    browser.find_element(By.ID, "legend-toggle").click()
    assert browser.find_element(By.ID, "legend-items").is_displayed()
    browser.execute_script("localStorage.removeItem('eventdesk.legend')")


# -- live updates ----------------------------------------------------------------------


def test_an_event_stored_while_the_page_is_open_is_marked_new(browser, tmp_path):
    path = sample.build(tmp_path / "events.sqlite")
    server = _serve(path, poll_seconds=1)
    try:
        _open(browser, server)
        badge = browser.find_element(By.ID, "new-badge")
        assert not badge.is_displayed()
        assert browser.find_element(By.ID, "undated-note").text == ""
        time.sleep(1.5)  # a poll or two finds nothing new
        assert not badge.is_displayed()

        sample.add(path, [sample.UNDATED_LATE_REPORT])
        WebDriverWait(browser, TIMEOUT).until(lambda d: badge.is_displayed())
        assert badge.text == "1 new since you looked"
        fresh = browser.find_elements(By.CSS_SELECTOR, "#list-items button.ed-new")
        assert len(fresh) == 1 and "Goma" in fresh[0].text
        assert fresh[0].find_element(By.CSS_SELECTOR, ".ed-new-tag").text.lower() == "new"
        WebDriverWait(browser, TIMEOUT).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, ".leaflet-marker-pane .ed-new"))
        status = browser.find_element(By.ID, "status")
        assert status.get_attribute("data-shown") == str(sample.N_PLACED + 1)
        assert status.text.startswith(f"{sample.N_CLUSTERS + 1} events")
        WebDriverWait(browser, TIMEOUT).until(
            lambda d: d.find_element(By.ID, "undated-note").text
            == "1 undated event not on the timeline")
        time.sleep(1.5)  # later polls do not count it again
        assert badge.text == "1 new since you looked"

        # Its source URL is not http(s): shown as text, not as a link.
        fresh[0].click()
        card = WebDriverWait(browser, TIMEOUT).until(lambda d: d.find_element(
            By.CSS_SELECTOR, '#event-detail .ed-source[data-doc="late-goma"]'))
        assert card.find_element(By.CSS_SELECTOR, ".ed-url").text == "javascript:alert(1)"
        assert not card.find_elements(By.CSS_SELECTOR, "a")

        badge.click()  # mark as seen
        assert not badge.is_displayed()
        assert not browser.find_elements(By.CSS_SELECTOR, ".leaflet-marker-pane .ed-new")
        browser.find_element(By.ID, "event-back").click()
        assert not browser.find_elements(By.CSS_SELECTOR, "#list-items .ed-new")
        assert _severe_console_messages(browser) == []
    finally:
        server.stop()


# -- possible matches ------------------------------------------------------------------

DATED_GOMA_CLASH = (
    "dated-goma", "Goma Daily", "https://goma.example/clash", "Clashes near Goma",
    dt.date(2024, 3, 2), "M23 rebels and the army clashed near Goma on Saturday.",
    "M23 rebels and the army clashed near Goma",
    dict(event_type="Battles", sub_event_type="Armed clash", event_date=dt.date(2024, 3, 2),
         time_precision=1, actor1="M23: March 23 Movement", inter1=2,
         actor2="Military Forces of the Democratic Republic of Congo (2019-)", inter2=1,
         country="Democratic Republic of Congo", admin1="North Kivu", location="Goma",
         latitude=-1.6792, longitude=29.2228, geo_precision=2, fatalities=2),
)


def test_an_undated_report_shows_the_dated_event_it_may_be_and_links_to_it(browser, tmp_path):
    path = sample.build(tmp_path / "events.sqlite")
    sample.add(path, [DATED_GOMA_CLASH, sample.UNDATED_LATE_REPORT])
    server = _serve(path)
    try:
        items = _api(server, "/api/clusters?include_undated=true")["items"]
        goma = {c["event_date"]: c for c in items if c["location"] == "Goma"}
        undated, dated = goma[None], goma["2024-03-02"]
        assert undated["cluster_id"] != dated["cluster_id"]  # linked, never merged
        assert dated["cluster_id"] in undated["possible_matches"]
        _open(browser, server, f"#event={undated['cluster_id']}")
        box = WebDriverWait(browser, TIMEOUT).until(
            lambda d: d.find_element(By.ID, "possible-matches"))
        assert "not merged" in box.text
        box.find_element(By.CSS_SELECTOR, f'a[href="#event={dated["cluster_id"]}"]').click()
        WebDriverWait(browser, TIMEOUT).until(lambda d: d.find_elements(
            By.CSS_SELECTOR, f'#event-detail[data-cluster="{dated["cluster_id"]}"]'))
        assert f"event={dated['cluster_id']}" in browser.current_url
    finally:
        server.stop()
