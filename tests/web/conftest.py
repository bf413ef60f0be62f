"""Fixtures for the web tests: the sample store, an in-process client, a live server in a
background thread and a real headless Chromium driven by Selenium.

The browser tests never skip in CI: when chromium, chromedriver or the front-end vendor
files are missing, the session fixture installs them (scripts/ensure-chromium.sh,
scripts/setup-web.sh) and fails if that does not work while the CI variable is set.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest

from eventdesk.web import create_app, pages

from . import sample

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROME_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,900",
)


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """The sample store, built once per session with Store.add."""
    return sample.build(tmp_path_factory.mktemp("store") / "events.sqlite")


@pytest.fixture()
def client(sample_db):
    """An in-process client of the read-only app over the sample store."""
    from fastapi.testclient import TestClient

    with TestClient(create_app(sample_db)) as test_client:
        yield test_client


@pytest.fixture()
def assets_present(monkeypatch):
    """Pretend setup-web.sh has run, for tests that only look at HTML and headers."""
    monkeypatch.setattr(pages, "missing_assets", lambda **_: [])


def _browser_missing() -> list[str]:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not os.access(p, os.X_OK)]
    return missing + [f"vendor/{name}" for name in pages.missing_assets()]


def _run_setup(script: str) -> str:
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / script)], capture_output=True, text=True,
        timeout=900, check=False,
    )
    return "" if result.returncode == 0 else f"{script} failed: {result.stderr.strip()[-800:]}"


@pytest.fixture(scope="session")
def browser_ready() -> None:
    """Chromium, chromedriver and the vendor files, installed here when missing."""
    ensure_browser()


def ensure_browser() -> None:
    """Install what the browser tests need when it is missing; fail (CI) or skip otherwise.

    Failing instead of skipping when CI is set means the browser tests cannot silently
    vanish from a CI run.
    """
    problems = []
    if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
        problems.append(_run_setup("ensure-chromium.sh"))
    if pages.missing_assets():
        if shutil.which("npm"):
            problems.append(_run_setup("setup-web.sh"))
        else:
            problems.append("npm is not installed, so scripts/setup-web.sh cannot run")
    still = _browser_missing()
    if still:
        message = (f"browser tests need {', '.join(still)}; "
                   + "; ".join(p for p in problems if p))
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


class LiveServer:
    """uvicorn serving an app on a free localhost port in a daemon thread."""

    def __init__(self, app):
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture(scope="session")
def live_server(sample_db, browser_ready):
    """The read-only app over the sample store, served by uvicorn on 127.0.0.1."""
    server = LiveServer(create_app(sample_db, allowed_hosts=["127.0.0.1", "localhost"]))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def _chromium_session(browser_ready):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="eventdesk-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture()
def browser(_chromium_session, live_server):
    """The shared headless Chromium, on a blank page at the start of each test."""
    _chromium_session.get("about:blank")
    _chromium_session.get_log("browser")  # drop messages left by an earlier test
    yield _chromium_session
