"""Article text and metadata from an HTML page with trafilatura: navigation, footers, comments and
other boilerplate are left out, so they never reach the coder."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import ErrorCode, LagebildError

_FULL_DOCUMENT = re.compile(r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_CLOSED = re.compile(r"</(html|body)\s*>", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None
    date: str | None
    author: str | None
    site: str | None
    url: str | None


def looks_like_html(content: str) -> bool:
    head = content.lstrip()[:1000].lower()
    return bool(_FULL_DOCUMENT.match(content[:2000])) or head.startswith("<html") or "<body" in head


def extract_article(content: str, subject: str) -> Article:
    """The main text (paragraphs separated by blank lines) and metadata of one page.

    A full document (one that starts with <!doctype html> or <html>) that never closes its body
    or html element is refused as truncated: a cut-off download would otherwise be coded as if
    complete.  Fragments without an <html> element are not checked."""
    import trafilatura

    if _FULL_DOCUMENT.match(content[:2000]) and not _CLOSED.search(content[-4000:]):
        raise LagebildError(ErrorCode.E023, subject)
    try:
        found = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False, include_tables=False,
                                             favor_precision=True)
    except Exception as exc:  # noqa: BLE001 -- lxml and trafilatura raise many kinds; all mean "unreadable page"
        raise LagebildError(ErrorCode.E016, subject, detail=f" ({type(exc).__name__})") from None
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not text:
        raise LagebildError(ErrorCode.E016, subject, detail="")
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    return Article(
        text="\n\n".join(paragraphs),
        title=getattr(found, "title", None) or None,
        date=getattr(found, "date", None) or None,
        author=getattr(found, "author", None) or None,
        site=getattr(found, "sitename", None) or getattr(found, "hostname", None) or None,
        url=getattr(found, "url", None) or None,
    )
