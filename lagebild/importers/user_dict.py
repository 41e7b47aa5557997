"""Convert the actor dictionaries users already have into Lagebild's own editable actor file
(`lagebild/data/user_actors.py`): `lagebild actors import FILE… --format petrarch|csv|yaml`.

* **petrarch**: PETRARCH/TABARI (Phoenix) actor files — each entry becomes an entry with its
  forms, its undated code as `code` and each dated code as a role (PETRARCH's inclusive last day
  becomes the exclusive `end`, the day after) — and agent files (recognised by their `[~CODE]` /
  `[CODE~]` codes), whose forms become agents (`sector`).  Parsing is `importers.petrarch`'s.
* **csv**: a header line and rows `name,code,country,sector,start,end,lang`; `code` may be left
  empty when `country` (and `sector`) give it, and a row with only `sector` is an agent; rows
  with the same name and language are one entry (undated rows its default code, dated rows its
  roles); `lang` is `de`, `en` or empty (both).
* **yaml**: Lagebild actor files, checked and merged.

A bad line or row does not stop the import: it is reported as one line naming `file:line` and
the reason, and the rest is converted.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from pydantic import ValidationError

from ..data.people import PartialDate
from ..data.user_actors import UserEntry, read_user_actors
from ..errors import ErrorCode, LagebildError
from .petrarch import NULL_CODES, read_actors, read_agents

FORMATS = ("petrarch", "csv", "yaml")
CSV_COLUMNS = ("name", "code", "country", "sector", "start", "end", "lang")
_AGENT_CODE = re.compile(r"\[\s*~|~\s*\]")


@dataclass
class Imported:
    """What one import produced: entries in input order, one-line problems, counts per file."""

    entries: list[UserEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    counts: dict[str, Counter] = field(default_factory=dict)

    def summary(self) -> list[str]:
        lines = []
        for name, c in self.counts.items():
            parts = ", ".join(f"{v:,} {k.replace('_', ' ')}" for k, v in c.items())
            lines.append(f"{name}: {parts}")
        lines.append(f"total: {len(self.entries):,} entries, {len(self.problems):,} lines skipped")
        return lines


def _problem(where: str, reason: str) -> str:
    return LagebildError(ErrorCode.E009, where, reason=reason).one_line()


def _is_agents(path: Path) -> bool:
    text = path.read_bytes().decode("utf8", errors="replace")
    return bool(_AGENT_CODE.search(text))


def import_petrarch(paths: Sequence[Path], out: Imported) -> None:
    for path in paths:
        if not path.is_file():
            raise LagebildError(ErrorCode.E008, str(path))
        c = Counter()
        if _is_agents(path):
            agents = read_agents(path, strict=False)
            for e in agents.entries:
                if e.code in NULL_CODES:
                    c["null_coded"] += 1
                    continue
                out.entries.append(UserEntry(id=e.forms[0], names={"en": e.forms}, sector=e.code, source=f"{path.name}:{e.line}"))
                c["agents"] += 1
            out.problems.extend(agents.problems)
            c["lines_skipped"] = len(agents.problems)
        else:
            actors = read_actors(path, strict=False)
            for e in actors.entries:
                codes = [x for x in e.codes if x.code not in NULL_CODES]
                if not codes:
                    c["null_coded"] += 1
                    continue
                default = next((x.code for x in codes if not x.dated), None)
                roles = [
                    {"code": x.code, "start": _day(x.first), "end": _day(x.last + timedelta(days=1)) if x.last else None}
                    for x in codes if x.dated
                ]
                if _add(out, c, f"{path}:{e.line}", dict(id=e.forms[0], names={"en": e.forms}, code=default, roles=roles,
                                                           source=f"{path.name}:{e.line}")):
                    c["dated_entries"] += bool(roles)
                c["forms"] += len(e.forms)
            out.problems.extend(actors.problems)
            c["lines_skipped"] += len(actors.problems)
        out.counts[path.name] = c


def _day(d) -> PartialDate | None:
    return PartialDate(d.year, d.month, d.day) if d is not None else None


def _add(out: Imported, counts: Counter, where: str, fields: dict) -> bool:
    """Validate one entry and add it; an invalid one is a one-line problem naming file:line."""
    try:
        entry = UserEntry(**fields)
    except ValidationError as exc:
        out.problems.append(_problem(where, _reason(exc)))
        counts["lines_skipped"] += 1
        return False
    out.entries.append(entry)
    counts["entries"] += 1
    return True


def _reason(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(x) for x in first["loc"])
    msg = " ".join(str(first["msg"]).split()).removeprefix("Value error, ")
    return f"{where}: {msg}" if where else msg


def import_csv(paths: Sequence[Path], out: Imported) -> None:
    for path in paths:
        c = Counter()
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise LagebildError(ErrorCode.E008, str(path)) from None
        except UnicodeDecodeError:
            raise LagebildError(ErrorCode.E018, str(path), kind="CSV", reason="not UTF-8 text") from None
        reader = csv.DictReader(text.splitlines())
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        missing = [col for col in ("name",) if col not in header]
        unknown = [h for h in header if h not in CSV_COLUMNS]
        if missing or unknown:
            raise LagebildError(ErrorCode.E018, f"{path}:1", kind="CSV",
                                reason=f"the header must name columns of {','.join(CSV_COLUMNS)} (name required)"
                                + (f"; unknown: {', '.join(unknown)}" if unknown else ""))
        # (lang, name) → the rows that make one entry, in file order
        groups: dict[tuple[str, str], dict] = {}
        for line, row in enumerate(reader, start=2):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
            reason = _check_row(row)
            if reason is not None:
                out.problems.append(_problem(f"{path}:{line}", reason))
                c["lines_skipped"] += 1
                continue
            lang = row.get("lang", "").lower()
            key = (lang, " ".join(row["name"].split()).casefold())
            g = groups.setdefault(key, {"name": " ".join(row["name"].split()), "lang": lang, "code": None, "sector": None,
                                        "roles": [], "line": line})
            code = row.get("code") or (row.get("country", "") + row.get("sector", "") if row.get("country") else "")
            if not code:  # sector only: an agent
                g["sector"] = row["sector"].upper()
            elif row.get("start") or row.get("end"):
                g["roles"].append({"code": code.upper(), "start": row.get("start") or None, "end": row.get("end") or None})
            elif g["code"] is None:
                g["code"] = code.upper()
            c["rows"] += 1
        for g in groups.values():
            names = {"de": [g["name"]]} if g["lang"] == "de" else {"en": [g["name"]]}
            if g["lang"] == "en":
                names["de"] = []  # an English-only form: not used for German text
            if not _add(out, c, f"{path}:{g['line']}", dict(id=g["name"], names=names, code=g["code"], sector=g["sector"],
                                                            roles=g["roles"], source=f"{path.name}:{g['line']}")):
                continue
            c["dated_entries"] += bool(g["roles"])
        out.counts[path.name] = c


def _check_row(row: dict[str, str]) -> str | None:
    """Why a CSV row cannot be imported, or None."""
    if not row.get("name"):
        return "empty name"
    code, country, sector = (row.get(k, "").upper() for k in ("code", "country", "sector"))
    block = re.compile(r"^[A-Z0-9]{3,}$")
    if code and not block.match(code):
        return f"code {code!r} is not 3 or more capitals or digits (USAGOV, IGOUNO)"
    if country and not re.fullmatch(r"[A-Z0-9]{3}", country):
        return f"country {country!r} is not a 3-letter code"
    if sector and not block.match(sector):
        return f"sector {sector!r} is not 3 or more capitals or digits (GOV, MIL)"
    if not code and not country and not sector:
        return "give code, country (and sector), or sector"
    if not code and not country and (row.get("start") or row.get("end")):
        return "an agent (sector only) cannot have dates"
    for k in ("start", "end"):
        if row.get(k):
            try:
                PartialDate.parse(row[k])
            except ValueError as exc:
                return f"{k}: {exc}"
    if row.get("start") and row.get("end") and PartialDate.parse(row["end"]).first_day() < PartialDate.parse(row["start"]).first_day():
        return f"end {row['end']} is before start {row['start']}"
    if row.get("lang", "").lower() not in ("", "de", "en"):
        return f"lang {row['lang']!r} is not de, en or empty"
    return None


def import_yaml(paths: Sequence[Path], out: Imported) -> None:
    for path in paths:
        data = read_user_actors(path)  # a broken file is one error for the whole file: it was written to be valid
        out.entries.extend(data.entries)
        out.counts[path.name] = Counter(entries=len(data.entries), dated_entries=sum(e.dated for e in data.entries))


def _line_order(problem: str) -> tuple[str, int]:
    m = re.search(r"\] (.*?):(\d+):", problem)
    return (m[1], int(m[2])) if m else (problem, 0)


def import_files(paths: Iterable[str | Path], fmt: str) -> Imported:
    if fmt not in FORMATS:
        raise LagebildError(ErrorCode.E011, fmt=fmt, choices=", ".join(FORMATS))
    out = Imported()
    files = [Path(p) for p in paths]
    {"petrarch": import_petrarch, "csv": import_csv, "yaml": import_yaml}[fmt](files, out)
    # Reader and schema problems of one file, in line order (files keep the order given).
    order = {str(f): n for n, f in enumerate(files)}
    out.problems.sort(key=lambda p: (order.get(_line_order(p)[0], len(order)), _line_order(p)[1]))
    return out
