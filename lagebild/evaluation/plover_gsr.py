"""Score the English coder's PLOVER event types against the PLOVER gold-standard records (GSR01).

The GSR file (`data/eval/plover_gsr_dev.json` under the shared data folder) holds one hand-coded
event per English sentence, taken from the CAMEO manual's examples.  It was coded in 2016, so
some of its event names are the older PLOVER names; `plover_gsr_names.yaml` maps them to the
2021 types our codebook uses, and maps its few old country spellings to ours.

What is skipped: records whose event name maps to null (the DOCUMENT record, which documents the
file and holds no text), and records with no text or a language other than English.

Scoring is record-level, on sets:

- *type*: the set of PLOVER types of the coder's events in the record's text against the
  record's one gold type.  A type in both is a true positive, a predicted type the record does not
  list a false positive, the gold type not predicted a false negative.
- *type + countries*: the same with (type, source key, target key) triples.  An actor's key is
  its country code; for non-state actors (IGO, NGO, IMG, ...) it is that three-letter prefix; an
  actor with neither — and an absent actor — is None, and None matches None.  The gold side takes
  every source x every target (compound actors give several triples, as CAMEO does).  Reciprocal
  records (markup `SRC/TAR`, "X and Y agreed") list both parties as sources and no target; there
  the dyad is unordered: gold holds one triple per pair of parties, and a predicted triple between
  the same two parties counts in either direction.

The coder's events with no PLOVER type (CAMEO 01 statements, 02 appeals) are left out.  Events
are taken at two factuality settings, both reported: all factualities (primary — the GSR codes
what the sentence reports, whether threatened, promised, reported by a speaker or refused, and
nearly every GSR sentence is attributed: "..., officials said") and asserted only.

Precision is a lower bound: the GSR lists one event per sentence, so a second real event the coder
finds in the same sentence counts as a false positive.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import Any

from ..events.records import Actor, Event
from ..lang import read_data_file
from ..schema_base import FrozenModel
from .gold_events import PRF

GSR_FILE = Path("data") / "eval" / "plover_gsr_dev.json"
NAMES_FILE = "plover_gsr_names.yaml"

Triple = tuple[str, str | None, str | None]  # (PLOVER type, source key, target key)
ALL_FACTUALITIES: frozenset[str] | None = None
ASSERTED: frozenset[str] = frozenset({"asserted"})


class GsrNames(FrozenModel):
    """`plover_gsr_names.yaml`: old GSR event names -> 2021 types, GSR actor code aliases."""

    event_types: dict[str, str | None]
    actor_codes: dict[str, str]
    non_state: tuple[str, ...]


def names_path() -> Path:
    return Path(str(resources.files("lagebild") / "evaluation" / NAMES_FILE))


def load_names(path: Path | None = None) -> GsrNames:
    return read_data_file(path or names_path(), GsrNames)


@dataclass(frozen=True)
class GsrRecord:
    id: str
    text: str
    gsr_event: str  # the event name as the file spells it
    type: str  # its PLOVER 2021 type
    sources: tuple[str | None, ...]  # actor keys (country, non-state prefix or None)
    targets: tuple[str | None, ...]
    reciprocal: bool


@dataclass(frozen=True)
class Skipped:
    id: str
    reason: str


def _gold_key(actor: dict[str, Any], names: GsrNames) -> str | None:
    code = str(actor.get("code") or "")[:3]
    if not code:
        return None
    return names.actor_codes.get(code, code)


def _actors(value: Any, names: GsrNames) -> tuple[str | None, ...]:
    # Some records put a stray string ("", "diplomatic") where the target list belongs: no actor.
    if not isinstance(value, list) or not value:
        return ()
    return tuple(_gold_key(a, names) for a in value if isinstance(a, dict))


def parse_records(raw: Sequence[dict[str, Any]], names: GsrNames) -> tuple[tuple[GsrRecord, ...], tuple[Skipped, ...]]:
    """The scorable records of a GSR file's JSON list, and why the others were skipped."""
    records: list[GsrRecord] = []
    skipped: list[Skipped] = []
    for item in raw:
        rid = str(item.get("id", "?"))
        event = str(item.get("event", ""))
        if event not in names.event_types:
            raise ValueError(f"{rid}: event name {event!r} is not in {NAMES_FILE}")
        mapped = names.event_types[event]
        text = str(item.get("text") or "").strip()
        if mapped is None:
            skipped.append(Skipped(rid, f"{event} record: file documentation, not an event"))
        elif not text:
            skipped.append(Skipped(rid, "no text"))
        elif item.get("language", "en") != "en":
            skipped.append(Skipped(rid, f"language {item.get('language')!r}"))
        else:
            info = item.get("textInfo")
            markup = info.get("markup", "") if isinstance(info, dict) else ""
            records.append(
                GsrRecord(
                    id=rid,
                    text=text,
                    gsr_event=event,
                    type=mapped,
                    sources=_actors(item.get("source"), names),
                    targets=_actors(item.get("target"), names),
                    reciprocal="SRC/TAR" in markup,
                )
            )
    return tuple(records), tuple(skipped)


def load_records(path: Path, names: GsrNames | None = None) -> tuple[tuple[GsrRecord, ...], tuple[Skipped, ...]]:
    return parse_records(json.loads(path.read_text(encoding="utf8")), names or load_names())


def predicted_key(actor: Actor | None, non_state: Iterable[str]) -> str | None:
    """An event actor's comparison key: its country, else a non-state prefix (IGO...), else None."""
    if actor is None:
        return None
    if actor.country:
        return actor.country
    prefix = actor.code[:3]
    return prefix if prefix in set(non_state) else None


def _dyad(a: str | None, b: str | None) -> tuple[str | None, str | None]:
    return tuple(sorted((a, b), key=lambda x: (x is None, x or "")))  # type: ignore[return-value]


def gold_triples(record: GsrRecord) -> frozenset[Triple]:
    if record.reciprocal and not record.targets and len(record.sources) >= 2:
        return frozenset((record.type, *_dyad(a, b)) for a, b in combinations(record.sources, 2))
    sources = record.sources or (None,)
    targets = record.targets or (None,)
    return frozenset((record.type, s, t) for s in sources for t in targets)


def predicted_triples(
    events: Iterable[Event], non_state: Iterable[str], factualities: frozenset[str] | None, reciprocal: bool = False
) -> frozenset[Triple]:
    non_state = tuple(non_state)
    out = set()
    for e in events:
        if e.plover is None or (factualities is not None and e.factuality not in factualities):
            continue
        s, t = predicted_key(e.source, non_state), predicted_key(e.target, non_state)
        if reciprocal:
            s, t = _dyad(s, t)
        out.add((e.plover.type, s, t))
    return frozenset(out)


@dataclass(frozen=True)
class SetScores:
    micro: PRF
    per_label: tuple[tuple[str, PRF], ...]  # sorted by label


def score_sets(
    pairs: Iterable[tuple[frozenset[Hashable], frozenset[Hashable]]],
    label: Callable[[Any], str] = str,
) -> SetScores:
    """Micro and per-label P/R/F1 over (gold set, predicted set) pairs, one pair per record."""
    counts: dict[str, Counter] = {}
    for gold, pred in pairs:
        for item in gold | pred:
            c = counts.setdefault(label(item), Counter())
            c["tp" if item in gold and item in pred else "fn" if item in gold else "fp"] += 1
    per = tuple((name, PRF(c["tp"], c["fp"], c["fn"])) for name, c in sorted(counts.items()))
    total = PRF(sum(p.tp for _, p in per), sum(p.fp for _, p in per), sum(p.fn for _, p in per))
    return SetScores(total, per)


def _type_of(item: Any) -> str:
    return item[0] if isinstance(item, tuple) else str(item)


@dataclass(frozen=True)
class RecordResult:
    id: str
    text: str
    gold_type: str
    gold_triples: frozenset[Triple]
    predicted_types: frozenset[str]
    predicted_triples: frozenset[Triple]
    events: tuple[str, ...]  # one readable line per coder event, for error reading


@dataclass(frozen=True)
class GsrScore:
    setting: str  # "all factualities" / "asserted only"
    types: SetScores
    triples: SetScores
    results: tuple[RecordResult, ...]


@dataclass(frozen=True)
class GsrReport:
    records: int
    skipped: tuple[Skipped, ...]
    scores: tuple[GsrScore, ...]  # primary first


def describe(e: Event) -> str:
    def actor(a: Actor | None) -> str:
        return f"{a.code}<{a.text}>" if a else "-"

    plover = e.plover.type if e.plover else "none"
    return f"{e.cameo}/{plover} {e.factuality} '{e.trigger.text}' {actor(e.source)} -> {actor(e.target)} [{e.pattern}]"


def score_records(
    records: Sequence[GsrRecord],
    events: Sequence[Sequence[Event]],
    non_state: Iterable[str],
    factualities: frozenset[str] | None,
    setting: str,
) -> GsrScore:
    results = []
    for record, evs in zip(records, events, strict=True):
        triples = predicted_triples(evs, non_state, factualities, record.reciprocal and not record.targets)
        results.append(
            RecordResult(
                record.id,
                record.text,
                record.type,
                gold_triples(record),
                frozenset(t[0] for t in triples),
                triples,
                tuple(describe(e) for e in evs),
            )
        )
    types = score_sets(((frozenset({r.gold_type}), r.predicted_types) for r in results))
    triples_ = score_sets(((r.gold_triples, r.predicted_triples) for r in results), label=_type_of)
    return GsrScore(setting, types, triples_, tuple(results))


def evaluate(
    records: Sequence[GsrRecord],
    events: Sequence[Sequence[Event]],
    skipped: Sequence[Skipped] = (),
    names: GsrNames | None = None,
) -> GsrReport:
    non_state = (names or load_names()).non_state
    scores = (
        score_records(records, events, non_state, ALL_FACTUALITIES, "all factualities"),
        score_records(records, events, non_state, ASSERTED, "asserted only"),
    )
    return GsrReport(len(records), tuple(skipped), scores)


def _row(name: str, a: PRF, b: PRF) -> str:
    return (
        f"{name:<12} {a.tp + a.fn:>4} {a.precision:6.3f} {a.recall:6.3f} {a.f1:6.3f}"
        f"   {b.tp + b.fn:>4} {b.precision:6.3f} {b.recall:6.3f} {b.f1:6.3f}"
    )


def format_report(report: GsrReport, errors: int = 0) -> str:
    """A plain-text table per factuality setting; with `errors` > 0, that many mismatched records
    (of the primary setting) with the coder's events."""
    lines = [
        f"PLOVER GSR (English): {report.records} records scored, {len(report.skipped)} skipped"
        + "".join(f"\n  skipped {s.id}: {s.reason}" for s in report.skipped)
    ]
    for score in report.scores:
        lines += [
            "",
            f"== {score.setting} ==",
            f"micro F1  type: {score.types.micro.f1:.3f} (P {score.types.micro.precision:.3f}, "
            f"R {score.types.micro.recall:.3f}; tp {score.types.micro.tp} fp {score.types.micro.fp} fn {score.types.micro.fn})",
            f"micro F1  type+countries: {score.triples.micro.f1:.3f} (P {score.triples.micro.precision:.3f}, "
            f"R {score.triples.micro.recall:.3f}; tp {score.triples.micro.tp} fp {score.triples.micro.fp} fn {score.triples.micro.fn})",
            f"{'':<12} {'type':-^25}   {'type+countries':-^25}",
            f"{'PLOVER type':<12} {'gold':>4} {'P':>6} {'R':>6} {'F1':>6}   {'gold':>4} {'P':>6} {'R':>6} {'F1':>6}",
        ]
        triples = dict(score.triples.per_label)
        for name, prf in score.types.per_label:
            lines.append(_row(name, prf, triples.get(name, PRF(0, 0, 0))))
        lines.append(_row("micro", score.types.micro, score.triples.micro))
    if errors:
        primary = report.scores[0]
        wrong = [r for r in primary.results if r.gold_triples != r.predicted_triples]
        lines += ["", f"== mismatches ({primary.setting}): {len(wrong)} records, first {min(errors, len(wrong))} =="]
        for r in wrong[:errors]:
            lines.append(f"{r.id}: gold {sorted(r.gold_triples, key=str)} got {sorted(r.predicted_triples, key=str)}")
            lines.append(f"    {r.text}")
            lines += [f"    ev {e}" for e in r.events]
    return "\n".join(lines)


def run_plover_eval(shared_data: Path, errors: int = 0) -> str:
    """Code every GSR record with the English coder and return the report table.

    `shared_data` is the shared data folder (the one holding `eval/plover_gsr_dev.json`)."""
    from ..events.api import InputDoc, code_docs

    names = load_names()
    path = shared_data / "eval" / "plover_gsr_dev.json"
    if not path.exists():
        path = shared_data / GSR_FILE
    records, skipped = load_records(path, names)
    coded = list(code_docs(InputDoc(r.id, r.text, lang="en") for r in records))
    failed = [c for c in coded if c.error]
    if failed:
        raise RuntimeError(f"{len(failed)} GSR records could not be coded, first: {failed[0].id}: {failed[0].error}")
    report = evaluate(records, [c.events for c in coded], skipped, names)
    return format_report(report, errors)
