"""The commentary in ../shared/examples (ZEIT ONLINE on the US–Russia talks over Syria, October
2016) is the article the project describes itself with.  Each expectation is what the text says,
read by a person:

- "Als die USA Anfang der Woche die Gespräche über eine Waffenruhe abbrachen" — the USA halted
  negotiations: 164, asserted (the talks' partner, Russia, is only implied: no target).
- "… begründeten sie dies mit den unablässigen Angriffen" — the attacks are the USA's reason, not
  theirs: no attack with the USA as source.
- "Kerry … mit seinem russischen Gegenspieler Sergei Lawrow zusammenzusitzen" — Kerry (US
  government in 2016) met Lavrov (Russian government): 040.
- "Die USA könnten Rebellen in Syrien mehr und bessere Waffen liefern" — a possibility, not a
  delivery: 072 hypothetical, never asserted.
- "ein militärisches Eingreifen gegen die syrische Luftwaffe befürwortet" — nobody supports the
  Syrian air force: no cooperative event (roots 01–08) with SYR MIL as target.
"""

from pathlib import Path

import pytest

import lagebild

ARTICLE = Path(__file__).resolve().parent.parent.parent / "shared" / "examples" / "zeit-syrien-kommentar-2016.de.txt"


@pytest.fixture(scope="module")
def events():
    if not ARTICLE.is_file():
        pytest.skip("../shared/examples is not next to this checkout")
    return lagebild.code_text(ARTICLE.read_text(encoding="utf8"), lang="de", date="2016-10-05")


def _key(e):
    return (e.source and e.source.code, e.cameo, e.target and e.target.code, e.factuality)


@pytest.mark.model
def test_the_usa_halted_the_talks(events):
    assert ("USA", "164", None, "asserted") in [_key(e) for e in events]


@pytest.mark.model
def test_the_attacks_the_usa_cite_are_not_theirs(events):
    assert not [e for e in events if e.cameo_root in ("18", "19", "20") and e.source and e.source.country == "USA"]


@pytest.mark.model
def test_kerry_met_lavrov(events):
    assert ("USAGOV", "040", "RUSGOV", "asserted") in [_key(e) for e in events]


@pytest.mark.model
def test_arming_the_rebels_is_only_a_possibility(events):
    deliveries = [e for e in events if e.cameo == "072" and e.source and e.source.code == "USA"]
    assert deliveries and all(e.factuality == "hypothetical" for e in deliveries)


@pytest.mark.model
def test_nobody_supports_the_syrian_air_force(events):
    assert not [e for e in events if int(e.cameo_root) <= 8 and e.target and e.target.code == "SYRMIL"]
