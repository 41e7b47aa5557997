"""Code PETRARCH's unit-test records (`PETR.UnitTest.records.xml`) with the English coder and
PETRARCH's own validation dictionaries, and compare with the events the records expect.

The records file is PETRARCH's validation suite: `<Sentence date id category sentence>` records
with the expected `<EventCoding sourcecode targetcode eventcode>` events, the `<Text>` and a
Treebank `<Parse>` (not used: we parse the text ourselves).  Between records, `<Config option
value>` control records switch PETRARCH options for the records that follow; `require_dyad` is
honoured here (when true, an event needs both a source and a target), the others (new-actor
length, comma limits) concern PETRARCH's own machinery.

What is compared, per record: the *set* of (source, target, CAMEO code) triples.  Decisions:

- Only records with `sentence="true"` count — PETRARCH skips the others itself (features it
  never implemented).  Records expecting an `error` (dateline, discard, bad parse) test input
  handling, not coding, and are left out; both are counted in the result.
- `noevents="True"` records expect the empty set.
- Expected events with a quoted actor (`"INJURY TOLL"`) are PETRARCH's "new actor" feature, off
  in its default configuration; they are dropped from the expected set (counted), and a record
  that expects nothing else is left out.
- Every event the coder produces counts, whatever its factuality: PETRARCH has no factuality
  and codes "is about to restore ties" or "said he would attack" as events.  The share of exact
  matches with asserted events only is reported beside it.
- A missing actor is written "---" as PETRARCH writes a null-coded actor.
- The imported verbs alone code the records, as PETRARCH codes with that dictionary: our own
  English verb patterns are off (`english_rules_with(own_verbs=False)`), so a verb the
  validation file lacks ("detonated") or null-codes ("BURN [---]") is no event.
- How many records the verb dictionary could code at all is reported beside the score: a record
  counts when each code it expects is written somewhere in the dictionary entry of a verb of its
  sentence.  The records were written against an older verb dictionary than the one shipped with
  them (they expect CONDEMN → 122, the file says 111), so this bound is far below 100%.

`evaluate` is pure over its inputs (records, a parse function and coders); `run_petr_eval`
wires the real files and the bundled English pipeline.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import ErrorCode, LagebildError

Triple = tuple[str, str, str]
NULL_ACTOR = "---"
MAX_EXAMPLES = 4


@dataclass(frozen=True)
class UnitRecord:
    id: str
    date: date | None
    category: str
    text: str
    expected: frozenset[Triple]
    require_dyad: bool = True
    active: bool = True  # sentence="true"
    error: str | None = None  # the record expects PETRARCH to reject the input
    new_actor_events: int = 0  # expected events with a quoted (new) actor, dropped


def _bool(value: str | None, default: bool) -> bool:
    return default if value is None else value.strip().lower() == "true"


def read_records(path: Path) -> list[UnitRecord]:
    """Every `<Sentence>` of the records file in order, with the `require_dyad` setting in force."""
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        raise LagebildError(ErrorCode.E008, str(path)) from None
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else "?"
        raise LagebildError(ErrorCode.E009, f"{path}:{line}", reason=f"not well-formed XML ({exc.msg})") from None
    sentences = root.find("Sentences")
    if sentences is None:
        raise LagebildError(ErrorCode.E009, str(path), reason="no <Sentences> element")
    require_dyad = True
    out: list[UnitRecord] = []
    for el in sentences:
        if el.tag == "Config":
            if el.get("option") == "require_dyad":
                require_dyad = _bool(el.get("value"), True)
            continue
        if el.tag != "Sentence":
            continue
        expected: set[Triple] = set()
        new_actor = 0
        error = None
        for coding in el.findall("EventCoding"):
            if coding.get("error") is not None:
                error = coding.get("error")
                continue
            if coding.get("noevents") is not None:
                continue
            triple = tuple((coding.get(k) or "").strip() for k in ("sourcecode", "targetcode", "eventcode"))
            if any(t.startswith('"') for t in triple[:2]):
                new_actor += 1
                continue
            expected.add(triple)  # type: ignore[arg-type]
        raw_date = (el.get("date") or "").strip()
        try:
            day = date(int(raw_date[:4]), int(raw_date[4:6]), int(raw_date[6:8])) if raw_date else None
        except ValueError:
            day = None
        text_el = el.find("Text")
        out.append(UnitRecord(
            id=(el.get("id") or "").strip(),
            date=day,
            category=(el.get("category") or "").strip(),
            text=" ".join((text_el.text or "").split()) if text_el is not None else "",
            expected=frozenset(expected),
            require_dyad=require_dyad,
            active=_bool(el.get("sentence"), True),
            error=error,
            new_actor_events=new_actor,
        ))
    return out


@dataclass(frozen=True)
class RecordResult:
    id: str
    text: str
    expected: frozenset[Triple]
    produced: frozenset[Triple]
    produced_asserted: frozenset[Triple]
    kind: str  # "exact" or a failure kind (see `failure_kind`)
    #: every expected code is written in the dictionary entry of a verb of the sentence
    #: (None: no dictionary given)
    codable: bool | None = None

    @property
    def root_match(self) -> bool:
        return _roots(self.expected) == _roots(self.produced)

    @property
    def actors_match(self) -> bool:
        return _pairs(self.expected) == _pairs(self.produced)


@dataclass(frozen=True)
class PetrEvaluation:
    records_total: int  # <Sentence> records in the file
    records: int  # scored
    skipped_inactive: int  # sentence="false"
    skipped_error: int  # expect an input error
    skipped_new_actor_only: int  # expect only events with new (quoted) actors
    new_actor_events_dropped: int
    exact: int
    exact_root: int
    exact_asserted_only: int
    exact_actors: int  # the same (source, target) pairs, whatever the codes
    codable: int | None  # records the verb dictionary could code at all (see `dictionary_can_code`)
    exact_codable: int | None  # of those, exact matches
    expected_codes_not_cameo: int  # expected events whose code our CAMEO codebook lacks
    failures: Mapping[str, int]
    examples: Mapping[str, tuple[RecordResult, ...]]
    results: tuple[RecordResult, ...] = field(repr=False, default=())

    @property
    def exact_share(self) -> float:
        return self.exact / self.records if self.records else 0.0

    @property
    def exact_root_share(self) -> float:
        return self.exact_root / self.records if self.records else 0.0

    @property
    def exact_actors_share(self) -> float:
        return self.exact_actors / self.records if self.records else 0.0

    @property
    def exact_asserted_share(self) -> float:
        return self.exact_asserted_only / self.records if self.records else 0.0


def _roots(triples: frozenset[Triple]) -> frozenset[Triple]:
    return frozenset((s, t, c[:2]) for s, t, c in triples)


def _pairs(triples: frozenset[Triple]) -> frozenset[tuple[str, str]]:
    return frozenset((s, t) for s, t, _ in triples)


def failure_kind(expected: frozenset[Triple], produced: frozenset[Triple]) -> str:
    """Why a record failed, one kind each, first that applies:

    - `no_event`: nothing produced, something expected;
    - `spurious`: something produced, nothing expected;
    - `extra_events`: all expected events and more; `missing_events`: some of them, none wrong;
    - `wrong_code_same_root` / `wrong_root`: the same actor pairs with other event codes;
    - `wrong_actors`: the same codes with other actor pairs (`actor_detail` when only the
      sector part of a code differs, e.g. HOB for HOBGOV);
    - `mixed`: anything else.
    """
    if not produced:
        return "no_event"
    if not expected:
        return "spurious"
    if expected < produced:
        return "extra_events"
    if produced < expected:
        return "missing_events"
    codes = lambda xs: frozenset(c for _, _, c in xs)  # noqa: E731
    if _pairs(expected) == _pairs(produced):
        return "wrong_code_same_root" if _roots(expected) == _roots(produced) else "wrong_root"
    if codes(expected) == codes(produced):
        countries = lambda xs: frozenset((s[:3], t[:3], c) for s, t, c in xs)  # noqa: E731
        return "actor_detail" if countries(expected) == countries(produced) else "wrong_actors"
    return "mixed"


def sentence_verbs(doc) -> set[str]:
    """Lemmas (lower-cased) of the doc's verbs, with "lemma particle" for phrasal verbs."""
    out = set()
    for token in doc:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        lemma = token.lemma_.lower()
        out.add(lemma)
        out.update(f"{lemma} {c.lower_}" for c in token.children if c.dep_ == "compound:prt")
    return out


def dictionary_can_code(expected: frozenset[Triple], verbs: set[str], codes_by_verb: Mapping[str, frozenset[str]]) -> bool:
    """Whether every expected code is written in the dictionary entry (block) of one of the
    sentence's verbs: PETRARCH codes only from the verb's entry, so a record expecting another
    code cannot be matched with this dictionary whatever the coder does."""
    available = set().union(*(codes_by_verb.get(v, frozenset()) for v in verbs))
    return all(code in available for _, _, code in expected)


#: Parses texts in order (nlp.pipe); codes one parsed doc → events for a record's date.
ParseFn = Callable[[Sequence[str]], Sequence[object]]
CodeFn = Callable[[object, UnitRecord], Sequence[object]]


def _triples(events: Sequence, require_dyad: bool, asserted_only: bool = False) -> frozenset[Triple]:
    out = set()
    for e in events:
        if asserted_only and e.factuality != "asserted":
            continue
        if require_dyad and (e.source is None or e.target is None):
            continue
        out.add((e.source.code if e.source else NULL_ACTOR, e.target.code if e.target else NULL_ACTOR, e.cameo))
    return frozenset(out)


def evaluate(
    records: Sequence[UnitRecord], parse: ParseFn, code: CodeFn,
    codes_by_verb: Mapping[str, frozenset[str]] | None = None,
) -> PetrEvaluation:
    """Score `records` (see the module docstring for what counts); with the verb dictionary's
    `codes_by_verb`, also how many records it could code at all (`dictionary_can_code`)."""
    # A record whose only expected events have new actors tests that feature alone.
    scored = [r for r in records if r.active and r.error is None and not (r.new_actor_events and not r.expected)]
    docs = parse([r.text for r in scored])
    results = []
    for record, doc in zip(scored, docs):
        events = code(doc, record)
        produced = _triples(events, record.require_dyad)
        asserted = _triples(events, record.require_dyad, asserted_only=True)
        kind = "exact" if produced == record.expected else failure_kind(record.expected, produced)
        codable = None if codes_by_verb is None else dictionary_can_code(record.expected, sentence_verbs(doc), codes_by_verb)
        results.append(RecordResult(record.id, record.text, record.expected, produced, asserted, kind, codable))
    failures = Counter(r.kind for r in results if r.kind != "exact")
    from ..codebook import all_codes

    known = {c.code for c in all_codes()}
    examples = {k: tuple(r for r in results if r.kind == k)[:MAX_EXAMPLES] for k in failures}
    return PetrEvaluation(
        records_total=len(records),
        records=len(results),
        skipped_inactive=sum(not r.active for r in records),
        skipped_error=sum(r.active and r.error is not None for r in records),
        new_actor_events_dropped=sum(r.new_actor_events for r in records if r.active and r.error is None),
        skipped_new_actor_only=sum(r.active and r.error is None and r.new_actor_events > 0 and not r.expected for r in records),
        exact=sum(r.kind == "exact" for r in results),
        exact_root=sum(r.root_match for r in results),
        exact_asserted_only=sum(r.produced_asserted == r.expected for r in results),
        exact_actors=sum(r.actors_match for r in results),
        codable=None if codes_by_verb is None else sum(bool(r.codable) for r in results),
        exact_codable=None if codes_by_verb is None else sum(bool(r.codable) and r.kind == "exact" for r in results),
        expected_codes_not_cameo=sum(c not in known for r in results for _, _, c in r.expected),
        failures=dict(failures.most_common()),
        examples=examples,
        results=tuple(results),
    )


def _fmt_set(triples: frozenset[Triple]) -> str:
    return "{" + ", ".join(f"{s}>{t}:{c}" for s, t, c in sorted(triples)) + "}" if triples else "{}"


def format(result: PetrEvaluation, header: str = "", codable_errors: bool = False) -> str:  # noqa: A001 - the brief's name
    """A plain-text report of the numbers, the failure kinds and a few examples of each; with
    `codable_errors`, also every record the dictionary could code (`dictionary_can_code`) that
    the coder gets wrong."""
    lines = [header] if header else []
    lines += [
        f"records: {result.records} scored of {result.records_total} "
        f"({result.skipped_inactive} sentence=false, {result.skipped_error} expect an input error, "
        f"{result.skipped_new_actor_only} only new-actor events; {result.new_actor_events_dropped} new-actor events dropped)",
        f"exact match (full code): {result.exact}/{result.records} = {result.exact_share:.1%}",
        f"exact match (root code): {result.exact_root}/{result.records} = {result.exact_root_share:.1%}",
        f"exact match of actor pairs (codes ignored): {result.exact_actors}/{result.records} = {result.exact_actors_share:.1%}",
    ]
    if result.codable is not None:
        lines += [
            f"records the verb dictionary can code at all (each expected code written in the entry of a verb of the sentence): "
            f"{result.codable}/{result.records} = {result.codable / max(result.records, 1):.1%}; exact among them: "
            f"{result.exact_codable}/{result.codable} = {(result.exact_codable or 0) / max(result.codable, 1):.1%}",
        ]
    lines += [
        f"expected events whose code is not in our CAMEO codebook: {result.expected_codes_not_cameo}",
        f"exact match (full code, asserted events only): {result.exact_asserted_only}/{result.records} = {result.exact_asserted_share:.1%}",
        "failures by kind:",
    ]
    for kind, n in result.failures.items():
        lines.append(f"  {kind:22} {n}")
    for kind, examples in result.examples.items():
        lines.append(f"examples of {kind}:")
        for r in examples:
            lines.append(f"  {r.id}: {r.text[:100]}")
            lines.append(f"    expected {_fmt_set(r.expected)}  produced {_fmt_set(r.produced)}")
    if codable_errors:
        wrong = [r for r in result.results if r.codable and r.kind != "exact"]
        lines.append(f"codable records coded wrong ({len(wrong)}):")
        for r in wrong:
            lines.append(f"  {r.id} [{r.kind}]: {r.text}")
            lines.append(f"    expected {_fmt_set(r.expected)}  produced {_fmt_set(r.produced)}")
    return "\n".join(lines)


# ------------------------------------------------------------------------------ wiring


@dataclass(frozen=True)
class PetrDictionaries:
    actors: object  # importers.petrarch.ActorDictionary
    agents: object  # importers.petrarch.AgentDictionary
    verbs: object | None  # importers.petrarch.VerbImport


def load_dictionaries(shared_data: Path, *, verbs: bool = True) -> PetrDictionaries:
    from ..importers.petrarch import read_actors, read_agents, read_verbs

    folder = shared_data / "dictionaries" / "phoenix"
    return PetrDictionaries(
        actors=read_actors(folder / "PETR.Validate.actors.txt"),
        agents=read_agents(folder / "PETR.Validate.agents.txt"),
        # The validation verb file has a pattern naming an undefined synset: skip that line.
        verbs=read_verbs(folder / "PETR.Validate.verbs.2.0.txt", strict=False) if verbs else None,
    )


def english_coder_factory(dicts: PetrDictionaries, nlp) -> Callable[[date | None], object]:
    """Coders with the imported dictionaries, one per distinct set of dated actor codes."""
    from ..events.api import LanguageCoder
    from ..importers.petrarch import combined_forms, english_rules_with

    # the imported verbs alone, as PETRARCH codes with them: a verb the file lacks is no event
    rules = english_rules_with(dicts.verbs.patterns, known=dicts.verbs.codes_by_verb, own_verbs=False) if dicts.verbs is not None else None
    dated = [e for e in dicts.actors.entries if e.dated]
    cache: dict[tuple, LanguageCoder] = {}

    def coder_for(day: date | None) -> LanguageCoder:
        key = tuple(e.code_on(day) for e in dated)
        if key not in cache:
            forms = combined_forms([dicts.actors], [dicts.agents], on=day)
            cache[key] = LanguageCoder(nlp, "en", extra_actor_forms=forms, rules_override=rules)
        return cache[key]

    return coder_for


def run_petr_eval(shared_data: Path, *, verbs: bool = True, errors: bool = False) -> str:
    """Import PETRARCH's validation dictionaries, code the unit records, return the report
    (with `errors`, every codable record coded wrong)."""
    from ..nlp import load

    records_path = shared_data / "eval" / "PETR.UnitTest.records.xml"
    if not records_path.is_file():
        raise LagebildError(ErrorCode.E012, path=str(shared_data))
    dicts = load_dictionaries(shared_data, verbs=verbs)
    nlp = load("en")
    coder_for = english_coder_factory(dicts, nlp)
    result = evaluate(
        read_records(records_path),
        parse=lambda texts: list(nlp.pipe(texts, batch_size=32)),
        code=lambda doc, record: coder_for(record.date).code(doc, record.id, None),
        codes_by_verb=dicts.verbs.codes_by_verb if dicts.verbs is not None else None,
    )
    a, g = dicts.actors.counts(), dicts.agents.counts()
    header = (
        f"PETRARCH unit records, English coder with imported PETR.Validate dictionaries\n"
        f"imported: {a['entries']} actor entries ({a['forms']} forms, {a['dated_entries']} dated), "
        f"{g['entries']} agents ({g['forms']} forms)"
    )
    if dicts.verbs is not None:
        v = dicts.verbs.counts
        header += (
            f", {len(dicts.verbs.patterns)} verb patterns ({v['verb_entries']} verb entries, {v['pattern_entries']} from patterns; "
            f"skipped {v['patterns_complex_skipped']} complex patterns, "
            f"{v['patterns_code_not_cameo'] + v['blocks_code_not_cameo'] + v['verbs_own_code_not_cameo']} codes not in CAMEO)"
        )
    else:
        header += ", no imported verbs (our English patterns only)"
    return format(result, header, codable_errors=errors)
