"""Reading reports (text, folders, stdin, HTML, CSV, JSON, JSON Lines, gzip'd JSON Lines,
WARC) and writing events, a module per concern:

- `inputs`: which files a path names, the size limit, bounded line reads, counts;
- `decoding`: bytes to text and the checks every document passes (Unicode, English);
- `reading`: each file or stdin handed to the reader of its format, namely
  `json_input`, `csv_input`, `html_input` and `warc_input`;
- `export_rows`: an event or a cluster as ACLED's columns, with its ids and source;
- `cells`: one value as a table, CSV or JSON cell, or as text safe for a terminal;
- `writers`: the writer of each output format; `tables` the terminal table.

Readers yield `InputProblem`s instead of raising, so a batch goes on past a bad file and
the command lists the bad ones at the end. Callers import from `eventdesk.io`.
"""

from __future__ import annotations

from eventdesk.io.cells import csv_safe, framing_text, json_line, printable
from eventdesk.io.decoding import looks_english, text_charset, unicode_problem
from eventdesk.io.export_rows import (
    ACLED_EXPORT_COLUMNS,
    CLUSTER_EXPORT_COLUMNS,
    EVENT_EXPORT_COLUMNS,
    UNKNOWN_COUNTRY,
    Provenance,
    cluster_export_row,
    event_id_cnty,
    export_row,
    provenance_key,
    record_key,
    record_source,
    url_host,
)
from eventdesk.io.html_input import read_html
from eventdesk.io.inputs import (
    FOLDER_SUFFIXES,
    LINE_FORMATS,
    READ_ERRORS,
    InputProblem,
    bounded_lines,
    count_documents,
    count_lines,
    input_files,
    is_stream,
    max_bytes,
    missing_inputs,
    path_text,
    suffix_of,
)
from eventdesk.io.json_input import json_loads
from eventdesk.io.reading import read_documents, read_line_slice
from eventdesk.io.writers import (
    FORMATS,
    point_feature,
    write_clusters,
    write_coded,
    write_events,
    write_stored_events,
)

__all__ = [
    "ACLED_EXPORT_COLUMNS", "CLUSTER_EXPORT_COLUMNS", "EVENT_EXPORT_COLUMNS", "FOLDER_SUFFIXES",
    "FORMATS", "LINE_FORMATS", "READ_ERRORS", "UNKNOWN_COUNTRY", "InputProblem", "Provenance",
    "bounded_lines", "cluster_export_row", "count_documents", "count_lines", "csv_safe",
    "event_id_cnty", "export_row", "framing_text", "input_files", "is_stream", "json_line",
    "json_loads", "looks_english", "max_bytes", "missing_inputs", "path_text", "point_feature",
    "printable", "provenance_key", "read_documents", "read_html", "read_line_slice",
    "record_key", "record_source", "suffix_of", "text_charset", "unicode_problem", "url_host",
    "write_clusters", "write_coded", "write_events", "write_stored_events",
]
