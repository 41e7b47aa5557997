"""Conversion of the shared corpora, on small hand-written fixtures."""

import spacy

from lagebild.training.corpora import fuse_contractions, germeval_docs, preprocess_conllu

# "Er wohnt im Haus." with UD's split of "im" into "in" + "dem" (both attached to "Haus").
IM_SENTENCE = """1\tEr\ter\tPRON\tPPER\tCase=Nom\t2\tnsubj\t_\t_
2\twohnt\twohnen\tVERB\tVVFIN\t_\t0\troot\t_\t_
3-4\tim\t_\t_\t_\t_\t_\t_\t_\t_
3\tin\tin\tADP\tAPPR\t_\t5\tcase\t_\t_
4\tdem\tder\tDET\tART\tCase=Dat|Gender=Neut\t5\tdet\t_\t_
5\tHaus\tHaus\tNOUN\tNN\tCase=Dat\t2\tobl\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_""".splitlines()


def test_contraction_becomes_one_token_with_the_articles_case():
    rows = [line.split("\t") for line in fuse_contractions(IM_SENTENCE)]
    assert [r[1] for r in rows] == ["Er", "wohnt", "im", "Haus", "."]
    im = rows[2]
    assert im[3] == "ADP" and im[4] == "APPR+ART" and "Case=Dat" in im[5]
    # heads renumbered: "im" and "." still point at the right words
    assert im[6] == "4" and im[7] == "case"
    assert rows[4][6] == "2"
    assert rows[3][6] == "2"  # Haus -> wohnt


def test_english_clitics_that_spell_their_surface_stay_split():
    sentence = """1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_
2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_
3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_""".splitlines()
    rows = [line.split("\t") for line in fuse_contractions(sentence)]
    assert [r[1] for r in rows if "-" not in r[0]] == ["do", "n't", "go"]


def test_preprocess_keeps_comments_and_sentence_breaks():
    text = "# text = Er wohnt im Haus.\n" + "\n".join(IM_SENTENCE) + "\n\n"
    out = preprocess_conllu(text + text)
    assert out.count("# text = ") == 2
    assert out.count("\tim\t") == 2 and "\tdem\t" not in out


def test_germeval_derived_names_are_dropped_and_iob_repaired():
    nlp = spacy.blank("de")
    sentence = [("Die", "O"), ("deutsche", "B-LOCderiv"), ("Kanzlerin", "O"), ("Angela", "B-PER"), ("Merkel", "I-PER"),
                ("besucht", "O"), ("die", "O"), ("EU-Kommission", "B-ORGpart"), ("in", "O"), ("New", "I-LOC"), ("York", "I-LOC")]
    doc = next(germeval_docs(nlp, [sentence]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Angela Merkel", "PER"), ("New York", "LOC")]
