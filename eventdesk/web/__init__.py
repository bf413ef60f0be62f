"""The analyst web app: a read-only JSON/GeoJSON API over the event store and a map page."""

from eventdesk.web.app import STATIC_DIR, VENDOR_DIR, create_app, missing_assets

__all__ = ["STATIC_DIR", "VENDOR_DIR", "create_app", "missing_assets"]
