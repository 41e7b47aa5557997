"""Dates given by users — a document's date, a filter's bound — as `datetime.date`."""

from __future__ import annotations

from datetime import date as Date

from .errors import ErrorCode, LagebildError


def as_date(value: Date | str | None, subject: str, *, allow_blank: bool = True) -> Date | None:
    """A date from a date or an ISO "YYYY-MM-DD" string; anything else is a one-line E014 naming
    `subject`.  A blank string means no date, unless `allow_blank` is off."""
    if value is None or isinstance(value, Date):
        return value
    if value == "" and allow_blank:
        return None
    try:
        return Date.fromisoformat(value)
    except (TypeError, ValueError):
        raise LagebildError(ErrorCode.E014, subject, value=str(value)) from None
