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
