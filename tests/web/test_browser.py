"""The analyst page in a real headless Chromium (Debian chromium + chromedriver, Selenium),
against uvicorn serving the sample store on a free localhost port."""

from __future__ import annotations

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from . import sample

pytestmark = pytest.mark.browser

TIMEOUT = 20


def _ready(browser, *, after: int = 0) -> int:
    """Wait until the page has drawn the results of a query newer than `after`."""

    def drawn(driver):
        value = driver.find_element(By.TAG_NAME, "body").get_attribute("data-ready")
        return int(value) if value and int(value) > after else False

    return WebDriverWait(browser, TIMEOUT).until(drawn)


def _open(browser, live_server, fragment: str = "") -> int:
    browser.get(f"{live_server.url}/{fragment}")
    return _ready(browser)


def _shown(browser) -> int:
    return int(browser.find_element(By.ID, "status").get_attribute("data-shown"))


def _markers_represented(browser) -> int:
    """Markers drawn alone plus the counts written on marker-cluster bubbles."""
    # Counted in one script: marker-cluster animations replace icons between two lookups.
    return browser.execute_script(
        "const pane = document.querySelector('.leaflet-marker-pane');"
        "const singles = pane.querySelectorAll('.ed-marker').length;"
        "const groups = [...pane.querySelectorAll('.ed-cluster span')]"
        "  .reduce((n, span) => n + Number(span.textContent), 0);"
        "return singles + groups;")


def _severe_console_messages(browser) -> list[str]:
    return [m["message"] for m in browser.get_log("browser") if m["level"] == "SEVERE"]


def test_markers_appear_for_the_sample_store(browser, live_server):
    _open(browser, live_server)
    assert _shown(browser) == sample.N_PLACED
    WebDriverWait(browser, TIMEOUT).until(
        lambda d: _markers_represented(d) == sample.N_PLACED)
    # The Natural Earth basemap is drawn from the package's world-atlas copy.
    WebDriverWait(browser, TIMEOUT).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, ".leaflet-overlay-pane path")) > 100)
    legend = browser.find_elements(By.CSS_SELECTOR, "#legend li")
    assert [li.text for li in legend][:3] == [
        "Battles", "Explosions/Remote violence", "Violence against civilians"]
    bars = browser.find_elements(By.CSS_SELECTOR, "#timeline rect.ed-bar")
    assert len(bars) == sample.N_CLUSTERS
    assert len(browser.find_elements(By.CSS_SELECTOR, "#list-items li button")) == \
        sample.N_CLUSTERS
    # Nothing was fetched from anywhere but this server, and nothing broke (CSP included).
    resources = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    assert resources and all(r.startswith(live_server.url + "/") for r in resources), resources
    assert _severe_console_messages(browser) == []
    # No external address anywhere in the rendered page either (not even a link).
    urls = browser.execute_script(
        "return [...document.documentElement.outerHTML.matchAll(/https?:\\/\\/[^\\s\"'<>]+/g)]"
        ".map(m => m[0])")
    assert set(urls) <= {"http://www.w3.org/2000/svg"}, urls


def test_editing_the_address_applies_its_filters(browser, live_server):
    seq = _open(browser, live_server)
    browser.execute_script("location.hash = 'country=Ukraine&admin1=Kharkiv'")
    _ready(browser, after=seq)
    assert _shown(browser) == 1
    assert Select(browser.find_element(By.ID, "f-admin1")).first_selected_option.text == "Kharkiv"


def test_an_address_in_another_case_selects_the_menu_it_means(browser, live_server):
    """'#country=ukraine' left the menu blank and every event shown: the filter looked set
    and was not. A value in any case picks its option; one no option has shows 'All'."""
    _open(browser, live_server, "#country=ukraine&admin1=KHARKIV")
    assert _shown(browser) == 1
    assert Select(browser.find_element(By.ID, "f-country")).first_selected_option.text == \
        "Ukraine"
    assert Select(browser.find_element(By.ID, "f-admin1")).first_selected_option.text == \
        "Kharkiv"
    _open(browser, live_server)
    everything = _shown(browser)
    _open(browser, live_server, "#country=Narnia")
    assert Select(browser.find_element(By.ID, "f-country")).first_selected_option.text == \
        "All countries"
    assert _shown(browser) == everything


def test_markers_are_coloured_by_event_type(browser, live_server):
    _open(browser, live_server, "#country=Sudan")
    marker = WebDriverWait(browser, TIMEOUT).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".leaflet-marker-pane .ed-marker"))
    assert "ed-t0" in marker.get_attribute("class")  # Battles
    battles = marker.value_of_css_property("background-color")
    legend_battles = browser.execute_script(
        "return getComputedStyle(document.querySelector('#legend li.ed-t0'), '::before')"
        ".backgroundColor")
    # Selenium reports rgba(), getComputedStyle rgb(): the same colour either way.
    assert battles == "rgba(192, 57, 43, 1)"
    assert legend_battles == "rgb(192, 57, 43)"


def test_a_filter_changes_what_is_shown(browser, live_server):
    seq = _open(browser, live_server)
    assert _shown(browser) == sample.N_PLACED

    Select(browser.find_element(By.ID, "f-country")).select_by_visible_text("Nigeria")
    seq = _ready(browser, after=seq)
    assert _shown(browser) == 2
    WebDriverWait(browser, TIMEOUT).until(lambda d: _markers_represented(d) == 2)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline rect.ed-bar")) == 2
    assert "country=Nigeria" in browser.current_url
    region = Select(browser.find_element(By.ID, "f-admin1"))
    assert [o.text for o in region.options] == ["All regions", "Borno", "Lagos"]

    region.select_by_visible_text("Borno")
    seq = _ready(browser, after=seq)
    assert _shown(browser) == 1
    items = browser.find_elements(By.CSS_SELECTOR, "#list-items li button")
    assert len(items) == 1 and "Maiduguri" in items[0].text

    browser.find_element(By.ID, "f-reset").click()
    seq = _ready(browser, after=seq)
    assert _shown(browser) == sample.N_PLACED

    minimum = browser.find_element(By.ID, "f-min-sources")
    # Select the old value and type over it; Tab leaves the field, which fires one "change".
    minimum.send_keys(Keys.CONTROL, "a")
    minimum.send_keys("2", Keys.TAB)
    seq = _ready(browser, after=seq)
    assert _shown(browser) == 1

    browser.find_element(By.ID, "f-reset").click()
    seq = _ready(browser, after=seq)
    assert _shown(browser) == sample.N_PLACED

    browser.find_element(By.ID, "f-actor").send_keys("rapid support", Keys.TAB)
    seq = _ready(browser, after=seq)
    assert _shown(browser) == 1
    assert "Khartoum" in browser.find_element(By.ID, "list-items").text

    browser.find_element(By.ID, "f-reset").click()
    seq = _ready(browser, after=seq)
    # Clicking a day in the timeline narrows the dates to it.
    browser.find_element(By.CSS_SELECTOR, '#timeline rect[data-date="2024-03-04"]').click()
    _ready(browser, after=seq)
    assert browser.find_element(By.ID, "f-since").get_attribute("value") == "2024-03-04"
    items = browser.find_elements(By.CSS_SELECTOR, "#list-items li button")
    assert len(items) == 1 and "Khartoum" in items[0].text


def test_clicking_an_event_shows_the_highlighted_evidence(browser, live_server):
    _open(browser, live_server, "#min_sources=2")
    assert _shown(browser) == 1
    marker = WebDriverWait(browser, TIMEOUT).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".leaflet-marker-pane .ed-marker"))
    marker.click()
    detail = WebDriverWait(browser, TIMEOUT).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "#event-detail"))
    marks = WebDriverWait(browser, TIMEOUT).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#event-detail .ed-source mark"))
    assert sorted(m.text for m in marks) == sorted(sample.CONTRADICTED_EVIDENCE.values())
    sources = detail.find_elements(By.CSS_SELECTOR, ".ed-source")
    assert len(sources) == 2
    text = detail.text
    assert "Wire Agency" in text and "Activist Monitor" in text
    assert "claimed by regional governor" in text
    assert "fatalities 12" in text and "fatalities 15" in text
    assert "12–15" in text  # the cluster's fatality range
    assert "Military Forces of Russia (2000-): “occupiers”" in text  # the outlet's framing
    contradictions = detail.find_element(By.ID, "contradictions")
    assert "fatalities differ" in contradictions.text

    browser.find_element(By.ID, "event-back").click()
    assert browser.find_element(By.ID, "event-list").is_displayed()


def test_report_text_is_escaped_not_interpreted(browser, live_server):
    _open(browser, live_server, "#event_type=Explosions%2FRemote+violence")
    browser.find_element(By.CSS_SELECTOR, "#list-items li button").click()
    detail = WebDriverWait(browser, TIMEOUT).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "#event-detail .ed-source"))
    assert sample.HOSTILE_TITLE in detail.find_element(By.TAG_NAME, "h4").text
    assert "<script>officials</script>" in detail.find_element(By.CSS_SELECTOR, ".ed-text").text
    assert not detail.find_elements(By.CSS_SELECTOR, "img, script, b")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - raises when no alert() ran


def test_api_docs_render_offline(browser, live_server):
    browser.get(f"{live_server.url}/docs")
    WebDriverWait(browser, TIMEOUT).until(
        lambda d: "/api/clusters.geojson" in d.find_element(By.ID, "swagger-ui").text)
    resources = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    assert all(r.startswith(live_server.url + "/") for r in resources), resources


def test_optional_tile_server_is_used_and_allowed_by_the_csp(browser, live_server, sample_db):
    from eventdesk.web import create_app

    from .conftest import LiveServer

    # Tiles from another origin (localhost vs 127.0.0.1): the live server's favicon stands in.
    tile_url = (f"http://localhost:{live_server.port}/static/favicon.svg"
                "?z={z}&x={x}&y={y}")
    server = LiveServer(create_app(sample_db, tile_url=tile_url)).start()
    try:
        browser.get(f"{server.url}/")
        _ready(browser)
        WebDriverWait(browser, TIMEOUT).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "img.leaflet-tile-loaded"))
        resources = browser.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)")
        assert any(r.startswith(f"http://localhost:{live_server.port}/static/favicon.svg?z=")
                   for r in resources)
        assert _severe_console_messages(browser) == []
    finally:
        server.stop()


def test_an_empty_store_shows_an_empty_page_without_errors(browser, tmp_path):
    from eventdesk.store import Store
    from eventdesk.web import create_app

    from .conftest import LiveServer

    Store.open(tmp_path / "empty.sqlite").close()
    server = LiveServer(create_app(tmp_path / "empty.sqlite")).start()
    try:
        browser.get(f"{server.url}/")
        _ready(browser)
        assert _shown(browser) == 0
        assert browser.find_element(By.ID, "status").text.startswith("0 events")
        assert "No event matches." in browser.find_element(By.ID, "list-items").text
        assert "No dated events" in browser.find_element(By.ID, "timeline").text
        assert _severe_console_messages(browser) == []
    finally:
        server.stop()


def test_impossible_dates_are_reported_not_drawn(browser, live_server):
    browser.get(f"{live_server.url}/#since=2024-03-05&until=2024-03-01")
    status = WebDriverWait(browser, TIMEOUT).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "#status.ed-error"))
    assert "until: until is before since" in status.text
    assert browser.find_element(By.TAG_NAME, "body").get_attribute("data-ready") is None
