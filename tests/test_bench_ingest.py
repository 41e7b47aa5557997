"""The end-to-end bench: its corpus is deterministic and its report has the numbers (never timed)."""

import pytest

from lagebild.bench import IngestBench, bench_ingest, make_corpus

FIELDS = {"articles", "words", "workers", "engine", "stored", "events", "ingest_seconds", "parse_seconds", "peak_rss_mib",
          "children_peak_rss_mib", "warm", "repeats", "ingest_runs", "parse_runs", "corpus", "articles_per_second", "words_per_second", "ratio_to_parse",
          "first_batch_seconds", "first_batch_articles", "steady_articles_per_second"}


def test_corpus_is_deterministic_and_sized():
    a, b = make_corpus(6, words=300), make_corpus(6, words=300)
    assert a == b and a != make_corpus(6, words=300, seed=1)
    assert len({r["text"] for r in a}) == 6 and all(300 <= len(r["text"].split()) < 400 for r in a)


def test_news_sentences_make_the_corpus_instead_and_bad_lines_name_their_line(tmp_path):
    """`--news`: the articles are made of the sentences of a parallel JSON-lines file, by its
    two-letter language keys; a line that is no JSON is a one-line error naming file and line."""
    from lagebild.bench import news_sentences
    from lagebild.errors import LagebildError

    path = tmp_path / "news.jsonl"
    path.write_text('{"doc": "a", "i": 0, "de": "Die Regierung stellte am Montag den Haushalt vor.", "en": "The government presented the budget on Monday."}\n'
                    '{"doc": "a", "i": 1, "de": "Kurz.", "en": "Prices rose again in the capital last year."}\n', encoding="utf8")
    pools = news_sentences(path)
    assert pools == {"de": ["Die Regierung stellte am Montag den Haushalt vor."],
                     "en": ["The government presented the budget on Monday.", "Prices rose again in the capital last year."]}
    corpus = make_corpus(4, words=40, pools=pools)
    vocabulary = {lang: {w for s in sentences for w in s.split()} for lang, sentences in pools.items()}
    # the languages alternate (de, en, de, en), each article made of its own language's sentences
    assert [set(r["text"].split()) <= vocabulary[lang] for r, lang in zip(corpus, ["de", "en", "de", "en"])] == [True] * 4
    assert all(len(r["text"].split()) >= 40 for r in corpus)
    path.write_text('{"de": "Ein Satz mit genug Wörtern."}\nnot json\n', encoding="utf8")
    with pytest.raises(LagebildError, match=r"news.jsonl:2"):
        news_sentences(path)


def test_report_fields():
    bench = IngestBench(10, 6000, 1, "local", 10, 50, 2.0, 1.0, 500.0, 0.0)
    assert set(bench.as_dict()) == FIELDS
    assert (bench.articles_per_second, bench.words_per_second, bench.ratio) == (5.0, 3000.0, 2.0)
    assert "articles/s" in bench.format() and "peak RSS" in bench.format()
    # The steady rate leaves out the time to the first stored batch and that batch: 6 articles in
    # the 1.5 s after it.
    started = IngestBench(10, 6000, 2, "local", 10, 50, 2.0, 1.0, 500.0, 0.0, first_batch_seconds=0.5, first_batch_articles=4)
    assert started.steady_articles_per_second == 4.0
    assert "4.00 articles/s after the first batch, stored at 0.5 s" in started.format()
    assert bench.steady_articles_per_second == 0.0 and "after the first batch" not in bench.format()


@pytest.mark.model
def test_bench_ingest_runs():
    bench = bench_ingest(2, words=80)
    assert bench.stored == 2 and bench.ingest_seconds > 0 and bench.parse_seconds > 0 and bench.peak_rss_mib > 0
    # both articles are one batch: stored together, before the end
    assert bench.first_batch_articles == 2 and 0 < bench.first_batch_seconds <= bench.ingest_seconds


@pytest.mark.model
def test_bench_ingest_repeats_keep_the_best_of_each():
    """Repeats alternate ingest and parse into fresh stores: every run stores the whole corpus,
    and the reported times are the fastest of each kind."""
    bench = bench_ingest(2, words=80, repeats=2)
    assert bench.repeats == 2 and len(bench.ingest_runs) == 2 and len(bench.parse_runs) == 2
    assert bench.stored == 2
    assert (bench.ingest_seconds, bench.parse_seconds) == (min(bench.ingest_runs), min(bench.parse_runs))
    assert "best of 2" in bench.format()


@pytest.mark.model
def test_warm_ray_bench_times_a_running_cluster_and_leaves_none_behind():
    """--warm starts Ray and codes a throwaway corpus first; the timed run stores all articles
    on that cluster, and the cluster is shut down afterwards."""
    ray = pytest.importorskip("ray")
    bench = bench_ingest(3, words=80, workers=1, engine="ray", warm=True, parse=False)
    assert bench.warm and bench.stored == 3 and "ray, warm" in bench.format()
    assert not ray.is_initialized()
