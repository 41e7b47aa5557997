"""Decide whether a trigger reports something that happened: asserted, negated, hypothetical,
future, reported or question — from the cue words of the language's grammar.yaml and the tree.

The clause of a verb trigger is the verb; a noun trigger takes the clause of the verb governing
it ("Russland könnte Angriffe fliegen" makes the attacks hypothetical).  Cues are looked for on
the clause verb and every verb it hangs from through complements and coordination, so "Die USA
wollen … liefern" and "Russland sagte, … habe … angegriffen" are caught as well.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..nlp.components import dictionary_lemma
from .records import Evidence, Factuality
from .roles import case_markers, infinitive
from .schemas import FactualityCues

# Relations by which a clause depends on another that can change its factuality.
_CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "conj", "parataxis", "advcl", "csubj", "purpose"})
# Of those, the ones through which the clause hears a reporting verb ("sagte, …" / "said that …").
_REPORT_LINKS = frozenset({"ccomp", "parataxis", "advcl"})
# What a clause takes over from the clause it depends on, by the relation between them: an
# infinitive complement shares everything ("Russland wird nicht versuchen, … anzugreifen"); a
# coordinated verb shares modals and tense but has its own negation; a subordinate clause keeps
# its own ("…, nachdem Russland … bombardiert hatte" is not negated by its main clause).
_INHERITED: dict[str, tuple[str, ...]] = {
    "xcomp": ("negated", "hypothetical", "future", "reported"),
    "conj": ("hypothetical", "future", "reported"),
    "ccomp": ("hypothetical", "future"),
    "parataxis": (),
    "advcl": ("reported",),
    # (an adverbial clause of purpose, "um … zu": an aim is no more real than the act it is for)
    "purpose": ("negated", "hypothetical", "future", "reported"),
    "csubj": ("hypothetical", "future"),
}
_PRECEDENCE: tuple[Factuality, ...] = ("question", "negated", "hypothetical", "reported", "future")


@dataclass(frozen=True)
class Judgement:
    factuality: Factuality
    cue: Token | None = None
    speaker: Token | None = None
    # Every kind of cue found, the one that won included: "said they will release" is reported
    # and announces a future act.
    kinds: frozenset[str] = frozenset()
    # The subject of a reporting verb the clause hangs from, whichever kind won ("Moscow said the
    # rebels did not bomb …" is negated, and Moscow still only says it).
    reporter: Token | None = None

    def cue_evidence(self) -> Evidence | None:
        if self.cue is None:
            return None
        return Evidence(self.cue.text, self.cue.idx, self.cue.idx + len(self.cue.text))


def clause_of(trigger: Token) -> Token:
    """The verb whose clause the trigger belongs to."""
    tok = trigger
    for _ in range(4):  # a noun sits at most a few arcs below its verb ("Angriffe auf Ziele" → fliegen)
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            return tok
        tok = tok.head
    return tok


def _negating_determiners(verb: Token, cues: FactualityCues) -> list[Token]:
    """"keine Militärhilfe zugesagt", "no weapons delivered", "Kein Land lieferte …": a negative
    determiner on a core argument negates the clause; so does "nicht" under an adverb ("nicht mehr")."""
    out = []
    for child in verb.children:
        if child.dep_ in ("obj", "nsubj", "nsubj:pass", "obl:arg", "iobj", "advmod"):
            out.extend(g for g in child.children if g.dep_ in ("det", "advmod") and g.lemma_.lower() in cues.negation_lemmas)
    return out


def _dependents(verb: Token) -> list[Token]:
    """The verb's dependents and those the parser hung on its auxiliary ("Laut Überlebenden
    haben die Aufständischen … massakriert" with "Laut Überlebenden" under "haben")."""
    out = list(verb.children)
    for aux in [c for c in out if c.dep_.startswith("aux")]:
        out.extend(g for g in aux.children if g.dep_ not in ("punct", "cc"))
    return out


def _marker_phrases(verb: Token) -> list[tuple[Token, list[str]]]:
    """Each oblique/adverbial dependent with its first words ("nach angaben der …")."""
    out = []
    for child in _dependents(verb):
        if child.dep_.startswith(("obl", "advmod", "nmod", "advcl")):
            out.append((child, [t.lower_ for t in child.subtree][:4]))
    return out


def marker_in(words: list[str], marker: str) -> bool:
    """Whether the marker's words occur in `words` in order, others between them: "nach angaben"
    in "nach ukrainischen angaben" — the last one of several also as a compound's last part
    ("nach Armeeangaben")."""
    parts = marker.split()
    rest = iter(words)
    for n, part in enumerate(parts):
        last = n == len(parts) - 1 and n > 0
        if not any(w == part or (last and w.endswith(part)) for w in rest):
            return False
    return True


def _own_cues(verb: Token, trigger: Token, cues: FactualityCues) -> dict[Factuality, Token]:
    found: dict[Factuality, Token] = {}
    for neg in _negating_determiners(verb, cues) + ([] if trigger.i == verb.i else _negating_determiners(trigger, cues)):
        found.setdefault("negated", neg)
    for child, words in _marker_phrases(verb):
        if any(marker_in(words, m) for m in cues.reported_markers):
            found.setdefault("reported", child)
    dependents = _dependents(verb)
    look = dependents + ([] if trigger.i == verb.i else list(trigger.children))
    for child in look:
        lower, lemma = child.lower_, child.lemma_.lower()
        if child.dep_ in ("advmod", "det", "neg", "advmod:neg", "part") and (lemma in cues.negation_lemmas or lower in cues.negation_lemmas):
            found.setdefault("negated", child)
        elif child.dep_.startswith("obl") and case_markers(child) and (
                article := next((g for g in child.children if g.dep_ == "det" and g.lower_ in cues.negation_lemmas), None)) is not None:
            # "zu keinem Zeitpunkt gedroht", "mit keinem Wort verurteilt": a phrase of the verb's
            # whose article is the negation negates the verb
            found.setdefault("negated", article)
        elif child.dep_.startswith("aux") and lower in cues.hypothetical_aux_forms:
            found.setdefault("hypothetical", child)
        elif lemma in cues.future_aux_lemmas and (infinitive(verb) if lemma in cues.passive_aux_lemmas or child.dep_ == "aux:pass"
                                                  else child.dep_ == "aux"):
            # The future auxiliary with an infinitive, even when the parser took it for a passive;
            # one that makes the passive too is the passive with a participle ("Milizen wurden
            # gegründet"); "will be reviewed" stays future.
            found.setdefault("future", child)
        elif child.dep_.startswith("aux") and lower in cues.reported_aux_forms:
            found.setdefault("reported", child)
        elif child.dep_ == "aux" and lemma in cues.future_verb_lemmas:
            found.setdefault("future", child)  # "Russland will … angreifen" (modal wollen)
        elif lower in cues.hypothetical_adverbs and _adverbial(child):
            found.setdefault("hypothetical", child)
        elif lower in cues.future_adverbs and _adverbial(child):
            found.setdefault("future", child)  # "morgen", not "am Morgen" (the morning)
        elif child.dep_ == "mark" and lower in cues.conditional_marks:
            found.setdefault("hypothetical", child)
        elif child.dep_ in ("mark", "case") and lower in cues.negating_marks:
            found.setdefault("negated", child)  # "ohne … anzugreifen": the attack did not happen
        elif child.dep_.startswith(("obl", "advmod", "nmod")) and ({c.lower_ for c in child.children} | {lower}) & set(cues.reported_markers):
            found.setdefault("reported", child)
    auxiliaries = [c for c in dependents if c.dep_.startswith("aux")]
    alleged = next((c for c in auxiliaries if c.lower_ in cues.alleged_modal_forms), None)
    if alleged is not None and any(c.lower_ in cues.perfect_auxiliaries for c in auxiliaries):
        found.setdefault("reported", alleged)  # "soll … bombardiert haben": a claim passed on
    if verb.lower_ in cues.hypothetical_aux_forms:  # "Russland könnte das" with the modal as main verb
        found.setdefault("hypothetical", verb)
    if verb.lower_ in cues.reported_aux_forms:
        found.setdefault("reported", verb)
    return found


def _hedged(verb: Token, cues: FactualityCues) -> bool:
    """Whether an adverb of the verb makes its Konjunktiv II a condition, not reported speech
    ("würde Proteste notfalls mit Gewalt auflösen, sagte ein Sprecher": only if need be)."""
    return any(c.lower_ in cues.hypothetical_adverbs and _adverbial(c) for c in verb.children)


def _adverbial(word: Token) -> bool:
    """An adverb by its tag or its label, not a noun phrase that shares its spelling."""
    return word.pos_ == "ADV" or (word.dep_ == "advmod" and word.pos_ not in ("NOUN", "PROPN"))


def _lemma_keys(verb: Token) -> set[str]:
    """The verb's lemma, and with its separated particle joined either way ("kündigte … an" is
    "ankündigen"; a phrasal verb's particle follows it: "point out")."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "compound:prt"), None)
    return {lemma} if particle is None else {lemma, particle + lemma, f"{lemma} {particle}"}


def _reporting(verb: Token, cues: FactualityCues) -> bool:
    """Whether `verb` is a reporting verb, also with its separated particle ("teilte … mit"); with
    a particle only as the particle verb: "sagte … ab" (cancelled) and "sagte … zu" (promised)
    report nothing."""
    keys = _lemma_keys(verb)
    if len(keys) > 1:
        keys = keys - {verb.lemma_.lower()}
    return not keys.isdisjoint(cues.reporting_verb_lemmas)


def _conditional(verb: Token, cues: FactualityCues) -> bool:
    """Whether the clause of `verb` or a clause under it states a condition ("…, wenn …", or in
    verb-first order: "Würde Washington die Rebellen ausrüsten, …")."""
    return any((t.dep_ == "mark" and t.lower_ in cues.conditional_marks) or _verb_first_condition(t) for t in verb.subtree)


def _verb_first_condition(clause: Token) -> bool:
    """An adverbial clause opened by its own finite auxiliary: a condition in verb-first order
    ("Sollte Tiflis beitreten, …"); no mark, no subject before the auxiliary."""
    if clause.dep_ != "advcl":
        return False
    first = clause.left_edge
    return first.head.i == clause.i and first.dep_ == "aux" and first.i < clause.i


def _clause_link(clause: Token) -> str:
    """The relation of a clause to the one above it.  A finite clause labelled as a modifier
    (acl, or a relative clause) of a verb is a parser slip for a complement clause ("Die USA
    erklärten, Russland müsse … einstellen" with acl): a verb has no adnominal clauses."""
    if clause.dep_ in ("acl", "acl:relcl") and clause.head.pos_ in ("VERB", "AUX"):
        return "ccomp"
    return clause.dep_


def purpose_clause(verb: Token, cues: FactualityCues) -> bool:
    """The clause of `verb` states an aim: an adverbial clause marked by one of the language's
    purpose marks ("um … zu", "to")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.purpose_marks for c in verb.children)


def _report_clause(verb: Token, cues: FactualityCues) -> bool:
    """The clause of `verb` opens with one of the language's report marks ("wie", "as"), wherever
    the parser hung the mark ("as" is often the case marker of the speaker)."""
    if verb.dep_ not in ("advcl", "conj", "parataxis"):
        return False
    first = next((t for t in verb.subtree if not t.is_punct), verb)
    return first.i < verb.i and first.lower_ in cues.reported_clause_marks


def prevented(trigger: Token, cues: FactualityCues) -> bool:
    """A noun event that is the object of a verb of preventing ("Die Polizei vereitelte einen
    Anschlag", "thwarted an attack"): an act that did not happen."""
    verb = trigger.head
    if verb.i == trigger.i or trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("obj", "nsubj:pass") or not cues.preventing_verb_lemmas:
        return False
    # (the dictionary's lemma too: a small treebank's lemmatizer misses forms — "verhinderte")
    keys = _lemma_keys(verb) | {dictionary_lemma(verb.text, verb.lang_).lower()}
    return not keys.isdisjoint(cues.preventing_verb_lemmas)


def _correlative_negation(verb: Token, trigger: Token, cues: FactualityCues) -> Token | None:
    """The opening word of a correlative negation ("weder", "neither") in the trigger's clause, or
    in the clause whose second conjunct the trigger's is ("hat weder die Sanktionen aufgehoben
    noch die Truppen abgezogen"), before the trigger and with its partner ("noch", "nor") after
    it.  Found by clause and order, not by label: the German parser, having seen few, makes "Weder"
    a subject, an object or a preposition."""
    pairs = cues.correlative_negations
    if not pairs:
        return None
    chain, top = {verb.i}, verb
    while top.dep_ in ("conj", "xcomp") and top.head.i != top.i and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
        chain.add(top.i)
    doc, last = verb.doc, top.right_edge.i
    for i in range(top.left_edge.i, min(trigger.i, last + 1)):
        partner = pairs.get(doc[i].lower_)
        if partner is not None and clause_of(doc[i]).i in chain and any(doc[j].lower_ == partner for j in range(i + 1, last + 1)):
            return doc[i]
    return None


def judge(trigger: Token, cues: FactualityCues, sentence_text: str | None = None, *, own_negation_only: bool = False) -> Judgement:
    """The factuality of the event `trigger` reports, with its cue; `sentence_text` is the text of
    the trigger's sentence where the caller has it (finding the sentence from a token walks it).
    `own_negation_only`: only a negation inside the trigger's own phrase counts (a noun event
    that a verb answers: "lehnte die Forderung der EU nicht ab" did not reject the demand, and the
    demand was made all the same)."""
    verb = clause_of(trigger)
    found: dict[Factuality, Token] = {}
    keys = _lemma_keys(verb) if verb.i != trigger.i else set()
    if not keys.isdisjoint(cues.future_verb_lemmas) and keys.isdisjoint(cues.decision_verb_lemmas):
        found["future"] = verb  # "erwägt Sanktionen", "plans air strikes": the noun is a plan
    if prevented(trigger, cues):
        found["negated"] = trigger.head  # "vereitelte einen Anschlag": it did not happen
    speaker: Token | None = None
    current, link = verb, None
    for _ in range(5):
        for kind, cue in _own_cues(current, trigger if link is None else current, cues).items():
            if link is None or kind in _INHERITED.get(link, ()):
                found.setdefault(kind, cue)
        dep = _clause_link(current)
        if purpose_clause(current, cues):
            dep = "purpose"
        if current.head is current or dep not in _CLAUSE_LINKS:
            break
        governor = current.head
        if dep in ("xcomp",) and not _lemma_keys(governor).isdisjoint(cues.future_verb_lemmas):
            found.setdefault("future", governor)
        if dep in ("xcomp",) and not _lemma_keys(governor).isdisjoint(cues.failure_verb_lemmas):
            found.setdefault("negated", governor)  # "failed to agree": it did not happen
        if _reporting(governor, cues) and dep in _REPORT_LINKS | {"xcomp"}:
            found.setdefault("reported", governor)
            speaker = next((c for c in governor.children if c.dep_ == "nsubj"), None)
            break
        current, link = governor, dep
    # A reporting verb the sentence hangs from by parataxis the other way round ("…, sagte er"),
    # or in a clause opened by a report mark ("…, wie ein Sprecher mitteilte", whatever the parser
    # labelled that clause).
    for child in verb.children:
        if "reported" not in found and _reporting(child, cues) and (
                child.dep_ in ("parataxis", "ccomp") or _report_clause(child, cues)):
            found["reported"] = child
            speaker = next((c for c in child.children if c.dep_ == "nsubj"), None)
    if "negated" not in found and (correlative := _correlative_negation(verb, trigger, cues)) is not None:
        found["negated"] = correlative
    if own_negation_only and "negated" in found and not (trigger.left_edge.i <= found["negated"].i <= trigger.right_edge.i):
        del found["negated"]
    hypothetical = found.get("hypothetical")
    if ("reported" in found and hypothetical is not None and hypothetical.lower_ in cues.reported_substitute_forms
            and not _conditional(verb, cues) and not _hedged(verb, cues)):
        del found["hypothetical"]  # "teilte mit, die Truppen hätten … beschossen": reported speech
    text = trigger.sent.text if sentence_text is None else sentence_text
    if text.rstrip().endswith(tuple(cues.question_marks)):
        found.setdefault("question", trigger.sent[-1])
    for kind in _PRECEDENCE:
        if kind in found:
            return Judgement(kind, found[kind], speaker if kind == "reported" else None, frozenset(found),
                             speaker if "reported" in found else None)
    return Judgement("asserted")
