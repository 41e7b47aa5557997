"""Lagebild: open political event data from German and English news.

The public surface is listed in `__all__` (pinned by a test); everything else is private.
"""

from __future__ import annotations

from .errors import ErrorCode, LagebildError
from .events.api import CodedDoc, InputDoc, code_docs, code_text
from .events.records import Actor, Event
from .nlp import available_languages, detect_language, parse, parse_many
from .nlp import load as load_pipeline
from .settings import Settings, load_settings

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "CodedDoc",
    "ErrorCode",
    "Event",
    "InputDoc",
    "code_docs",
    "code_text",
    "LagebildError",
    "Settings",
    "__version__",
    "available_languages",
    "detect_language",
    "load_pipeline",
    "load_settings",
    "parse",
    "parse_many",
]
