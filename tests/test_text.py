import pytest

from lagebild.errors import ErrorCode, LagebildError
from lagebild.text import check_length, clean, decode, looks_binary, read_source


def test_utf8_with_and_without_bom_decodes_to_the_same_text():
    text = "Gespräche über Syrien – „abgebrochen“"
    assert decode(text.encode("utf-8")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text


def test_legacy_encoding_is_recovered_not_garbled():
    text = "Die Außenminister trafen sich in Genf, um über die Waffenruhe in Syrien zu sprechen. Später äußerte sich Moskau."
    assert decode(text.encode("cp1252")) == text


def test_binary_data_is_refused_with_its_code():
    with pytest.raises(LagebildError) as err:
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "bild.png")
    assert err.value.code is ErrorCode.E002
    assert err.value.one_line().startswith("[E002] bild.png: ")
    assert "\n" not in err.value.one_line()


def test_looks_binary_accepts_ordinary_text_with_tabs_and_newlines():
    assert not looks_binary("a\tb\nc\r\n".encode() * 100)
    assert looks_binary(b"abc\x00def")


def test_clean_drops_control_characters_but_keeps_layout():
    assert clean("Kerry\x07 traf\x00 Lawrow.\n\tEnde") == "Kerry traf Lawrow.\n\tEnde"


def test_clean_normalises_to_nfc():
    decomposed = "Gespra\u0308che"
    assert clean(decomposed) == "Gespräche"


def test_length_limit_names_size_and_limit():
    with pytest.raises(LagebildError) as err:
        check_length("x" * 11, 10, "big.txt")
    assert err.value.code is ErrorCode.E004
    assert "11 characters" in err.value.reason and "10" in err.value.reason


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(LagebildError) as err:
        read_source(tmp_path / "nope.txt")
    assert err.value.code is ErrorCode.E008
