"""The README's headline example must do what the README says it does."""

from pathlib import Path

import pytest

import lagebild

README = Path(__file__).parent.parent / "README.md"
EXAMPLE = "Die USA könnten den Rebellen in Syrien Waffen liefern."


@pytest.mark.model
def test_readme_headline_example_codes_as_documented():
    text = README.read_text(encoding="utf8")
    assert EXAMPLE in text and "code='SYRREB'" in text and "factuality='hypothetical'" in text
    [event] = lagebild.code_text(EXAMPLE)
    # a delivery of arms (072) by the USA to the Syrian rebels that only *could* happen (Konjunktiv II)
    assert (event.source.code, event.cameo, event.target.code, event.factuality) == ("USA", "072", "SYRREB", "hypothetical")
    assert event.cue is not None and event.cue.text == "könnten"
