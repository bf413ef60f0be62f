"""The page, /docs and `eventdesk serve`, without a browser."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from eventdesk.cli import main
from eventdesk.cli.serve import is_loopback
from eventdesk.web import STATIC_DIR, create_app, pages
from eventdesk.web import app as web_app

OWN_FILES = ("index.html", "app.js", "app.css")
# The SVG namespace is an identifier the browser never fetches.
NOT_FETCHED = {"http://www.w3.org/2000/svg"}


@pytest.mark.parametrize("name", OWN_FILES)
def test_own_front_end_files_name_no_external_url(name):
    text = (STATIC_DIR / name).read_text(encoding="utf-8")
    urls = set(re.findall(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"')]*", text)) - NOT_FETCHED
    assert not urls, urls


def test_every_vendor_file_the_page_loads_is_checked_and_copied():
    setup = (STATIC_DIR.parents[2] / "scripts" / "setup-web.sh").read_text(encoding="utf-8")
    referenced = set()
    for name in OWN_FILES:
        text = (STATIC_DIR / name).read_text(encoding="utf-8")
        referenced |= set(re.findall(r"/static/vendor/([\w./-]+)", text))
    assert referenced
    for path in referenced:
        assert path in pages.REQUIRED_ASSETS, path
        assert f":{path}\"" in setup, path


def test_inline_scripts_and_handlers_are_absent_from_the_page():
    html = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)
    assert not re.search(r"\son[a-z]+=", html)
    assert "style=" not in html


def test_app_js_never_uses_inner_html_for_store_text():
    js = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    assert ".innerHTML" not in js
    assert "insertAdjacentHTML" not in js
    assert "document.write" not in js


def test_page_is_served_with_a_strict_csp(sample_db, assets_present):
    with TestClient(create_app(sample_db)) as client:
        response = client.get("/")
    assert response.status_code == 200
    assert '<div id="map"' in response.text
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "connect-src 'self'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"


def test_docs_load_swagger_ui_from_the_package(sample_db, assets_present):
    with TestClient(create_app(sample_db)) as client:
        html = client.get("/docs").text
        assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in html
        assert "/static/vendor/swagger-ui/swagger-ui.css" in html
        assert not re.search(r"https?://", html), "docs must not load anything external"
        assert client.get("/redoc").status_code == 404


def test_missing_vendor_files_say_how_to_install_them(sample_db, monkeypatch):
    monkeypatch.setattr(pages, "missing_assets", lambda **_: ["leaflet/leaflet.js"])
    with TestClient(create_app(sample_db)) as client:
        for path in ("/", "/docs"):
            response = client.get(path)
            assert response.status_code == 503
            assert "scripts/setup-web.sh" in response.text
            assert "leaflet/leaflet.js" in response.text


def test_missing_assets_lists_what_setup_has_not_copied(tmp_path):
    assert pages.missing_assets(vendor_dir=tmp_path) == list(pages.REQUIRED_ASSETS)
    for name in pages.REQUIRED_ASSETS:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert pages.missing_assets(vendor_dir=tmp_path) == []


@pytest.fixture()
def fake_uvicorn(monkeypatch):
    """Capture what `eventdesk serve` would run instead of starting a server."""
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    return calls


@pytest.fixture()
def any_port(monkeypatch):
    """Skip the bind probe, so port 8000 being busy on this machine cannot fail a test."""
    from eventdesk.cli import serve

    monkeypatch.setattr(serve, "check_can_listen", lambda host, port: None)


def test_serve_defaults_to_loopback_and_read_only(sample_db, fake_uvicorn, assets_present,
                                                   monkeypatch, any_port):
    monkeypatch.delenv("EVENTDESK_TILE_URL", raising=False)
    assert main(["serve", "--db", str(sample_db)]) == 0
    (app, kwargs), = fake_uvicorn
    assert kwargs["host"] == "127.0.0.1" and kwargs["port"] == 8000
    assert app.state.readonly is True and app.state.tile_url is None
    assert app.state.poll_seconds == web_app.DEFAULT_POLL_SECONDS
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/api/facets", headers={"host": "attacker.example"}).status_code == 400


def test_serve_options(sample_db, fake_uvicorn, assets_present, any_port):
    url = "http://127.0.0.1:8080/{z}/{x}/{y}.png"
    args = ["serve", "--db", str(sample_db), "--host", "0.0.0.0", "--port", "9001",
            "--tile-url", url, "--writable", "--poll", "5"]
    assert main(args) == 0
    (app, kwargs), = fake_uvicorn
    assert (kwargs["host"], kwargs["port"]) == ("0.0.0.0", 9001)
    assert app.state.readonly is False and app.state.tile_url == url
    assert app.state.poll_seconds == 5


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "86401"])
def test_serve_rejects_a_polling_interval_out_of_range(sample_db, fake_uvicorn, assets_present,
                                                       any_port, capsys, value):
    assert main(["serve", "--db", str(sample_db), "--poll", value]) == 2
    assert "polling interval" in capsys.readouterr().err
    assert not fake_uvicorn


def test_serve_takes_the_tile_url_setting(sample_db, fake_uvicorn, assets_present, monkeypatch,
                                          any_port):
    monkeypatch.setenv("EVENTDESK_TILE_URL", "http://localhost:7000/{z}/{x}/{y}.png")
    assert main(["serve", "--db", str(sample_db)]) == 0
    assert fake_uvicorn[0][0].state.tile_url == "http://localhost:7000/{z}/{x}/{y}.png"


def test_serve_without_a_store_says_so(tmp_path, fake_uvicorn, capsys):
    assert main(["serve", "--db", str(tmp_path / "nope.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "no event store" in err and "nope.sqlite" in err and "[E005]" in err
    assert not fake_uvicorn


def test_serve_without_vendor_files_says_run_setup(sample_db, fake_uvicorn, capsys,
                                                   monkeypatch):
    monkeypatch.setattr(pages, "missing_assets", lambda **_: ["leaflet/leaflet.js"])
    assert main(["serve", "--db", str(sample_db)]) == 2
    assert "run scripts/setup-web.sh" in capsys.readouterr().err
    assert not fake_uvicorn


def test_serve_rejects_impossible_ports(sample_db, fake_uvicorn, assets_present, capsys):
    assert main(["serve", "--db", str(sample_db), "--port", "70000"]) == 2
    assert "--port" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("host", "expected"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("127.0.0.2", True),
     ("0.0.0.0", False), ("192.168.1.5", False), ("example.org", False)],
)
def test_is_loopback(host, expected):
    assert is_loopback(host) is expected


@pytest.fixture()
def browser_unobtainable(monkeypatch, tmp_path):
    """A machine where chromium is absent and installing it fails."""
    from . import conftest

    monkeypatch.setattr(conftest, "CHROMIUM", str(tmp_path / "no-chromium"))
    ran = []
    monkeypatch.setattr(conftest, "_run_setup", lambda script: ran.append(script) or "failed")
    return ran


def test_browser_tests_fail_in_ci_when_chromium_cannot_be_installed(browser_unobtainable,
                                                                     monkeypatch):
    from . import conftest

    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="no-chromium"):
        conftest.ensure_browser()
    assert browser_unobtainable[0] == "ensure-chromium.sh"


def test_browser_tests_skip_outside_ci_when_chromium_cannot_be_installed(browser_unobtainable,
                                                                         monkeypatch):
    from . import conftest

    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no-chromium"):
        conftest.ensure_browser()


def test_serve_says_when_the_port_is_taken(sample_db, fake_uvicorn, assets_present, capsys):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", "--db", str(sample_db), "--port", str(port)]) == 2
    assert "cannot listen on 127.0.0.1 port" in capsys.readouterr().err
    assert not fake_uvicorn


@pytest.mark.parametrize("host", [".", "x" * 70 + ".example", "\ud800", "a..b"])
def test_a_host_that_is_no_name_is_a_usage_error(sample_db, fake_uvicorn, assets_present,
                                                 capsys, host):
    """A host name the IDNA codec refuses (an empty or 64-letter label, a lone surrogate
    from undecodable bytes) was a UnicodeError traceback."""
    assert main(["serve", "--db", str(sample_db), "--host", host]) == 2
    err = capsys.readouterr().err
    assert "--host" in err and "Traceback" not in err and not fake_uvicorn
