"""Serialise parsed documents: CoNLL-U (what treebank tools read), JSON, and a compact table."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .nlp.components import text_sentences


def _misc(token: Token) -> str:
    parts = [f"start={token.idx}"]
    if token.ent_iob_ in ("B", "I"):
        parts.append(f"ner={token.ent_iob_}-{token.ent_type_}")
    if not token.whitespace_:
        parts.append("SpaceAfter=No")
    return "|".join(parts)


def to_conllu(doc: Doc, doc_id: str = "doc") -> str:
    """CoNLL-U with one block per sentence; MISC keeps the character offset and the entity tag."""
    lines: list[str] = [f"# newdoc id = {doc_id}"]
    for s_i, sent in enumerate(text_sentences(doc)):
        lines.append(f"# sent_id = {doc_id}-{s_i + 1}")
        lines.append("# text = " + sent.text.replace("\n", " ").strip())
        words = [t for t in sent if not t.is_space]
        index = {t.i: n + 1 for n, t in enumerate(words)}
        for n, token in enumerate(words, start=1):
            head = 0 if token.head.i == token.i or token.head.i not in index else index[token.head.i]
            dep = "root" if head == 0 else (token.dep_ or "dep")
            lines.append(
                "\t".join(
                    [
                        str(n), token.text, token.lemma_ or "_", token.pos_ or "_", token.tag_ or "_",
                        str(token.morph) or "_", str(head), dep, "_", _misc(token),
                    ]
                )
            )
        lines.append("")
    return "\n".join(lines) + "\n"


def to_dict(doc: Doc, doc_id: str = "doc", lang: str | None = None) -> dict:
    return {
        "id": doc_id,
        "lang": lang or doc.lang_,
        "text": doc.text,
        "sentences": [
            {
                "start": sent.start_char,
                "end": sent.end_char,
                "tokens": [
                    {
                        "i": t.i, "text": t.text, "start": t.idx, "end": t.idx + len(t.text),
                        "lemma": t.lemma_, "pos": t.pos_, "tag": t.tag_, "morph": str(t.morph),
                        "head": t.head.i, "dep": t.dep_,
                    }
                    for t in sent if not t.is_space
                ],
            }
            for sent in text_sentences(doc)
        ],
        "entities": [{"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char} for e in doc.ents],
    }


def to_table(doc: Doc) -> str:
    """A short human summary: sentence count, entities, and each sentence's root and subject."""
    sents = text_sentences(doc)
    out = [f"{len(sents)} sentences, {sum(1 for t in doc if not t.is_space)} tokens, {len(doc.ents)} entities"]
    for i, sent in enumerate(sents, start=1):
        root = sent.root
        subj = [t.text for t in root.children if t.dep_.startswith("nsubj")]
        out.append(f"{i:>3}. root={root.lemma_ or root.text!s:<14} subj={','.join(subj) or '-':<14} {sent.text.strip()[:70]}")
    if doc.ents:
        out.append("entities: " + "; ".join(f"{e.text} ({e.label_})" for e in doc.ents))
    return "\n".join(out)


FORMATS = ("table", "conllu", "json")
