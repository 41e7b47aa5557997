"""Verb substitution for a small treebank: copies of training sentences whose full verbs are
replaced by inflected forms of the verbs the event coder looks for.

Why: the German treebanks here hold about 2,000 training sentences, and the pipeline trained on
them mistakes many finite verb forms it has never seen for adjectives or pronouns ("Kampfflugzeuge
bombardierten Ziele", "bombardierten" tagged ADJ; "Kairo hob den Ausnahmezustand auf", "hob" PRON)
and then builds a tree without a verb, so the coder finds no event.  A copy of a sentence with
"verbot" or "schob … ab" in the place of "kaufte" keeps the tree, the tag and the morphology (the
same person, number, tense and mood) and teaches the forms of the verbs that matter.

Forms come from the `ablaut` conjugator (a training-time dependency only).  A verb with a split-off
particle ("stellte … vor") is replaced by a separable verb, its particle token by the new
particle; a clause-final finite verb may take a joined separable form ("… abschob"); any other
finite verb takes a verb without a particle, so no copy puts a particle verb where German word
order forbids it.  Participles and plain infinitives are one word either way.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

# Index of a form in ablaut's six-slot paradigms (1st, 2nd, 3rd person singular, then plural).
_SLOTS = {("1", "Sing"): 0, ("2", "Sing"): 1, ("3", "Sing"): 2, ("1", "Plur"): 3, ("2", "Plur"): 4, ("3", "Plur"): 5}
# (Mood, Tense) → ablaut's paradigm attribute.
_PARADIGMS = {("Ind", "Pres"): "present", ("Ind", "Past"): "preterite", ("Sub", "Pres"): "konjunktiv1", ("Sub", "Past"): "konjunktiv2"}


@dataclass(frozen=True)
class VerbForms:
    """One verb's forms, as the substitution needs them."""

    lemma: str
    particle: str  # "" for a verb without a separable particle
    paradigms: dict[str, tuple[str, ...]]  # finite forms without the particle ("schob")
    participle: str
    infinitive: str


def ablaut_conjugation(lemma: str):  # -> ablaut's conjugation object, or None
    """`ablaut`'s German conjugation of `lemma`, or None for a word it refuses (a training-time
    dependency: requirements-train.txt)."""
    import ablaut

    try:
        return ablaut.conjugate(lemma)
    except ValueError:
        return None


def conjugator() -> Callable[[str], VerbForms | None]:
    """`ablaut`'s German conjugation as VerbForms (None for a word it refuses)."""

    def forms(lemma: str) -> VerbForms | None:
        c = ablaut_conjugation(lemma)
        if c is None:
            return None
        third = c.present[2].split(" ")
        if len(third) > 2:
            return None
        particle = third[1] if len(third) == 2 else ""
        paradigms = {name: tuple(f.split(" ")[0] for f in getattr(c, name)) for name in _PARADIGMS.values()}
        return VerbForms(lemma, particle, paradigms, c.past_participle, c.infinitive)

    return forms


def _finite_slot(token: Token) -> tuple[str, int] | None:
    morph = token.morph
    key = (next(iter(morph.get("Mood")), None), next(iter(morph.get("Tense")), None))
    slot = (next(iter(morph.get("Person")), None), next(iter(morph.get("Number")), None))
    if key not in _PARADIGMS or slot not in _SLOTS:
        return None
    return _PARADIGMS[key], _SLOTS[slot]


def _verb_form(token: Token) -> str | None:
    """The token's VerbForm; German PUD leaves it out, so read it off the other features there:
    a mood makes a finite verb, a bare past tense a participle, no features an infinitive."""
    morph = token.morph
    given = next(iter(morph.get("VerbForm")), None)
    if given is not None:
        return given
    if morph.get("Mood"):
        return "Fin"
    if morph.get("Tense") == ["Past"] and not morph.get("Person"):
        return "Part"
    if not str(morph) and token.text.endswith("n"):
        return "Inf"
    return None


def _clause_final(token: Token) -> bool:
    return all(c.i < token.i or c.is_punct for c in token.children)


def _cased(form: str, original: str) -> str:
    return form[:1].upper() + form[1:] if original[:1].isupper() else form


def substitute_verbs(doc: Doc, verbs: list[VerbForms], rng: random.Random) -> Doc | None:
    """A copy of `doc` with each full verb replaced by a random verb of `verbs` in the same form,
    or None when it has no verb that could be replaced."""
    separable = [v for v in verbs if v.particle]
    plain = [v for v in verbs if not v.particle]
    words = [t.text for t in doc]
    lemmas = [t.lemma_ for t in doc]
    changed = False
    for token in doc:
        if token.pos_ != "VERB":
            continue
        verb_form = _verb_form(token)
        particles = [c for c in token.children if c.dep_ == "compound:prt" and c.i > token.i and c.text.isalpha()]
        if verb_form == "Fin":
            found = _finite_slot(token)
            if found is None or len(particles) > 1:
                continue
            paradigm, slot = found
            if particles:
                choice = rng.choice(separable)
                words[particles[0].i] = lemmas[particles[0].i] = choice.particle
                form = choice.paradigms[paradigm][slot]
            elif _clause_final(token) and rng.random() < 0.3:
                choice = rng.choice(separable)
                form = choice.particle + choice.paradigms[paradigm][slot]
            else:
                choice = rng.choice(plain)
                form = choice.paradigms[paradigm][slot]
        elif verb_form == "Part" and not particles and token.tag_ in ("VVPP", ""):
            choice = rng.choice(verbs)
            form = choice.participle
        elif verb_form == "Inf" and not particles and token.tag_ in ("VVINF", ""):
            # After a separate "zu" only a verb without a particle fits ("zu verhängen", but
            # "abzuziehen" is one word).
            after_zu = token.i > 0 and doc[token.i - 1].lower_ == "zu"
            choice = rng.choice(plain if after_zu else verbs)
            form = choice.infinitive
        else:
            continue
        words[token.i] = _cased(form, token.text)
        # UD lemmatises a split verb without its particle ("schob … ab": schieben + ab).
        lemmas[token.i] = choice.lemma[len(choice.particle):] if particles else choice.lemma
        changed = True
    if not changed:
        return None
    return Doc(
        doc.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc],
        pos=[t.pos_ for t in doc],
        morphs=[str(t.morph) for t in doc],
        lemmas=lemmas,
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        sent_starts=[bool(t.is_sent_start) for t in doc],
    )


def augmented(docs: Iterable[Doc], lemmas: Iterable[str], *, seed: int, copies: int = 1) -> list[Doc]:
    """`copies` verb-substituted copies of every doc that has a replaceable verb."""
    forms = conjugator()
    verbs = [v for lemma in sorted(set(lemmas)) if (v := forms(lemma)) is not None]
    if not any(v.particle for v in verbs) or not any(not v.particle for v in verbs):
        raise ValueError("verb substitution needs verbs with and without a separable particle")
    rng = random.Random(seed)
    out = []
    for doc in docs:
        for _ in range(copies):
            copy = substitute_verbs(doc, verbs, rng)
            if copy is not None:
                out.append(copy)
    return out
