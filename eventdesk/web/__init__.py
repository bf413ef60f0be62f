"""The analyst web app: a read-only JSON/GeoJSON API over the event store and a map page."""

from eventdesk.web.app import create_app
from eventdesk.web.pages import STATIC_DIR

__all__ = ["STATIC_DIR", "create_app"]
