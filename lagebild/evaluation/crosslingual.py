"""Cross-lingual consistency: code both sides of German–English parallel news sentences (NTREX-128,
`data/parallel/ntrex128_de_en_dev.jsonl` under the shared data folder) and see whether the German
and the English coder find the same events.

An event is reduced to its key (CAMEO root, source country, target country); an actor without a
country — an IGO, a bare sector, an absent actor — has country None, and None matches None.  Events
of every factuality count (factuality is not part of the key).

- An *event agrees* when the other side has an event with the same key.
- A *pair agrees (equal)* — the primary measure — when the two sides' key sets are equal.
- A *pair agrees (overlap)* — secondary — when the two key sets share at least one key.

Both pair rates are taken over the *active* pairs: those where at least one side has an event.
Pairs where neither side has an event agree trivially and are only counted.  A diagnostic rate
compares the sets of roots alone (actors ignored) to separate event-type from actor differences.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..events.records import Event

PARALLEL_FILE = Path("parallel") / "ntrex128_de_en_dev.jsonl"

Key = tuple[str, str | None, str | None]  # (CAMEO root, source country, target country)


@dataclass(frozen=True)
class Pair:
    doc: str
    i: int
    en: str
    de: str


def load_pairs(path: Path, limit: int | None = None) -> tuple[Pair, ...]:
    pairs = []
    with path.open(encoding="utf8") as fh:
        for line in fh:
            if not line.strip():
                continue
            item = json.loads(line)
            pairs.append(Pair(str(item["doc"]), int(item["i"]), item["en"], item["de"]))
            if limit is not None and len(pairs) >= limit:
                break
    return tuple(pairs)


def event_key(e: Event) -> Key:
    return (e.cameo_root, e.source.country if e.source else None, e.target.country if e.target else None)


def keys_of(events: Iterable[Event]) -> tuple[Key, ...]:
    """One key per event, in order (duplicates kept: each event is judged on its own)."""
    return tuple(event_key(e) for e in events)


def agree_equal(a: Iterable[Key], b: Iterable[Key]) -> bool:
    return set(a) == set(b)


def agree_overlap(a: Iterable[Key], b: Iterable[Key]) -> bool:
    return bool(set(a) & set(b))


def agreeing_events(keys: Sequence[Key], other: Iterable[Key]) -> int:
    """How many of one side's events have a same-key event on the other side."""
    others = set(other)
    return sum(1 for k in keys if k in others)


@dataclass(frozen=True)
class PairResult:
    doc: str
    i: int
    de_keys: tuple[Key, ...]
    en_keys: tuple[Key, ...]
    de_events: tuple[str, ...] = ()  # readable lines, for error reading
    en_events: tuple[str, ...] = ()
    de: str = ""
    en: str = ""

    @property
    def active(self) -> bool:
        return bool(self.de_keys or self.en_keys)


@dataclass(frozen=True)
class CrosslingualReport:
    pairs: int
    active: int  # pairs where either side has an event
    both: int  # ... both sides
    de_only: int
    en_only: int
    equal: int  # active pairs whose key sets are equal (primary)
    overlap: int  # active pairs whose key sets intersect (secondary)
    roots_equal: int  # active pairs whose root sets are equal (diagnostic)
    de_events: int
    de_agree: int
    en_events: int
    en_agree: int
    disagreements: tuple[PairResult, ...]

    @staticmethod
    def rate(n: int, d: int) -> float:
        return n / d if d else 0.0


def score_pairs(results: Iterable[PairResult]) -> CrosslingualReport:
    results = tuple(results)
    active = [r for r in results if r.active]
    return CrosslingualReport(
        pairs=len(results),
        active=len(active),
        both=sum(1 for r in active if r.de_keys and r.en_keys),
        de_only=sum(1 for r in active if r.de_keys and not r.en_keys),
        en_only=sum(1 for r in active if r.en_keys and not r.de_keys),
        equal=sum(1 for r in active if agree_equal(r.de_keys, r.en_keys)),
        overlap=sum(1 for r in active if agree_overlap(r.de_keys, r.en_keys)),
        roots_equal=sum(1 for r in active if {k[0] for k in r.de_keys} == {k[0] for k in r.en_keys}),
        de_events=sum(len(r.de_keys) for r in results),
        de_agree=sum(agreeing_events(r.de_keys, r.en_keys) for r in results),
        en_events=sum(len(r.en_keys) for r in results),
        en_agree=sum(agreeing_events(r.en_keys, r.de_keys) for r in results),
        disagreements=tuple(r for r in active if not agree_equal(r.de_keys, r.en_keys)),
    )


def format_report(report: CrosslingualReport, errors: int = 0) -> str:
    r = report.rate
    lines = [
        f"Cross-lingual agreement (NTREX-128 de-en): {report.pairs} sentence pairs",
        f"  pairs with an event on either side (active): {report.active}"
        f"  (both sides {report.both}, German only {report.de_only}, English only {report.en_only});"
        f" no event on either side: {report.pairs - report.active}",
        f"  pair agreement, equal key sets (primary):  {r(report.equal, report.active):.3f}  ({report.equal}/{report.active})",
        f"  pair agreement, key sets overlap:          {r(report.overlap, report.active):.3f}  ({report.overlap}/{report.active})",
        f"  pair agreement, equal root sets (diagnostic, actors ignored): "
        f"{r(report.roots_equal, report.active):.3f}  ({report.roots_equal}/{report.active})",
        f"  German events with an English match:  {r(report.de_agree, report.de_events):.3f}  ({report.de_agree}/{report.de_events})",
        f"  English events with a German match:  {r(report.en_agree, report.en_events):.3f}  ({report.en_agree}/{report.en_events})",
        "  key = (CAMEO root, source country, target country); None matches None; all factualities",
    ]
    if errors:
        lines += ["", f"== disagreeing pairs: {len(report.disagreements)}, first {min(errors, len(report.disagreements))} =="]
        for p in report.disagreements[:errors]:
            lines.append(f"{p.doc}#{p.i}: de {sorted(set(p.de_keys), key=str)} en {sorted(set(p.en_keys), key=str)}")
            lines.append(f"    de: {p.de}")
            lines += [f"      {e}" for e in p.de_events]
            lines.append(f"    en: {p.en}")
            lines += [f"      {e}" for e in p.en_events]
    return "\n".join(lines)


def code_pairs(pairs: Sequence[Pair]) -> tuple[PairResult, ...]:
    """Code both sides of every pair (German with lang="de", English with lang="en")."""
    from ..events.api import InputDoc, code_docs
    from .plover_gsr import describe

    docs = [InputDoc(f"{p.doc}#{p.i}#{lang}", getattr(p, lang), lang=lang) for p in pairs for lang in ("de", "en")]
    coded = {c.id: c for c in code_docs(docs)}
    failed = [c for c in coded.values() if c.error]
    if failed:
        raise RuntimeError(f"{len(failed)} sentences could not be coded, first: {failed[0].id}: {failed[0].error}")
    out = []
    for p in pairs:
        de, en = coded[f"{p.doc}#{p.i}#de"].events, coded[f"{p.doc}#{p.i}#en"].events
        out.append(
            PairResult(
                p.doc, p.i, keys_of(de), keys_of(en), tuple(map(describe, de)), tuple(map(describe, en)), p.de, p.en
            )
        )
    return tuple(out)


def run_crosslingual_eval(shared_data: Path, limit: int | None = None, errors: int = 0) -> str:
    """Code the parallel sentences on both sides and return the agreement report.

    `shared_data` is the shared data folder (the one holding `parallel/`); `limit` takes the first
    that many pairs."""
    path = shared_data / PARALLEL_FILE
    if not path.exists():
        path = shared_data / "data" / PARALLEL_FILE
    return format_report(score_pairs(code_pairs(load_pairs(path, limit))), errors)
