"""The HTTP API over the event store (`lagebild serve`), and the dashboard's static files.

Needs the `serve` extra: `pip install 'lagebild[serve]'`."""

from __future__ import annotations

from .app import DEFAULT_CODE_RATE_LIMIT, DEFAULT_MAX_BODY, DEFAULT_RATE_LIMIT, create_app

__all__ = ["DEFAULT_CODE_RATE_LIMIT", "DEFAULT_MAX_BODY", "DEFAULT_RATE_LIMIT", "create_app"]
