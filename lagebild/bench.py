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
    code_seconds: float  # coding alone: no people, no places/dates/coreference
    events: int
    code_seconds_with_people: float  # + people with dated roles
    code_seconds_all: float = 0.0  # + people, places, dates and coreference (the default)

    @property
    def overhead(self) -> float:
        """Coding time as a share of the bare parse time."""
        return self.code_seconds / self.parse_seconds if self.parse_seconds else 0.0

    @property
    def throughput_drop(self) -> float:
        """How much slower parse + coding gets with people, places, dates and coreference on:
        1 - (documents/s all on) / (documents/s all off)."""
        off = self.parse_seconds + self.code_seconds
        on = self.parse_seconds + self.code_seconds_all
        return 1 - off / on if on else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "overhead": round(self.overhead, 3), "throughput_drop": round(self.throughput_drop, 3),
                "words_per_second_parse": round(self.words / self.parse_seconds)}

    def format(self) -> str:
        p = self.parse_seconds
        return (
            f"{self.lang}: {self.docs} docs, {self.words:,} words | parse {p:.2f} s "
            f"({self.words / p:,.0f} words/s) | coding, knowledge off {self.code_seconds:.2f} s (+{self.overhead:.1%} of the parse); "
            f"+ people {self.code_seconds_with_people:.2f} s (+{self.code_seconds_with_people / p:.1%}); "
            f"+ people, places, dates, coreference {self.code_seconds_all:.2f} s (+{self.code_seconds_all / p:.1%}) | "
            f"parse + coding throughput with all on: -{self.throughput_drop:.1%} | {self.events} events"
        )


def bench_coding(texts: Sequence[str], lang: str, *, repeats: int = 2) -> CodingBench:
    """Parse `texts` with the pipeline, then code the parsed docs three ways — knowledge off,
    people on, everything on (people, places, dates, coreference) — the best of `repeats` runs of
    each (first-run caches — matcher build, dictionary loading — are warmed beforehand)."""
    from datetime import date

    from .events.api import _people_hook
    from .nlp import pipe

    c = coder(lang)
    day = date(2016, 10, 5)  # a document date, so relative dates are resolved as in real use
    hook = _people_hook(lang, day)
    c.code(c.nlp(texts[0]), "warm-up", hook, day)
    best_parse = best_code = best_people = best_all = float("inf")
    events = 0
    for _ in range(repeats):
        start = time.process_time()
        docs = list(pipe(c.nlp, texts))
        best_parse = min(best_parse, time.process_time() - start)
        start = time.process_time()
        events = sum(len(c.code(doc, str(n), None, context=False)) for n, doc in enumerate(docs))
        best_code = min(best_code, time.process_time() - start)
        start = time.process_time()
        for n, doc in enumerate(docs):
            c.code(doc, str(n), hook, day, context=False)
        best_people = min(best_people, time.process_time() - start)
        start = time.process_time()
        for n, doc in enumerate(docs):
            c.code(doc, str(n), hook, day)
        best_all = min(best_all, time.process_time() - start)
    words = sum(1 for doc in docs for t in doc if not t.is_space)
    return CodingBench(lang, len(texts), words, best_parse, best_code, events, best_people, best_all)


# -- end to end: read, code and store into DuckDB ------------------------------------------------


def sample_sentences() -> dict[str, list[str]]:
    """The sentences of the bundled sample corpus by language (`samples/corpus/*.{de,en}.txt`)."""
    import re
    from importlib import resources
    from pathlib import Path

    corpus = Path(str(resources.files("lagebild") / "samples" / "corpus"))
    out: dict[str, list[str]] = {}
    for path in sorted(corpus.glob("*.txt")):
        lang = path.name.rsplit(".", 2)[-2]
        for paragraph in path.read_text(encoding="utf8").split("\n\n"):
            for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ\"„])", " ".join(paragraph.split())):
                if len(sentence.split()) >= 4 and sentence[-1] in ".!?\"“":
                    out.setdefault(lang, []).append(sentence)
    return out


def news_sentences(path) -> dict[str, list[str]]:
    """Sentences of real news by language from a parallel JSON-lines file such as the shared NTREX
    one (`{"doc", "i", "de": …, "en": …}` per line: every two-letter key with a text is a
    language).  The sample corpus's sentences nearly all report an event; news has as many that
    report none, which the coder skips, so the two corpora bound coding's share from both sides."""
    import json
    from pathlib import Path

    from .errors import ErrorCode, LagebildError

    out: dict[str, list[str]] = {}
    try:
        lines = Path(path).read_text(encoding="utf8").splitlines()
    except (FileNotFoundError, IsADirectoryError):
        raise LagebildError(ErrorCode.E008, str(path)) from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LagebildError(ErrorCode.E009, f"{path}:{number}", reason=f"not JSON ({exc.msg})") from None
        for key, value in (row.items() if isinstance(row, dict) else ()):
            if len(key) == 2 and key.isalpha() and isinstance(value, str) and len(value.split()) >= 4:
                out.setdefault(key, []).append(value)
    if not out:
        raise LagebildError(ErrorCode.E009, str(path), reason="no sentences under a two-letter language key")
    return out


def make_corpus(articles: int, *, words: int = 600, seed: int = 0, pools: dict[str, list[str]] | None = None) -> list[dict[str, str]]:
    """`articles` synthetic news articles of about `words` words each, alternating between the
    languages, made of sentences shuffled with a fixed seed (so every run and every machine times
    the same texts): the sample corpus's (event-dense), or `pools` (`news_sentences`)."""
    import random

    rng = random.Random(seed)
    pools = pools or sample_sentences()
    langs = sorted(pools)
    out = []
    for n in range(articles):
        lang = langs[n % len(langs)]
        pool, sentences, count = pools[lang], [], 0
        while count < words:
            sentence = pool[rng.randrange(len(pool))]
            sentences.append(sentence)
            count += len(sentence.split())
        paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
        out.append({"id": f"bench-{n}", "text": "\n\n".join(paragraphs)})
    return out


@dataclass(frozen=True)
class IngestBench:
    articles: int
    words: int
    workers: int
    engine: str
    stored: int
    events: int
    ingest_seconds: float  # wall clock, read + code + store, pipelines already loaded in this process
    parse_seconds: float   # wall clock, bare nlp.pipe of the same texts in this process
    peak_rss_mib: float    # this process (ru_maxrss)
    children_peak_rss_mib: float  # the largest worker process, when there were any
    warm: bool = False  # Ray only: a running cluster whose workers had loaded their pipelines
    repeats: int = 1  # ingest and bare parse each ran this often, alternating; the times are the best of them
    ingest_runs: tuple[float, ...] = ()  # every timed ingest, in order
    parse_runs: tuple[float, ...] = ()   # every timed bare parse, in order
    corpus: str = "sample"  # whose sentences the articles are made of: the sample corpus's, or "news"
    # Seconds from the start of the best ingest to its first stored batch (with --workers: the
    # workers' start-up and their first batch); the rate after it is the steady one a long run keeps.
    first_batch_seconds: float = 0.0
    first_batch_articles: int = 0

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.ingest_seconds if self.ingest_seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.ingest_seconds if self.ingest_seconds else 0.0

    @property
    def steady_articles_per_second(self) -> float:
        """Articles stored per second after the first stored batch (start-up excluded)."""
        rest = self.ingest_seconds - self.first_batch_seconds
        return (self.stored - self.first_batch_articles) / rest if self.first_batch_seconds and rest > 0 else 0.0

    @property
    def ratio(self) -> float:
        """End-to-end ingest time over the bare parse time."""
        return self.ingest_seconds / self.parse_seconds if self.parse_seconds else 0.0

    def as_dict(self) -> dict:
        return {**asdict(self), "articles_per_second": round(self.articles_per_second, 2),
                "words_per_second": round(self.words_per_second), "ratio_to_parse": round(self.ratio, 3),
                "steady_articles_per_second": round(self.steady_articles_per_second, 2)}

    def format(self) -> str:
        workers = f"{self.corpus} sentences, {self.workers} worker{'s' if self.workers > 1 else ''}, {self.engine}{', warm' if self.warm else ''}"
        if self.repeats > 1:
            workers += f", best of {self.repeats}"
        children = f", largest worker {self.children_peak_rss_mib:,.0f} MiB" if self.children_peak_rss_mib else ""
        return (
            f"ingest ({workers}): {self.articles} articles, {self.words:,} words, {self.stored} stored, {self.events:,} events "
            f"in {self.ingest_seconds:.2f} s | {self.articles_per_second:.2f} articles/s, {self.words_per_second:,.0f} words/s"
            + (f" ({self.steady_articles_per_second:.2f} articles/s after the first batch, stored at {self.first_batch_seconds:.1f} s)"
               if self.steady_articles_per_second else "")
            + " | "
            + (f"bare nlp.pipe {self.parse_seconds:.2f} s ({self.words / self.parse_seconds:,.0f} words/s) → "
               f"ingest/parse {self.ratio:.2f}x | " if self.parse_seconds else "")
            + f"peak RSS {self.peak_rss_mib:,.0f} MiB{children}"
        )


class _FirstBatchClock:
    """Ingest progress that notes when the first document was stored and how many were stored by
    the end of that batch (they are stored, and reported, a batch at a time)."""

    def __init__(self, start: float) -> None:
        self.start, self.first_at, self.first_count, self.count = start, 0.0, 0, 0

    def total(self, n: int | None) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        now = time.perf_counter()
        self.count += n
        if not self.first_at:
            self.first_at = now
        if now - self.first_at < 0.05:  # (the rest of the first batch, stored in the same moment)
            self.first_count = self.count


def _ingest_corpus(corpus: list[dict], *, workers: int, engine: str, batch_size: int) -> tuple:
    """Ingest generated articles, written as JSON lines, into a fresh temporary DuckDB file;
    returns the ingest report, the seconds the ingest took (the file writing not counted), the
    seconds to the first stored batch and that batch's size."""
    import json
    import tempfile
    from pathlib import Path

    from .ingest import ingest
    from .store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus), encoding="utf8")
        with open_store(Path(tmp) / "bench.duckdb") as store:
            start = time.perf_counter()
            clock = _FirstBatchClock(start)
            report = ingest([str(path)], store, workers=workers, engine=engine, batch_size=batch_size, progress=clock)
            return report, time.perf_counter() - start, clock.first_at - start if clock.first_at else 0.0, clock.first_count


def _warm_ray(workers: int, batch_size: int, seed: int):
    """Start a local Ray with `workers` CPUs and ingest a throwaway corpus of one partition per
    worker, so every worker process has loaded its pipelines; returns the ray module."""
    import ray

    ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, configure_logging=False)
    _ingest_corpus(make_corpus(workers * batch_size, words=200, seed=seed + 1), workers=workers, engine="ray",
                   batch_size=batch_size)
    return ray


def _peak_rss_mib(who: int) -> float:
    import resource
    import sys

    peak = resource.getrusage(who).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


# Warm-up sentences: each names a city and an absolute date, so the place index and the date
# parser's per-language tables are loaded before the clock starts, like the pipelines.
_WARM_UP = {
    "de": "Am 4. Oktober 2016 brachen die USA in Genf die Gespräche mit Russland ab.",
    "en": "On 4 October 2016 the United States broke off the talks with Russia in Geneva.",
}


def _forget_texts() -> None:
    """Empty the caches keyed by text (dates, dictionary lemmas), so a repeated ingest of the
    same corpus finds no answer its earlier run left behind."""
    from .events.context import parse_absolute
    from .nlp.components import _dictionary_lemma

    parse_absolute.cache_clear()
    _dictionary_lemma.cache_clear()


def bench_ingest(articles: int, *, words: int = 600, workers: int = 1, engine: str = "local", seed: int = 0,
                 parse: bool = True, warm: bool = False, repeats: int = 1, pools: dict[str, list[str]] | None = None) -> IngestBench:
    """Time `ingest` of a generated corpus into a fresh DuckDB file end to end (read JSON lines,
    identify languages, parse, code, store), then a bare `nlp.pipe` of the same texts.  The
    pipelines are loaded before the clock starts; worker start-up (with --workers) is counted,
    unless `warm` (engine "ray"): then the clock times a running cluster whose workers have
    already coded once, as when a cluster serves job after job.  With `repeats` > 1 ingest and
    parse run alternately that often and each keeps its best time: a machine whose speed drifts
    by minutes then slows both alike, not whichever ran second.  `pools`: the sentences to build
    the articles from (`make_corpus`)."""
    import resource

    from .events.api import code_text
    from .ingest import INGEST_BATCH_SIZE
    from .nlp import detect_language, load, pipe
    from .settings import load_settings

    corpus = make_corpus(articles, words=words, seed=seed, pools=pools)
    settings = load_settings()
    for lang, sentence in _WARM_UP.items():  # pipelines, matchers, people, places, date parser
        code_text(sentence, lang=lang, date="2016-10-05")
    detect_language(corpus[0]["text"], settings, "warm-up")  # and the language identifier's model (a load, like the pipelines)
    batch_size = INGEST_BATCH_SIZE  # (as `lagebild ingest` runs)
    by_lang: dict[str, list[str]] = {}
    if parse:
        for r in corpus:
            by_lang.setdefault(detect_language(r["text"], settings, r["id"]), []).append(r["text"])
    ingest_runs: list[float] = []
    parse_runs: list[float] = []
    first_batches: list[tuple[float, int]] = []  # per ingest run: (seconds to its first stored batch, that batch's size)
    for _ in range(max(1, repeats)):
        _forget_texts()
        cluster = _warm_ray(workers, batch_size, seed) if warm and engine == "ray" else None
        try:
            report, ingest_seconds, *first_batch = _ingest_corpus(corpus, workers=workers, engine=engine, batch_size=batch_size)
        finally:
            if cluster is not None:
                cluster.shutdown()
        ingest_runs.append(ingest_seconds)
        first_batches.append(tuple(first_batch))  # type: ignore[arg-type]
        if parse:
            start = time.perf_counter()
            for lang, texts in by_lang.items():
                for _ in pipe(load(lang, settings), texts, settings):
                    pass
            parse_runs.append(time.perf_counter() - start)
    peak, children = _peak_rss_mib(resource.RUSAGE_SELF), _peak_rss_mib(resource.RUSAGE_CHILDREN)
    if engine == "ray":  # Ray's workers are the raylet's children, not ours: not measured here
        children = 0.0
    n_words = sum(len(r["text"].split()) for r in corpus)
    return IngestBench(articles, n_words, workers, engine, report.stored, report.events, min(ingest_runs),
                       min(parse_runs) if parse_runs else 0.0, peak, children, warm and engine == "ray",
                       max(1, repeats), tuple(ingest_runs), tuple(parse_runs), "sample" if pools is None else "news",
                       *first_batches[ingest_runs.index(min(ingest_runs))])
