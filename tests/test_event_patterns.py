"""Every pattern's examples are run through the coder: an example passes when coding its
sentence yields an event fired by that very entry with the expected source, target and
factuality.  The share that passes per language may not fall below its floor in
tests/baselines/coder.json (the trafilatura idea: the floor only moves up); the failure message
lists every failing example so a regression is easy to read."""

import json
from pathlib import Path

import pytest

from lagebild.events.patterns import PATTERN_FILE
from lagebild.events.schemas import EventPatterns
from lagebild.lang import language_dir, read_data_file

pytestmark = pytest.mark.model

BASELINE = Path(__file__).parent / "baselines" / "coder.json"


def example_results(lang: str) -> tuple[int, list[str]]:
    from lagebild.events.api import code_docs, InputDoc

    patterns = read_data_file(language_dir(lang) / PATTERN_FILE, EventPatterns)
    cases = [(entry.id, ex) for entry in (*patterns.verbs, *patterns.nouns, *patterns.reported_modals) for ex in entry.examples]
    docs = [InputDoc(f"{pid}#{n}", ex.text, lang) for n, (pid, ex) in enumerate(cases)]
    failures = []
    for (pid, ex), coded in zip(cases, code_docs(docs)):
        fired = {(e.source and e.source.code, e.target and e.target.code, e.factuality) for e in coded.events if e.pattern == pid}
        if (ex.source, ex.target, ex.factuality) not in fired:
            failures.append(f"{pid}: {ex.text!r} wanted {(ex.source, ex.target, ex.factuality)} got {sorted(map(str, fired))}")
    return len(cases), failures


@pytest.mark.parametrize("lang", ["de", "en"])
def test_pattern_examples_code_as_written(lang):
    floor = json.loads(BASELINE.read_text(encoding="utf8"))["pattern_examples_pass_rate"][lang]
    total, failures = example_results(lang)
    rate = 1 - len(failures) / total
    assert total >= 200, f"{lang}: only {total} examples"
    assert rate >= floor, f"{lang}: {rate:.3f} of {total} examples pass, floor {floor}:\n" + "\n".join(failures)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_counter_examples_are_not_coded_by_their_entry(lang):
    # A figurative or agentless use an entry rules out ("meet the cost", "a storm hit Arizona")
    # must stay ruled out: every counter-example, no floor.
    from lagebild.events.api import code_docs, InputDoc

    patterns = read_data_file(language_dir(lang) / PATTERN_FILE, EventPatterns)
    cases = [(entry.id, text) for entry in (*patterns.verbs, *patterns.nouns) for text in entry.counter_examples]
    coded = code_docs(InputDoc(f"{pid}#{n}", text, lang) for n, (pid, text) in enumerate(cases))
    fired = [f"{pid}: {text!r} coded {e.cameo} {e.source and e.source.code} -> {e.target and e.target.code}"
             for (pid, text), c in zip(cases, coded) for e in c.events if e.pattern == pid]
    assert not fired, "\n".join(fired)
