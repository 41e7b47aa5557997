"""The PLOVER GSR and cross-lingual evaluations' scoring, on hand-made inputs (no model)."""

from __future__ import annotations

import json

import pytest

from lagebild.codebook import plover_types
from lagebild.evaluation.crosslingual import (
    PairResult,
    agree_equal,
    agree_overlap,
    agreeing_events,
    event_key,
    keys_of,
    score_pairs,
)
from lagebild.evaluation.crosslingual import format_report as format_crosslingual
from lagebild.evaluation.gold_events import PRF
from lagebild.evaluation.plover_gsr import (
    ASSERTED,
    GsrRecord,
    evaluate,
    format_report,
    gold_triples,
    load_names,
    parse_records,
    predicted_key,
    predicted_triples,
    score_sets,
)
from lagebild.events.records import Actor, Event, Evidence, Plover


def actor(code: str, country: str | None) -> Actor:
    return Actor(text=code, code=code, country=country, sector=None, start=0, end=1)


def event(
    cameo: str,
    source: Actor | None,
    target: Actor | None,
    plover: str | None = None,
    factuality: str = "asserted",
) -> Event:
    return Event(
        doc_id="d",
        sentence=0,
        sentence_text="",
        source=source,
        target=target,
        cameo=cameo,
        cameo_root=cameo[:2],
        plover=Plover(plover, None) if plover else None,
        quad_class=1,
        goldstein=0.0,
        factuality=factuality,  # type: ignore[arg-type]
        trigger=Evidence("x", 0, 1),
        pattern="test",
        lang="en",
    )


# --- P/R/F1 -------------------------------------------------------------------------------


def test_prf_known_counts():
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.precision == pytest.approx(0.75)
    assert prf.recall == pytest.approx(0.6)
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert PRF(0, 0, 0).f1 == 0.0


def test_score_sets_per_label_and_micro():
    pairs = [
        (frozenset({"AGREE"}), frozenset({"AGREE", "CONSULT"})),  # tp AGREE, fp CONSULT
        (frozenset({"ACCUSE"}), frozenset()),  # fn ACCUSE
        (frozenset({"AGREE"}), frozenset({"REJECT"})),  # fn AGREE, fp REJECT
    ]
    scores = score_sets(pairs)
    per = dict(scores.per_label)
    assert per["AGREE"] == PRF(1, 0, 1)
    assert per["CONSULT"] == PRF(0, 1, 0)
    assert per["ACCUSE"] == PRF(0, 0, 1)
    assert per["REJECT"] == PRF(0, 1, 0)
    assert scores.micro == PRF(1, 2, 2)
    assert [name for name, _ in scores.per_label] == sorted(per)


def test_score_sets_labels_triples_by_their_type():
    gold = frozenset({("AGREE", "USA", "JOR")})
    pred = frozenset({("AGREE", "USA", None), ("ACCUSE", None, None)})
    scores = score_sets([(gold, pred)], label=lambda t: t[0])
    per = dict(scores.per_label)
    assert per["AGREE"] == PRF(0, 1, 1)
    assert per["ACCUSE"] == PRF(0, 1, 0)


# --- GSR records and triples --------------------------------------------------------------------


NAMES = load_names()


def test_names_map_to_2021_types():
    known = {t.type for t in plover_types()}
    assert {v for v in NAMES.event_types.values() if v is not None} <= known
    assert NAMES.event_types["DEMAND"] == "REQUEST"
    assert NAMES.event_types["DISAPPROVE"] == "ACCUSE"
    assert NAMES.event_types["INVESTIGATE"] == "ACCUSE"
    assert NAMES.event_types["FIGHT"] == "ASSAULT"
    assert NAMES.event_types["DOCUMENT"] is None


def test_parse_records_skips_documentation_and_reads_actors():
    raw = [
        {"id": "D-1", "event": "DOCUMENT", "eventText": "docs"},
        {
            "id": "R-1",
            "event": "DISAPPROVE",
            "text": "Japan criticised the UN.",
            "language": "en",
            "source": [{"actorText": "Japan", "code": "JAP"}],
            "target": [{"actorText": "UN", "code": "IGO"}],
            "textInfo": {"markup": "(SRC: Japan) (EVT: criticised) the (TAR: UN)."},
        },
        {
            "id": "R-2",
            "event": "AGREE",
            "text": "A and B agreed.",
            "language": "en",
            "source": [{"actorText": "A", "code": "USA"}, {"actorText": "B", "code": "JOR"}],
            "target": "",
            "textInfo": {"markup": "(SRC/TAR: A) and (SRC/TAR: B) (EVT: agreed)."},
        },
    ]
    records, skipped = parse_records(raw, NAMES)
    assert [s.id for s in skipped] == ["D-1"]
    first, second = records
    assert (first.type, first.sources, first.targets, first.reciprocal) == ("ACCUSE", ("JPN",), ("IGO",), False)
    assert (second.targets, second.reciprocal) == ((), True)


def test_unknown_event_name_is_an_error():
    with pytest.raises(ValueError, match="NEWTYPE"):
        parse_records([{"id": "x", "event": "NEWTYPE", "text": "t"}], NAMES)


def test_gold_triples_compound_and_reciprocal():
    compound = GsrRecord("c", "t", "THREATEN", "THREATEN", ("PAK",), ("COG", "CRI"), False)
    assert gold_triples(compound) == {("THREATEN", "PAK", "COG"), ("THREATEN", "PAK", "CRI")}
    no_target = GsrRecord("n", "t", "RETREAT", "RETREAT", ("HTI",), (), False)
    assert gold_triples(no_target) == {("RETREAT", "HTI", None)}
    reciprocal = GsrRecord("r", "t", "AGREE", "AGREE", ("USA", "JOR"), (), True)
    assert gold_triples(reciprocal) == {("AGREE", "JOR", "USA")}  # one unordered dyad


def test_predicted_keys_and_factuality_filter():
    ns = NAMES.non_state
    assert predicted_key(actor("IGOUNO", None), ns) == "IGO"
    assert predicted_key(actor("REB", None), ns) is None
    assert predicted_key(actor("SYRMIL", "SYR"), ns) == "SYR"
    assert predicted_key(None, ns) is None
    events = [
        event("111", actor("JPN", "JPN"), actor("IGOUNO", None), "ACCUSE"),
        event("130", actor("JPN", "JPN"), None, "THREATEN", factuality="reported"),
        event("010", actor("JPN", "JPN"), None, None),  # CAMEO 01: no PLOVER event, left out
    ]
    assert predicted_triples(events, ns, None) == {("ACCUSE", "JPN", "IGO"), ("THREATEN", "JPN", None)}
    assert predicted_triples(events, ns, ASSERTED) == {("ACCUSE", "JPN", "IGO")}
    # reciprocal records compare unordered dyads
    back = [event("030", actor("USA", "USA"), actor("JOR", "JOR"), "AGREE")]
    assert predicted_triples(back, ns, None, reciprocal=True) == {("AGREE", "JOR", "USA")}


def test_evaluate_end_to_end_on_fake_events():
    records = (
        GsrRecord("a", "t", "DISAPPROVE", "ACCUSE", ("JPN",), ("IGO",), False),
        GsrRecord("b", "t", "AGREE", "AGREE", ("USA",), (), False),
    )
    events = (
        [event("111", actor("JPN", "JPN"), actor("IGOUNO", None), "ACCUSE", factuality="reported")],
        [event("030", actor("FRA", "FRA"), None, "AGREE")],
    )
    report = evaluate(records, events, names=NAMES)
    everything, asserted = report.scores
    assert everything.types.micro == PRF(2, 0, 0)
    assert everything.triples.micro == PRF(1, 1, 1)  # record b: wrong source country
    assert asserted.types.micro == PRF(1, 0, 1)  # the reported ACCUSE drops out
    text = format_report(report, errors=5)
    assert "ACCUSE" in text and "micro" in text and "b: gold" in text


def test_names_cover_every_gsr_event_name(shared_data):
    path = shared_data / "eval" / "plover_gsr_dev.json"
    if not path.exists():
        pytest.skip("no PLOVER GSR file in ../shared/data/eval")
    found = {str(r.get("event")) for r in json.loads(path.read_text(encoding="utf8"))}
    assert found <= set(NAMES.event_types), f"unmapped GSR event names: {sorted(found - set(NAMES.event_types))}"
    records, skipped = parse_records(json.loads(path.read_text(encoding="utf8")), NAMES)
    assert records and all(s.id.split("-")[2] == "DOCUMENT" for s in skipped)


# --- cross-lingual agreement ---------------------------------------------------------------------


def test_event_key_uses_root_and_countries():
    e = event("1121", actor("RUSGOV", "RUS"), actor("IGOUNO", None))
    assert event_key(e) == ("11", "RUS", None)


def test_pair_agreement_definitions():
    a = keys_of([event("111", actor("RUS", "RUS"), None), event("040", actor("USA", "USA"), actor("FRA", "FRA"))])
    same = keys_of([event("112", actor("RUS", "RUS"), None), event("042", actor("USA", "USA"), actor("FRA", "FRA"))])
    part = keys_of([event("112", actor("RUS", "RUS"), None)])
    other = keys_of([event("111", actor("UKR", "UKR"), None)])
    assert agree_equal(a, same) and agree_overlap(a, same)  # roots, not full codes, are compared
    assert not agree_equal(a, part) and agree_overlap(a, part)
    assert not agree_equal(a, other) and not agree_overlap(a, other)
    assert agree_equal((), ()) and not agree_overlap((), ())
    assert agreeing_events(a, part) == 1
    assert agreeing_events(part + part, a) == 2  # each event judged on its own


def test_score_pairs_counts_and_rates():
    k1, k2 = ("11", "RUS", None), ("04", "USA", "FRA")
    results = [
        PairResult("d", 0, (k1,), (k1,)),  # equal
        PairResult("d", 1, (k1, k2), (k1,)),  # overlap only
        PairResult("d", 2, (k2,), ()),  # German only
        PairResult("d", 3, (), (k2,)),  # English only
        PairResult("d", 4, (), ()),  # inactive
    ]
    report = score_pairs(results)
    assert (report.pairs, report.active, report.both, report.de_only, report.en_only) == (5, 4, 2, 1, 1)
    assert (report.equal, report.overlap) == (1, 2)
    assert (report.de_events, report.de_agree, report.en_events, report.en_agree) == (4, 2, 3, 2)
    assert len(report.disagreements) == 3
    assert "0.250" in format_crosslingual(report)  # equal: 1/4


def test_gold_actor_codes_are_compared_in_the_golds_sector_classes():
    # The gold's header has eleven sectors; CAMEO's finer ones fall into the class that holds them.
    from lagebild.evaluation.gold_events import in_gold_classes

    assert in_gold_classes("ESPSPY") == "ESPGOV"  # intelligence services: state authorities
    assert in_gold_classes("NGALAB") == "NGACVL" and in_gold_classes("FRAAGR") == "FRACVL"
    assert in_gold_classes("EDU") == "CVL"  # a sector with no country
    assert in_gold_classes("MLIIMG") == "MLIREB"  # jihadist groups are rebels in the gold
    assert in_gold_classes("IGOUNOHRIHCH") == "IGOUNO"  # every UN body is the UN
    assert in_gold_classes("SYRUAF") == "SYRREB"  # militias: the only class of non-state fighters
    assert in_gold_classes("PSEREBHMS") == "PSEREB"  # country + one sector: no group codes
    assert in_gold_classes("IMGMUSISI") == "IMGMUSISI"  # no country: nothing the gold could write
    assert in_gold_classes("NGOHRI") is None and in_gold_classes("NGO") is None  # NGOs: uncoded
    # what the inventory has stays, and no country code is mistaken for a sector
    assert in_gold_classes("RUSHRI") == "RUSCVL"  # human-rights activists are civilians
    for code in ("RUSGOV", "IGOEUREEC", "USA", "SYRREB", "IGOAFR"):
        assert in_gold_classes(code) == code
    assert in_gold_classes(None) is None


def test_gold_score_counts_a_finer_sector_as_its_class_and_keeps_the_strict_score():
    from lagebild.evaluation.gold_events import GoldFile, score

    gold = GoldFile.model_validate({"sentences": [
        {"id": "x-001", "text": "a", "note": "n",
         "events": [{"source": "ESPGOV", "target": "MARGOV", "cameo": "060", "factuality": "asserted"}]},
        {"id": "x-002", "text": "b", "note": "n",
         "events": [{"source": "NGACVL", "target": None, "cameo": "140", "factuality": "asserted"}]},
    ]})
    coded = {"a": [event("064", actor("ESPSPY", "ESP"), actor("MARSPY", "MAR"))],
             "b": [event("143", actor("NGALAB", "NGA"), actor("NGO", None))]}
    report = score(gold, lambda text: coded[text])
    assert report.root == PRF(2, 0, 0)  # same classes, same roots
    assert report.full == PRF(0, 2, 2)  # the full codes differ
    assert report.root_strict == PRF(0, 2, 2)  # as written, neither actor pair matches
    # an error line shows the codes as the coder wrote them
    wrong = score(gold, lambda text: [event("190", actor("ESPSPY", "ESP"), None)] if text == "a" else coded[text])
    assert wrong.root == PRF(1, 1, 1) and len(wrong.errors) == 1 and "ESPSPY" in wrong.errors[0]
