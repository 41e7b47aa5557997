"""`lagebild report`: one self-contained HTML file (charts inlined) and the same charts as PNG
files, for people who want a file rather than the dashboard.  Reads the store through
`lagebild.analyse`, so the numbers are the HTTP API's numbers."""

from .build import Report, build_report

__all__ = ["Report", "build_report"]
