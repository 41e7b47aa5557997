import pytest

from lagebild.errors import ErrorCode, LagebildError
from lagebild.nlp.langid import detect

SUPPORTED = ("de", "en")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Die Vereinigten Staaten haben die Gespräche mit Russland über Syrien abgebrochen.", "de"),
        ("The United States suspended its talks with Russia over the war in Syria.", "en"),
        ("Moskau droht Kiew.", "de"),  # short and name-heavy: the restricted model decides
        ("Putin threatens Kyiv.", "en"),
    ],
)
def test_identifies_supported_languages(text, expected):
    assert detect(text, SUPPORTED) == expected


def test_confidently_foreign_text_is_refused_naming_the_language():
    with pytest.raises(LagebildError) as err:
        detect("Le président de la République a reçu hier soir le ministre des Affaires étrangères.", SUPPORTED, "a.txt")
    assert err.value.code is ErrorCode.E005
    assert "'fr'" in err.value.reason


def test_text_without_letters_cannot_be_identified():
    with pytest.raises(LagebildError) as err:
        detect("12 34 -- !!", SUPPORTED)
    assert err.value.code is ErrorCode.E007
