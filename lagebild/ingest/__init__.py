"""Ingestion: read text, HTML, JSON lines, CSV and Parquet inputs (files, directories, globs,
stdin), code them and put them in the store.  `ingest` is the entry point; `readers` turns inputs
into documents."""

from __future__ import annotations

from .readers import FORMATS, Source, expand, read
from .run import INGEST_BATCH_SIZE, Coder, IngestReport, Progress, default_coder, ingest

__all__ = ["FORMATS", "INGEST_BATCH_SIZE", "Coder", "IngestReport", "Progress", "Source", "default_coder", "expand", "ingest", "read"]
