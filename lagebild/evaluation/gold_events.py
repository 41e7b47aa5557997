"""Score the event coder against a reviewed gold file (`lagebild/evaluation/gold/events_<lang>.yaml`).

An event matches when source code, target code, CAMEO root and factuality agree (the `root`
score) — and for the `full` score also the full CAMEO code.  Precision, recall and F1 are micro-
averaged over all sentences; each sentence is coded on its own with the file's document date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import Field, StringConstraints
from typing_extensions import Annotated

from ..lang import read_data_file
from ..events.records import Event
from ..schema_base import FrozenModel

ActorCode = Annotated[str, StringConstraints(pattern=r"^(?:[A-Z]{3})+$")]


class GoldEvent(FrozenModel):
    source: ActorCode | None
    target: ActorCode | None
    cameo: Annotated[str, StringConstraints(pattern=r"^\d{2,4}$")]
    factuality: Literal["asserted", "negated", "hypothetical", "future", "reported", "question"]


class GoldSentence(FrozenModel):
    id: str
    text: str
    events: tuple[GoldEvent, ...]
    note: str = Field(min_length=1)


class GoldFile(FrozenModel):
    # The document date every sentence is coded on (people hold offices on dates: "Merkel" is the
    # German government in 2016, not in 2026).
    date: Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")] | None = None
    sentences: tuple[GoldSentence, ...] = Field(min_length=1)


@dataclass(frozen=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class GoldReport:
    sentences: int
    root: PRF
    full: PRF
    errors: tuple[str, ...]  # one line per sentence with a mismatch, for reading


# The German gold's further sets, each written from the conventions in events_de.yaml's header
# alone by someone who never ran the coder (roots only): blind (tuned on since), blind2 (held out:
# scored, never read), blind3 (a development set written after blind2 was held out), blind4 (held
# out when written at the end of the session that tuned on blind3, scored twice, then made a
# development set by the next session), blind5 (held out, written when blind4 became one).
BLIND_SETS = ("blind", "blind2", "blind3", "blind4", "blind5")
HELD_OUT_SETS = frozenset({"blind2", "blind5"})


def gold_path(lang: str, which: str = "") -> Path:
    """The gold file of a language (events_<lang>.yaml), or one of its blind sets
    (events_<lang>_<which>.yaml, `which` in BLIND_SETS)."""
    if which and which not in BLIND_SETS:
        raise ValueError(f"unknown gold set {which!r} (known: {', '.join(BLIND_SETS)})")
    name = f"events_{lang}_{which}.yaml" if which else f"events_{lang}.yaml"
    return Path(str(resources.files("lagebild") / "evaluation" / "gold" / name))


def load_gold(path: Path) -> GoldFile:
    return read_data_file(path, GoldFile)


def _root(code: str) -> str:
    return code[:2]


def _keys(items: Iterable[tuple[str | None, str | None, str, str]], full: bool) -> Counter:
    return Counter((s, t, c if full else _root(c), f) for s, t, c, f in items)


def _prf(gold: Counter, pred: Counter) -> PRF:
    tp = sum((gold & pred).values())
    return PRF(tp, sum(pred.values()) - tp, sum(gold.values()) - tp)


Split = Literal["all", "dev", "test"]


def in_split(sentence_id: str, split: Split) -> bool:
    """Odd-numbered sentences are the development half (read its errors, tune on it); even-
    numbered ones the test half, whose errors nobody reads, so its score stays honest."""
    if split == "all":
        return True
    digits = "".join(ch for ch in sentence_id if ch.isdigit())
    odd = bool(digits) and int(digits) % 2 == 1
    return odd if split == "dev" else not odd


def score_coder(gold: GoldFile, lang: str, split: Split = "all") -> GoldReport:
    """`score` of Lagebild's own coder, each sentence coded alone on the file's date."""
    from ..events.api import code_text

    return score(gold, lambda text: code_text(text, lang=lang, date=gold.date), split)


def score(gold: GoldFile, code: Callable[[str], list[Event]], split: Split = "all") -> GoldReport:
    totals = {True: [0, 0, 0], False: [0, 0, 0]}
    errors = []
    sentences = [s for s in gold.sentences if in_split(s.id, split)]
    for sentence in sentences:
        predicted = [(e.source and e.source.code, e.target and e.target.code, e.cameo, e.factuality) for e in code(sentence.text)]
        expected = [(g.source, g.target, g.cameo, g.factuality) for g in sentence.events]
        for full in (True, False):
            prf = _prf(_keys(expected, full), _keys(predicted, full))
            for n, v in enumerate((prf.tp, prf.fp, prf.fn)):
                totals[full][n] += v
        if _keys(expected, False) != _keys(predicted, False):
            errors.append(f"{sentence.id}: expected {sorted(map(str, expected))} got {sorted(map(str, predicted))} | {sentence.text}")
    return GoldReport(len(sentences), PRF(*totals[False]), PRF(*totals[True]), tuple(errors))
