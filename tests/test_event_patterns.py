"""Every pattern's examples must code as the entry says: the test that makes the dictionaries
trustworthy data rather than guesses.  An example passes when coding its sentence yields an
event fired by that very entry with the expected source, target and factuality."""

import pytest

from lagebild.events.patterns import PATTERN_FILE
from lagebild.events.schemas import EventPatterns
from lagebild.lang import language_dir, languages_with, read_data_file

pytestmark = pytest.mark.model


def _examples():
    for lang in languages_with(PATTERN_FILE.removesuffix(".yaml")):
        patterns = read_data_file(language_dir(lang) / PATTERN_FILE, EventPatterns)
        for entry in (*patterns.verbs, *patterns.nouns):
            for n, ex in enumerate(entry.examples):
                yield pytest.param(lang, entry.id, ex, id=f"{entry.id}#{n}")


@pytest.mark.parametrize("lang, pattern_id, example", list(_examples()))
def test_pattern_example_codes_as_written(lang, pattern_id, example):
    from lagebild.events.api import code_text

    events = code_text(example.text, lang=lang)
    fired = [(e.source and e.source.code, e.target and e.target.code, e.factuality) for e in events if e.pattern == pattern_id]
    assert (example.source, example.target, example.factuality) in fired, (
        f"{example.text!r}: wanted {(example.source, example.target, example.factuality)} from {pattern_id}, "
        f"got {fired} (all events: {[(e.pattern, e.source and e.source.code, e.target and e.target.code, e.factuality) for e in events]})"
    )
