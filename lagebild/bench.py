"""Benchmarks that print numbers (never timed tests): how long the bare spaCy parse of a corpus
takes, and how much the event coder adds on top, on one core (CPU time of this process)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from .events.api import coder


@dataclass(frozen=True)
class CodingBench:
    lang: str
    docs: int
    words: int
    parse_seconds: float
    code_seconds: float
    events: int
    code_seconds_with_people: float

    @property
    def overhead(self) -> float:
        """Coding time as a share of the bare parse time."""
        return self.code_seconds / self.parse_seconds if self.parse_seconds else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "overhead": round(self.overhead, 3), "words_per_second_parse": round(self.words / self.parse_seconds)}

    def format(self) -> str:
        return (
            f"{self.lang}: {self.docs} docs, {self.words:,} words | parse {self.parse_seconds:.2f} s "
            f"({self.words / self.parse_seconds:,.0f} words/s) | coding {self.code_seconds:.2f} s "
            f"(+{self.overhead:.1%} of the parse; with people resolution {self.code_seconds_with_people:.2f} s, "
            f"+{self.code_seconds_with_people / self.parse_seconds:.1%}) | {self.events} events"
        )


def bench_coding(texts: Sequence[str], lang: str, *, repeats: int = 2) -> CodingBench:
    """Parse `texts` with the pipeline, then code the parsed docs; the best of `repeats` runs of
    each (first-run caches — matcher build, dictionary loading — are warmed beforehand)."""
    from .events.api import _people_hook

    c = coder(lang)
    hook = _people_hook(lang, None)
    c.code(c.nlp(texts[0]), "warm-up", hook)
    best_parse = best_code = best_people = float("inf")
    events = 0
    for _ in range(repeats):
        start = time.process_time()
        docs = list(c.nlp.pipe(texts, batch_size=64))
        best_parse = min(best_parse, time.process_time() - start)
        start = time.process_time()
        events = sum(len(c.code(doc, str(n), None)) for n, doc in enumerate(docs))
        best_code = min(best_code, time.process_time() - start)
        start = time.process_time()
        for n, doc in enumerate(docs):
            c.code(doc, str(n), hook)
        best_people = min(best_people, time.process_time() - start)
    words = sum(1 for doc in docs for t in doc if not t.is_space)
    return CodingBench(lang, len(texts), words, best_parse, best_code, events, best_people)
