"""PETRARCH dictionary importers (lagebild.importers.petrarch) and the unit-record reader."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lagebild.errors import LagebildError
from lagebild.importers.petrarch import (
    combined_forms,
    english_rules_with,
    plural,
    read_actors,
    read_agents,
    read_verbs,
)

ACTORS = """\
<!-- A TEST ACTOR DICTIONARY -->
<!--
# a comment block over
# several lines [XXX]
-->
ISRAEL [ISR]
ISRAELI_TROOPS [ISRMIL]   # a comment
HAMAS [PSEREBHMS]
AUSTRALIA [AUS]
+AUSTRALIAN
+AUSSIE_

GOLLUM  # codes on the lines below
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]

SAM_GAMGEE [HOB]
\t[ORCHOB 20100109-20100112]
\t[HOBMIL 20080120-20121109]
BOROMIR [---]
<! -- sloppy comment -->
ENT
\t[ENT]
"""

AGENTS = """\
<!-- TEST AGENTS -->
!PERSON! = MAN, WOMAN
PRESIDENT [~GOV] # a comment
FOREIGN_MINISTER [~GOVFRM]
TROOPS {} [~MIL]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
CONGRESS!PERSON! [~LEG]
POLICY [~GOV]
HUMAN_RIGHTS_BODY [NGO~]
POLICE {} [ ~COP]
"""

VERBS = """\
####### SYNONYM SETS #######
&TIETYPES
+MILITARY
+ECONOMIC_
&NEGOTIATION
+NEGOTIATION
+PEACE_TALKS

####### VERB PATTERNS #######
--- RESTORE  [050]  ---
RESTORE
- * TIES  [064]
- * {DIPLOMATIC RELATIONS} [064]
- * (WITH &NEGOTIATION) [043]
- $ * +  [190]
- RECENTLY *  [025]
- * ASYLUM  [174L]
--- BREAK [120] ---
BREAK { BROKE BROKEN }
+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN}
+TAKE_NOTE [010]
DOWNPLAY [014]
--- LAUNCH [---] ---
LAUNCH
- * &TIETYPES [190]
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf8")
    return path


def test_actors_forms_synonyms_and_codes(tmp_path: Path) -> None:
    d = read_actors(_write(tmp_path, "a.actors.txt", ACTORS))
    forms = d.forms()
    assert forms["israeli troops"].code == "ISRMIL"
    assert (forms["israeli troops"].ref.country, forms["israeli troops"].ref.sector) == ("ISR", "MIL")
    assert forms["israel"].ref.country == "ISR" and forms["israel"].ref.sector is None
    # Third-level codes stay whole: the coder builds country + sector.
    assert (forms["hamas"].ref.country, forms["hamas"].ref.sector, forms["hamas"].code) == ("PSE", "REBHMS", "PSEREBHMS")
    for form in ("australia", "australian", "aussie"):
        assert forms[form].code == "AUS"
    assert forms["ent"].code == "ENT"  # code on the line below
    assert "boromir" not in forms  # null code: known, never coded
    assert "xxx" not in str(forms)  # the comment block is gone
    assert d.counts()["problems"] == 0


def test_actors_dated_codes(tmp_path: Path) -> None:
    d = read_actors(_write(tmp_path, "a.actors.txt", ACTORS))
    gollum = next(e for e in d.entries if e.forms[0] == "gollum")
    assert gollum.forms == ("gollum", "smeagol")
    assert gollum.code_on(date(1995, 5, 31)) == "HOB"
    assert gollum.code_on(date(1995, 6, 1)) == "HOBGOV"  # ranges include both ends
    assert gollum.code_on(date(1999, 8, 15)) == "HOBGOV"
    assert gollum.code_on(date(2001, 1, 1)) == "HOBREB"
    assert gollum.code_on(None) == "HOBREB"  # no default: the most recent
    sam = next(e for e in d.entries if e.forms[0] == "sam gamgee")
    assert sam.code_on(date(2010, 1, 10)) == "ORCHOB"  # the first restriction that fits wins
    assert sam.code_on(date(2010, 1, 13)) == "HOBMIL"
    assert sam.code_on(date(2014, 1, 1)) == "HOB"  # the undated default
    assert sam.code_on(None) == "HOB"
    assert d.forms(date(1996, 1, 1))["smeagol"].code == "HOBGOV"


def test_agents_plurals_macros_and_prefixes(tmp_path: Path) -> None:
    g = read_agents(_write(tmp_path, "a.agents.txt", AGENTS))
    forms = g.forms()
    assert forms["president"].ref.sector == "GOV" and forms["president"].ref.country is None
    assert forms["presidents"].code == "GOV"  # regular plural made
    assert forms["foreign ministers"].ref.sector == "GOVFRM"
    assert "troopss" not in forms and forms["troops"].code == "MIL"  # {} = no plural
    assert forms["golden geese"].code == "GGS" and "golden gooses" not in forms
    assert {"congressman", "congresswoman", "congressmen", "congresswomen"} <= set(forms)
    assert forms["policies"].code == "GOV"
    assert forms["human rights body"].code == "NGO"  # a prefix agent, kept as sector NGO
    assert forms["police"].code == "COP"
    assert plural("ministry") == "ministries" and plural("press") == "presses" and plural("day") == "days"


def test_combined_forms_actors_win_over_agents(tmp_path: Path) -> None:
    a = read_actors(_write(tmp_path, "a.actors.txt", "PRESIDENT [USAGOV]\nISRAEL [ISR]\n"))
    g = read_agents(_write(tmp_path, "a.agents.txt", AGENTS))
    forms = combined_forms([a], [g])
    assert forms["president"].code == "USAGOV"
    assert forms["troops"].code == "MIL"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("ISRAEL [ISR]\nSYRIA [SYR 2001-05-01]\n", 2),  # a date is not YYMMDD/YYYYMMDD
        ("ISRAEL [ISR]\n+ISRAELI [ISR\n", 2),  # unbalanced bracket
        ("+ORPHAN\nISRAEL [ISR]\n", 1),  # a synonym with no entry
        ("ISRAEL [ISR]\nGAZA\nJORDAN [JOR] X\n", 3),  # text after the code
        ("ISRAEL [ISR]\nSYRIA [SYR 20100101-20000101]\n", 2),  # a range ending before it starts
        ("ISRAEL [ISR]\n[I]\n", 2),  # a one-letter code
    ],
)
def test_malformed_actor_line_is_one_line_error(tmp_path: Path, text: str, line: int) -> None:
    path = _write(tmp_path, "bad.actors.txt", text)
    with pytest.raises(LagebildError) as info:
        read_actors(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith("[E009]")
    assert f"{path}:{line}:" in message


def test_malformed_agent_line_and_lenient_mode(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.agents.txt", "PRESIDENT [~GOV]\nDEPARTMENT [~ENV}\nJUDGE [JUD]\n")
    with pytest.raises(LagebildError, match=rf"^\[E009\] {path}:2: "):
        read_agents(path)
    lenient = read_agents(path, strict=False)
    assert [e.forms[0] for e in lenient.entries] == ["president"]
    assert len(lenient.problems) == 2 and f"{path}:3:" in lenient.problems[1]


def test_verbs_simple_entries_objects_and_skips(tmp_path: Path) -> None:
    v = read_verbs(_write(tmp_path, "a.verbs.txt", VERBS))
    by_objects = {(p.lemmas, p.objects): p.cameo for p in v.patterns}
    assert by_objects[(("restore",), ())] == "050"
    assert by_objects[(("restore",), ("ties",))] == "064"
    assert by_objects[(("restore",), ("diplomatic relations",))] == "064"  # {…}: the phrase, see below
    assert by_objects[(("restore",), ("negotiation", "peace talks"))] == "043"  # (PREP &SYN): members whole
    assert by_objects[(("break", "break down"), ())] == "120"
    assert by_objects[(("downplay",), ())] == "014"  # a verb with its own code
    assert by_objects[(("launch",), ("military", "economic"))] == "190"  # null-coded block, coded pattern
    assert not any(p.lemmas == ("launch",) and not p.objects for p in v.patterns)
    assert v.counts["patterns_complex_skipped"] == 1  # `$ * +`
    assert v.counts["patterns_code_not_cameo"] == 1  # [174L]
    assert v.counts["verb_forms_multiword_skipped"] == 1  # TAKE_NOTE


VERB_READINGS = """\
&CURRENCY
+MONEY
+THE_SWISS_FRANC
--- RECEIVE  [033]  ---
RECEIVE
- + * &CURRENCY $  [071]
- + * (FROM $)  [080]
- + * (IN) $  [075]
--- ALLOW  [080] ---
ALLOW
- * {THE NEATEST PLACE}  [027]
- RECENTLY *  [025]
- * (ON RESOLUTION)  [057]
--- BURN [---] ---
BURN
- * (DOWN)  [1712]
- * (AT)  [138]
"""


def test_verb_pattern_readings(tmp_path: Path) -> None:
    # What each PETRARCH pattern shape becomes (see `_pattern_readings`).
    v = read_verbs(_write(tmp_path, "a.verbs.txt", VERB_READINGS))
    money, freed, broke_in = (next(p for p in v.patterns if p.cameo == c) for c in ("071", "080", "075"))
    # `+ * … $`: the subject is the target, the source after the verb ("Iraq received money from Kuwait")
    assert money.target == ("nsubj",) and money.source == ("obj/nmod", "obl", "nmod")
    assert money.objects == ("money", "swiss franc")  # a synset's members whole, without the article
    assert (freed.target, freed.source, freed.only_with_prep, freed.objects) == (("nsubj",), ("obl[from]",), ("from",), ())
    assert (broke_in.target, broke_in.source, broke_in.only_with_prep) == (("nsubj",), ("obl[in]",), ("in",))
    allow = [p for p in v.patterns if p.lemmas == ("allow",)]
    neatest, recently, resolution, general = allow
    assert neatest.objects == ("neatest place",) and neatest.cameo == "027"  # {THE …}: without the article
    assert recently.predicates == ("recently",) and recently.cameo == "025"  # a word before the verb
    assert (resolution.objects, resolution.only_with_prep) == (("resolution",), ("on",))  # (PREP WORD)
    assert general.cameo == "080" and not (general.objects or general.predicates)  # tried after the readings
    burn = {(p.lemmas, p.only_with_prep): p for p in v.patterns if p.lemmas[0].startswith("burn")}
    assert burn[(("burn down",), ())].cameo == "1712"  # (PARTICLE): the phrasal verb …
    assert burn[(("burn",), ("down",))].cameo == "1712"  # … or the preposition
    at = burn[(("burn",), ("at",))]
    assert at.cameo == "138" and at.target[0] == "obl[at]"  # (PREP): its phrase is the first target
    assert (("burn at",), ()) not in burn  # "at" is no particle
    assert not any(p.lemmas == ("burn",) and not p.only_with_prep for p in v.patterns)  # the null-coded block
    assert v.counts["patterns_complex_skipped"] == 0


def test_codes_by_verb_bound_what_a_record_can_expect(tmp_path: Path) -> None:
    from lagebild.evaluation.petr import dictionary_can_code

    v = read_verbs(_write(tmp_path, "a.verbs.txt", VERBS))
    # every code written in RESTORE's block, the skipped complex and non-CAMEO patterns too
    assert v.codes_by_verb["restore"] == {"050", "064", "043", "190", "025", "174L"}
    assert v.codes_by_verb["break down"] == {"120", "014"}
    record = frozenset({("ARN", "GON", "064")})
    assert dictionary_can_code(record, {"be", "restore"}, v.codes_by_verb)
    assert not dictionary_can_code(record, {"break"}, v.codes_by_verb)  # 064 is not BREAK's
    assert not dictionary_can_code(record, {"trash"}, v.codes_by_verb)  # a verb the file lacks
    assert dictionary_can_code(frozenset(), {"trash"}, v.codes_by_verb)  # nothing expected


def test_verbs_malformed_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.verbs.txt", "--- RESTORE [050] ---\nRESTORE\n- * &NOSUCH [064]\n")
    with pytest.raises(LagebildError, match=rf"^\[E009\] {path}:3: .*&NOSUCH"):
        read_verbs(path)


def test_imported_verbs_take_precedence(tmp_path: Path) -> None:
    from lagebild.events.patterns import rules

    v = read_verbs(_write(tmp_path, "a.verbs.txt", VERBS))
    merged = english_rules_with(v.patterns)
    own = rules("en")
    assert merged.verbs["restore"][0].id.startswith("petr.")
    assert merged.verbs["restore"][0].objects  # object readings first
    some_own = next(k for k in own.verbs if k not in merged.verbs or k != "restore")
    assert merged.verbs[some_own][-len(own.verbs[some_own]):] == own.verbs[some_own]  # ours remain as fallback
    assert merged.nouns is own.nouns


def test_a_verb_the_imported_file_lists_is_coded_by_it_alone(tmp_path: Path) -> None:
    # "BURN [---]" with one pattern: "burn" is the file's verb, so our own "burn" patterns do not
    # code it (a null code is no event); a verb the file lacks keeps ours, unless own_verbs=False.
    from lagebild.events.patterns import rules

    own = rules("en")
    listed = next(k for k in own.verbs if " " not in k)
    kept = next(k for k in own.verbs if k != listed and " " not in k)
    v = read_verbs(_write(tmp_path, "a.verbs.txt", f"--- X [---] ---\n{listed.upper()}\n- * NOTHINGNESS [010]\n"))
    assert listed in v.codes_by_verb
    merged = english_rules_with(v.patterns, known=v.codes_by_verb)
    assert [e.id for e in merged.verbs[listed]] == [p.id for p in v.patterns]  # ours dropped
    assert merged.verbs[kept] == own.verbs[kept]
    silent = read_verbs(_write(tmp_path, "b.verbs.txt", f"--- X [---] ---\n{listed.upper()}\n"))
    assert listed not in english_rules_with(silent.patterns, known=silent.codes_by_verb).verbs  # known, never coded
    assert english_rules_with(silent.patterns).verbs[listed] == own.verbs[listed]  # (not said known)
    alone = english_rules_with(v.patterns, known=v.codes_by_verb, own_verbs=False)
    assert set(alone.verbs) == {listed}


def test_unit_record_reader(tmp_path: Path) -> None:
    from lagebild.evaluation.petr import failure_kind, read_records

    xml = """<Validation><Environment/><Sentences>
<Sentence date="19950101" id="A-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"INJURY TOLL"' targetcode="GON" eventcode="223"></EventCoding>
<Text>Arnor is about to restore
ties with Gondor.</Text><Parse>(ROOT)</Parse></Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date = "20080801" id ="B-1" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding><Text>X</Text></Sentence>
<Sentence date="19950101" id="C-1" category="DEMO" sentence="false">
<EventCoding noevents = "True"></EventCoding><Text>Y</Text></Sentence>
</Sentences></Validation>"""
    records = read_records(_write(tmp_path, "r.xml", xml))
    a, b, c = records
    assert a.text == "Arnor is about to restore ties with Gondor."
    assert a.expected == {("ARN", "GON", "064")} and a.new_actor_events == 1 and a.require_dyad
    assert b.error == "dateline" and not b.require_dyad and b.date == date(2008, 8, 1)
    assert not c.active and c.expected == frozenset()
    e = frozenset({("ARN", "GON", "064")})
    assert failure_kind(e, frozenset()) == "no_event"
    assert failure_kind(frozenset(), e) == "spurious"
    assert failure_kind(e, frozenset({("ARN", "GON", "050")})) == "wrong_root"
    assert failure_kind(e, frozenset({("ARN", "GON", "0641")})) == "wrong_code_same_root"
    assert failure_kind(e, frozenset({("ARNGOV", "GON", "064")})) == "actor_detail"
    assert failure_kind(e, e | {("GON", "ARN", "064")}) == "extra_events"


@pytest.mark.model
def test_imported_readings_code_parsed_sentences(tmp_path: Path) -> None:
    # The readings above applied by the English coder to real parses, our own verbs off as the
    # `eval petr` runs: the turned roles of RECEIVE, ALLOW's target in its complement clause
    # (PETRARCH takes the first actor after the verb), and its word before the verb.
    from lagebild.events.api import LanguageCoder
    from lagebild.nlp import load

    nlp = load("en")
    v = read_verbs(_write(tmp_path, "a.verbs.txt", VERB_READINGS))
    coder = LanguageCoder(nlp, "en", rules_override=english_rules_with(v.patterns, known=v.codes_by_verb, own_verbs=False))

    def coded(text: str) -> list[tuple]:
        return [(e.source and e.source.code, e.cameo, e.target and e.target.code) for e in coder.code(nlp(text), "t", None)]

    assert coded("Iraq received money from Kuwait.") == [("KWT", "071", "IRQ")]
    assert coded("Iraq allowed that Kuwait is a dangerous place.") == [("IRQ", "080", "KWT")]
    assert coded("Iraq recently allowed that Kuwait is a dangerous place.") == [("IRQ", "025", "KWT")]


@pytest.mark.model
def test_real_petr_validate_dictionaries(shared_data: Path) -> None:
    folder = shared_data / "dictionaries" / "phoenix"
    if not (folder / "PETR.Validate.actors.txt").is_file():
        pytest.skip("PETR.Validate dictionaries are not in ../shared/data/dictionaries/phoenix")
    actors = read_actors(folder / "PETR.Validate.actors.txt")
    agents = read_agents(folder / "PETR.Validate.agents.txt")
    verbs = read_verbs(folder / "PETR.Validate.verbs.2.0.txt", strict=False)
    assert len(actors.forms()) > 150
    assert len(agents.forms()) > 150
    assert len(verbs.patterns) > 300
    assert actors.forms(date(2010, 1, 10))["sam gamgee"].code == "ORCHOB"


@pytest.mark.model
def test_petr_eval_runs(shared_data: Path) -> None:
    from lagebild.evaluation.petr import run_petr_eval

    if not (shared_data / "eval" / "PETR.UnitTest.records.xml").is_file():
        pytest.skip("PETR.UnitTest.records.xml is not in ../shared/data/eval")
    report = run_petr_eval(shared_data)
    assert "exact match (full code):" in report and "exact match (root code):" in report  # no score gate
    assert "records the verb dictionary can code at all" in report
