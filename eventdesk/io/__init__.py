"""Reading reports (text, folders, stdin, HTML, JSON Lines, gzip'd JSON Lines, WARC) and
writing events.

Readers yield `InputProblem`s instead of raising, so a batch goes on past a bad file and
the command lists the bad ones at the end.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import gzip
import hashlib
import io
import itertools
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from eventdesk import settings
from eventdesk.errors import UsageError, one_line
from eventdesk.records import Document, Event
from eventdesk.io.writers import FORMATS, _write_rows, _check_format, write_events, write_stored_events, write_clusters  # noqa: F401, E501
from eventdesk.io.tables import _TABLE_CELL, _write_cluster_table, _deaths, _place_label, _write_table  # noqa: F401, E501
from eventdesk.io.export_rows import ACLED_EXPORT_COLUMNS, EVENT_EXPORT_COLUMNS, CLUSTER_EXPORT_COLUMNS, UNKNOWN_COUNTRY, Provenance, url_host, record_source, event_id_cnty, provenance_key, record_key, _event_number, _acled_fields, export_row, cluster_export_row  # noqa: F401, E501
from eventdesk.io.cells import framing_text, _cell, _shorten, _LINE_BREAKS, json_line, _FORMULA_STARTS, _NUMBER, csv_safe, _csv_cell  # noqa: F401, E501
from eventdesk.io.reading import read_documents, read_line_slice, _read_stdin, _sniff, _read_file  # noqa: F401, E501
from eventdesk.io.warc_input import _read_warc  # noqa: F401, E501
from eventdesk.io.html_input import _MIN_ARTICLE_WORDS, read_html  # noqa: F401, E501
from eventdesk.io.csv_input import _from_csv, _CSV_FIELDS, _csv_delimiter  # noqa: F401, E501
from eventdesk.io.json_input import _from_json, _from_jsonl, _json_limit, json_loads, _from_record, _read_json_file  # noqa: F401, E501
from eventdesk.io.decoding import _CHARSET, _META_CHARSET, _declared_charset, text_charset, _NOT_CHARSETS, _decode, _ENGLISH_STOPWORDS, _OTHER_STOPWORDS, _MIN_WORDS_FOR_LANGUAGE, _SHORT_TEXT_WORDS, _MIN_STOPWORD_SHARE, looks_english, _is_latin, unicode_problem, _checked  # noqa: F401, E501
from eventdesk.io.inputs import FOLDER_SUFFIXES, LINE_FORMATS, InputProblem, max_bytes, _size, suffix_of, path_text, input_files, missing_inputs, count_documents, _documents_in, count_lines, _open_lines, _folder_files, _read_at_most, bounded_lines, _CHUNK  # noqa: F401, E501


# --------------------------------------------------------------------------- writers


