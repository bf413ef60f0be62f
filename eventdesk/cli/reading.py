"""The reports `extract` and `ingest` code, read as both read them: counted, the undated
ones named, the inputs that could not be read kept to be listed at the end."""

from __future__ import annotations


class Reading:
    """The documents of `paths` (`--published` as `published`), one pass: `count` reports
    read, `problems` the inputs that could not be. A report without a publication date is
    counted and the first few named: their relative dates stay empty and their events sit
    outside every date range, so the command says which they were (`note`)."""

    SHOWN = 5

    def __init__(self, paths, published):
        self.paths, self.published = paths, published
        self.count = 0
        self.problems: list = []
        self.undated = 0
        self.first_undated: list[str] = []

    def __iter__(self):
        from eventdesk.io import read_documents
        from eventdesk.records import Document

        for item in read_documents(self.paths, published=self.published):
            if not isinstance(item, Document):
                self.problems.append(item)
                continue
            self.count += 1
            if item.published is None:
                self.undated += 1
                if len(self.first_undated) < self.SHOWN:
                    self.first_undated.append(item.doc_id)
            yield item

    def note(self) -> str | None:
        """What to say of the reports read without a publication date, if any."""
        from eventdesk.io.cells import _shorten, printable
        if not self.undated:
            return None
        shown = ", ".join(_shorten(printable(doc_id), 60) for doc_id in self.first_undated) + (
            " …" if self.undated > len(self.first_undated) else "")
        return (f"eventdesk: {self.undated} report(s) had no publication date ({shown}); their "
                "relative dates (\"on Friday\") were left unresolved: give each a 'published' "
                "date, or --published DATE for every report")
