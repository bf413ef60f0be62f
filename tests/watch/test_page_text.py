"""An article page's text whatever charset its HTTP header names (found by generation: a
header naming a codec that is no charset crashed the decoding, and the article was retried
every round for ever)."""

from __future__ import annotations

import encodings.aliases

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdesk.watch import page_text

PAGE = "<html><body><p>Troops shelled Homs on Friday, caf\u00e9 owners said.</p></body></html>"
CODECS = sorted(set(encodings.aliases.aliases) | set(encodings.aliases.aliases.values())
                | {"undefined", "unicode_escape", "rot13", "no-such-charset"})


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(st.sampled_from(CODECS), st.binary(max_size=20))
def test_any_declared_charset_gives_text(codec, tail):
    response = httpx.Response(200, headers={"content-type": f"text/html; charset={codec}"},
                              content=PAGE.encode("utf-8") + tail)
    assert isinstance(page_text(response), str)


def test_a_codec_that_is_no_charset_is_read_as_utf8_a_real_one_as_declared():
    for codec in ("base64", "zlib", "rot13", "undefined"):
        response = httpx.Response(200, headers={"content-type": f"text/html; charset={codec}"},
                                  content=PAGE.encode("utf-8"))
        assert page_text(response) == PAGE
    latin = httpx.Response(200, headers={"content-type": "text/html; charset=iso-8859-1"},
                           content=PAGE.encode("latin-1"))
    assert page_text(latin) == PAGE
