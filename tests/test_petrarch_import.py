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
    assert by_objects[(("restore",), ("relations",))] == "064"  # {…}: the phrase's last word
    assert by_objects[(("restore",), ("negotiation", "talks"))] == "043"  # (PREP &SYN)
    assert by_objects[(("break", "break down"), ())] == "120"
    assert by_objects[(("downplay",), ())] == "014"  # a verb with its own code
    assert by_objects[(("launch",), ("military", "economic"))] == "190"  # null-coded block, coded pattern
    assert not any(p.lemmas == ("launch",) and not p.objects for p in v.patterns)
    assert v.counts["patterns_complex_skipped"] == 2  # `$ * +` and `RECENTLY *`
    assert v.counts["patterns_code_not_cameo"] == 1  # [174L]
    assert v.counts["verb_forms_multiword_skipped"] == 1  # TAKE_NOTE


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
