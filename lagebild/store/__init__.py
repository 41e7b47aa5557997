"""The event store: an embedded DuckDB database of documents, their coded events, the coding runs
that produced them and the inputs that failed.  See `db.Store`; exports in `export`, canned
queries in `query`."""

from __future__ import annotations

from .db import DEFAULT_DB, DocumentRecord, Store, content_id, open_store
from .schema import latest_version, migrate
from .version import CoderVersion, coder_version

__all__ = ["DEFAULT_DB", "CoderVersion", "DocumentRecord", "Store", "coder_version", "content_id", "latest_version",
           "migrate", "open_store"]
