from pathlib import Path

import pytest
import spacy

from lagebild import lang as lang_data
from lagebild.errors import ErrorCode, LagebildError
from lagebild.lang.schemas import TokenizerExceptions


# Generated from other files of the directory, for a language whose lemmatizer needs it.
OPTIONAL_KINDS = {"verb_forms.yaml"}


def test_every_language_ships_the_same_kinds_of_data_file():
    root = lang_data.language_dir("de").parent
    kinds = {d.name: sorted(p.name for p in d.glob("*.yaml") if p.name not in OPTIONAL_KINDS)
             for d in root.iterdir() if d.is_dir() and not d.name.startswith("_")}
    assert set(kinds) >= {"de", "en"}
    assert len({tuple(v) for v in kinds.values()}) == 1, kinds


def test_german_verb_forms_validate_and_cover_the_pattern_verbs():
    from lagebild.events.patterns import rules
    from lagebild.lang.schemas import VerbFormTable

    table = lang_data.load("de", "verb_forms")
    assert isinstance(table, VerbFormTable)
    # every one-word pattern verb has its forms (regenerate with `lagebild models verb-forms de`)
    missing = sorted(k for k in rules("de").verbs if k.isalpha() and k not in table.forms)
    assert not missing, missing


def test_english_verb_forms_list_the_irregular_pasts_the_lemmatizers_keep():
    # The English pipeline and simplemma leave "shot" and British "cancelled" ("cancell") as their
    # own lemmas; the table lemminflect wrote (`lagebild models verb-forms en`) maps them back.  A
    # few pattern words are no verbs to lemminflect ("airstrike"): at most 2% may lack forms.
    from lagebild.events.patterns import rules, verb_lemmas
    from lagebild.lang.schemas import VerbFormTable

    table = lang_data.load("en", "verb_forms")
    assert isinstance(table, VerbFormTable)
    assert "shot" in table.forms["shoot"] and "cancelled" in table.forms["cancel"] and "withdrew" in table.forms["withdraw"]
    verbs = [k for k in rules("en").verbs if k.isalpha()]
    missing = [k for k in verbs if k not in table.forms]
    assert len(missing) <= 0.02 * len(verbs), missing
    nlp = spacy.blank("en")
    shot = nlp("shot")[0]
    shot.lemma_ = "shot"
    assert "shoot" in verb_lemmas(shot)


@pytest.mark.parametrize("code", ["de", "en"])
def test_bundled_tokenizer_exceptions_validate(code):
    data = lang_data.load(code, "tokenizer_exceptions")
    assert isinstance(data, TokenizerExceptions)
    assert all(a.endswith(".") for a in data.abbreviations)


def test_broken_yaml_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "tokenizer_exceptions.yaml"
    bad.write_text("abbreviations:\n  - Gen.\n  - [unclosed\n", encoding="utf8")
    with pytest.raises(LagebildError) as err:
        lang_data.read_data_file(bad, TokenizerExceptions)
    assert err.value.code is ErrorCode.E009
    assert f"{bad}:" in err.value.one_line()


def test_a_key_written_twice_is_an_error_naming_the_line(tmp_path: Path):
    # YAML keeps the last of two equal keys; a country entry with two `adjective_stems:` lists
    # would silently lose the first list's forms.
    bad = tmp_path / "tokenizer_exceptions.yaml"
    bad.write_text("abbreviations: [Gen.]\nabbreviations: [Lt.]\n", encoding="utf8")
    with pytest.raises(LagebildError) as err:
        lang_data.read_data_file(bad, TokenizerExceptions)
    assert f"{bad}:2" in err.value.one_line()
    assert "'abbreviations' is written twice" in err.value.one_line()


def test_schema_violation_names_the_entry(tmp_path: Path):
    bad = tmp_path / "tokenizer_exceptions.yaml"
    bad.write_text("abbreviations:\n  - 'Gen. Lt.'\n", encoding="utf8")
    with pytest.raises(LagebildError) as err:
        lang_data.read_data_file(bad, TokenizerExceptions)
    assert "[abbreviations]" in err.value.one_line()
    assert "without spaces" in err.value.reason


def test_unknown_field_is_rejected(tmp_path: Path):
    bad = tmp_path / "tokenizer_exceptions.yaml"
    bad.write_text("abbrevations: [Gen.]\n", encoding="utf8")
    with pytest.raises(LagebildError):
        lang_data.read_data_file(bad, TokenizerExceptions)
