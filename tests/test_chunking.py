from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.nlp.chunking import split_text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?\n»")), max_size=400), st.integers(min_value=5, max_value=60))
def test_pieces_concatenate_to_the_text_and_respect_the_limit(text, limit):
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit for p in pieces)


def test_prefers_sentence_ends_over_arbitrary_spaces():
    text = "Erster Satz hier. Zweiter Satz folgt jetzt. Dritter."
    pieces = split_text(text, 30)
    assert pieces[0] == "Erster Satz hier. "


def test_one_huge_token_is_cut_hard_instead_of_hanging():
    pieces = split_text("x" * 1000, 100)
    assert len(pieces) == 10 and all(len(p) == 100 for p in pieces)


def test_pipe_batches_by_characters_and_count_and_keeps_order():
    """`lagebild.nlp.pipe` hands spaCy batches of at most `batch_chars` characters and
    `batch_size` texts (a longer text alone), and yields the docs in input order."""
    import spacy
    from spacy.language import Language

    from lagebild.nlp import pipe
    from lagebild.settings import Settings

    seen: list[int] = []

    @Language.component("lagebild_test_batch_recorder")
    def record(doc):  # spaCy calls a function component's __call__ per doc inside a batch
        return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("lagebild_test_batch_recorder")
    real_pipe = nlp.pipe

    def counting_pipe(texts, batch_size):
        seen.append(len(texts))
        assert batch_size == len(texts)
        return real_pipe(texts, batch_size=batch_size)

    nlp.pipe = counting_pipe  # type: ignore[method-assign]
    texts = ["a" * 10, "b" * 10, "c" * 10, "d" * 50, "e" * 5, "f" * 5, "g" * 5, "h" * 5]
    docs = list(pipe(nlp, texts, Settings(batch_chars=25, batch_size=3)))
    assert [d.text for d in docs] == texts
    # 10+10 fit in 25 chars, the third 10 does not; 50 is over budget and goes alone; then three
    # fives hit the count limit before the character one
    assert seen == [2, 1, 1, 3, 1]
