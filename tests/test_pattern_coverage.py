"""The pattern dictionaries cover the whole CAMEO codebook's roots in every language, with depth
(several distinct codes) for the roots conflict analysts use most — a data check, no model."""

from collections import Counter

import pytest

from lagebild.codebook import root_of
from lagebild.events.patterns import PATTERN_FILE
from lagebild.events.schemas import EventPatterns
from lagebild.lang import language_dir, languages_with

ALL_ROOTS = {f"{n:02d}" for n in range(1, 21)}
# consult, negotiate (04), aid (07), reduce relations (16), threaten (13), protest (14),
# mobilise (15), coerce (17), assault (18), fight (19): at least this many distinct codes each.
DEEP_ROOTS = {"04": 4, "07": 4, "13": 3, "14": 3, "15": 2, "16": 4, "17": 4, "18": 4, "19": 4}


@pytest.mark.parametrize("lang", languages_with(PATTERN_FILE.removesuffix(".yaml")))
def test_every_root_is_covered_with_depth_where_it_matters(lang):
    from lagebild.lang import read_data_file

    patterns = read_data_file(language_dir(lang) / PATTERN_FILE, EventPatterns)
    entries = [*patterns.verbs, *patterns.nouns]
    roots = {root_of(e.cameo) for e in entries}
    assert roots >= ALL_ROOTS, f"{lang}: roots without a pattern: {sorted(ALL_ROOTS - roots)}"
    codes_per_root = Counter(root_of(code) for code in {e.cameo for e in entries})
    shallow = {r: codes_per_root[r] for r, need in DEEP_ROOTS.items() if codes_per_root[r] < need}
    assert not shallow, f"{lang}: too few distinct codes under {shallow}"
    # Both verbs and nouns trigger events: German reports as many events as nominalisations.
    assert len(patterns.nouns) >= 50 and len(patterns.verbs) >= 100
