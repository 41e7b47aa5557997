from pathlib import Path

import pytest
import yaml

from lagebild import codebook
from lagebild.codebook import CameoCode, PloverEvent, build_plover_map
from lagebild.codebook.schemas import CameoEventsFile, CameoPloverFile, PloverFile
from lagebild.errors import ErrorCode, LagebildError
from lagebild.lang import read_data_file

REFERENCE_TABLE = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "CAMEO2PLOVER-2021.txt"
ROOTS = [f"{n:02d}" for n in range(1, 21)]

# Cooperation codes (quad 1 and 2) whose published Goldstein weight is negative; documented at the
# top of cameo_events.yaml. Any other negative cooperation weight is a mistake in the file.
NEGATIVE_COOPERATION = {
    "011", "012", "016",
    "024", "0241", "0242", "0243", "0244",
    "025", "0251", "0252", "0253", "0254", "0255", "0256",
    "09", "090", "091", "092", "093", "094",
}


def _raw_codes() -> dict:
    return read_data_file(codebook.data_dir() / codebook.CAMEO_FILE, CameoEventsFile).codes


# --- cameo_events.yaml ------------------------------------------------------------------------

def test_every_root_is_present_with_its_codes():
    codes = {c.code for c in codebook.all_codes()}
    assert set(ROOTS) <= codes
    for root in ROOTS:
        assert f"{root}0" in codes, f"root {root} lacks its general code {root}0"


def test_every_code_has_its_root_and_parent():
    codes = {c.code for c in codebook.all_codes()}
    for entry in codebook.all_codes():
        assert entry.root == entry.code[:2] and entry.root in codes
        if len(entry.code) == 4:
            assert entry.code[:3] in codes, entry.code


def test_codes_are_unique_and_well_formed():
    codes = [c.code for c in codebook.all_codes()]
    assert len(codes) == len(set(codes))
    assert all(c.isdigit() and 2 <= len(c) <= 4 for c in codes)
    # the file itself must not repeat a key either (a YAML mapping silently keeps the last one)
    text = (codebook.data_dir() / codebook.CAMEO_FILE).read_text(encoding="utf8")
    keys = [line.split(":", 1)[0].strip() for line in text.splitlines() if line.startswith('  "')]
    assert len(keys) == len(set(keys)) == len(codes)


def test_the_codebook_has_cameo_1_1b3_plus_the_two_plover_extras():
    by_root: dict[str, int] = {}
    for entry in codebook.all_codes():
        if len(entry.code) > 2:
            by_root[entry.root] = by_root.get(entry.root, 0) + 1
    # sizes of the roots in the CAMEO 1.1b3 codebook (3- and 4-digit codes); 12 has 1213/1214 more
    expected = [10, 27, 28, 7, 8, 5, 6, 25, 5, 27, 12, 26 + 2, 22, 26, 6, 13, 13, 14, 9, 7]
    assert [by_root[root] for root in ROOTS] == expected
    assert len(codebook.all_codes()) == 318
    for code in ["1721", "1822", "1823", "2041", "2042", "155", "176", "1834", "1951", "1952", "1213", "1214"]:
        codebook.cameo(code)


def test_quad_class_follows_the_root():
    expected = {1: ROOTS[0:5], 2: ROOTS[5:9], 3: ROOTS[9:14], 4: ROOTS[14:20]}
    for quad, roots in expected.items():
        for root in roots:
            assert codebook.quad_class(root) == quad
    for entry in codebook.all_codes():
        assert entry.quad_class == codebook.quad_class(entry.root)
    assert codebook.quad_class("0311") == 1 and codebook.quad_class("094") == 2
    assert codebook.quad_class("1246") == 3 and codebook.quad_class("2042") == 4


def test_goldstein_in_range_and_sign_matches_quad_class():
    negative_cooperation = set()
    for entry in codebook.all_codes():
        assert -10.0 <= entry.goldstein <= 10.0
        if entry.quad_class in (3, 4):
            assert entry.goldstein <= 0, entry
        elif entry.goldstein < 0:
            negative_cooperation.add(entry.code)
    assert negative_cooperation == NEGATIVE_COOPERATION


@pytest.mark.parametrize(("code", "weight"), [
    ("010", 0.0), ("020", 3.0), ("036", 4.0), ("040", 1.0), ("042", 1.9), ("043", 2.8), ("051", 3.4),
    ("057", 8.0), ("070", 7.0), ("0874", 10.0), ("111", -2.0), ("112", -2.0), ("130", -4.4), ("138", -7.0),
    ("141", -6.5), ("145", -7.5), ("160", -4.0), ("161", -4.0), ("163", -8.0), ("172", -5.0), ("180", -9.0),
    ("1823", -10.0), ("190", -10.0), ("193", -10.0), ("195", -10.0), ("200", -10.0), ("13", -6.0),
])
def test_published_goldstein_weights(code, weight):
    assert codebook.goldstein(code) == weight


def test_weights_taken_from_a_parent_are_marked_and_equal_to_it():
    marked = {code for code, entry in _raw_codes().items() if entry.goldstein_source == "parent"}
    assert marked == {"1213", "1214", "155", "176", "1834", "1951", "1952"}
    assert codebook.goldstein("1951") == codebook.goldstein("195")
    assert codebook.goldstein("155") == codebook.goldstein("15")


def test_cameo_returns_a_frozen_record():
    entry = codebook.cameo("0311")
    assert entry == CameoCode("0311", "Express intent to cooperate economically", 5.2, 1, "03")
    assert codebook.root_of("0311") == "03" and codebook.root_of("19") == "19"
    with pytest.raises(AttributeError):
        entry.goldstein = 0.0  # type: ignore[misc]


@pytest.mark.parametrize("bad", ["999", "0", "21", "0315", "", " 010", 10])
def test_unknown_code_is_a_lagebild_error(bad):
    with pytest.raises(LagebildError) as err:
        codebook.cameo(bad)
    assert err.value.code is ErrorCode.E013
    assert f"unknown CAMEO code '{bad}'" in err.value.one_line()
    with pytest.raises(LagebildError):
        codebook.to_plover(bad)


# --- cameo_plover.yaml ------------------------------------------------------------------------

def test_plover_facts_from_the_table():
    assert codebook.to_plover("190").type == "ASSAULT"
    assert codebook.to_plover("0311") == PloverEvent("AGREE", None, ("economic",))
    assert codebook.to_plover("042") == PloverEvent("CONSULT", "visit", ())
    assert codebook.to_plover("043") == PloverEvent("CONSULT", "visit", ())
    # the table maps 163 (embargo, sanctions) to COERCE/restrict; the PLOVER manual codes
    # international sanctions as SANCTION/discontinue, and the manual wins (MANUAL_OVERRIDES)
    assert codebook.to_plover("163") == PloverEvent("SANCTION", "discontinue", ("diplomatic",))
    assert codebook.to_plover("161") == PloverEvent("SANCTION", "withdraw", ("diplomatic",))
    assert codebook.to_plover("145") == PloverEvent("PROTEST", "riot", ())
    assert codebook.to_plover("091") == PloverEvent("ACCUSE", "investigate", ("crime", "corruption"))
    assert codebook.to_plover("0813") == PloverEvent("RETREAT", None, ("legal",))
    assert codebook.to_plover("0811").type == "CONCEDE"
    assert codebook.to_plover("191") == PloverEvent("COERCE", "restrict", ("military",))
    assert codebook.to_plover("2042") == PloverEvent("ASSAULT", "unconventional", ("cbrn",))


def test_unlisted_codes_inherit_from_their_nearest_listed_parent():
    listed = read_data_file(codebook.data_dir() / codebook.PLOVER_MAP_FILE, CameoPloverFile).mapping
    for code in ["155", "176", "1834", "1951", "1952"]:
        assert code not in listed
    assert codebook.to_plover("1834") == codebook.to_plover("183")
    assert codebook.to_plover("1951") == codebook.to_plover("195")
    assert codebook.to_plover("155") == PloverEvent("MOBILIZE", None, ())  # from the root 15
    assert codebook.to_plover("176") == PloverEvent("COERCE", None, ())  # from the root 17
    assert codebook.to_plover("08") == PloverEvent("CONCEDE", None, ())  # first of the two 08 headers


def test_dropped_roots_have_no_plover_event_and_all_others_do():
    plover_types = {t.type for t in codebook.plover_types()}
    for entry in codebook.all_codes():
        event = codebook.to_plover(entry.code)
        if entry.root in ("01", "02"):
            assert event is None, entry.code
        else:
            assert event is not None and event.type in plover_types, entry.code


def test_converter_reproduces_the_committed_mapping():
    if not REFERENCE_TABLE.is_file():
        pytest.skip(f"reference table not found at {REFERENCE_TABLE}")
    committed = (codebook.data_dir() / codebook.PLOVER_MAP_FILE).read_text(encoding="utf8")
    assert build_plover_map.build(REFERENCE_TABLE) == committed


def test_converter_rules_on_a_small_table(tmp_path: Path):
    table = tmp_path / "table.txt"
    table.write_text(
        "# header comment\n"
        "16: SANCTION\n"
        "160: SANCTION,   ,  # Reduce relations\n"
        "163: COERCE, restrict ,   diplomatic # listed under 16 with another type\n"
        "091: ACCUSE, investigate, crime; corruption # two contexts\n"
        "175: ASSAULT, , military\n"
        "175: ASSAULT, , military # twice, same\n"
        "16: AID\n"
        "~~~~~\n",
        encoding="utf8",
    )
    rows, notes = build_plover_map.parse_table(table.read_text(encoding="utf8"))
    assert rows["16"].type == "SANCTION" and rows["16"].header
    assert (rows["163"].type, rows["163"].mode, rows["163"].context) == ("COERCE", "restrict", ("diplomatic",))
    assert rows["160"].mode is None and rows["160"].context == ()
    assert rows["091"].context == ("crime", "corruption")
    assert any("163 maps to COERCE" in n for n in notes)
    build_plover_map.apply_manual(rows, notes)  # the manual's reading of sanctions wins
    assert (rows["163"].type, rows["163"].mode) == ("SANCTION", "discontinue")
    assert any("as the PLOVER manual says" in n for n in notes)
    assert any("175 is listed twice" in n for n in notes)
    assert any("root 16 has a second section header AID" in n for n in notes)
    text = build_plover_map.build(table)
    data = CameoPloverFile.model_validate(yaml.safe_load(text))
    assert data.mapping["091"].context == ("crime", "corruption")
    assert list(data.mapping) == sorted(data.mapping)


def test_converter_refuses_conflicting_duplicates(tmp_path: Path):
    with pytest.raises(ValueError, match="line 2: 160 is listed again"):
        build_plover_map.parse_table("160: SANCTION, ,\n160: COERCE, ,\n")
    with pytest.raises(ValueError, match="line 1"):
        build_plover_map.parse_table("16O: SANCTION, ,\n")


# --- plover.yaml ------------------------------------------------------------------------------

def test_plover_types_and_sectors():
    types = {t.type: t for t in codebook.plover_types()}
    assert list(types) == [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ]
    assert "visit" in types["CONSULT"].modes and "riot" in types["PROTEST"].modes
    assert [t.quad_class for t in types.values()] == [1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4]
    for code in ["GOV", "MIL", "REB", "OPP", "INS", "COP", "JUD", "LEG", "BUS", "CVL", "MED", "NGO", "IGO", "REF",
                 "EDU", "HLH", "LAB", "ELI", "SPY", "UAF", "CRM", "RAD", "AGR", "ENV", "REL"]:
        assert codebook.cameo_sector(code), code
    assert codebook.cameo_sector("XYZ") is None
    plover = read_data_file(codebook.data_dir() / codebook.PLOVER_FILE, PloverFile)
    assert {"GOV", "MIL", "REB", "COP", "CVL", "PRE"} <= set(plover.plover_sectors)


def test_mapping_uses_only_known_vocabulary_and_every_extra_is_used():
    plover = read_data_file(codebook.data_dir() / codebook.PLOVER_FILE, PloverFile)
    mapping = read_data_file(codebook.data_dir() / codebook.PLOVER_MAP_FILE, CameoPloverFile).mapping
    used_modes = {(e.type, e.mode) for e in mapping.values() if e.mode}
    used_contexts = {c for e in mapping.values() for c in e.context}
    extras = plover.conversion_table_extras
    for event_type, modes in extras.modes.items():
        for mode in modes:
            assert (event_type, mode) in used_modes, (event_type, mode)
            assert mode not in plover.event_types[event_type].modes
    for context in extras.contexts:
        assert context in used_contexts and context not in plover.contexts


# --- broken files -----------------------------------------------------------------------------

def test_malformed_yaml_gives_one_line_naming_the_file(tmp_path: Path):
    bad = tmp_path / "cameo_events.yaml"
    bad.write_text('codebook: x\ncodes:\n  "01": {name: "Statement", goldstein: 0.0\n', encoding="utf8")
    with pytest.raises(LagebildError) as err:
        read_data_file(bad, CameoEventsFile)
    line = err.value.one_line()
    assert err.value.code is ErrorCode.E009
    assert str(bad) in line and "\n" not in line


@pytest.mark.parametrize(("body", "where", "reason"), [
    ('  "01": {name: "Statement", goldstein: 12.0}\n', "[codes.01.goldstein]", "less than or equal to 10"),
    ('  "01": {name: "Statement", goldstein: 0.0, weight: 1}\n', "[codes.01.weight]", "Extra inputs"),
    ('  "01": {name: "Statement", goldstein: 0.0}\n  "0111": {name: "x", goldstein: 0.0}\n', "[codes]",
     "'0111' has no parent entry '011'"),
    ('  "01": {name: "Statement", goldstein: 0.0}\n', "[codes]", "root categories missing: 02"),
])
def test_schema_errors_name_the_file_and_entry(tmp_path: Path, body, where, reason):
    bad = tmp_path / "cameo_events.yaml"
    bad.write_text("codebook: x\ncodes:\n" + body, encoding="utf8")
    with pytest.raises(LagebildError) as err:
        read_data_file(bad, CameoEventsFile)
    assert f"{bad} {where}" in err.value.one_line()
    assert reason in err.value.reason


def test_unquoted_codes_are_rejected(tmp_path: Path):
    bad = tmp_path / "cameo_events.yaml"
    bad.write_text("codebook: x\ncodes:\n  010: {name: Statement, goldstein: 0.0}\n", encoding="utf8")
    with pytest.raises(LagebildError):
        read_data_file(bad, CameoEventsFile)


def test_parent_marked_weight_must_equal_the_parent(tmp_path: Path):
    codes = {code: entry.model_dump() for code, entry in _raw_codes().items()}
    codes["1951"]["goldstein"] = -9.0
    bad = tmp_path / "cameo_events.yaml"
    bad.write_text(yaml.safe_dump({"codebook": "x", "codes": codes}), encoding="utf8")
    with pytest.raises(LagebildError) as err:
        read_data_file(bad, CameoEventsFile)
    assert "'1951' is marked goldstein_source: parent" in err.value.reason


def test_mapping_to_an_unknown_mode_is_refused(tmp_path: Path, monkeypatch):
    for name in (codebook.CAMEO_FILE, codebook.PLOVER_FILE):
        (tmp_path / name).write_bytes((codebook.data_dir() / name).read_bytes())
    text = (codebook.data_dir() / codebook.PLOVER_MAP_FILE).read_text(encoding="utf8")
    text = text.replace('"042": {type: CONSULT, mode: visit', '"042": {type: CONSULT, mode: visiting')
    (tmp_path / codebook.PLOVER_MAP_FILE).write_text(text, encoding="utf8")
    monkeypatch.setattr(codebook, "data_dir", lambda: tmp_path)
    for cached in (codebook._codes, codebook._plover, codebook._plover_map):
        cached.cache_clear()
    try:
        with pytest.raises(LagebildError) as err:
            codebook.to_plover("042")
        assert err.value.code is ErrorCode.E009
        assert "[mapping.042]" in err.value.one_line() and "'visiting' is not a mode of CONSULT" in err.value.reason
    finally:
        for cached in (codebook._codes, codebook._plover, codebook._plover_map):
            cached.cache_clear()
