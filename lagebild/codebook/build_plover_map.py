"""Regenerate `cameo_plover.yaml` from the PLOVER project's CAMEO-to-PLOVER conversion table.

The table (`CAMEO2PLOVER-2021.txt`, kept in `../shared/reference/`) has one line per CAMEO code,
`CODE: TYPE, mode, context[; context] # CAMEO description`, grouped under two-digit section
headers `NN: TYPE`. This module turns it into our YAML file, so the mapping in the package can be
rebuilt and checked against its source at any time:

    .venv/bin/python -m lagebild.codebook.build_plover_map [TABLE] [OUT]

How the table is read (every decision is written into the output as a note):

- a section header `NN: TYPE` gives the mapping of the two-digit root code NN (type only); when a
  root has a second header with another type (08 is split into CONCEDE and RETREAT), the first
  header is the root's mapping;
- a code line gives that code's type, mode and contexts, whatever section it stands in (some codes,
  e.g. 191, 192 and 201, are listed under another root's header);
- surrounding spaces are stripped from every field; an empty mode is `null`, contexts are a list;
- a code listed twice with the same mapping is kept once; listed twice with different mappings it
  is an error, because we cannot tell which one the authors meant;
- where the table contradicts the PLOVER manual, the manual wins (`MANUAL_OVERRIDES`: 163,
  sanctions, is SANCTION/discontinue in the manual, COERCE/restrict in the table).

Codes the table does not list are not written here: the loader gives them the mapping of their
nearest listed parent (see `lagebild.codebook.to_plover`).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

_CODE = re.compile(r"^\d{2,4}$")
_TYPE = re.compile(r"^[A-Z]+$")
_WORD = re.compile(r"^[a-z][a-z_-]*$")
_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")

DEFAULT_TABLE = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "CAMEO2PLOVER-2021.txt"
DEFAULT_OUTPUT = Path(__file__).resolve().parent / "cameo_plover.yaml"


@dataclass(frozen=True)
class TableRow:
    code: str
    type: str
    mode: str | None
    context: tuple[str, ...]
    line: int
    header: bool


def _row(line_no: int, code: str, fields: list[str]) -> TableRow:
    def fail(reason: str) -> ValueError:
        return ValueError(f"line {line_no}: {reason}")

    if len(code) == 2 and len(fields) == 1:
        if not _TYPE.match(fields[0]):
            raise fail(f"section header type {fields[0]!r} is not an upper-case word")
        return TableRow(code, fields[0], None, (), line_no, header=True)
    if not 2 <= len(fields) <= 3:
        raise fail(f"expected 'TYPE, mode, context', got {len(fields)} comma-separated fields")
    fields = fields + [""] * (3 - len(fields))
    event_type, mode, context = fields
    if not _TYPE.match(event_type):
        raise fail(f"event type {event_type!r} is not an upper-case word")
    if mode and not _WORD.match(mode):
        raise fail(f"mode {mode!r} is not a lower-case word")
    contexts = tuple(part.strip() for part in context.split(";") if part.strip())
    for item in contexts:
        if not _WORD.match(item):
            raise fail(f"context {item!r} is not a lower-case word")
    return TableRow(code, event_type, mode or None, contexts, line_no, header=False)


def parse_table(text: str) -> tuple[dict[str, TableRow], list[str]]:
    """Read the conversion table: the mapping per code, and notes on what needed a decision."""
    rows: dict[str, TableRow] = {}
    notes: list[str] = []
    section: TableRow | None = None
    for line_no, raw in enumerate(text.splitlines(), start=1):
        body = raw.partition("#")[0].strip()
        if not body or set(body) <= {"~"}:
            continue
        code, colon, rest = body.partition(":")
        code = code.strip()
        if not colon or not _CODE.match(code):
            raise ValueError(f"line {line_no}: expected 'CODE: TYPE, mode, context', got {raw.strip()!r}")
        row = _row(line_no, code, [field.strip() for field in rest.split(",")])
        first = rows.get(code)
        if row.header:
            section = row
        elif section is not None and first is None:
            if code[:2] != section.code:
                notes.append(f"{code} ({row.type}) stands under section {section.code}, not under its root {code[:2]}")
            elif row.type != section.type:
                notes.append(f"{code} maps to {row.type} although it stands under section {code[:2]} {section.type}")
        if first is None:
            rows[code] = row
        elif (first.type, first.mode, first.context) == (row.type, row.mode, row.context):
            notes.append(f"{code} is listed twice with the same mapping (lines {first.line} and {line_no}); kept once")
        elif row.header and first.header:
            notes.append(
                f"root {code} has a second section header {row.type} (line {line_no}); "
                f"the root code keeps its first header {first.type}"
            )
        else:
            raise ValueError(
                f"line {line_no}: {code} is listed again with a different mapping (first at line {first.line})"
            )
    return rows, notes


_RESERVED = {"null", "true", "false", "yes", "no", "on", "off"}


def _scalar(value: str) -> str:
    """A YAML scalar: bare when that reads back as the same string, JSON-quoted otherwise."""
    return value if _PLAIN.match(value) and value.lower() not in _RESERVED else json.dumps(value)


def render(rows: dict[str, TableRow], notes: list[str], source: str) -> str:
    """The YAML text of `cameo_plover.yaml`: a header, the notes, and one line per listed code."""
    lines = [
        f"# CAMEO -> PLOVER mapping, generated by lagebild/codebook/build_plover_map.py from {source}.",
        "# Do not edit by hand: change the converter (or the table) and regenerate; a test checks that",
        "# this file is exactly what the converter makes of the reference table (and the manual's overrides).",
        "#",
        "# Codes the table does not list take the mapping of their nearest listed parent (4-digit code,",
        "# then its 3-digit code, then the 2-digit root). Roots 01 and 02 have no mapping: PLOVER drops them.",
        "#",
        "# What the converter had to decide while reading the table:",
    ]
    lines += [f"#   - {note}" for note in notes] or ["#   (nothing)"]
    lines += ["", f"source: {_scalar(source)}", "mapping:"]
    for code in sorted(rows):
        row = rows[code]
        mode = _scalar(row.mode) if row.mode else "null"
        context = ", ".join(_scalar(item) for item in row.context)
        lines.append(f'  "{code}": {{type: {row.type}, mode: {mode}, context: [{context}]}}')
    return "\n".join(lines) + "\n"


# Where the table contradicts the PLOVER manual (`PLOVER_MANUAL.tex`), the manual's reading wins:
# code -> (type, mode, the manual's words).
MANUAL_OVERRIDES: dict[str, tuple[str, str, str]] = {
    "163": ("SANCTION", "discontinue",
            "mode discontinue: international (political or economic) sanctions are coded as discontinue"),
}


def apply_manual(rows: dict[str, TableRow], notes: list[str]) -> None:
    """Replace the rows the manual reads otherwise, with a note saying so."""
    for code, (type_, mode, why) in MANUAL_OVERRIDES.items():
        row = rows.get(code)
        if row is None or (row.type, row.mode) == (type_, mode):
            continue
        rows[code] = TableRow(code, type_, mode, row.context, row.line, row.header)
        notes.append(f"{code} is {type_}, {mode} as the PLOVER manual says ({why}), not the table's {row.type}, {row.mode}")


def build(table: Path) -> str:
    """Read the reference table at `table` and return the YAML text we ship."""
    rows, notes = parse_table(table.read_text(encoding="utf8"))
    apply_manual(rows, notes)
    return render(rows, notes, table.name)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    table = Path(args[0]) if args else DEFAULT_TABLE
    output = Path(args[1]) if len(args) > 1 else DEFAULT_OUTPUT
    output.write_text(build(table), encoding="utf8")
    print(f"wrote {output} from {table}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
