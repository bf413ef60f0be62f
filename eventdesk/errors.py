"""One catalogue of coded, actionable errors.

Library code raises these; only the CLI turns them into messages and exit codes.
"""

from __future__ import annotations


class EventdeskError(Exception):
    """Base of every error a user can cause or fix. `code` is stable and documented."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None):
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class InputError(EventdeskError):
    """A document cannot be read or is not a news report eventdesk can process."""

    code = "E001"


class ModelError(EventdeskError):
    """The spaCy model is missing or has the wrong version."""

    code = "E002"


class GazetteerError(EventdeskError):
    """The gazetteer index is missing, corrupt, or an import file is malformed."""

    code = "E003"


class GoldFormatError(EventdeskError):
    """A gold or prediction file does not follow GUIDELINES.md."""

    code = "E004"


class StoreError(EventdeskError):
    """The event store cannot be opened, migrated or queried."""

    code = "E005"


class UsageError(EventdeskError):
    """An option has an impossible value (e.g. an unparseable --published)."""

    code = "E006"


class ActorDataError(EventdeskError):
    """An actor data file (eventdesk/data/actors/*.toml) is malformed or inconsistent."""

    code = "E007"


class DownloadError(GazetteerError):
    """A GeoNames file cannot be fetched or is damaged (404, refused, truncated, bad zip)."""

    code = "E010"
