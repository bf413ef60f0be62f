"""A device or endless pipe given where a command reads a whole file (a gold or prediction
file, a feed list): before, /dev/zero was read until the system killed the
process for its memory; now it is refused past the max_bytes setting with a coded error
naming it. A named file is still read whole, whatever its size."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventdesk.errors import GoldFormatError, UsageError

pytestmark = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")


@pytest.fixture()
def zero(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTDESK_MAX_BYTES", "4096")

    def link(name: str) -> Path:
        path = tmp_path / name
        path.symlink_to("/dev/zero")
        return path

    return link


def test_a_device_as_the_gold_or_prediction_file_is_a_gold_format_error(zero):
    from eventdesk.evaluate import load_gold, load_predictions

    for load in (load_gold, load_predictions):
        path = zero(f"{load.__name__}.jsonl")
        with pytest.raises(GoldFormatError, match="pipe or device that sent more than the "
                                                  "max_bytes limit") as caught:
            load(path)
        assert str(path) in str(caught.value)


def test_a_device_as_the_feed_list_is_a_usage_error(zero):
    from eventdesk.watch import read_feed_list

    path = zero("feeds.txt")
    with pytest.raises(UsageError, match="cannot read the feed list: a pipe or device"):
        read_feed_list(str(path))


def test_a_file_larger_than_max_bytes_is_still_read_whole(tmp_path, monkeypatch):
    from eventdesk.bounded import read_bytes

    monkeypatch.setenv("EVENTDESK_MAX_BYTES", "10")
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 100)
    assert read_bytes(path) == b"x" * 100


def test_a_feed_list_line_that_is_no_url_is_shown_shortened(tmp_path):
    from eventdesk.watch import read_feed_list

    path = tmp_path / "reports.jsonl"
    path.write_text('{"text": "' + "x" * 5000 + '"}\n', encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        read_feed_list(str(path))
    message = str(caught.value)
    assert "line 1: " in message and "is not an http(s) URL (one feed URL a line)" in message
    assert len(message) < 250
