"""Mend parser errors that lose a whole clause or role: a sentence left without a verb (`reroot`),
a finite auxiliary hung on a noun with the subject lost (`rehang_stray_auxiliary`), a passive's
agent hung on an adverb or a date (`rehang_stray_agent`), a preposition hung inside its phrase
(`rehang_stray_case`), an infinitive's subject hung elsewhere (`rehang_infinitive_subject`), two
bare names around the finite verb read in the wrong order (`prefer_subject_first`), an auxiliary
labelled copula (`rehang_false_copula`), an object hung on the subject or deep in an oblique
(`rehang_stray_object`), a main clause hung on its subject as an attribute (`promote_main_clause`),
a subject after the verb taken for its object where the language allows that order
(`supply_missing_subject`), a
subordinating conjunction hung on the subject as its preposition (`rehang_stray_conjunction`), a
conjunct labelled apposition (`relabel_coordinated_apposition`), and a subject cut off as a
sentence of its own (`join_detached_subject`).  `mend` runs them all, in order; the coder calls
it once per document.

A parser trained on a small treebank tags unseen finite forms of political verbs as adjectives
("Russische Kampfflugzeuge bombardierten Ziele …" with "bombardierten" an attribute of "Ziele",
"Kenia schob Hunderte Flüchtlinge … ab" with "schob" an attribute and the sentence rooted on
"Flüchtlinge").  Such a sentence has no VERB or AUX and no other word the tree shows to be a verb
(`patterns.verb_like`; a noun that caught the lost verb's particle does not count), so no verb
event can be found in it.  When exactly one of its words is a form of a pattern verb (by the
lemmas the coder already trusts, particle included), that word becomes the sentence's root: what
the parser hung across it is re-hung on it — a phrase before it as the subject, one after it as
an object (a phrase with a preposition as an oblique) — and a separated particle joins it.
The same holds for a finite verb the parser tagged right but hung as an attribute on the noun it
rooted the sentence on ("Kerry traf Lawrow in Genf" with "traf" under "Lawrow"); participles are
attributes and stay.  Sentences with a verb are never touched, so this cannot undo a parse that
was right; what hangs on the word already stays.

Each changes the parsed Doc in place (heads, labels, a word's POS) before the coder reads it;
all but the last keep the sentence's bounds, the last makes two sentences one again.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..actors.resolve import bare_country, capitalised_argument, place_at
from ..lang.compounds import MIN_PREFIX
from ..nlp.components import compound_lemma, text_sentences
from .factuality import marker_in
from .patterns import LanguageRules, lemmas, match, may_trigger, particle_verb_keys, pattern_nouns, verb_form_lemmas, verb_keys, verb_lemmas, verb_like, with_particle
from .roles import article_cases, article_shown, caseless_name, case_markers, is_passive, named, parse_spec, phrase_cases

if TYPE_CHECKING:
    from ..actors.resolve import ActorIndex
    from .schemas import Grammar

# A sentence's tokens, made once per sentence: every repair walks them, and a Span makes each
# Token anew at every walk.
Sentence = Sequence[Token]

# Tags a misread finite verb comes out with; nouns and names are left alone ("Treffen" is a
# noun, whatever verb shares its letters).
_MISREAD_AS = frozenset({"ADJ", "ADV", "PRON", "X", "INTJ"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_NOMINAL_OR_PREPOSITION = _NOMINAL | {"ADP"}
# Closed classes a rare verb form is sometimes tagged as; only a form the verb-form table lists
# is taken for a verb there.
_FUNCTION_WORDS = frozenset({"ADP", "CCONJ", "SCONJ", "PART"})
# Where a misplaced finite verb hangs: as an attribute, or as the copula of a noun root (a verb
# tagged VERB is no copula: "Ägypten drängte die israelische Regierung …" rooted on "Regierung").
_ATTRIBUTE = frozenset({"amod", "compound", "dep", "nmod", "appos", "cop", "nsubj", "det"})
# An auxiliary may be a copula; anywhere else in that list it is a misplaced verb too.
_AUX_ATTRIBUTE = _ATTRIBUTE - {"cop"}


# Labels of a clause's subject, or of the expletive standing in for one ("es").
_SUBJECT_LABELS = ("nsubj", "csubj", "expl")


def _has_subject(children: Iterable[Token]) -> bool:
    """Whether a clause's dependents include a subject of any kind (nominal, clausal, passive) or
    an expletive in its place: the test of every repair that gives a clause a subject."""
    return any(c.dep_.startswith(_SUBJECT_LABELS) for c in children)


def _particle(sent: Sentence) -> Token | None:
    """A particle labelled as such anywhere in the sentence (its head is what the parse lost)."""
    return next((t for t in sent if t.dep_ == "compound:prt"), None)


def _finite(token: Token) -> bool:
    """A finite form: VerbForm=Fin, or any Mood."""
    # (a feature's membership and the features' text are lookups, where `morph.get` builds lists:
    # this is asked of many words of every sentence)
    morph = token.morph
    return "VerbForm=Fin" in morph or "|Mood=" in f"|{morph}"


def _hung_finite_verb(word: Token) -> bool:
    """A finite verb the parser hung on a noun as its attribute, in a sentence rooted on a noun
    ("Kerry traf Lawrow in Genf" with "traf" an attribute of "Lawrow", the root)."""
    # A finite verb is never a noun's subject either ("Die Regierung hob den Ausnahmezustand auf"
    # with "hob", tagged AUX, as the subject of "Regierung"); an auxiliary may be a copula.
    hung = (word.pos_ == "VERB" and word.dep_ in _ATTRIBUTE) or (word.pos_ == "AUX" and word.dep_ in _AUX_ATTRIBUTE)
    # (`word.sent` walks the document: asked last, for the few words the label leaves)
    # (a sentence rooted on a preposition has lost its verb as well: "Argentinien rief
    # Großbritannien zu Verhandlungen auf" rooted on "auf", with "rief" an attribute)
    return hung and word.head.pos_ in _NOMINAL and _finite(word) and word.sent.root.pos_ in _NOMINAL_OR_PREPOSITION


def _misread_verb(sent: Sentence, r: LanguageRules, particle: Token | None) -> Token | None:
    """The one word of a verbless sentence that is a form of a pattern verb, if there is one."""
    if not any(t.pos_ in ("VERB", "AUX") for t in sent) and _question_verb(sent[0], sent, r) and any(k in r.verbs for k in _keys(sent[0], particle, r)):
        return sent[0]  # (before the test below: the parser then made some other word look like a verb)
    # (the separated particle is no such verb, though the parser may have rooted the clause on it
    # and hung the objects there: "Suu Kyi lud die Gruppen … ein" rooted on "ein")
    # Only the main clause counts: a subordinate clause's verb is no verb of the sentence rooted on
    # a noun ("Die EU verhängte Einreiseverbote gegen …, weil Managua Oppositionelle inhaftieren
    # ließ" with "verhängte" an attribute of "Einreiseverbote", the root).
    main = _main_clause(sent)
    if any((t.pos_ in ("VERB", "AUX") or (t.pos_ not in _NOMINAL and verb_like(t))) and not _hung_finite_verb(t)
           and (particle is None or t.i != particle.i) for t in main):
        return None  # the coder already reads a verb here (tagged one, or shown one by its tree)
    found = [t for t in main if _may_be_misread(t) and any(k in r.verbs for k in _keys(t, particle, r))]
    if not found:
        # A light verb hung on its own noun event ("Indien und Pakistan führten Gespräche" rooted
        # on "Gespräche" with "führten" its attribute): the noun is the event, the verb its clause.
        found = [t for t in sent if _hung_finite_verb(t) and any(k in r.grammar.light_verbs for k in _keys(t, particle, r))]
    return found[0] if len(found) == 1 else None


def _main_clause(sent: Sentence) -> list[Token]:
    """The sentence's words outside its marked subordinate clauses (a clause whose verb has a
    mark: "weil", "dass", "um", the infinitive's "zu", "because"), where the root is a noun; the
    whole sentence otherwise (a rooted verb's clauses are its own)."""
    root = _root(sent)
    if root is None or root.pos_ not in _NOMINAL:
        return list(sent)
    inside: set[int] = set()
    for tok in sent:
        if tok.i != root.i and tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" for c in tok.children):
            inside.update(t.i for t in tok.subtree)
    return [t for t in sent if t.i not in inside]


def _question_verb(word: Token, sent: Sentence, r: LanguageRules) -> bool:
    """The first word of a question that is a form of a pattern verb (by the verb-form table, or
    the plural that is its infinitive), tagged a name or noun without an article ("Greift Russland
    die Ukraine erneut an?" with "Greift" a name, "Verhandeln die USA mit Nordkorea?" with
    "Verhandeln" a noun): a yes/no question opens with its finite verb, and a small treebank has
    few of them."""
    return (word.i == sent[0].i and sent[-1].text in r.grammar.factuality.question_marks and word.pos_ in ("PROPN", "NOUN")
            and not any(c.dep_ == "det" for c in word.children)
            and (bool(verb_form_lemmas(word.text, word.lang_)) or word.lower_ in r.verbs))


def _may_be_misread(word: Token) -> bool:
    """Tagged as an open-class word a verb form is mistaken for, or hung on a noun like a verb — or
    tagged a preposition or conjunction while the verb-form table lists it ("Armenien lud
    Aserbaidschan … ein" with "lud" a case marker, "China lud Vietnam … ein" with "lud" a
    conjunction): no German preposition or conjunction of the treebanks is a form of a pattern
    verb (determiners are: "einige")."""
    if word.is_punct:
        return False
    if word.pos_ in _MISREAD_AS or _hung_finite_verb(word):
        return True
    # a "determiner" the parser hung as an adjective or an argument is none ("Die Türkei entsandte
    # Truppen" with "entsandte" DET, amod; "hob" DET, nsubj); one hung as a determiner stays one
    # ("einige")
    closed = word.pos_ in _FUNCTION_WORDS or (word.pos_ == "DET" and word.dep_ != "det")
    return closed and bool(verb_form_lemmas(word.text, word.lang_))


def _final_particle(sent: Sentence) -> Token | None:
    """The sentence's last word when it may be a separated particle the parser took for something
    else (an adverb or preposition, even the root: "… zu Friedensgesprächen ein")."""
    last = next((t for t in reversed(sent) if not t.is_punct), None)
    return last if last is not None and last.pos_ in ("ADV", "ADP") and last.is_alpha else None


def _keys(word: Token, particle: Token | None, r: LanguageRules) -> list[str]:
    # Only a particle after the word can be its own ("schob … ab").
    after = particle.lower_ if particle is not None and particle.i > word.i else None
    return with_particle(verb_lemmas(word), after, r.grammar)


def _root(sent: Sentence) -> Token | None:
    """The sentence's root (the word that is its own head), or None when the repairs left none."""
    return next((t for t in sent if t.head.i == t.i), None)


def reroot(sent: Sentence, r: LanguageRules) -> Token | None:
    """Make the misread verb of a verbless sentence its root (see the module docstring); returns
    the verb, or None when the sentence was left as it was."""
    particle = _particle(sent)
    verb = _misread_verb(sent, r, particle)
    if verb is None and particle is None:
        # The particle itself may be what the parser misread; it counts only when joined to the
        # verb it makes a pattern verb ("lud … ein" → "einladen").
        particle = _final_particle(sent)
        verb = _misread_verb(sent, r, particle) if particle is not None else None
        if verb is not None and not particle_verb_keys(verb, particle.lower_, r):
            verb = None
    if verb is None:
        return None
    old_root = _root(sent)
    # Detach the verb from the word it modified first, so no re-hanging below makes a cycle.
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.pos_ = "VERB"
    for tok in sent:
        if tok.i == verb.i or tok.is_punct:
            continue
        if particle is not None and tok.i == particle.i:
            tok.head, tok.dep_ = verb, "compound:prt"
            continue
        head = tok.head
        crosses = head.i == tok.i or (head.i != verb.i and (tok.i < verb.i) != (head.i < verb.i))
        # (a particle heads nothing: what the parser hung on it, as the misread root, is the verb's;
        # nor does an adverb or adjective the parser made the root: "Greift Russland … erneut an?")
        stray_root = old_root is not None and head.i == old_root.i and old_root.pos_ in ("ADJ", "ADV") and tok.pos_ in _NOMINAL
        if not crosses and not (particle is not None and head.i == particle.i) and not stray_root:
            continue
        if stray_root and not crosses and tok.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj"):
            tok.head = verb  # it keeps its label: the parser saw its role, not its verb
            continue
        tok.head = verb
        if tok.pos_ not in _NOMINAL:
            tok.dep_ = tok.dep_ if tok.dep_ not in ("ROOT", "amod") else "dep"
        elif case_markers(tok):
            tok.dep_ = "obl"
        else:
            tok.dep_ = "nsubj" if tok.i < verb.i else "obj"
    # A verb has no noun attributes: what the misread word had as its attributes are the verb's
    # phrases ("Verhandeln die USA mit Nordkorea?" read as a noun with two attributes).
    for tok in [c for c in verb.children if c.dep_ in ("nmod", "appos") and c.pos_ in _NOMINAL]:
        tok.dep_ = "obl" if case_markers(tok) else ("nsubj" if tok.i < verb.i else "obj")
    return verb


def swap_misread_auxiliary(sent: Sentence, r: LanguageRules) -> int:
    """A pattern verb labelled the auxiliary of a word after it that is no pattern verb is the
    clause's verb, and that word its modifier ("Russland kritisierte Frankreich scharf" read with
    "kritisierte" an auxiliary of "scharf", taken for a verb): a full verb is nobody's auxiliary.
    What hung on the word goes to the verb.  Returns how many were swapped."""
    swapped = 0
    for verb in sent:
        if verb.dep_ != "aux" or verb.pos_ != "VERB":
            continue
        word = verb.head
        if word.i < verb.i or not any(k in r.verbs for k in verb_keys(verb, r.grammar)):
            continue
        if any(k in r.verbs for k in verb_keys(word, r.grammar)) or any(c.dep_ == "aux" and c.i != verb.i for c in word.children):
            continue
        verb.head, verb.dep_ = (verb, "ROOT") if word.head.i == word.i else (word.head, word.dep_)
        for child in [c for c in word.children if c.i != verb.i]:
            child.head = verb
        word.head, word.dep_ = verb, "advmod"
        swapped += 1
    return swapped


def promote_verb_read_as_auxiliary(sent: Sentence, auxiliaries: frozenset[str], purpose_marks: frozenset[str]) -> int:
    """A finite verb of no auxiliary's lemma, labelled the auxiliary of a purpose clause's
    infinitive after a comma, is its own clause's verb and the purpose clause hangs on it:
    "Steinmeier reist am Donnerstag nach Moskau, um mit Lawrow zu verhandeln" read with "reist"
    the auxiliary of "verhandeln", and everything before the comma hung on the infinitive, would
    date the talks by nothing and give the travel's phrases to the talks.  What stands before
    the comma goes to the verb.  Returns how many verbs were promoted."""
    promoted = 0
    for verb in sent:
        if verb.dep_ != "aux" or not _finite(verb) or verb.lemma_.casefold() in auxiliaries:
            continue
        clause = verb.head
        if clause.i < verb.i or clause.pos_ != "VERB":
            continue
        mark = next((c for c in clause.children if c.i > verb.i and c.lemma_.casefold() in purpose_marks
                     and c.dep_ in ("mark", "case")), None)
        if mark is None:
            continue
        comma = next((t for t in sent if verb.i < t.i < mark.i and t.pos_ == "PUNCT"), None)
        if comma is None:
            continue
        verb.head, verb.dep_ = (verb, "ROOT") if clause.head.i == clause.i else (clause.head, clause.dep_)
        verb.pos_ = "VERB"
        for child in [c for c in clause.children if c.i < comma.i and c.i != verb.i]:
            child.head = verb
        clause.head, clause.dep_ = verb, "advcl"
        promoted += 1
    return promoted


def rehang_stray_auxiliary(sent: Sentence) -> Token | None:
    """Put a finite auxiliary the parser hung on a noun back on its clause's verb, with the noun
    phrase after it as the verb's subject.

    In a German main clause with a fronted phrase the finite auxiliary comes second and the subject
    right after it ("Im Südsudan haben Regierungssoldaten Hunderte Zivilisten massakriert");
    a small parser sometimes attaches the auxiliary to a noun (as "case" or "det:poss") and the
    subject to the fronted phrase, and the verb is left without a subject.  Only when the
    sentence's root is a non-finite verb after the auxiliary that has no subject of its own.
    Returns the auxiliary, or None when nothing was changed."""
    root = _root(sent)
    if root is None or root.pos_ != "VERB" or _finite(root):
        return None
    if any(c.dep_.startswith("nsubj") or (c.dep_.startswith("aux") and _finite(c)) for c in root.children):
        return None
    stray = next((t for t in sent if t.i < root.i and t.head.i != t.i and _auxiliary_on_noun(t)), None)
    if stray is None:
        return None
    subject = next((t for t in sent if stray.i < t.i < root.i and t.pos_ in ("NOUN", "PROPN")
                    and t.head.i < stray.i), None)
    stray.head, stray.dep_ = root, "aux"
    if subject is not None:
        # What hangs on the subject from before the auxiliary belongs to the fronted phrase
        # ("Medienberichten zufolge hat Saudi-Arabien …" with "zufolge" under "Saudi-Arabien").
        fronted = subject.head
        for child in [c for c in subject.children if c.i < stray.i]:
            child.head = fronted
        if not case_markers(subject):
            subject.head, subject.dep_ = root, "nsubj"
    return stray


def rehang_clause_from_argument(sent: Sentence) -> int:
    """Give a verb back the finite auxiliary and the subject the parser hung on one of its noun
    phrases: "Die Opposition will … gegen die Regierung … demonstrieren" with "will" and "Die
    Opposition" under "Regierung" — a noun without a copula heads no subject and no auxiliary.  A
    phrase under a preposition the parser labelled the object is then an oblique.  Returns how
    many phrases were mended."""
    mended = 0
    for noun in sent:
        if noun.dep_ not in ("obj", "obl", "nmod") or noun.pos_ not in ("NOUN", "PROPN") or not verb_like(noun.head):
            continue
        kids = list(noun.children)
        if any(c.dep_ == "cop" for c in kids):
            continue
        verb = noun.head
        strays = [c for c in kids if c.dep_ == "aux" and _finite(c)]
        if not any(c.dep_.startswith("nsubj") for c in verb.children):
            strays += [c for c in kids if c.dep_ == "nsubj"]
        if not strays:
            continue
        for stray in strays:
            stray.head = verb
        if noun.dep_ == "obj" and case_markers(noun):
            noun.dep_ = "obl"
        mended += 1
    return mended


def relabel_object_read_as_apposition(sent: Sentence) -> int:
    """A bare common noun right after the subject, labelled its apposition, is the object of a
    verb that has none: "setzte die venezolanische Polizei Tränengas gegen Demonstranten ein" with
    "Tränengas" an apposition of "Polizei" — a noun renaming another comes after a comma or names
    it ("die Stadt Aleppo"), it does not follow it bare; after a subject without an article it is
    what that counts ("Tausende Georgier").  Returns how many were relabelled."""
    changed = 0
    for noun in sent:
        if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.ent_type_:
            continue
        subject, verb = noun.head, noun.head.head
        if not subject.dep_.startswith("nsubj") or not verb_like(verb) or subject.i > noun.i:
            continue
        if noun.left_edge.i != subject.i + 1:
            continue  # (right after the subject's noun: nothing of the subject's between)
        if not any(c.dep_ in ("det", "det:poss") for c in subject.children):
            continue  # (a bare noun and what it counts or names: "Tausende Georgier")
        if any(c.dep_ in ("det", "det:poss", "case") for c in noun.children) or any(c.dep_ in ("obj", "obl:arg") for c in verb.children):
            continue
        noun.head, noun.dep_ = verb, "obj"
        changed += 1
    return changed


def rehang_elliptical_adjective(sent: Sentence) -> int:
    """"Der russische und der türkische Außenminister berieten …" read with "russische" the root
    and both the minister and "berieten" its conjuncts: the first adjective stands for its
    phrase, whose noun the second names (the actor resolver shares it: RUS GOV, TUR GOV), and the
    verb is the root with that coordination as its subject.  Returns how many were mended."""
    root = _root(sent)
    if root is None or root.pos_ != "ADJ" or not any(c.dep_ == "det" for c in root.children):
        return 0
    noun = next((c for c in root.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > root.i
                 and any(g.dep_ == "amod" for g in c.children)), None)
    if noun is None or not any(c.dep_ == "cc" and root.i < c.i < noun.i for c in (*root.children, *noun.children)):
        return 0
    verb = next((c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > noun.i), None)
    if verb is None:
        return 0
    verb.head, verb.dep_ = verb, "ROOT"
    for other in [c for c in root.children if c.i not in (noun.i, verb.i) and c.dep_ not in ("det", "cc")]:
        other.head = verb
    root.head, root.dep_ = verb, "nsubj"
    return 1


def relabel_noun_conjunct_of_verb(sent: Sentence) -> int:
    """A noun phrase labelled a conjunct of a verb with no conjunction or comma before it is the
    verb's object ("ließen … mehr als hundert politische Gefangene frei" with "Gefangene" a
    conjunct of "ließen"): nothing is coordinated.  Only for a verb without an object.  Returns
    how many were relabelled."""
    changed = 0
    for noun in sent:
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.pos_ != "VERB" or noun.i < noun.head.i:
            continue
        verb = noun.head
        between = noun.doc[verb.i + 1:noun.left_edge.i]
        if any(t.pos_ == "CCONJ" or t.is_punct for t in (*between, *noun.children)) or any(c.dep_ == "obj" for c in verb.children):
            continue
        noun.dep_ = "obj"
        changed += 1
    return changed


def _auxiliary_on_noun(token: Token) -> bool:
    """A finite auxiliary the parser hung on a noun as something else (a case marker, an article)."""
    return (token.pos_ == "AUX" and _finite(token) and token.head.pos_ in _NOMINAL
            and not token.dep_.startswith(("aux", "cop")))


def rehang_clause_auxiliary(sent: Sentence, time_words: frozenset[str] = frozenset()) -> int:
    """In a clause below the root, put a finite auxiliary the parser hung on a noun back on the
    clause's verb, the bare phrase before it as the verb's subject and the phrase after it, which
    the parser hung on that one, as its object ("…, die US-Regierung habe Nordkorea … gedroht"
    with "habe" the case marker of "Nordkorea", itself under "die US-Regierung", the verb's
    object): a reported or subordinate clause puts its subject first.  Only for a non-finite
    verb with neither subject nor finite auxiliary.  Returns how many clauses were mended."""
    moved = 0
    for verb in sent:
        if verb.dep_ not in ("ccomp", "conj", "advcl", "parataxis") or verb.pos_ != "VERB" or _finite(verb):
            continue  # (the cheap test first)
        kids = list(verb.children)
        if any(c.dep_.startswith("nsubj") or (c.dep_.startswith("aux") and _finite(c)) for c in kids):
            continue
        stray = next((t for t in sent if verb.left_edge.i <= t.i < verb.i and t.head.i > t.i and _auxiliary_on_noun(t)), None)
        if stray is None:
            continue
        after = stray.head
        first = after.head
        if (first.head.i != verb.i or first.i > stray.i or first.pos_ not in _NOMINAL or case_markers(first)
                or first.lower_ in time_words or first.dep_ not in ("obj", "iobj", "obl", "nmod")):
            continue
        stray.head, stray.dep_ = verb, "aux"
        first.dep_ = "nsubj"
        after.head, after.dep_ = verb, ("iobj" if any(c.dep_ == "obj" and c.i != first.i for c in kids) else "obj")
        moved += 1
    return moved


def rehang_coordinating_auxiliary(sent: Sentence) -> int:
    """A finite auxiliary the parser read as a coordinator, with the noun after it as a conjunct of
    the phrase before ("Nach Angaben von Menschenrechtlern sollen Sicherheitskräfte … verhaftet
    haben" with "sollen" a "cc" and "Sicherheitskräfte" a conjunct of "Menschenrechtlern"), goes to
    the verb that phrase hangs on, and the noun becomes that verb's subject, when the verb has
    none: an auxiliary coordinates nothing.  Returns how many were moved."""
    moved = 0
    for aux in sent:
        if aux.dep_ != "cc" or aux.pos_ != "AUX" or not _finite(aux):
            continue
        noun = aux.head
        if noun.dep_ != "conj" or noun.pos_ not in _NOMINAL or noun.i < aux.i:
            continue
        verb = _verb_above(noun.head)
        if verb.pos_ != "VERB" or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        aux.head, aux.dep_ = verb, "aux"
        noun.head, noun.dep_ = verb, "nsubj"
        moved += 1
    return moved


def _infinitive(verb: Token) -> bool:
    """Tagged an infinitive, or written as its lemma (the tagger often reads "stationieren" as a
    finite plural, a form the infinitive shares)."""
    return "VerbForm=Inf" in verb.morph or ("VerbForm=Part" not in verb.morph and verb.lower_ == verb.lemma_.casefold())


def demote_auxiliary_of_conjunct_infinitive(sent: Sentence) -> int:
    """A finite auxiliary heading its clause, whose only verb is an infinitive the parser read as a
    clause coordinated with it, is that infinitive's auxiliary; the "und" and the phrase before
    the infinitive coordinate two phrases ("Die Nato will vier Bataillone in Polen und im Baltikum
    stationieren" with "stationieren" a conjunct of "will", "im Baltikum" under it): a modal or
    "werden" governs an infinitive and is coordinated with nothing.  The infinitive takes over
    the auxiliary's place and dependents, the phrase after "und" becomes a conjunct of the phrase
    before it.  Returns how many were demoted."""
    changed = 0
    for aux in sent:
        if aux.pos_ != "AUX" or not _finite(aux) or not (aux.n_lefts or aux.n_rights):
            continue
        kids = list(aux.children)
        infinitives = [c for c in kids if c.dep_ == "conj" and c.pos_ == "VERB" and _infinitive(c)]
        if len(infinitives) != 1 or any(c.pos_ == "VERB" and c.dep_ != "conj" for c in kids):
            continue
        verb = infinitives[0]
        verb_kids = list(verb.children)
        cc = next((c for c in verb_kids if c.dep_ == "cc" and c.i < verb.i), None)
        if cc is None or any(c.dep_.startswith(("nsubj", "aux", "mark")) for c in verb_kids):
            continue  # (a clause with its own subject, auxiliary or conjunction is a clause)
        after = [c for c in verb_kids if cc.i < c.i < verb.i and c.pos_ in _NOMINAL]
        before = [c for c in kids if c.i < cc.i and c.pos_ in _NOMINAL and not c.dep_.startswith("nsubj")]
        if len(after) != 1 or not before:
            continue
        partner = max(before, key=lambda c: c.i)  # the phrase right before "und"
        if any(t.is_punct for t in sent if partner.i < t.i < cc.i):
            continue
        after[0].head, after[0].dep_ = partner, "conj"
        cc.head = after[0]
        verb.head, verb.dep_ = (verb, "ROOT") if aux.head.i == aux.i else (aux.head, aux.dep_)
        for child in [c for c in kids if c.i != verb.i]:
            child.head = verb
        aux.head, aux.dep_ = verb, "aux"
        changed += 1
    return changed


def agent_prepositions(r: LanguageRules) -> frozenset[str]:
    """The prepositions of a passive's agent phrase: those of the language's `obl[…]` passive
    source specs ("von", "durch"; "by")."""
    out: set[str] = set()
    for spec in r.grammar.roles.passive_source:
        _, dep, preps = parse_spec(spec)
        if dep == "obl" and preps:
            out |= preps
    return frozenset(out)


def _time_word(token: Token, date_words: frozenset[str] = frozenset()) -> bool:
    return (token.dep_ == "obl:tmod" or token.like_num or "NumType=Ord" in token.morph
            or token.lower_ in date_words)


def rehang_stray_agent(sent: Sentence, agent_preps: frozenset[str] = frozenset(),
                       date_words: frozenset[str] = frozenset(), source_markers: Sequence[str] = ()) -> int:
    """Put a passive's agent phrase the parser hung on one of the verb's adverbs back on the verb
    ("wurde von der EU scharf kritisiert" with "von der EU" under "scharf"), and one it hung on a
    date before it ("wurde am 4. Oktober 1918 von einem deutschen Scharfschützen erschossen" with
    the sniper under "Oktober"; "im Juni von Trump gepriesen" under the month, one of the
    language's `date_words`), or on a place name in a phrase of the verb ("wurde in Brüssel vom
    Präsidenten der EU-Kommission empfangen"), or on a source ("wurde nach ukrainischen Angaben
    von den Separatisten beschossen"): only a passive verb takes an agent, a date, a place or a
    source takes none.  The second needs the phrase's preposition among `agent_preps` and a verb
    without an agent.  Returns how many were moved."""
    moved = 0
    for tok in sent:
        if tok.dep_ not in ("obl:agent", "nmod", "obl"):
            continue
        modifier = tok.head
        verb = modifier.head
        # (labelled agent, or an oblique with an agent preposition: "von Frankreich" under "scharf",
        # itself tagged a verb)
        agent = tok.dep_ == "obl:agent" or (tok.dep_ == "obl" and bool(case_markers(tok) & agent_preps))
        if (agent and modifier.dep_ == "advmod" and modifier.i != verb.i
                and any(c.dep_ == "aux:pass" for c in verb.children)
                and not any(c.dep_ == "obl:agent" for c in verb.children)):
            tok.head, tok.dep_ = verb, "obl:agent"
            moved += 1
            continue
        if tok.dep_ == "obl":
            continue
        if not (tok.dep_ == "nmod" and tok.pos_ in _NOMINAL and case_markers(tok) & agent_preps):
            continue
        if not (_time_word(modifier, date_words) or _place_phrase(modifier, verb)
                or _source_phrase(modifier, verb, source_markers, tok)):
            continue
        # climb the date's own words ("4." ← "Oktober") to the verb they qualify
        steps = 0
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 2 and _time_word(verb):
            verb, steps = verb.head, steps + 1
        if (verb.pos_ == "VERB" and any(c.dep_ == "aux:pass" for c in verb.children)
                and not any(c.dep_ == "obl:agent" or (c.dep_ == "obl" and case_markers(c) & agent_preps) for c in verb.children)):
            tok.head, tok.dep_ = verb, "obl:agent"
            moved += 1
    return moved


def rehang_agent_from_oblique(sent: Sentence, agent_preps: frozenset[str], event_nouns: Mapping[str, object],
                              source_markers: Sequence[str] = ()) -> int:
    """A passive's agent phrase right before its participle that the parser hung on an oblique
    phrase of the verb ("wurde in Istanbul unter Terrorverdacht von der türkischen Polizei
    festgenommen" with the police under "Terrorverdacht") is the verb's agent, when the verb has
    none.  Not where the oblique is an event noun, whose agent it is ("mit Unterstützung von
    Russland bombardiert": Russia supported), nor a report's source, whose author it is ("nach
    Angaben von Aktivisten"; `rehang_stray_agent` knows when a source names its own).  Returns
    how many were moved."""
    moved = 0
    for agent in sent:
        if agent.dep_ != "nmod" or agent.pos_ not in _NOMINAL:
            continue  # (the cheap test first)
        holder = agent.head
        verb = holder.head
        if (holder.dep_ != "obl" or agent.right_edge.i + 1 != verb.i or verb.pos_ != "VERB"
                or not case_markers(agent) & agent_preps or any(k in event_nouns for k in lemmas(holder))):
            continue
        words = [t.lower_ for t in holder.doc[holder.left_edge.i:holder.i + 1]]
        if any(marker_in(words, m) for m in source_markers):
            continue
        kids = list(verb.children)
        if not any(c.dep_ == "aux:pass" for c in kids) or any(
                c.dep_ == "obl:agent" or (c.dep_ == "obl" and case_markers(c) & agent_preps) for c in kids):
            continue
        agent.head, agent.dep_ = verb, "obl:agent"
        moved += 1
    return moved


# What ties the parts of a name, and a name to the noun it names, inside one phrase.
_NAME_LINKS = frozenset({"flat", "flat:name", "appos"})


def _verb_above(tok: Token) -> Token:
    """The first verb or auxiliary at or above `tok` (the root where there is none)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _object_label(verb: Token) -> str:
    """The label of a phrase given to `verb` as its object: "iobj" beside an object it already
    has (the recipient), else "obj"."""
    return "iobj" if any(c.dep_ == "obj" for c in verb.children) else "obj"


def rehang_phrase_from_name(sent: Sentence, partner_preps: frozenset[str], agent_preps: frozenset[str]) -> int:
    """Put a phrase that the parser hung on a name back on the verb, where a name takes no such
    phrase of its own: one naming the act's other party (`partner_preps`) hung on a place name in
    a phrase of the verb ("traf in Astana mit dem kasachischen Präsidenten zusammen" with the
    president under "Astana"), and one naming the other party or the source (`agent_preps` too)
    hung on the bare name subject right before it ("verlangt Peking von Manila den Abzug" with
    "von Manila" under "Peking"), or on the end of the name in the subject's apposition ("hat der
    Regierungschef Haider al-Abadi von Ankara gefordert").  Returns how many were moved."""
    moved = 0
    for tok in sent:
        if tok.dep_ != "nmod" or tok.pos_ not in _NOMINAL:
            continue
        markers = case_markers(tok)
        if not markers:
            continue
        name = tok.head
        subject = name
        while subject.dep_ in _NAME_LINKS and subject.head.i != subject.i:
            subject = subject.head
        verb = subject.head if subject.i != name.i else name.head
        if not verb_like(verb):
            continue
        on_place = bool(markers & partner_preps) and tok.i > name.i and _place_phrase(name, verb)
        on_subject = (bool(markers & (partner_preps | agent_preps)) and subject.dep_ == "nsubj" and name.pos_ == "PROPN"
                      and caseless_name(name) and tok.left_edge.i == name.i + 1)
        if on_place or on_subject:
            tok.head, tok.dep_ = verb, "obl"
            moved += 1
    return moved


def _place_phrase(word: Token, verb: Token) -> bool:
    """A name in a prepositional phrase of the verb ("in Brüssel"): it takes no agent of its own."""
    return named(word) and word.dep_ == "obl" and word.head.i == verb.i and bool(case_markers(word))


def rehang_object_from_source(sent: Sentence, source_markers: Sequence[str], time_words: frozenset[str] = frozenset()) -> int:
    """Give a verb back the object the parser hung on the phrase that names where the report comes
    from ("haben nach Angaben von Aktivisten erneut Wohnviertel … bombardiert" with "Wohnviertel"
    under "Angaben"): a source that already says whose it is takes no bare phrase after it, and
    an active verb without an object is where it belongs.  A genitive stays ("nach Angaben der
    Polizei"), and so does a time phrase ("… von Aktivisten vergangene Woche").  Returns how many
    were moved."""
    moved = 0
    for phrase in sent:
        if phrase.dep_ != "nmod" or phrase.pos_ not in ("NOUN", "PROPN") or case_markers(phrase) or _time_word(phrase, time_words):
            continue
        source = phrase.head
        verb = source.head
        if phrase.i < source.i or verb.pos_ != "VERB" or not _source_phrase(source, verb, source_markers, phrase):
            continue
        if "Gen" in phrase_cases(phrase) or is_passive(verb) or any(c.dep_ == "obj" for c in verb.children):
            continue
        phrase.head, phrase.dep_ = verb, "obj"
        moved += 1
    return moved


def _source_phrase(word: Token, verb: Token, markers: Sequence[str], phrase: Token) -> bool:
    """A phrase of the verb that names where a report comes from ("nach ukrainischen Angaben", one
    of the language's `reported_markers`) and already says whose it is (by an adjective or a
    genitive): then the `phrase` after it is no second source ("nach Angaben von Aktivisten" is
    the activists' account)."""
    if word.head.i != verb.i or not word.dep_.startswith("obl"):
        return False
    if not any(c.dep_ in ("amod", "nmod", "nmod:poss") and c.i < phrase.i for c in word.children):
        return False  # (what the parser hung on it after the phrase is no author: "… westlich von Aleppo")
    words = [t.lower_ for t in word.doc[word.left_edge.i:word.i + 1]]
    return any(marker_in(words, m) for m in markers)


def rehang_from_time_noun(sent: Sentence, time_words: frozenset[str]) -> int:
    """Give a verb back the prepositional phrase the parser hung on a time expression of that verb
    ("Die Türkei verhandelt seit Wochen mit Russland" with "mit Russland" under "Wochen"): a week,
    a month or a weekday has no partner or target.  Returns how many phrases moved."""
    moved = 0
    for tok in sent:
        if tok.dep_ != "nmod" or tok.pos_ not in _NOMINAL:
            continue
        when = tok.head
        if when.lower_ not in time_words or not when.dep_.startswith("obl") or not verb_like(when.head) or tok.i < when.i:
            continue
        if case_markers(tok):
            tok.head, tok.dep_ = when.head, "obl"
        elif ((any(c.dep_ == "det" for c in tok.children) or caseless_name(tok)
               or (tok.pos_ == "NOUN" and not list(tok.children) and tok.lower_ not in time_words and tok.text[:1].isupper()
                   and "Number=Sing" in tok.morph))
              and (cases := phrase_cases(tok)) and "Gen" not in cases):
            # an article that shows no genitive, or a bare name: the verb's object ("in der Nacht
            # den Gazastreifen bombardiert", "griffen in der Nacht Kiew an"); a genitive stays ("am
            # Tag der Wahl")
            tok.head, tok.dep_ = when.head, "obj"
        else:
            continue
        moved += 1
    return moved


def rehang_from_adverb(sent: Sentence) -> int:
    """Give a verb back the subject, object or prepositional phrase the parser hung on one of its
    adverbs ("Arbeitet Saudi-Arabien militärisch mit Israel zusammen?" with "Saudi-Arabien" and
    "mit Israel" under "militärisch"): an adverb heads no argument of a clause.  Returns how many
    phrases moved."""
    moved = 0
    for adverb in sent:
        if adverb.dep_ != "advmod" or adverb.pos_ != "ADV" or not (adverb.n_lefts or adverb.n_rights):
            continue  # (an adverb normally heads nothing: the cheap test first)
        verb = adverb.head
        if verb.pos_ != "VERB" or verb.i == adverb.i:
            continue
        # (its prepositional phrases may be its own: "drei Jahre später", "weit von …")
        moved += _give_to_verb([c for c in adverb.children if c.dep_.startswith(("nsubj", "obj", "iobj")) and c.pos_ in _NOMINAL], verb)
    return moved


def rehang_from_adverb_read_as_object(sent: Sentence) -> int:
    """An adverb the tagger read as a verb and the parser as the object of the verb right after it
    heads nothing of its own: the object hung on it is the verb's ("Die USA haben Israels Pläne
    scharf verurteilt" with "Pläne" under "scharf").  The word becomes the verb's modifier.
    Returns how many phrases moved."""
    moved = 0
    for word, verb in zip(sent, sent[1:]):
        if word.dep_ != "obj" or word.pos_ != "VERB" or word.head.i != verb.i or verb.pos_ != "VERB":
            continue
        kids = list(word.children)
        if any(c.dep_.startswith(("nsubj", "aux", "mark", "compound:prt")) for c in kids):
            continue  # (a clause of its own)
        objects = [c for c in kids if c.dep_ == "obj" and c.pos_ in _NOMINAL and c.i < word.i]
        if not objects:
            continue
        moved += _give_to_verb(objects, verb)
        word.dep_ = "advmod"
    return moved


def relabel_correlate_pronoun(sent: Sentence) -> int:
    """A neuter third-person pronoun labelled a second subject of a verb that has a clause or
    infinitive as complement is that complement's placeholder, the object ("Mexikos Regierung
    lehnte es ab, das Mandat … zu verlängern"): the other phrase is the subject.  Returns how many
    were relabelled."""
    changed = 0
    for pronoun in sent:
        if pronoun.dep_ != "nsubj" or pronoun.pos_ != "PRON":
            continue
        morph = pronoun.morph
        if not ("Neut" in morph.get("Gender") and "Sing" in morph.get("Number") and "3" in morph.get("Person")
                and "Prs" in morph.get("PronType")):
            continue
        verb = pronoun.head
        kids = list(verb.children)
        if not any(c.dep_ in ("xcomp", "ccomp") and c.i > pronoun.i for c in kids):
            continue
        if not any(c.dep_ == "nsubj" and c.i != pronoun.i and c.pos_ in _NOMINAL for c in kids):
            continue
        pronoun.dep_ = "obj"
        changed += 1
    return changed


def _give_to_verb(phrases: list[Token], verb: Token) -> int:
    """Hang `phrases` (arguments the parser hung on a word of the clause that heads none) on
    `verb`, but a subject only where the verb has none: then the parser's reading stands.
    Returns how many moved."""
    moved = 0
    for phrase in phrases:
        if phrase.dep_.startswith("nsubj") and any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        phrase.head = verb
        moved += 1
    return moved


def rehang_name_from_date(sent: Sentence, date_words: frozenset[str]) -> int:
    """Put a bare name the parser hung on a weekday or month back on the verb as its object ("hat
    in der Nacht zum Sonntag Charkiw mit Drohnen angegriffen" with "Charkiw" an apposition of
    "Sonntag"): a day names nothing after it.  Only a verb without an object.  Returns how many
    were moved."""
    moved = 0
    for tok in sent:
        if tok.dep_ not in ("appos", "flat", "nmod") or tok.pos_ != "PROPN" or tok.head.lower_ not in date_words or case_markers(tok):
            continue
        verb = tok.head
        for _ in range(3):  # the date, its phrase ("in der Nacht zum Sonntag"), the verb
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ != "VERB" or any(c.dep_ == "obj" for c in verb.children):
            continue
        # after the finite verb, where objects stand; a name before it may be the subject
        finite = next((c for c in verb.children if c.dep_.startswith("aux") and _finite(c)), verb)
        if tok.i > finite.i and tok.i > tok.head.i:
            tok.head, tok.dep_ = verb, "obj"
            moved += 1
    return moved


def _prepositions(sent: Sentence):
    """Each word labelled `case`; its head is read as the loop reaches it (a repair may have moved
    an earlier one)."""
    return (tok for tok in sent if tok.dep_ == "case")


# Words inside a noun phrase before its head, where a preposition of the phrase is often hung.
_PRENOMINAL = frozenset({"compound", "nmod:desc", "flat", "amod"})
# Labels the parser gives a phrase it did not see was prepositional.
_BARE_PHRASE = frozenset({"appos", "obj", "dep"})


def rehang_stray_case(sent: Sentence) -> int:
    """Put a preposition the parser hung on a word before its phrase's head back on the head
    ("a meeting with President Juan Carlos Varela of Panama" with "with" under the title and the
    name an apposition of "meeting"): a phrase's preposition marks the whole phrase.  A head the
    parser labelled as a bare phrase becomes a prepositional one (nmod under a noun, obl under a
    verb).  Returns how many were moved."""
    moved = 0
    for tok in _prepositions(sent):
        word = tok.head
        if word.dep_ not in _PRENOMINAL or word.i <= tok.i:
            continue
        if word.dep_ == "amod" and word.pos_ == "NOUN":
            continue  # a noun misread as an attribute heads its own phrase ("im Kriegsfall Atomwaffen")
        head = word.head
        if not (word.i < head.i
                and head.pos_ in _NOMINAL and not any(c.dep_ == "case" for c in head.children)):
            continue
        tok.head = head
        if head.dep_ in _BARE_PHRASE and head.head.i != head.i:
            head.dep_ = "nmod" if head.head.pos_ in _NOMINAL else "obl"
        moved += 1
    return moved


def rehang_infinitive_subject(sent: Sentence, markers: frozenset[str]) -> int:
    """Make the noun phrase after a marker such as "for" the subject of the infinitive right after
    it ("an agreement for the FBI to conduct an investigation" parsed with "for the FBI" on
    "engineered" and "conduct" without a subject): the marker becomes the clause's mark, as UD
    has it.  Only a verb with an infinitive mark of its own, no subject, and nothing between the
    phrase and that mark.  Returns how many were moved."""
    if not markers:
        return 0
    moved = 0
    for marker in sent:
        if marker.dep_ != "case" or marker.lower_ not in markers:
            continue
        noun = marker.head
        if noun.pos_ not in _NOMINAL or noun.dep_ not in ("obl", "nmod"):
            continue
        if marker.ent_iob_ == "I":
            continue  # inside a name ("National Union for the Total Independence of Angola")
        after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
        verb = after.head if after is not None and after.dep_ == "mark" else None
        if (verb is None or verb.pos_ != "VERB" or verb.i <= after.i or noun.head.i == verb.i
                or any(c.dep_.startswith("nsubj") for c in verb.children)):
            continue
        if noun in verb.ancestors or verb in noun.subtree:
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        marker.head, marker.dep_ = verb, "mark"
        moved += 1
    return moved


def prefer_subject_first(sent: Sentence, time_words: frozenset[str] = frozenset()) -> int:
    """Of two bare phrases around the finite verb, the first is the subject when the parser made the
    second one ("Deutschland übermittelte Frankreich Informationen" with "Frankreich" as nsubj and
    "Deutschland" an oblique) or none: with no article or ending to show case, the phrase before
    the finite verb is read as its subject, as readers do (an article that may be nominative or
    accusative shows no case either).  The second becomes the (indirect) object.  A name the
    parser took for a time ("Die Terrormiliz Al-Shabaab bekannte sich …" with the name an
    obl:tmod) counts as a phrase unless it is a time word (`time_words`), and a pronoun after the
    verb as an object.  Returns how many clauses were changed."""
    changed = 0
    for verb in sent:
        if not verb.n_lefts or verb.pos_ not in ("VERB", "AUX"):
            continue  # (nothing before it: no phrase to read as its subject)
        kids = list(verb.children)
        finite = next((c for c in kids if c.dep_ == "aux" and _finite(c)), verb)
        if not _finite(finite):
            continue
        before = [c for c in kids if c.i < finite.i and not c.is_punct]
        if len(before) != 1 or before[0].dep_ not in ("obl", "obj", "iobj", "obl:tmod"):
            continue
        if before[0].dep_ == "obl:tmod" and (before[0].pos_ not in ("NOUN", "PROPN") or before[0].like_num
                                             or before[0].lower_ in time_words or case_markers(before[0])):
            continue
        if not _nominative_not_ruled_out(before[0]):
            continue  # (an article that may be either case shows none: "Die Pekinger Führung kritisierte …")
        after = [c for c in kids if c.i > finite.i and c.pos_ in ("PROPN", "NOUN")]
        subject = next((c for c in after if c.dep_ == "nsubj"), None)
        if subject is not None:
            # the (rarer) second phrase labelled subject — unless its article shows it is one
            # ("der Präsident"); one that may be accusative as well shows nothing ("Ungarn wies die
            # Kritik der EU zurück" with "die Kritik" the subject), nor does one tagged accusative
            # ("die Hilfen")
            if not _case_unshown(subject) and "Nom" in phrase_cases(subject) and not _article_may_be_nominative(subject):
                continue
            if _plural_before_singular_verb(before[0], finite):
                continue  # (the verb's number says the first phrase is not its subject)
            has_object = any(c.dep_ == "obj" for c in kids if c.i != before[0].i)
            before[0].dep_, subject.dep_ = "nsubj", ("iobj" if has_object else "obj")
        elif (not _has_subject(kids) and not is_passive(verb)
              and any(c.dep_ in ("obj", "iobj") and c.i > finite.i and c.pos_ in ("PROPN", "NOUN", "PRON") for c in kids)):
            # no subject at all, the first phrase an object or oblique and an object after the
            # verb ("Polizisten nahmen Demonstranten fest" with "Polizisten" an oblique)
            before[0].dep_ = "nsubj"
        else:
            continue
        changed += 1
    return changed


# Clauses whose subject may be elsewhere: a conjunct shares its first verb's, an infinitive or an
# attribute clause has none of its own.
_SUBJECT_SHARED = ("conj", "xcomp", "acl", "amod", "csubj")


def relabel_fronted_name(sent: Sentence) -> int:
    """A bare name opening the sentence right before its verb or the verb's finite auxiliary,
    labelled a modifier of a verb with no subject, is that subject: "Gambia hat Myanmar … verklagt"
    with "Gambia" an adverbial — the first place of a statement holds its subject unless something
    shows another case, and nothing does on a bare name.  Returns how many were relabelled."""
    first = sent[0]
    if len(sent) > 1 and verb_like(first) and first.head.i == first.i:
        return _name_after_first_verb(sent)
    if first.dep_ not in ("advmod", "dep", "obl", "nmod") or not caseless_name(first):
        return 0
    verb, after = first.head, first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    if after is None or not verb_like(verb) or verb.i <= first.i:
        return 0
    if not (after.i == verb.i or (after.head.i == verb.i and after.dep_ == "aux" and _finite(after))):
        return 0
    if _has_subject(verb.children):
        return 0
    first.dep_ = "nsubj"
    return 1


def _name_after_first_verb(sent: Sentence) -> int:
    """In a yes/no question ("Lehnt Ungarn Gespräche mit der EU … ab?"), a bare name right after
    the opening verb, labelled its modifier, is the subject; a later "subject" that may be
    accusative is then the object."""
    verb, name = sent[0], sent[1]
    if name.head.i != verb.i or name.dep_ not in ("advmod", "dep", "obl", "nmod") or not caseless_name(name):
        return 0
    others = [c for c in verb.children if c.dep_ == "nsubj"]
    # (an article that rules the accusative out keeps its phrase the subject; a bare plural shows no case)
    if any(c.i < name.i for c in others) or any(
            "Acc" not in phrase_cases(c) and any(d.dep_ == "det" for d in c.children) for c in others):
        return 0
    for other in others:
        other.dep_ = "obj"
    name.dep_ = "nsubj"
    return 1


def supply_missing_subject(sent: Sentence, rerooted: Token | None = None) -> int:
    """A finite active verb with no subject, whose first bare noun phrase after it is labelled its
    object though nothing shows it is one, has that phrase as its subject ("Nach Angaben aus Rom
    berieten italienische und französische Diplomaten über …" with "Diplomaten" an object): a
    main or subordinate clause needs a subject, and after a fronted phrase it follows the verb.
    `rerooted`: the verb `reroot` found, finite whatever its misread tags say.  Returns how many
    clauses were changed."""
    changed = 0
    for verb in sent:
        if not verb.n_rights or verb.dep_.startswith(_SUBJECT_SHARED) or verb.pos_ != "VERB":
            continue  # (nothing after it, or a clause whose subject is elsewhere: the cheap tests first)
        kids = list(verb.children)
        if _has_subject(kids) or is_passive(verb):
            continue
        if not (_finite(verb) or verb == rerooted or any(c.dep_ == "aux" and _finite(c) for c in kids)):
            continue
        first = next((c for c in kids if c.i > verb.i and c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")), None)
        if first is None or case_markers(first):
            continue
        # An article that may be nominative too counts only where no bare phrase before the verb
        # could be the subject the parser mislabelled ("Die Regierung Russlands kritisierte die EU").
        ambiguous = _article_may_be_nominative(first) and not any(
            c.i < verb.i and c.pos_ in _NOMINAL and not case_markers(c) for c in kids)
        # The re-rooted verb's tags said nothing, nor do its phrases' tags much: without an
        # article that shows another case, its first phrase is its subject ("Gehen in Hongkong
        # erneut Tausende … auf die Straße?").
        unmarked = verb == rerooted and not any(c.dep_ in ("det", "det:poss") for c in first.children)
        if not (_case_unshown(first) or "Nom" in phrase_cases(first) or ambiguous or unmarked):
            continue
        first.dep_ = "nsubj"
        # What the parser then hung on it as a bare attribute, and no genitive, is the object it
        # lost ("griff die israelische Armee Ziele im Gazastreifen an" with "Ziele" under "Armee").
        for lost in [c for c in first.children if c.dep_ == "nmod" and c.i > first.i and c.pos_ in ("NOUN", "PROPN")
                     and not case_markers(c) and "Gen" not in phrase_cases(c) and not caseless_name(c)]:
            lost.head, lost.dep_ = verb, "obj"
            for after in [c for c in first.children if c.i > lost.i and not c.is_punct]:
                after.head = lost  # what follows the object is the object's ("Ziele im Gazastreifen")
            break
        changed += 1
    return changed


def _subjectless_question(sent: Sentence, question_marks: frozenset[str]) -> tuple[Token, Token] | None:
    """(auxiliary, verb) of a yes/no question that opens with its finite auxiliary, over an
    active full verb with no subject yet; None for any other sentence."""
    if not sent or sent[-1].text not in question_marks or sent[0].pos_ != "AUX":
        return None
    aux = sent[0]
    verb = aux.head
    if (verb.i == aux.i or verb.pos_ != "VERB" or is_passive(verb)
            or _has_subject(verb.children)):
        return None
    return aux, verb


def relabel_question_opening_auxiliary(sent: Sentence, question_marks: frozenset[str], auxiliaries: frozenset[str]) -> int:
    """A yes/no question's opening auxiliary that the tagger called a full verb and the parser hung
    on the clause's participle or infinitive as one of its arguments ("Hat die syrische Armee …
    Giftgas gegen Zivilisten eingesetzt?" with "Hat" a passive subject that holds the army and the
    gas) is that verb's auxiliary: its phrases go to the verb.  So is one the parser made the root,
    with the verb its complement ("Wird Moskau die Sanktionen … aufheben?"): the verb becomes the
    root and takes the auxiliary's phrases, but for the one right after it, where the subject
    stands (`rehang_question_subject_from_auxiliary` decides).  Returns 1 or 0."""
    if len(sent) < 3 or sent[-1].text not in question_marks:
        return 0
    aux, last = sent[0], sent[-2]  # (the verb closes the question: not a finite one)
    if aux.lemma_.casefold() not in auxiliaries:
        return 0
    if aux.head.i == aux.i and aux.pos_ in ("AUX", "VERB") and last.pos_ == "VERB" and last.head.i == aux.i:
        verb = last
        verb.head, verb.dep_ = verb, "ROOT"
        for phrase in list(aux.children):
            if phrase.left_edge.i != aux.i + 1:
                phrase.head = verb
        aux.head, aux.dep_, aux.pos_ = verb, "aux", "AUX"
        return 1
    verb = aux.head
    if aux.pos_ != "VERB" or verb.i == aux.i or verb.pos_ != "VERB" or verb.head.i != verb.i or verb.i != last.i:
        return 0
    for phrase in list(aux.children):
        if phrase.pos_ in _NOMINAL or phrase.dep_ in ("advmod", "obl"):
            phrase.head = verb
    aux.dep_, aux.pos_ = "aux", "AUX"
    return 1


def rehang_question_subject_from_auxiliary(sent: Sentence, question_marks: frozenset[str]) -> int:
    """In a yes/no question that opens with the finite auxiliary, the noun phrase right after it
    that the parser hung on the auxiliary itself is the subject of the auxiliary's verb ("Wird
    der UN-Sicherheitsrat … neue Sanktionen … verhängen?" with the council a genitive of "Wird"):
    an auxiliary has no phrases of its own, and the subject follows it there.  Runs before the
    repairs that relabel or supply subjects, which would take the object.  Returns 1 or 0."""
    opening = _subjectless_question(sent, question_marks)
    if opening is None:
        return 0
    aux, verb = opening
    stuck = next((c for c in aux.children if c.left_edge.i == aux.i + 1 and c.pos_ in _NOMINAL and not case_markers(c)
                  and c.dep_ in ("nmod", "nsubj", "obj", "obl", "appos", "flat")), None)
    # (a genitive has nothing to hang on there: only a phrase shown to be an object stays)
    if stuck is None or not (_nominative_not_ruled_out(stuck) or set(phrase_cases(stuck)) <= {"Nom", "Gen"}):
        return 0
    stuck.head, stuck.dep_ = verb, "nsubj"
    return 1


def supply_question_subject(sent: Sentence, question_marks: frozenset[str]) -> int:
    """In a yes/no question that opens with the finite auxiliary, the first bare noun phrase after
    it is the subject of the clause's verb when the verb has none and nothing shows the phrase is
    an object ("Wird die EU-Kommission Ungarn … verklagen?" with "die EU-Kommission" an object):
    the subject follows the auxiliary there.  A name the parser glued to it as a bare attribute is
    the object.  Returns how many clauses were changed."""
    opening = _subjectless_question(sent, question_marks)
    if opening is None:
        return 0
    aux, verb = opening
    kids = list(verb.children)
    first = next((c for c in kids if c.i > aux.i and c.pos_ in _NOMINAL and not case_markers(c)), None)
    if first is None or first.dep_ not in ("obj", "iobj", "obl"):
        return 0
    if not (_nominative_not_ruled_out(first) or "Nom" in phrase_cases(first)):
        return 0
    first.dep_ = "nsubj"
    glued = next((c for c in first.children if c.i == first.i + 1 and c.dep_ in ("nmod", "appos", "flat") and named(c)
                  and not case_markers(c)), None)
    if glued is not None and not any(c.dep_ == "obj" for c in kids if c.i != first.i):
        glued.head, glued.dep_ = verb, "obj"
    return 1


def _written_as_lemma(verb: Token) -> bool:
    """A verb written as its lemma: its infinitive, whatever the tagger called it ("werden …
    verlegen" tagged a participle; "beraten" is both)."""
    return verb.lower_ == verb.lemma_.lower()


def relabel_active_subject(sent: Sentence) -> int:
    """A "passive subject" of a verb with no passive auxiliary but a direct object is the active
    subject ("Eine UN-Kommission untersucht Kriegsverbrechen" with "untersucht" read as a
    participle): a passive has no direct object, and nothing made the verb passive.  A headline's
    bare participle ("Protesters arrested in Cairo") has no object and stays.  Returns how many
    were relabelled."""
    changed = 0
    for subject in sent:
        if subject.dep_ != "nsubj:pass":
            continue  # (the cheap test first: most sentences have none)
        verb = subject.head
        kids = list(verb.children)
        if sum(c.dep_ == "nsubj:pass" for c in kids) != 1 or not any(c.dep_ == "obj" for c in kids):
            continue
        if any(c.dep_ in ("obl:agent", "nsubj") for c in kids):
            continue
        passive_aux = [c for c in kids if c.dep_ == "aux:pass"]
        # With a "passive" auxiliary, only a verb written as its infinitive: "Großbritannien wird
        # … Soldaten nach Estland entsenden" (tagged a participle) is the future, with an object.
        if passive_aux and not _written_as_lemma(verb):
            continue
        subject.dep_ = "nsubj"
        for aux in passive_aux:
            aux.dep_ = "aux"
        if passive_aux:
            verb.set_morph("VerbForm=Inf")  # (what the form and the object show it to be)
        changed += 1
    return changed


def relabel_subject_of_finite_verb(sent: Sentence) -> int:
    """A "passive subject" of a verb the morphology calls finite, with no auxiliary, copula or
    agent of its own, is the active subject ("Einige Abgeordnete in Washington verlangten, die
    Rebellen … zu beliefern" with "verlangten" tagged a participle; "Merkel and Hollande mediated
    between …"): a passive is made with an auxiliary, and a bare participle ("Protesters arrested
    in Cairo") is no finite form.  Returns how many were relabelled."""
    changed = 0
    for subject in sent:
        if subject.dep_ != "nsubj:pass":
            continue  # (the cheap test first: most sentences have none)
        verb = subject.head
        if verb.i == subject.i or verb.pos_ != "VERB" or not _finite(verb):
            continue
        kids = list(verb.children)
        if sum(c.dep_ == "nsubj:pass" for c in kids) != 1 or any(
                c.dep_.startswith(("aux", "cop")) or c.dep_ in ("obl:agent", "nsubj", "expl") for c in kids):
            continue
        subject.dep_ = "nsubj"
        changed += 1
    return changed


def rehang_counted_noun_from_comparative(sent: Sentence, comparatives: frozenset[str], comparison: frozenset[str]) -> int:
    """Put the counted noun back at the head of its phrase where the parser made the comparative of
    quantity the head ("haben mehr als 30 Dorfbewohner verschleppt" with "mehr" the object and the
    villagers a clause on it): the noun takes the comparative's place, the comparative and its
    comparison word hang on it.  Returns how many were moved."""
    moved = 0
    for quantity in sent:
        if quantity.lower_ not in comparatives or quantity.head.i == quantity.i or quantity.pos_ in ("VERB", "AUX"):
            continue
        counted = next((c for c in quantity.children if c.i > quantity.i and c.pos_ in _NOMINAL
                        and any(g.lower_ in comparison for g in c.children)
                        and any(g.pos_ == "NUM" for g in c.children)), None)
        if counted is None:
            continue
        dep = quantity.dep_
        if not dep.startswith(("obj", "iobj", "nsubj", "obl", "nmod")):
            # (the comparative read as the verb's adverb: what it counts is the verb's object)
            holder = quantity.head
            if holder.pos_ not in ("VERB", "AUX") or any(c.dep_ == "obj" for c in holder.children):
                continue
            dep = "obj"
        counted.head, counted.dep_ = quantity.head, dep
        quantity.head, quantity.dep_ = counted, "advmod"
        for word in [g for g in counted.children if g.lower_ in comparison]:
            word.head, word.dep_ = quantity, "case"
        moved += 1
    return moved


def rehang_counted_phrase_from_neighbour(sent: Sentence, comparatives: frozenset[str], comparison: frozenset[str]) -> int:
    """A counted phrase "mehr als 200 Zivilisten" that the parser broke apart, hanging the noun on
    a noun before it — as its conjunct with "als" for the coordinator ("in der Umgebung von Mossul
    mehr als 200 Zivilisten hingerichtet") or as a case marker ("mehr als 200.000 syrischen
    Flüchtlingen Schutz gewährt") — is one phrase, and the argument of its clause's verb: its
    object, or its indirect object where the verb has one (a bare noun the phrase was hung on as
    a case marker is then that object, the phrase before it the recipient).  The comparative, its
    comparison word and the number hang on the noun.  Returns how many were moved."""
    moved = 0
    for k, quantity in enumerate(sent[:-3]):
        if quantity.lower_ not in comparatives or sent[k + 1].lower_ not in comparison or sent[k + 2].pos_ != "NUM":
            continue
        end = k + 3
        while end < len(sent) - 1 and sent[end].pos_ == "ADJ":
            end += 1
        counted = sent[end]
        if counted.pos_ not in ("NOUN", "PROPN") or quantity.head.i == counted.i:
            continue
        holder = counted.head
        if (holder.i == quantity.head.i and holder.pos_ == "VERB" and counted.dep_ == "obl"
                and [c.i for c in counted.children if c.dep_ == "case"] == [sent[k + 1].i]):
            # (both on the verb, the comparison word made the noun's preposition: "massakrierten
            # mehr als 80 Dorfbewohner" with the villagers an oblique "als 80 Dorfbewohner")
            verb = holder
        elif holder.pos_ not in _NOMINAL or not (counted.dep_ == "case" or (counted.dep_ == "conj" and holder.i < quantity.i)):
            continue  # (a noun is no case marker; nor is "als" a coordinator; other breaks are mended elsewhere)
        else:
            verb = _verb_above(holder)
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if counted.dep_ == "case" and holder.head.i == verb.i and holder.dep_ in ("obl", "nmod") and not any(
                c.dep_ == "case" and c.i != counted.i for c in holder.children):
            # (the bare noun it was hung on is the direct object, the counted phrase before it
            # the recipient: "200.000 Flüchtlingen Schutz gewährt")
            holder.dep_ = "obj"
        counted.head, counted.dep_ = verb, _object_label(verb)
        quantity.head, quantity.dep_ = counted, "advmod"
        sent[k + 1].head, sent[k + 1].dep_ = quantity, "case"
        sent[k + 2].head, sent[k + 2].dep_ = counted, "nummod"
        for adjective in sent[k + 3:end]:
            adjective.head, adjective.dep_ = counted, "amod"
        moved += 1
    return moved


def relabel_comma_conjunct_as_apposition(sent: Sentence) -> int:
    """A noun's only conjunct, set off by commas on both sides, with no coordinating word in the
    list and the clause going on after it, is an apposition: "Der Iran, wichtigster Verbündeter
    von Damaskus, hat …" renames Iran, it adds no second actor (a list has its "und": "Russland,
    China und Iran").  Returns how many were relabelled."""
    changed = 0
    for conj in sent:
        if conj.dep_ != "conj" or conj.pos_ not in _NOMINAL:
            continue
        head = conj.head
        members = [c for c in head.children if c.dep_ == "conj"]
        # (a list goes on inside its conjunct when the parser chains it: "Russland, die Ukraine,
        # Deutschland und Frankreich")
        if len(members) != 1 or head.i > conj.i or any(t.dep_ in ("cc", "conj") for t in conj.subtree if t.i != conj.i):
            continue
        doc = conj.doc
        words = [t.i for t in conj.subtree if not t.is_punct]  # (the parser may give it its commas)
        if not words:
            continue  # (a dash the tagger called a noun)
        before, after = words[0] - 1, words[-1] + 1
        if before <= head.i or after + 1 >= len(doc) or doc[before].text != "," or doc[after].text != ",":
            continue
        if doc[after + 1].pos_ not in ("VERB", "AUX", "ADV", "PART"):
            continue  # (the clause goes on after it, not the list: "Russland, die Ukraine, Deutschland …")
        conj.dep_ = "appos"
        changed += 1
    return changed


def rehang_conjunct_of_genitive(sent: Sentence) -> int:
    """A conjunct the parser hung on a genitive attribute whose own article shows no genitive is a
    conjunct of the noun the genitive belongs to: "Die Regierung des Südsudans und die Rebellen
    haben sich … verständigt" coordinates the government and the rebels, not Sudan and the
    rebels.  Returns how many were moved."""
    moved = 0
    for conj in sent:
        if conj.dep_ != "conj" or conj.pos_ not in _NOMINAL or case_markers(conj):
            continue
        genitive = conj.head
        owner = genitive.head
        if genitive.dep_ != "nmod" or owner.i == genitive.i or owner.pos_ not in _NOMINAL or case_markers(genitive):
            continue
        if "Gen" not in phrase_cases(genitive) or not any(c.dep_ == "det" for c in conj.children):
            continue
        shown = phrase_cases(conj)
        if not shown or "Gen" in shown:
            continue
        conj.head = owner
        moved += 1
    return moved


def rehang_conjunct_of_titled_name(sent: Sentence) -> int:
    """A titled person the parser coordinated with the name of the titled person before it is a
    conjunct of that person's title, the phrase's head: "US-Präsident Barack Obama und Kremlchef
    Wladimir Putin haben … gesprochen" coordinates the two leaders, with "Kremlchef" hung on
    "Barack".  The name parts after it that the parser hung on the first name ("Wladimir") name
    it.  Only a conjunct that is a common noun (a title), after the name.  Returns how many were
    moved."""
    moved = 0
    for conj in sent:
        if conj.dep_ != "conj" or conj.pos_ != "NOUN" or case_markers(conj):
            continue
        name = conj.head
        title = name.head
        if name.dep_ not in _NAME_LINKS or name.pos_ != "PROPN" or not title.i < name.i < conj.i or title.pos_ != "NOUN":
            continue
        conj.head = title
        part = next((c for c in name.children if c.dep_ in _NAME_LINKS and c.i > conj.i), None)
        if part is not None:
            part.head, part.dep_ = conj, "appos"
        moved += 1
    return moved


def swap_subject_shown_oblique(sent: Sentence) -> int:
    """A "subject" whose article shows it is not nominative, beside an object that may be, is the
    object, and that object the subject: "Der Regierung in Caracas warf die Opposition vor" has
    the government (feminine "der": dative or genitive) fronted and the opposition acting.  Case
    decides roles where the word order does not; only a verb with one of each, no passive, no
    preposition on either, the "subject" before the verb and the object after it (the fronted
    object of a verb-second clause).  Returns how many clauses were changed."""
    changed = 0
    for subject in sent:
        if subject.dep_ != "nsubj" or subject.pos_ not in _NOMINAL or case_markers(subject):
            continue
        verb = subject.head
        kids = [c for c in verb.children if c.i != subject.i]
        objects = [c for c in kids if c.dep_ == "obj"]
        if (verb.i == subject.i or len(objects) != 1 or any(c.dep_.startswith(("nsubj", "aux:pass", "obl:agent")) for c in kids)
                or objects[0].pos_ not in _NOMINAL or case_markers(objects[0])):
            continue
        # (what the article allows with the noun's gender or number, and the tagger's case for the
        # noun agreeing: a dative or accusative — "Der Sudan" tagged feminine and genitive is
        # the subject all the same)
        shown = article_shown(subject)
        tagged = set(subject.morph.get("Case"))
        if not shown or "Nom" in shown or not tagged or not tagged <= {"Dat", "Acc"} & set(shown):
            continue
        if not (_nominative_not_ruled_out(objects[0]) or "Nom" in article_shown(objects[0])):
            continue
        if not subject.i < verb.i < objects[0].i:
            continue  # (the fronted object, the verb second, its subject after it)
        subject.dep_ = "iobj" if "Dat" in shown else "obj"
        objects[0].dep_ = "nsubj"
        changed += 1
    return changed


def _plural_before_singular_verb(phrase: Token, finite: Token) -> bool:
    """A plural noun phrase, no conjunct on it, before a singular finite verb: not its subject.
    Only a phrase with an article, adjective or number, whose plural the tagger read off more
    than the noun ("Ungarn" alone is tagged a plural noun as often as a country)."""
    return (phrase.pos_ == "NOUN" and "Number=Plur" in phrase.morph and phrase.i < finite.i and "Number=Sing" in finite.morph
            and not any(c.dep_ == "conj" for c in phrase.children)
            and any(c.dep_ in ("det", "amod", "nummod") for c in phrase.children))


def swap_subject_disagreeing_in_number(sent: Sentence) -> int:
    """A plural "subject" before a singular finite verb, beside a singular object after it that
    may be nominative, is the fronted object, and that object the subject: "Armenische Stellungen
    beschoss die aserbaidschanische Armee" — "beschoss" is singular, so the army fires.  The verb
    agrees with its subject in number where neither article nor ending shows case; only a verb
    with one of each, no passive, no preposition or conjunct on either, and the plural phrase's
    accusative not ruled out.  Returns how many clauses were changed."""
    changed = 0
    for subject in sent:
        if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or case_markers(subject):
            continue
        verb = subject.head
        kids = [c for c in verb.children if c.i != subject.i]
        finite = next((c for c in kids if c.dep_ == "aux" and _finite(c)), verb)
        if verb.i == subject.i or verb.pos_ not in ("VERB", "AUX") or not _finite(finite) or "Number=Sing" not in finite.morph:
            continue
        if not _plural_before_singular_verb(subject, finite):
            continue
        objects = [c for c in kids if c.dep_ == "obj"]
        if len(objects) != 1 or _has_subject(kids) or any(c.dep_.startswith(("aux:pass", "obl:agent")) for c in kids):
            continue
        obj = objects[0]
        if (obj.i < finite.i or obj.pos_ != "NOUN" or case_markers(obj) or "Number=Sing" not in obj.morph
                or any(c.dep_ == "conj" for c in obj.children)):
            continue
        if not (_case_unshown(subject) or "Acc" in article_shown(subject)) or not _nominative_not_ruled_out(obj):
            continue
        subject.dep_, obj.dep_ = "obj", "nsubj"
        changed += 1
    return changed


def relabel_future_auxiliary(sent: Sentence, future_aux: frozenset[str], agent_preps: frozenset[str]) -> int:
    """A verb written as its infinitive under a present-tense future auxiliary that the parser
    labelled passive, with a subject and no agent, is the future: "Nächste Woche wird der
    ägyptische Präsident … mit der sudanesischen Führung beraten" ("beraten" is infinitive and
    participle alike) plans a meeting, it reports no one being advised.  `agent_preps` are the
    passive agent's prepositions ("von", "durch"); a phrase with one keeps the passive.  Returns how
    many were relabelled."""
    changed = 0
    for verb in sent:
        if verb.pos_ != "VERB" or not _written_as_lemma(verb):
            continue
        kids = list(verb.children)
        auxiliaries = [c for c in kids if c.dep_ == "aux:pass" and c.lemma_.lower() in future_aux
                       and "Tense=Past" not in c.morph and "VerbForm=Part" not in c.morph]
        if len(auxiliaries) != 1 or not any(c.dep_ == "nsubj" for c in kids):
            continue
        if any(c.dep_ == "obl:agent" or (c.dep_ == "obl" and case_markers(c) & agent_preps) for c in kids):
            continue
        auxiliaries[0].dep_ = "aux"
        verb.set_morph("VerbForm=Inf")
        changed += 1
    return changed


def relabel_passive_subject(sent: Sentence) -> int:
    """The one subject of a verb with a passive auxiliary and no object is its passive subject,
    whatever the label: "Dutzende Journalisten sind … festgenommen worden", "Wurde der
    Oppositionsführer … verhaftet?" with the journalists and the leader labelled active subjects,
    so that the roles of a passive lost the one acted upon (the tagger may call the participle
    finite: "verhaftet").  A verb written as its infinitive is the future ("werden … verlegen"),
    not a passive.  Returns how many were relabelled."""
    changed = 0
    for verb in sent:
        if verb.pos_ != "VERB" or "VerbForm=Inf" in verb.morph:
            continue
        kids = list(verb.children)
        if not any(c.dep_ == "aux:pass" for c in kids) or any(c.dep_ in ("nsubj:pass", "obj") for c in kids):
            continue
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        if len(subjects) == 1 and not _written_as_lemma(verb):
            subjects[0].dep_ = "nsubj:pass"
            changed += 1
    return changed


def rehang_agent_phrase_to_subject(sent: Sentence, agent_preps: frozenset[str]) -> int:
    """An agent-preposition phrase that the parser hung on an active verb right after the verb's
    subject ("massakrierten Kämpfer von Boko Haram … Hunderte Einwohner" with "von Boko Haram"
    on the verb) belongs to the subject: an active verb has no agent phrase.  Returns how many
    were moved."""
    moved = 0
    for phrase in sent:
        if phrase.dep_ != "obl" or phrase.pos_ not in ("NOUN", "PROPN"):
            continue  # (the cheap test first)
        verb = phrase.head
        if not case_markers(phrase) & agent_preps or not verb_like(verb):
            continue
        kids = list(verb.children)
        subject = next((c for c in kids if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i + 1 == phrase.left_edge.i), None)
        if subject is None or any(c.dep_ in ("aux:pass", "nsubj:pass") for c in kids):
            continue
        phrase.head, phrase.dep_ = subject, "nmod"
        moved += 1
    return moved


def rehang_noun_from_punctuation(sent: Sentence) -> int:
    """A noun the parser hung on a punctuation mark ("weigerte sich, UN-Ermittlern die Einreise …
    zu erlauben" with "UN-Ermittlern" under the comma) belongs to the verb the mark hangs on: its
    indirect object where the verb has a direct one after it (the recipient comes first), else its
    object.  Returns how many were moved."""
    moved = 0
    for noun in sent:
        if noun.pos_ not in ("NOUN", "PROPN") or not noun.head.is_punct or noun.head.i == noun.i:
            continue
        verb = noun.head.head
        if not verb_like(verb) or case_markers(noun):
            continue
        later_object = any(c.dep_ == "obj" and c.i > noun.i for c in verb.children)
        noun.head, noun.dep_ = verb, "iobj" if later_object else "obj"
        moved += 1
    return moved


def relabel_infinitive_recipient(sent: Sentence, marks: frozenset[str]) -> int:
    """Of two bare direct objects before an infinitive with its mark, the first is whom the thing
    is given ("weigert sich, den Separatisten mehr Autonomie zu gewähren"): a clause has one
    direct object, and the recipient comes first.  Returns how many were relabelled."""
    changed = 0
    for verb in sent:
        if verb.n_lefts < 3 or verb.dep_ not in ("xcomp", "advcl", "ccomp") or verb.pos_ != "VERB":
            continue  # (the cheap test first: the mark and two objects before it)
        kids = list(verb.children)
        objects = [c for c in kids if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i and not case_markers(c)]
        if len(objects) != 2 or any(c.dep_ == "iobj" for c in kids) or not _zu_infinitive(verb, marks):
            continue
        first, second = objects
        if any(t.is_punct for t in verb.doc[first.i:second.i]):
            continue
        first.dep_ = "iobj"
        changed += 1
    return changed


def relabel_given_to(sent: Sentence) -> int:
    """A bare name labelled the direct object, before the thing given, is whom it is given to —
    the indirect object: "China hat Pakistan einen Kredit zugesagt" with two objects, or "Die EU
    hat Kuba humanitäre Hilfe zugesagt" with "Hilfe" a second subject (a clause has one subject:
    the later common noun is the direct object).  A second subject whose article shows it
    nominative ("der Präsident") is left alone, as is a verb with one object.  Returns how many
    clauses were changed."""
    changed = 0
    for verb in sent:
        if verb.n_lefts + verb.n_rights < 3 or verb.pos_ not in ("VERB", "AUX"):
            continue  # (the cheap test first: a subject, a name and the thing given)
        kids = list(verb.children)
        objects = [c for c in kids if c.dep_ == "obj"]
        if not objects or not caseless_name(objects[0]):
            continue
        given_to = objects[0]
        subjects = [c for c in kids if c.dep_ == "nsubj"]
        if not subjects or subjects[0].i > given_to.i:
            continue  # (a name before the subject, or with none, may be the subject itself: "Fordert Berlin …?")
        if len(objects) == 2 and len(subjects) == 1:
            thing = objects[1]
        else:
            if len(subjects) != 2 or len(objects) != 1:
                continue
            thing = subjects[1]
            if _article_only_nominative(thing):
                continue
        if thing.pos_ != "NOUN" or thing.i < given_to.i or caseless_name(thing):
            continue
        if any(t.is_punct for t in verb.doc[given_to.i:thing.i]) or (given_to.i < verb.i) != (thing.i < verb.i):
            continue  # (both in the verb's clause, on the same side of it: "…, berichteten Diplomaten" is another clause)
        thing.dep_, given_to.dep_ = "obj", "iobj"
        changed += 1
    return changed


def supply_subordinate_subject(sent: Sentence) -> int:
    """A verb-final subordinate clause ("…, wenn die Kurden vorrücken") with no subject and one
    bare phrase before its verb labelled object, which nothing shows to be one: that phrase is
    the subject (the clause would otherwise borrow its main clause's: "Die Türkei würde Syrien
    angreifen, wenn die Kurden vorrücken" is no Turkish advance).  Returns how many clauses
    were changed."""
    changed = 0
    for verb in sent:
        if not verb.n_lefts or verb.pos_ != "VERB":
            continue
        kids = list(verb.children)
        if not any(c.dep_ == "mark" for c in kids) or _has_subject(kids) or is_passive(verb):
            continue
        # (finite, or opened by a conjunction with no infinitive particle — the tagger takes
        # "vorrücken" for an infinitive —: an infinitive clause, "um die Autos zu bauen", has no
        # subject of its own)
        conjunction = any(c.dep_ == "mark" and c.pos_ == "SCONJ" for c in kids) and not any(c.dep_ == "mark" and c.pos_ == "PART" for c in kids)
        if not (_finite(verb) or conjunction or any(c.dep_.startswith("aux") and _finite(c) for c in kids)):
            continue
        # (the only bare phrase before the verb: with two, the parser may have mislabelled the other)
        bare = [c for c in kids if c.i < verb.i and c.pos_ in _NOMINAL and not case_markers(c)]
        objects = [c for c in bare if c.dep_ in ("obj", "iobj")]
        if len(bare) != 1 or len(objects) != 1 or any(c.dep_ in ("obj", "iobj") and c.i > verb.i for c in kids):
            continue
        phrase = objects[0]
        if _case_unshown(phrase) or _article_may_be_nominative(phrase) or "Nom" in phrase_cases(phrase):
            phrase.dep_ = "nsubj"
            changed += 1
    return changed


def relabel_nominative_oblique(sent: Sentence) -> int:
    """A phrase without a preposition labelled an oblique of a verb that has no subject but an
    object, whose article may be nominative, is that verb's subject ("…, die Soldaten hätten 20
    Rebellen getötet" with "die Soldaten" an oblique argument): an oblique without a preposition is
    a dative or a time, the object is taken, and the article can be neither dative nor genitive.
    Returns how many were relabelled."""
    changed = 0
    for phrase in sent:
        if phrase.dep_ not in ("obl", "obl:arg") or phrase.pos_ not in ("NOUN", "PROPN") or phrase.head.i == phrase.i:
            continue
        verb = phrase.head
        if verb.pos_ != "VERB" or phrase.i > verb.i or case_markers(phrase):
            continue
        kids = list(verb.children)
        if _has_subject(kids) or not any(c.dep_ == "obj" and c.i != phrase.i for c in kids):
            continue
        shown = article_shown(phrase)
        if not (_nominative_article(phrase) or ("Nom" in shown and "Dat" not in shown and "Gen" not in shown)):
            continue
        phrase.dep_ = "nsubj"
        changed += 1
    return changed


def _nominative_article(phrase: Token) -> bool:
    """An article tagged nominative in a gender whose form is only nominative, where the noun's
    own gender tag says otherwise ("Der UN-Sicherheitsrat" with the compound tagged feminine, so
    that "der" would be dative or genitive): the article agrees with its noun in the parser's
    reading of the whole phrase, the tag of a rare noun alone is a guess.  (Only for a phrase
    the parser did not make the subject itself: an article's tag can be wrong too — "Der Regierung
    in Caracas warf die Opposition vor" with "Der" tagged masculine nominative.)"""
    article = next((c for c in phrase.children if c.dep_ == "det"), None)
    if article is None or "Case=Nom" not in article.morph:
        return False
    table = article_cases(phrase.lang_).get(article.lower_) or {}
    genders = article.morph.get("Gender")
    return len(genders) == 1 and table.get(genders[0], ()) == ("Nom",) and "Number=Plur" not in article.morph


def split_name_read_as_compound(sent: Sentence) -> int:
    """A name the parser made the compound modifier of the noun after it, written apart from it,
    in the subject after a verb that has no object, is the subject and the noun the object: "Am
    Montag verhängte die EU Sanktionen gegen Russland" read as one phrase "die EU Sanktionen".
    Such a compound is written with a hyphen ("EU-Sanktionen"); a name and a noun side by side
    after a fronted phrase are the inverted subject and the object.  The article before the name
    is the name's.  Returns how many phrases were split."""
    split = 0
    for name in sent:
        noun = name.head
        if name.dep_ != "compound" or name.pos_ != "PROPN" or noun.i != name.i + 1 or not name.whitespace_:
            continue
        verb = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or verb.i > name.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("obj", "nsubj:pass", "csubj") or (c.dep_ == "nsubj" and c.i != noun.i) for c in verb.children):
            continue
        for det in [c for c in noun.children if c.dep_ == "det" and c.i < name.i]:
            det.head = name
        name.head, name.dep_ = verb, "nsubj"
        noun.dep_ = "obj"
        split += 1
    return split


def detach_noun_from_name(sent: Sentence, r: LanguageRules) -> int:
    """A noun the patterns name (a noun trigger, or an object a verb pattern asks for) that the
    parser glued to the name before it as that name's last word is the clause verb's object
    ("hat im Streit um den Zugang zum Pazifik Klage gegen Chile eingereicht" with "Pazifik Klage"
    one name; "in der Provinz Hama Chlorgas gegen Zivilisten eingesetzt"): names of places and
    seas do not end in a lawsuit or a gas.  So is one hung as the apposition of the noun of a
    prepositional phrase right before it ("in mindestens zwei Fällen Chlorgas gegen Zivilisten
    eingesetzt"): cases are not named by a gas.  Only where the verb has no object, or no subject
    (the parser's object may then be the subject).  Returns how many were moved."""
    moved = 0
    for noun in sent:
        if noun.head.i != noun.i - 1 or not (
                (noun.dep_ in ("flat", "flat:name") and noun.head.pos_ == "PROPN")
                or (noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN") and case_markers(noun.head))):
            continue
        named = pattern_nouns(r)
        if noun.lower_ not in named and noun.lemma_.casefold() not in named:
            continue
        if not r.grammar.capitalised_nouns and noun.text[:1].isupper():
            continue  # (where common nouns are written small, a capital is a name's: "Tom King")
        verb = _verb_above(noun.head)
        if verb.pos_ != "VERB" or verb.i < noun.i:
            continue  # (the object of a clause-final verb: the name and the noun come before it)
        kids = list(verb.children)
        if any(c.dep_ == "obj" for c in kids) and any(c.dep_.startswith("nsubj") for c in kids):
            continue
        noun.head, noun.dep_, noun.pos_ = verb, "obj", "NOUN"
        if noun.morph.get("Case"):
            # (the case it was tagged with is the name's; an object's is the accusative, and the
            # verb's other phrase, if the parser made it an object, may then be its subject)
            noun.set_morph({**noun.morph.to_dict(), "Case": "Acc"})
        # The phrase right after it, which the parser could only hang on a word before the name,
        # is the noun's ("Klage gegen Chile", "Chlorgas gegen Zivilisten").
        marker = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if marker is not None and marker.dep_ == "case" and marker.head.i > marker.i:
            phrase = marker.head
            if phrase.dep_ in ("nmod", "obl") and phrase.head.i < noun.i and phrase.head.i != verb.i:
                phrase.head, phrase.dep_ = noun, "nmod"
        moved += 1
    return moved


def rehang_event_noun_to_light_verb(sent: Sentence, r: LanguageRules) -> int:
    """A noun event the parser hung as an apposition or name part on some noun before it, in a
    clause whose final verb is a light verb without an object, is that verb's object ("haben
    Soldaten … im Bundesstaat Rakhine Massaker an Zivilisten verübt" with "Massaker" an apposition
    of "Nationen"): a light verb's object is the act it performs.  Returns how many were moved."""
    moved = 0
    light = r.grammar.light_verbs
    for noun in sent:
        if noun.dep_ not in ("appos", "flat", "flat:name") or noun.pos_ != "NOUN" or noun.head.i > noun.i:
            continue
        verb = _verb_above(noun.head)
        if verb.pos_ != "VERB" or verb.i < noun.i or set(verb_keys(verb, r.grammar)).isdisjoint(light):
            continue
        if any(c.dep_ == "obj" for c in verb.children) or match(noun, r) is None:
            continue
        noun.head, noun.dep_ = verb, "obj"
        moved += 1
    return moved


def rehang_event_noun_from_phase_noun(sent: Sentence, r: LanguageRules) -> int:
    """A noun event governed by a noun for its start or continuation (the language's
    `phase_nouns`) that is the object of a light verb is that verb's object: "kündigten den
    Beginn offizieller Friedensverhandlungen an", "beschloss die Aufnahme von Gesprächen" announce
    and decide the talks, which are the subject's, as "kündigten Friedensverhandlungen an" — the
    phase noun goes under the act it times.  Only a genitive or a "von"-phrase: "den Beginn der
    Gespräche", not "den Beginn nach der Wahl".  Returns how many were moved."""
    phases = frozenset(w.casefold() for w in r.grammar.phase_nouns)
    light = frozenset(r.grammar.light_verbs)  # (case-folded on load, as the verb's keys)
    moved = 0
    for phase in sent:
        if phase.dep_ != "obj" or not phases.intersection(lemmas(phase)):
            continue
        verb = phase.head
        if verb.i == phase.i or not verb_like(verb) or set(verb_keys(verb, r.grammar)).isdisjoint(light):
            continue
        act = next((c for c in phase.children if c.dep_ in ("nmod", "nmod:poss") and c.i > phase.i
                    and case_markers(c) <= {"von"} and match(c, r) is not None), None)
        if act is None:
            continue
        act.head, act.dep_ = verb, "obj"
        phase.head, phase.dep_ = act, "nmod"
        moved += 1
    return moved


def swap_mutual_event_subject(sent: Sentence, r: LanguageRules) -> int:
    """In a reflexive clause, a subject that is a mutual event noun (a fight, talks) and an object
    that names who takes part trade labels ("Im Südsudan lieferten sich Regierungstruppen und
    Rebellen schwere Gefechte" with the fighting the subject): the sides give each other the
    fight, the fight gives nothing.  Returns how many were swapped."""
    swapped = 0
    for verb in sent:
        if verb.pos_ != "VERB" or not (verb.n_lefts or verb.n_rights):
            continue
        kids = list(verb.children)
        if not any(c.pos_ == "PRON" and "Reflex=Yes" in c.morph for c in kids):
            continue
        subjects = [c for c in kids if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        objects = [c for c in kids if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") and "Reflex=Yes" not in c.morph]
        if len(subjects) != 1 or len(objects) != 1 or objects[0].i > subjects[0].i:
            continue  # (the sides come first: "Der Zusammenstoß ereignete sich … Uhr" is the event's own clause)
        entry = match(subjects[0], r)
        if entry is None or not entry.mutual or match(objects[0], r) is not None:
            continue
        subjects[0].dep_, objects[0].dep_ = "obj", "nsubj"
        swapped += 1
    return swapped


def relabel_titled_name_oblique(sent: Sentence) -> int:
    """A title with a name after it and neither article nor preposition, labelled an oblique before
    a verb that has no subject, is that verb's subject ("UN-Generalsekretär Ban Ki-moon appellierte
    an Russland …" with the Secretary-General an oblique): an office with its holder's name is
    who acts, not a time or a bare dative.  Returns how many were relabelled."""
    changed = 0
    for phrase in sent:
        # (a compound title the tagger knows not may come tagged an interjection or foreign word)
        if phrase.dep_ != "obl" or phrase.pos_ not in ("NOUN", "INTJ", "X") or phrase.head.i == phrase.i or phrase.i > phrase.head.i:
            continue
        verb = phrase.head
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("case", "det", "det:poss") for c in phrase.children):
            continue
        if not any(c.dep_ in ("appos", "flat", "flat:name") and c.pos_ == "PROPN" and c.i == phrase.i + 1 for c in phrase.children):
            continue
        if _has_subject(verb.children):
            continue
        phrase.dep_ = "nsubj"
        changed += 1
    return changed


def _article_only_nominative(phrase: Token) -> bool:
    """An article whose form is nominative and not accusative ("der Präsident"), by the language's
    `article_cases`."""
    shown = article_shown(phrase)
    return "Nom" in shown and "Acc" not in shown


def _article_may_be_nominative(phrase: Token) -> bool:
    """An article whose form is nominative as well as accusative ("die israelische Armee"), by the
    language's `article_cases`: only the tagger's guess says object."""
    shown = article_shown(phrase)
    return "Nom" in shown and "Acc" in shown


def _nominative_not_ruled_out(phrase: Token) -> bool:
    """Nothing shows the phrase is not the subject: no case shows at all, or its article may be
    nominative as well as accusative."""
    return _case_unshown(phrase) or _article_may_be_nominative(phrase)


def _case_unshown(phrase: Token) -> bool:
    """A name, or a noun without article, preposition or adjective ("Ungarn"), or one whose only
    adjectives end in -e ("syrische Flüchtlinge", "Saudische Kriegsschiffe", "syrische Armee"):
    without an article, that ending is nominative and accusative alike, whatever case — or
    number — the tagger guessed."""
    if caseless_name(phrase):
        return True
    if phrase.pos_ != "NOUN" or case_markers(phrase) or any(c.dep_ in ("det", "det:poss") or c.pos_ in ("DET", "ADP") for c in phrase.children):
        return False
    adjectives = [c for c in phrase.children if c.dep_ == "amod"]
    return all(a.lower_.endswith("e") for a in adjectives)


def rehang_false_copula(sent: Sentence, copulas: frozenset[str], marks: frozenset[str] = frozenset()) -> int:
    """Mend a verb labelled copula that no copula lemma is: a perfect auxiliary ("haben").
    Hung on a noun that is an argument of the clause's participle ("Brasilien hat die Auslieferung
    … abgelehnt" with "hat" the copula and "Brasilien" the subject of "Auslieferung"), it becomes
    that verb's auxiliary and the noun's subject the verb's; hung on a participle the tagger
    called an adjective ("Peking anerkannt hatten"), that word is the verb.  A full verb made the
    copula of the sentence's root name, or of a name the root infinitive governs (`marks`: the
    infinitive's marks), is the root.  Returns how many."""
    if not copulas:
        return 0
    moved = 0
    for aux in sent:
        if aux.dep_ != "cop" or aux.lemma_.lower() in copulas:
            continue
        pred = aux.head
        verb = pred.head
        if _copula_of_second_conjunct(aux, pred, marks):
            moved += 1
            continue
        # "Berlin drängte Athen, … umzusetzen" with "drängte" the copula of "Athen" and the
        # infinitive the root: the full verb governs the infinitive, it is none's auxiliary.
        governing_infinitive = (aux.pos_ == "VERB" and pred.pos_ in _NOMINAL and verb.dep_ == "ROOT" and verb.i > pred.i
                                and verb.pos_ == "VERB" and _zu_infinitive(verb, marks))
        if pred.pos_ in _NOMINAL and verb.pos_ == "VERB" and verb.i != pred.i and aux.i < verb.i and not governing_infinitive:
            aux.head, aux.dep_, aux.pos_ = verb, "aux", "AUX"
            own = [c for c in pred.children if c.dep_ == "nsubj"]
            if not any(c.dep_.startswith("nsubj") for c in verb.children):
                for subject in own:
                    subject.head = verb
            elif own and pred.dep_ == "nsubj" and own[0].i < aux.i < pred.i:
                # The "predicate" was the verb's subject with a subject of its own before the
                # auxiliary ("Die indische Regierung könnte Sri Lanka … unterstützen" with "Sri
                # Lanka" the subject and "könnte" its copula): the first phrase is the subject, the
                # one after the auxiliary the object.
                for subject in own:
                    subject.head = verb
                pred.dep_ = "obj"
            moved += 1
        elif pred.pos_ == "ADJ":
            aux.dep_, aux.pos_ = "aux", "AUX"
            pred.pos_ = "VERB"
            moved += 1
        elif aux.pos_ == "VERB" and pred.pos_ in _NOMINAL and (pred.head.i == pred.i or governing_infinitive):
            # A full verb made the copula of the sentence's root name ("Washington drängte
            # Peking, …" with "Peking" the root): the verb is the root, the name its argument,
            # and the clause's phrases the parser hung on the name are the verb's.
            aux.head, aux.dep_ = aux, "ROOT"
            if governing_infinitive:
                verb.head, verb.dep_ = aux, "xcomp"
            for phrase in [c for c in pred.children if c.i != aux.i]:
                crosses = (phrase.i < aux.i) != (pred.i < aux.i)  # (the verb between: no part of the name)
                if phrase.dep_ in _PHRASE_PARTS and not crosses:
                    continue
                phrase.head = aux
                if crosses and phrase.dep_ in _PHRASE_PARTS and phrase.pos_ in _NOMINAL:
                    phrase.dep_ = "obl" if case_markers(phrase) else ("nsubj" if phrase.i < aux.i else "obj")
            pred.head, pred.dep_ = aux, ("obj" if pred.i > aux.i else "nsubj")
            moved += 1
    return moved


def _copula_of_second_conjunct(aux: Token, pred: Token, marks: frozenset[str]) -> bool:
    """"Washington drängte Neu-Delhi und Islamabad, … Zurückhaltung zu üben" read as one subject
    "Washington Neu-Delhi und Islamabad" of the root infinitive, with "drängte" the copula of the
    second conjunct: the full verb between the two names is the root, the name before it its
    subject, the name after it (with its own conjuncts) its object, the infinitive its complement.
    Mends the tree and says whether it did."""
    if aux.pos_ != "VERB" or pred.pos_ not in _NOMINAL or pred.dep_ != "conj":
        return False
    first = pred.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    infinitive = first.head
    if not (first.pos_ in _NOMINAL and first.dep_.startswith("nsubj") and first.i < aux.i < pred.i
            and infinitive.dep_ == "ROOT" and infinitive.pos_ == "VERB" and infinitive.i > pred.i
            and _zu_infinitive(infinitive, marks)):
        return False
    aux.head, aux.dep_ = aux, "ROOT"
    infinitive.head, infinitive.dep_ = aux, "xcomp"
    first.head, first.dep_ = aux, "nsubj"
    pred.head, pred.dep_ = aux, "obj"
    return True


# What belongs to a noun phrase itself, not to the clause around it.
_PHRASE_PARTS = frozenset({"det", "det:poss", "amod", "nmod", "nmod:poss", "appos", "flat", "flat:name", "compound", "case", "nummod",
                         "conj", "cc"})


def rehang_stray_object(sent: Sentence) -> int:
    """Put an object the parser hung on the subject or inside an oblique back on the verb ("Mit
    scharfen Worten kritisierte der französische Präsident die Politik Chinas" with "die Politik"
    under "Präsident"; "traf am Rande des Gipfels seinen Amtskollegen" with "Amtskollegen" under
    "Gipfels"): a noun phrase with an article and no preposition that is no genitive cannot
    modify a noun, so after the verb it is the verb's object.  Only a verb without one; beside
    an object, a phrase whose article shows only the dative is whom the verb's act is for ("Wird
    Obama den syrischen Rebellen Raketen liefern?" with "den Rebellen" under "Obama"), its
    indirect object.  A verb whose only object comes first and may be nominative, with no subject,
    has that object for its subject and the stray phrase for its object ("haben die Regierung und
    die FARC in Cartagena ein Abkommen unterzeichnet" with "die Regierung" the object and "ein
    Abkommen" under "Cartagena").  Returns how many were moved."""
    moved = 0
    for verb in sent:
        kids = [c.dep_ for c in verb.children]
        if verb.pos_ != "VERB" or "ccomp" in kids or "xcomp" in kids or ("obj" in kids and "iobj" in kids):
            continue
        subject_taken = _subject_read_as_object(verb)
        if subject_taken is not None:
            kids.remove("obj")
        wanted = "iobj" if "obj" in kids else "obj"
        # (after the verb, or in the middle field between its auxiliary and the verb at the end:
        # "Haben israelische Kampfflugzeuge Ziele in Syrien bombardiert?")
        auxiliary = min((a.i for a in verb.children if a.dep_.startswith("aux") and a.i < verb.i), default=verb.i)
        for phrase in [c for c in verb.children if c.dep_ in ("nsubj", "obl") and c.pos_ in _NOMINAL]:
            stray = next((c for c in _attributes(phrase) if (c.i > verb.i or auxiliary < c.i < verb.i) and c.i > c.head.i
                          and (_not_an_attribute(c) if wanted == "obj" else _dative_only(c))), None)
            if stray is not None:
                holder = stray.head
                stray.head, stray.dep_ = verb, wanted
                if subject_taken is not None:
                    subject_taken.dep_ = "nsubj"
                for after in [c for c in holder.children if c.i > stray.i and not c.is_punct and c.i < verb.i]:
                    after.head = stray  # what followed it before the verb is the object's ("Ziele in Syrien")
                moved += 1
                break
    return moved


def rehang_bare_object_from_phrase(sent: Sentence, nouns: Container[str] = frozenset(), quantities: Container[str] = frozenset()) -> int:
    """A bare common noun (no article, no preposition) right after a prepositional phrase, hung
    on that phrase's noun as its attribute, is the object of a verb that has none: "reichten beim
    Europäischen Gerichtshof Klage ein" with "Klage" an apposition of "Gerichtshof", "legten bei der
    WTO Beschwerde ein", "warf aus Flugzeugen Lebensmittel ab", "griffen bei Tagesanbruch
    Stellungen an".  A noun's attribute after it is a genitive (which shows an article or is a
    name's), a phrase with a preposition, or a name renaming it ("im Bundesstaat Oaxaca"); a bare
    common noun is none of these, except after a word that counts or measures ("mit Hunderten
    Polizisten", "drei Tonnen Kokain": the language's `quantity_nouns`, or a noun with a
    numeral), or with an inflected adjective ("die Verlegung neuer Panzer", a genitive).  Only
    a noun the patterns name, as trigger or wanted object (lemma or compound's end), moves: a
    name the tagger called a common noun ("in der Provinz Idlib") is none.  The verb is the one
    the phrase hangs on, through the subject's or an oblique's attributes ("blockierten Lehrer im
    Bundesstaat Oaxaca wochenlang Fernstraßen").  Returns how many were moved."""
    moved = 0
    for noun in sent:
        if noun.dep_ not in ("appos", "nmod", "nmod:poss") or noun.i < noun.head.i:
            continue
        if noun.pos_ not in ("NOUN", "PROPN") or not _pattern_noun(noun, nouns):
            continue
        if any(c.dep_ in ("det", "det:poss", "case", "nummod", "flat", "flat:name") for c in noun.children) or case_markers(noun):
            continue
        if any(c.dep_ == "amod" and c.morph.get("Case") for c in noun.children):
            continue  # (an inflected adjective shows the genitive an article would: "die Verlegung neuer Panzer")
        holder = noun.head
        if holder.pos_ not in _NOMINAL or not _after_preposition(holder):
            continue  # (only after a phrase with a preposition: "die Polizei Tränengas" is another repair's)
        if any(c.dep_ == "nummod" for c in holder.children) or any(k in quantities for k in lemmas(holder)):
            continue
        # nothing between the phrase's last word and the noun's first but the phrase's own
        rest = [t for t in holder.subtree if t.i < noun.left_edge.i]
        if not rest or noun.left_edge.i != max(t.i for t in rest) + 1:
            continue
        verb = holder
        while verb.dep_ in ("nmod", "obl", "nsubj", "appos") and verb.head is not verb and verb.pos_ in _NOMINAL:
            verb = verb.head
        if verb.pos_ != "VERB" or verb is holder:
            continue
        if any(c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children) or any(c.dep_ == "aux:pass" for c in verb.children):
            continue
        noun.head, noun.dep_ = verb, "obj"
        if noun.morph.get("Case") and noun.morph.get("Case") != ["Acc"]:
            # (the tagger's case for the attribute it took the noun for: a bare object is
            # accusative, and a dative left on it makes it the verb's recipient)
            noun.set_morph(str(noun.morph).replace(f"Case={noun.morph.get('Case')[0]}", "Case=Acc"))
        moved += 1
    return moved


def _pattern_noun(noun: Token, nouns: Container[str]) -> bool:
    """Whether a lemma of the noun, or its compound lemma, is one of `nouns` or ends in one
    ("Fernstraßen" in "straße")."""
    keys = lemmas(noun)
    keys.append(compound_lemma(noun.text, noun.lang_).casefold())
    return any(k in nouns or any(k[i:] in nouns for i in range(MIN_PREFIX, len(k))) for k in keys)


def _after_preposition(noun: Token) -> bool:
    """Whether the noun heads a phrase with a preposition: its own, or one before it with only
    articles and adjectives between that the parser hung elsewhere ("beim Europäischen
    Gerichtshof" with "beim" on the adjective)."""
    if case_markers(noun):
        return True
    i = noun.left_edge.i - 1
    while i >= 0 and noun.doc[i].pos_ in ("ADJ", "DET"):
        i -= 1
    return i >= 0 and i < noun.i - 1 and noun.doc[i].pos_ == "ADP" and noun.doc[i].dep_ == "case"


def _subject_read_as_object(verb: Token) -> Token | None:
    """The verb's one object where it has no subject and the object's article may be nominative:
    the subject, should a second object turn up after it."""
    kids = list(verb.children)
    objects = [c for c in kids if c.dep_ == "obj"]
    if len(objects) != 1 or _has_subject(kids) or any(c.dep_ == "aux:pass" for c in kids):
        return None
    return objects[0] if objects[0].pos_ == "NOUN" and "Nom" in article_shown(objects[0]) else None


def rehang_name_as_article(sent: Sentence, genitive_endings: tuple[str, ...] = ()) -> int:
    """A name the parser made the article of the object after it is the verb's indirect object
    ("Großbritannien will Nigeria humanitäre Hilfe gewähren" with "Nigeria" a det of "Hilfe"): a
    name is never an article, and before the thing given it is whom it is given to.  So too a
    name made the attribute of the object after it that is no genitive ("Die Emirate sagten
    Ägypten neue Finanzhilfen zu" with "Ägypten" an nmod of "Finanzhilfen"): a name before its
    noun owns it only in the genitive ("Ägyptens Finanzhilfen"; `genitive_endings`, the
    language's, where it marks the genitive on names at all).  Returns how many were moved."""
    moved = 0
    for name in sent:
        if name.dep_ not in ("det", "nmod") or not (name.pos_ == "PROPN" or caseless_name(name)):
            continue  # (the cheap test first)
        thing = name.head
        if thing.i <= name.i or thing.dep_ != "obj" or not verb_like(thing.head):
            continue
        if name.dep_ == "nmod" and not (genitive_endings and _ungenitive_name_before(name, thing, genitive_endings)):
            continue
        name.head, name.dep_ = thing.head, "iobj"
        moved += 1
    return moved


def _ungenitive_name_before(name: Token, thing: Token, genitive_endings: tuple[str, ...]) -> bool:
    """A one-word name right before the phrase of `thing` (its article or adjectives between),
    with no preposition and neither tagged nor written as a genitive ("Ägypten", not
    "Ägyptens")."""
    between = name.doc[name.i + 1 : thing.i]
    return (not case_markers(name) and "Case=Gen" not in name.morph and not name.lower_.endswith(genitive_endings)
            and not any(c.dep_ != "punct" for c in name.children)
            and all(t.head.i == thing.i and t.dep_ in ("det", "amod", "nummod") for t in between))


def rehang_name_from_case_phrase(sent: Sentence) -> int:
    """A name the parser made the head of the prepositional phrase it ends is that phrase's
    apposition ("ermittelt laut der Nachrichtenagentur Anadolu gegen …" with "Anadolu" the verb's
    object and "laut der Nachrichtenagentur" its attribute): the phrase, with its preposition, is
    the verb's, and the phrases the parser hung on the name after it are the verb's too.  Returns
    how many were moved."""
    moved = 0
    for name in sent:
        if name.dep_ not in ("obj", "iobj", "nsubj") or not named(name) or case_markers(name):
            continue  # (the cheap test first)
        verb = name.head
        before = [c for c in name.children if c.i < name.i and not c.is_punct]
        if not verb_like(verb) or len(before) != 1:
            continue
        noun = before[0]
        if noun.dep_ != "nmod" or noun.pos_ != "NOUN" or noun.right_edge.i != name.i - 1 or not case_markers(noun):
            continue
        noun.head, noun.dep_ = verb, "obl"
        name.head, name.dep_ = noun, "appos"
        for later in [c for c in name.children if c.i > name.i and case_markers(c)]:
            later.head, later.dep_ = verb, "obl"
        moved += 1
    return moved


def rehang_noun_from_name(sent: Sentence) -> int:
    """A common noun the parser made part of the name before it (flat) is the verb's object, and
    a name that was then a second subject is whom it is given ("Die EU leistete Syrien Hilfe" with
    "Hilfe" a flat of "Syrien" and "Syrien" a subject beside "EU"): a common noun is no part of a
    name.  Returns how many were moved."""
    moved = 0
    for noun in sent:
        if noun.dep_ not in ("flat", "flat:name") or noun.pos_ != "NOUN":
            continue  # (the cheap test first)
        name = noun.head
        verb = name.head
        if noun.i <= name.i or name.pos_ != "PROPN" or not verb_like(verb) or name.dep_ not in ("nsubj", "obj", "iobj", "obl"):
            continue
        kids = list(verb.children)
        if any(c.dep_ == "obj" and c.i != name.i for c in kids):
            continue
        noun.head, noun.dep_ = verb, "obj"
        if name.dep_ in ("nsubj", "obj") and any(c.dep_ == "nsubj" and c.i < name.i for c in kids):
            name.dep_ = "iobj"  # (the subject is the one before it)
        moved += 1
    return moved


def rehang_noun_read_as_adjective(sent: Sentence, is_name: Callable[[Token], bool] = named) -> int:
    """A common noun labelled the adjective of the name right after it is that phrase's head and
    the name its genitive ("Die Drohungen Pjöngjangs gegen Japan verunsichern …", "Die Angriffe
    Russlands auf die Ukraine gingen weiter" with the event noun an amod of the name): a noun
    modifies no name as an adjective does.  The article before it and the name's prepositional
    phrases go to the noun.  `is_name`: what counts as a name (the tags, or — once actors are
    found — an actor's name the tagger called a common noun: "Pjöngjangs").  Returns how many
    phrases were turned."""
    turned = 0
    for noun in sent:
        if noun.dep_ != "amod" or noun.pos_ != "NOUN":
            continue  # (the cheap test first)
        name = noun.head
        if name.i != noun.i + 1 or not is_name(name):
            continue  # (a name, not a second common noun: "den Rebellen Waffen liefern" are two objects)
        moved = [c for c in name.children if c.i != noun.i and (c.i < noun.i or (c.i > name.i and case_markers(c)))]
        if name.head.i == name.i:
            noun.head, noun.dep_ = noun, "ROOT"
        else:
            noun.head, noun.dep_ = name.head, name.dep_
        for child in moved:
            child.head = noun
        name.head, name.dep_ = noun, "nmod:poss"  # (the genitive owner, whatever case the tagger gave it)
        turned += 1
    return turned


def _opening_article_never_nominative(phrase: Token) -> bool:
    """The phrase opens with an article that is not nominative in any gender ("dem", "einem"),
    wherever the parser hung it ("Dem Nachbarland Guyana" with "Dem" under "Nachbarland")."""
    lead = phrase.left_edge
    if lead.pos_ != "DET" or lead.i == phrase.i:
        return False
    table = article_cases(phrase.lang_).get(lead.lower_)
    return bool(table) and not any("Nom" in cases for cases in table.values())


def demote_second_subject(sent: Sentence) -> int:
    """Of two subjects the parser gave one verb, one before its finite form and one after, the
    second is the object when no article shows it nominative and none shows the first is not
    ("Saudische Kriegsschiffe blockieren die Häfen des Jemen" with both phrases subjects): the
    phrase before the verb is read as its subject, as in `prefer_subject_first`.  Returns how
    many clauses were changed."""
    changed = 0
    for verb in sent:
        if not verb.n_lefts or verb.pos_ not in ("VERB", "AUX"):
            continue  # (the cheap test first)
        kids = list(verb.children)
        finite = next((c for c in kids if c.dep_ == "aux" and _finite(c)), verb)
        subjects = [c for c in kids if c.dep_ == "nsubj" and c.pos_ in _NOMINAL]
        if len(subjects) != 2 or not (subjects[0].i < finite.i < subjects[1].i) or not _finite(finite):
            continue
        first, second = subjects
        if _opening_article_never_nominative(first) and _nominative_not_ruled_out(second):
            # "Dem Nachbarland Guyana drohte die Regierung …": the article that opens the first
            # phrase (on a word before its name) is never nominative, so the second is the subject.
            first.dep_ = _object_label(verb)
            changed += 1
            continue
        if not (_nominative_not_ruled_out(first) or _article_only_nominative(first)):
            continue
        if not _nominative_not_ruled_out(second):
            continue  # ("der Präsident" after the verb is its subject: the first phrase is no subject then)
        if any(named(c) for c in second.children if c.i < second.i):
            continue  # (a name glued before it is whom it is given: the role specs read that pair)
        second.dep_ = _object_label(verb)
        changed += 1
    return changed


def relabel_unlabelled_object(sent: Sentence) -> int:
    """A bare noun phrase the parser left unlabelled ("dep") on an active verb that has a subject
    and no object is its object ("Die Regierung ließ 200 politische Gefangene frei" with
    "Gefangene" a dep): a phrase without a preposition that is no genitive is one of the verb's
    arguments, and the subject is taken.  Returns how many were relabelled."""
    changed = 0
    for phrase in sent:
        if phrase.dep_ != "dep" or phrase.pos_ not in _NOMINAL:
            continue  # (the cheap test first: few words are left unlabelled)
        verb = phrase.head
        if verb.pos_ != "VERB" or verb.i == phrase.i or is_passive(verb) or case_markers(phrase) or "Gen" in phrase_cases(phrase):
            continue
        kids = list(verb.children)
        if any(c.dep_ in ("obj", "ccomp", "xcomp") for c in kids) or not any(c.dep_ == "nsubj" for c in kids):
            continue
        phrase.dep_ = "obj"
        changed += 1
    return changed


def relabel_accusative_argument(sent: Sentence) -> int:
    """A noun phrase without preposition labelled a verb's other argument ("obl:arg") whose article
    shows the accusative alone is the verb's direct object, when the verb has none ("Ein
    Scharfschütze erschoss einen Soldaten" with "einen Soldaten" read as a dative argument): the
    article's form outranks the tagger's case, and the object is where entries look for the one
    acted upon.  Returns how many were relabelled."""
    changed = 0
    for phrase in sent:
        if phrase.dep_ != "obl:arg" or phrase.pos_ not in _NOMINAL or case_markers(phrase):
            continue
        verb = phrase.head
        if verb.pos_ != "VERB" or is_passive(verb) or any(c.dep_ == "obj" for c in verb.children):
            continue
        article = next((c for c in phrase.children if c.dep_ == "det"), None)
        # (the form alone, in every gender and number: the tagger's number may be wrong too —
        # "einen Soldaten" tagged plural)
        shown = {c for cases in article_cases(phrase.lang_).get(article.lower_, {}).values() for c in cases} if article is not None else set()
        if shown == {"Acc"}:
            phrase.dep_ = "obj"
            changed += 1
    return changed


def _attributes(phrase: Token):
    """The noun attributes under a phrase, at any depth ("am Rande des Gipfels seinen Amtskollegen":
    "Gipfels" under "Rande", "Amtskollegen" under "Gipfels")."""
    for child in phrase.children:
        if child.dep_ == "nmod":
            yield child
            yield from _attributes(child)


def _not_an_attribute(phrase: Token) -> bool:
    """A noun with an article or possessive that shows neither genitive nor dative, and no
    preposition: no noun's attribute ("seinen chinesischen Amtskollegen" is accusative)."""
    if phrase.pos_ != "NOUN" or case_markers(phrase):
        return False
    cases = {case for d in phrase.children if d.dep_ in ("det", "det:poss") for case in d.morph.get("Case")}
    if not cases and not any(d.dep_ in ("det", "det:poss") for d in phrase.children):
        # A bare plural whose case nothing shows is no genitive either ("Kampfflugzeuge Ziele in
        # Syrien bombardiert": "Ziele" is the object, not the planes' attribute).
        return "Number=Plur" in phrase.morph and "Case=Gen" not in phrase.morph and _case_unshown(phrase)
    return bool(cases) and not {"Gen", "Dat"} & cases


def _dative_only(phrase: Token) -> bool:
    """A noun with an article or possessive and no preposition whose case can only be the dative
    ("den syrischen Rebellen", "seinem Amtskollegen"): no noun's attribute, which is genitive."""
    return (phrase.pos_ == "NOUN" and not case_markers(phrase) and any(d.dep_ in ("det", "det:poss") for d in phrase.children)
            and phrase_cases(phrase) == ["Dat"])


def relabel_coordinated_apposition(sent: Sentence) -> int:
    """An "apposition" that starts with a coordinating conjunction is a conjunct ("a meeting
    between Chancellor Angela Merkel and Russian President Vladimir Putin" with "Putin" an
    apposition of "Chancellor" and "and" under "President"): an apposition renames, it is never
    joined by "and".  The conjunction goes on the conjunct.  Returns how many were relabelled."""
    changed = 0
    for tok in sent:
        if tok.dep_ != "appos":
            continue
        first = tok.left_edge
        if first.pos_ == "CCONJ" and first.i < tok.i:
            tok.dep_ = "conj"
            first.head, first.dep_ = tok, "cc"
            changed += 1
    return changed


def rehang_particle_from_adverb(sent: Sentence) -> int:
    """A separated particle the parser hung on a participle it made a conjunct of the verb — a
    participle used as an adverb, with nothing but the particle under it ("wies jede Verantwortung
    … entschieden zurück" with "zurück" under "entschieden") — is the verb's, and the participle
    its adverb.  Returns how many were moved."""
    moved = 0
    for particle in sent:
        if particle.dep_ != "compound:prt":
            continue  # (the cheap test first)
        adverb = particle.head
        verb = adverb.head
        if adverb.dep_ != "conj" or adverb.pos_ != "VERB" or verb.i >= adverb.i or not verb_like(verb):
            continue
        if any(c.dep_ == "compound:prt" for c in verb.children) or any(
                c.i != particle.i and not c.is_punct and c.dep_ != "advmod" for c in adverb.children):
            continue  # (a conjunct with a conjunction, a subject or an object is a verb of its own)
        particle.head = verb
        adverb.dep_, adverb.pos_ = "advmod", "ADV"
        moved += 1
    return moved


def rehang_conjunct_from_predicate(sent: Sentence) -> int:
    """A finite verb coordinated with a verb's predicative complement is that verb's conjunct:
    "Die Regierung macht den Prediger verantwortlich und forderte Washington auf, …" with
    "forderte" the conjunct of "verantwortlich" — a finite clause coordinates with a clause, not
    with an adjective, and only the verb's conjunct shares its subject.  Returns how many moved."""
    moved = 0
    for verb in sent:
        predicate = verb.head
        if (verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or not _finite(verb)
                or predicate.pos_ in ("VERB", "AUX") or predicate.dep_ != "xcomp"):
            continue
        governor = predicate.head
        if governor.pos_ not in ("VERB", "AUX") or governor.i > predicate.i:
            continue
        verb.head = governor
        moved += 1
    return moved


def rehang_stray_conjunction(sent: Sentence) -> int:
    """Put a subordinating conjunction the parser hung on its clause's subject as a preposition
    back on the clause's verb, and make the subject one again ("während die Vereinigten Staaten
    gesagt haben" with "während" as the case of "Staaten", the speaker an oblique).  Only a
    nominative phrase after the conjunction, before its verb, on a verb without a subject.
    Returns how many were moved."""
    moved = 0
    for tok in _prepositions(sent):
        if tok.pos_ != "SCONJ":
            continue
        noun = tok.head
        verb = noun.head
        if not (noun.pos_ in _NOMINAL and noun.i > tok.i and verb.pos_ in ("VERB", "AUX") and verb.i > noun.i):
            continue
        tok.head, tok.dep_ = verb, "mark"
        if ("Nom" in phrase_cases(noun) and not case_markers(noun)
                and not any(c.dep_.startswith("nsubj") for c in verb.children)):
            noun.dep_ = "nsubj"
        moved += 1
    return moved


def join_detached_subject(doc: Doc) -> int:
    """Join a subject the parser cut off as a sentence of its own back to its verb.

    A long name with titles before its verb ("Zimbabwean Prime Minister Robert Mugabe today
    accused …") is sometimes parsed as a verbless tree of its own, and the parser's tree ends
    its sentence there: the verb after it has no subject.  When a "sentence" has no verb, no
    final punctuation or line break, and is headed by a noun, and the next one is headed by a
    verb without a subject, the noun becomes that verb's subject (the two are one sentence
    again); when the next one starts with its verb's subject, a name, the cut-off phrase is that
    name's title.  A single adjective or name cut off before a noun phrase is that phrase's modifier.
    Returns how many were joined."""
    joined = 0
    sents = text_sentences(doc)
    for first, second in zip(sents, sents[1:]):
        last = first[-1]
        if first.end != second.start or last.is_punct or last.is_space or "\n" in last.whitespace_:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in first):
            continue
        if len(first) == 1 and first[0].pos_ in ("ADJ", "PROPN") and second[0].pos_ in ("ADJ", "NOUN", "PROPN"):
            # One word cut off before a noun phrase: its first modifier ("Kyrgyz | Prime Minister
            # Nikolai Tanaev received …"), hung on the phrase's head.
            head = second[0]
            while head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("nsubj", "obj", "nsubj:pass"):
                head = head.head
            first[0].head, first[0].dep_ = head, "amod" if first[0].pos_ == "ADJ" else "compound"
            joined += 1
            continue
        if first.root.pos_ not in _NOMINAL - {"PRON"}:
            continue
        verb = second.root
        if verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
        if not subjects:
            subject = first.root
            subject.head, subject.dep_ = verb, "nsubj"
            joined += 1
        elif subjects[0].i == second.start and subjects[0].pos_ == "PROPN":
            # The title was cut off before the name that is the subject ("British Defence
            # Secretary | Tom King has promised …"): the title is the name's modifier.
            first.root.head, first.root.dep_ = subjects[0], "compound"
            joined += 1
    return joined


def relabel_causative_conjunct(sent: Sentence, causatives: frozenset[str]) -> int:
    """A bare infinitive the parser made the conjunct of a causative verb, with no coordinator
    before it, is what the causative has done, and its "subject" what is done to ("Kubas
    Regierung ließ … Dutzende Dissidenten festnehmen" with "festnehmen" a conjunct of "ließ" and
    "Dissidenten" its subject): the infinitive becomes the complement, the phrase its object.
    Returns how many infinitives were relabelled."""
    changed = 0
    for act in sent:
        # (the cheap test first: few words are conjuncts)
        if act.dep_ != "conj" or act.pos_ != "VERB":
            continue
        verb = act.head
        if act.i < verb.i or verb.lemma_.lower() not in causatives:
            continue
        kids = list(act.children)
        if "VerbForm=Inf" not in act.morph or any(c.dep_ in ("cc", "mark", "aux", "aux:pass") for c in kids):
            continue
        act.dep_ = "xcomp"
        for phrase in kids:
            if phrase.dep_ == "nsubj" and phrase.pos_ in _NOMINAL and phrase.i < act.i:
                phrase.dep_ = "obj"
        changed += 1
    return changed


def rehang_causative_object(sent: Sentence, causatives: frozenset[str], event_nouns: Container[str] = frozenset()) -> int:
    """The object of a causative verb that governs a bare infinitive with no argument of its own is
    that infinitive's ("Managua ließ zahlreiche Oppositionelle inhaftieren": the opponents are
    detained, by Managua's order): the act is the infinitive, and its patient is looked for on it.
    An infinitive with a phrase of its own leaves the accusative its doer ("ließ die Armee auf
    Demonstranten schießen") — unless the accusative is an event (one of `event_nouns`, the
    patterns' noun triggers), which does nothing and whose phrase that is ("ließ den Angriff auf
    einen Konvoi untersuchen").  Returns how many objects moved."""
    moved = 0
    for verb in sent:
        if verb.lemma_.lower() not in causatives:
            continue
        kids = list(verb.children)
        acts = [c for c in kids if c.dep_ == "xcomp" and c.pos_ == "VERB"
                and not any(g.dep_.startswith(("obj", "iobj", "obl", "nsubj", "ccomp", "xcomp")) for g in c.children)]
        objects = [c for c in kids if c.dep_ == "obj"]
        if len(acts) != 1 or not objects:
            continue
        # (a phrase between the accusative and the infinitive, hung on the causative, is the
        # infinitive's own: "ließ die Armee auf Demonstranten schießen")
        if (any(c.dep_.startswith(("obl", "iobj")) and objects[0].i < c.i < acts[0].i for c in kids)
                and objects[0].lemma_.casefold() not in event_nouns):
            continue
        for obj in objects:
            obj.head = acts[0]
            moved += 1
    return moved


def relabel_predicative_object(sent: Sentence, markers: frozenset[str]) -> int:
    """An "object" opened by a predicative marker is a role of the subject, not what is acted upon
    ("Schweden erkannte als erstes Land der EU den Staat Palästina an" with "als … Land" the object
    and "den Staat Palästina" hung on it): it becomes a modifier, and an accusative phrase hung on
    it, which a role cannot take, is the verb's object.  Returns how many phrases were relabelled."""
    changed = 0
    for phrase in sent:
        if phrase.dep_ != "obj" or not any(c.dep_ in ("mark", "case") and c.lower_ in markers for c in phrase.children):
            continue
        verb = phrase.head
        phrase.dep_ = "obl"
        changed += 1
        for inner in list(phrase.children):
            if inner.dep_ == "nmod" and not case_markers(inner) and article_shown(inner) == ("Acc",):
                inner.head, inner.dep_ = verb, "obj"
    return changed


def retag_capitalised_argument(sent: Sentence) -> int:
    """In a language that capitalises its nouns, a verb's capitalised argument the tagger called a
    verb is a noun (`capitalised_argument`): role finding skips verbs.  Returns how many were
    retagged."""
    changed = 0
    for tok in sent:
        if capitalised_argument(tok):
            tok.pos_ = "NOUN"
            changed += 1
    return changed


def rehang_relative_clause(sent: Sentence) -> int:
    """A clause opened by a relative pronoun right after a comma is a relative clause of the nearest
    noun before the comma, whatever the parser hung it on ("nahm Demonstranten fest, die gegen die
    Regierung protestierten" with the clause a complement of "nahm"), unless the noun's article
    shows another number than the pronoun: the coder reads a relative subject as the noun it
    stands for.  Only the clause before the comma is searched, past the particle or participle
    that ends it.  Returns how many clauses moved."""
    moved = 0
    for pos, rel in enumerate(sent):
        if pos < 2 or sent[pos - 1].text != "," or rel.pos_ != "PRON" or not _relative_word(rel):
            continue
        verb = rel.head
        if verb.i == rel.i or verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("acl", "acl:relcl"):
            continue
        number = set(rel.morph.get("Number"))
        noun = None
        for prev in reversed(sent[:pos - 1]):
            if prev.is_punct:
                break
            if prev.pos_ in _NOMINAL:  # (a pronoun too: "zu denen gezählt, die …")
                # (the article's number, which the tagger reads more reliably than the noun's —
                # "Studenten" tagged singular; a bare common noun is mostly a plural)
                article = next((c for c in prev.children if c.dep_ == "det"), None)
                shown = set(article.morph.get("Number")) if article is not None else set()
                if not number or not shown or number & shown:
                    noun = prev
                break
        if noun is None or noun.i in {t.i for t in verb.subtree}:
            continue
        verb.head, verb.dep_ = noun, "acl:relcl"
        moved += 1
    return moved


def _relative_word(token: Token) -> bool:
    return "PronType=Rel" in token.morph or token.tag_ in ("WDT", "WP", "WP$")


# Acts no one can undergo: a participle of one is no passive ("Thousands protested in Paris" read
# as "thousands [who were] protested"), so such an attribute of a sentence's root noun is its verb.
_ACTS_WITHOUT_PATIENT = frozenset({"14"})


def promote_protest_attribute(sent: Sentence, r: LanguageRules) -> Token | None:
    """Make a protest verb the parser hung on the sentence's root noun as a reduced relative clause
    the main verb, with that noun its subject ("Tens of thousands protested against the reform"
    with "protested" an attribute of "tens"): protesting is done, not undergone.  A verb with an
    object or an auxiliary is left alone.  Returns the verb, or None."""
    root = _root(sent)
    if root is None or root.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    # (on the root, or on what it counts: "Tens of thousands protested" with the verb under "thousands")
    holders = [root, *(c for c in root.children if c.dep_ == "nmod" and c.i > root.i)]
    verb = next((c for h in holders for c in h.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > h.i), None)
    if verb is None or any(c.dep_ in ("obj", "aux", "aux:pass", "mark") for c in verb.children):
        return None
    entry = match(verb, r)
    if entry is None or entry.cameo[:2] not in _ACTS_WITHOUT_PATIENT:
        return None
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    for tok in [c for c in root.children if c.i > verb.i]:
        tok.head = verb  # what followed the verb is the verb's ("in Paris", "against the reform")
    for tok in [c for c in root.children if c.i < root.i and c.dep_ in ("obl", "advmod", "punct")]:
        tok.head = verb  # a fronted phrase ("In Paris, …") belongs to the clause
    return verb


def promote_trailing_reporting_verb(sent: Sentence, reporting: frozenset[str]) -> Token | None:
    """A reporting verb after a comma that the parser read as an adjective of the noun after it,
    and that noun as an object of the clause before ("Russland hat Syrien angegriffen,
    berichteten Diplomaten" with "berichteten Diplomaten" an object of "angegriffen"): the
    reporting verb is the sentence's verb, the noun its subject, and the clause before the comma
    what it reports — as the parser reads "…, sagte ein Sprecher".  `reporting`: the language's
    reporting verb lemmas.  Returns the verb, or None."""
    for word in sent:
        if word.dep_ != "amod" or word.i == 0 or word.doc[word.i - 1].text != ",":
            continue  # (the cheap test first)
        noun, clause = word.head, word.head.head
        if noun.i <= word.i or noun.pos_ not in ("NOUN", "PROPN") or clause.head.i != clause.i or clause.i >= word.i:
            continue  # (the reported clause is the sentence's root, before the comma)
        said = next((k for k in lemmas(word) if k in reporting), None)
        if said is None:
            continue
        word.head, word.dep_, word.pos_, word.lemma_ = word, "ROOT", "VERB", said
        clause.head, clause.dep_ = word, "ccomp"
        noun.head, noun.dep_ = word, "nsubj"
        return word
    return None


def rehang_reported_subject(sent: Sentence, reporting: frozenset[str]) -> int:
    """The subject of reported speech that the parser hung on the reporting verb ("Augenzeugen
    sagten, Milizen hätten … beschossen" with "Milizen" a second argument of "sagten"): a bare
    noun phrase right after the comma, followed by the finite auxiliary of the reported clause,
    whose verb has no subject, is that verb's subject.  `reporting`: the language's reporting
    verb lemmas.  Returns how many were moved."""
    moved = 0
    for noun in sent:
        if noun.dep_ not in ("obj", "nsubj", "obl", "iobj") or noun.pos_ not in ("NOUN", "PROPN"):
            continue  # (the cheap test first)
        said, end = noun.head, noun.right_edge.i
        if said.lemma_.casefold() not in reporting:
            continue  # (asked before the phrase's words are walked: few verbs report)
        doc = noun.doc
        start = next((t.i for t in noun.subtree if not t.is_punct), None)  # (the parser may give it the comma)
        if (start is None or said.i >= start or start == 0 or doc[start - 1].text != "," or end + 1 >= len(doc)
                or case_markers(noun)):
            continue
        auxiliary = doc[end + 1]
        verb = auxiliary.head
        if (auxiliary.pos_ != "AUX" or verb.head.i != said.i or verb.i <= auxiliary.i or not verb_like(verb)
                or any(c.dep_.startswith("nsubj") for c in verb.children)):
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        moved += 1
    return moved


def _zu_infinitive(verb: Token, marks: frozenset[str]) -> bool:
    """An infinitive with its mark: "zu verhängen", or the mark inside after the particle
    ("anzugreifen", a listed form of "angreifen", or the word less its mark is its lemma)."""
    if any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children):
        return True
    word = verb.lower_
    for mark in marks:
        at = word.find(mark, 1)
        if at > 0 and ((bare := word[:at] + word[at + len(mark):]) in verb_form_lemmas(word, verb.lang_)
                       or bare == verb.lemma_.lower()):  # ("umzusetzen" lemmatized "umsetzen")
            return True
    return False


def relabel_infinitive_complement(sent: Sentence, marks: frozenset[str]) -> int:
    """An infinitive clause after a comma that the parser made a clausal complement or a conjunct
    of the verb before it is that verb's infinitive complement ("Russland kündigte an, die Ukraine
    anzugreifen", "Die Regierung plant, die Gespräche abzubrechen"): it has no subject of its own
    but its governor's, and what the governor says of it (a plan, a threat) holds for it.  A bare
    phrase between the comma and the infinitive that the parser hung outside the clause is its
    object.  Returns how many clauses were changed."""
    if not marks:
        return 0
    changed = 0
    for verb in sent:
        if verb.dep_ not in ("ccomp", "conj") or verb.pos_ != "VERB":
            continue  # (the cheap test first)
        governor = verb.head
        if governor.i >= verb.i or not verb_like(governor) or any(
                c.dep_.startswith(_SUBJECT_LABELS) or (c.dep_ == "mark" and c.pos_ == "SCONJ") for c in verb.children):
            continue
        if not _zu_infinitive(verb, marks):
            continue
        start = min(t.i for t in verb.subtree if not t.is_punct)  # (the comma may hang on the verb)
        comma = next((t for t in reversed(sent) if t.i < start and t.text == ","), None)
        if comma is None or comma.i < governor.i:
            continue
        verb.dep_ = "xcomp"
        inside = {t.i for t in verb.subtree}
        for stray in sent:
            if (comma.i < stray.i < verb.i and stray.i not in inside and stray.pos_ in ("NOUN", "PROPN")
                    and stray.head.i not in inside and not case_markers(stray) and stray.head.i not in range(comma.i, verb.i)):
                stray.head, stray.dep_ = verb, ("obj" if not any(c.dep_ == "obj" for c in verb.children) else "obl")
        changed += 1
    return changed


def relabel_reported_conjunct(sent: Sentence, grammar: Grammar, reporting: frozenset[str], subjunctive: frozenset[str]) -> int:
    """A clause after a comma that the parser made a conjunct of the reporting verb before it is
    what was reported when its verb is in the reported mood ("Die Armee teilte mit, Kämpfer …
    hätten … Frauen verschleppt" with "verschleppt" and "Kämpfer" conjuncts of "teilte"): no
    "und" joins it, and a subjunctive is no report of the speaker's own act.  The bare phrase the
    parser made a conjunct too, between the comma and the verb, is the clause's subject.
    `reporting`: the reporting verb lemmas; `subjunctive`: the reported-speech verb forms, lower
    case.  Returns how many clauses were changed."""
    changed = 0
    for verb in sent:
        if verb.dep_ not in ("conj", "parataxis") or verb.pos_ != "VERB":
            continue  # (the cheap test first)
        governor = verb.head
        if governor.i >= verb.i or any(c.dep_ == "cc" for c in verb.children):
            continue
        if not (verb.lower_ in subjunctive or any(c.dep_.startswith("aux") and c.lower_ in subjunctive for c in verb.children)):
            continue
        if reporting.isdisjoint(verb_keys(governor, grammar)):
            continue
        comma = next((t for t in sent if governor.i < t.i < verb.left_edge.i + 1 and t.text == ","), None)
        if comma is None:
            continue
        verb.dep_ = "ccomp"
        if not any(c.dep_.startswith("nsubj") for c in verb.children):
            subject = next((c for c in governor.children if c.dep_ == "conj" and comma.i < c.i < verb.i
                            and c.pos_ in _NOMINAL and not case_markers(c)), None)
            if subject is not None:
                subject.head, subject.dep_ = verb, "nsubj"
        changed += 1
    return changed


def demote_postposed_conditional(sent: Sentence, forms: frozenset[str]) -> Token | None:
    """A conditional clause in verb-first order after the main clause ("Die AU drohte Burundi mit
    Sanktionen, sollte sie den Dialog verweigern") that the parser made the sentence's root, with
    the main clause hung on the conditional's auxiliary or verb, is the main clause's condition:
    the main clause's verb becomes the root and the conditional's verb its adverbial clause, so
    the threat is made, not conditional.  `forms`: the finite forms that open such a clause, right
    after a comma.  Returns the new root, or None when nothing changed."""
    root = _root(sent)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    opener = next((c for c in root.children if c.dep_.startswith("aux") and c.lower_ in forms and c.i < root.i), None)
    if opener is None or opener.i == sent[0].i or opener.nbor(-1).text != ",":
        return None
    comma = opener.i - 1
    main = next((t for t in sent if t.i < comma and t.head.i in (opener.i, root.i) and t.pos_ == "VERB"
                 and t.dep_ in ("ccomp", "parataxis", "advcl", "conj", "dep", "csubj")), None)
    if main is None:
        return None
    main.head, main.dep_ = main, "ROOT"
    root.head, root.dep_ = main, "advcl"
    for tok in sent:
        if tok.i <= comma and tok.i != main.i and tok.head.i in (opener.i, root.i):
            tok.head = main
    return main


def relabel_opening_conditional_auxiliary(sent: Sentence, forms: frozenset[str]) -> Token | None:
    """A sentence opened by a conditional clause in verb-first order ("Sollte Nordkorea einen
    weiteren Atomtest durchführen, würden die USA …", "Würde Washington die Rebellen ausrüsten, …")
    whose capitalised finite auxiliary the tagger took for a noun (the homograph "Würde", dignity)
    and the parser for the subject, with the clause's real subject hung on it: the auxiliary
    becomes its verb's, what hung on it that verb's subject, and the clause the condition of the
    clause after the comma (the root, if it was that clause's verb).  `forms`: the finite forms
    that open such a clause.  Returns the clause's verb, or None when nothing changed."""
    opener = sent[0]
    if opener.lower_ not in forms or opener.pos_ in ("AUX", "VERB") or opener.dep_ == "ROOT" or not opener.is_title:
        return None
    comma = next((t for t in sent if t.text == ","), None)
    if comma is None or comma.i + 1 >= sent[-1].i:
        return None
    # The clause's verb: the verb ending it, right before the comma (verb-final; non-finite under
    # the opener, whatever the tagger's morphology says), with no auxiliary of its own.
    verb = comma.nbor(-1)
    if verb.pos_ != "VERB" or not (opener.head.i == verb.i or verb.is_ancestor(opener)):
        return None
    if any(c.dep_.startswith("aux") for c in verb.children):
        return None
    if any(c.dep_.startswith("nsubj") for c in verb.children if c.i != opener.i):
        return None
    # (what hung on the misread opener: its apposition is the clause's subject)
    for child in list(opener.children):
        child.head = verb
        if child.dep_ == "appos" and child.pos_ in _NOMINAL:
            child.dep_ = "nsubj"
    opener.head, opener.dep_, opener.pos = verb, "aux", opener.vocab.strings.add("AUX")
    if verb.dep_ == "ROOT":
        main = next((c for c in verb.children if c.i > comma.i and c.dep_ in ("parataxis", "conj", "ccomp", "advcl", "dep")
                     and c.pos_ in ("VERB", "AUX")), None)
        if main is None:
            return verb  # (no clause after it to hang it on)
        main.head, main.dep_ = main, "ROOT"
        for child in [c for c in verb.children if c.i > comma.i]:
            child.head = main
        verb.head = main
    verb.dep_ = "advcl"
    return verb


def promote_main_clause(sent: Sentence) -> Token | None:
    """Make the clause the parser hung on the sentence's first noun phrase as an attribute the main
    clause, with that phrase as its subject ("Deutschlands führende Industrieorganisation, der
    Bundesverband …, hat die USA aufgefordert" rooted on "Industrieorganisation", with
    "aufgefordert" its `acl`; "Eine Festnahme … durch die Polizei würde die Proteste anheizen" with
    "anheizen" a parataxis).  A relative or reduced clause has its own subject, a relative word
    or no finite auxiliary before its verb; a clause with none of these, whose finite auxiliary
    follows the noun, is the sentence's predicate.  Returns the verb, or None."""
    root = _root(sent)
    if root is None or root.pos_ not in ("NOUN", "PROPN") or case_markers(root):
        return None
    for verb in root.rights:
        if verb.pos_ != "VERB" or not (verb.dep_.startswith("acl") or verb.dep_ == "parataxis"):
            continue
        kids = list(verb.children)
        aux = next((c for c in kids if c.dep_.startswith("aux") and _finite(c) and c.i < verb.i), None)
        if aux is None or any(c.dep_.startswith(("nsubj", "csubj", "mark")) for c in kids):
            continue
        if verb.dep_ == "parataxis" and any(t.is_punct for t in sent if root.i < t.i < aux.i):
            continue  # (a clause set off by punctuation is a clause beside it: "…, sagte er, …")
        # (a relative word before the auxiliary opens a relative clause; "der" as an article is none)
        if any(_relative_word(t) for t in verb.subtree if t.i < aux.i and t.dep_ != "det"):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        # What followed the auxiliary belongs to the clause (its final punctuation, a stray object).
        for child in [c for c in root.children if c.i > aux.i]:
            child.head = verb
        # A bare phrase between the subject and the auxiliary that the parser gave the verb is the
        # subject's apposition ("…, der Bundesverband der Deutschen Industrie, hat …").
        for child in [c for c in verb.children if root.i < c.i < aux.i and c.pos_ in _NOMINAL and not case_markers(c)]:
            child.head, child.dep_ = root, "appos"
        return verb
    return None


def promote_finite_attribute(sent: Sentence, openers: frozenset[str], agent_preps: frozenset[str]) -> int:
    """A finite verb the parser hung as an attribute on the noun after one of `openers` (words
    of time and cause that also open clauses) is a clause of its own, opened by that word, with
    the noun as its subject ("arrested … after pro-independence protesters clashed with riot
    police" read as "after [protesters clashed …]"): a finite verb needs a subject, and a relative
    clause has a relative word or a subject of its own.  A verb with an agent phrase is a
    participle however it is tagged ("after the referendum deemed illegal by Madrid").  Returns
    how many clauses were rebuilt."""
    rebuilt = 0
    for verb in sent:
        if verb.dep_ != "acl" or verb.pos_ != "VERB" or "VerbForm=Fin" not in verb.morph:
            continue
        noun = verb.head
        if noun.pos_ not in ("NOUN", "PROPN") or verb.i < noun.i or noun.head.i == noun.i:
            continue
        marker = next((c for c in noun.children if c.dep_ == "case" and c.i < noun.i), None)
        if marker is None or marker.lower_ not in openers:
            continue
        if any(c.dep_.startswith(("nsubj", "csubj", "mark", "obl:agent")) or case_markers(c) & agent_preps for c in verb.children):
            continue
        if any(_relative_word(t) for t in verb.subtree if t.i < verb.i):
            continue
        governor = noun.head
        verb.head, verb.dep_ = governor, "advcl"
        noun.head, noun.dep_ = verb, "nsubj"
        marker.head, marker.dep_ = verb, "mark"
        rebuilt += 1
    return rebuilt


def relabel_perfect_auxiliary(sent: Sentence, perfect: frozenset[str]) -> int:
    """A perfect auxiliary the parser labelled passive is the perfect's when its verb has an active
    subject and no passive one or agent ("Iranische Unterhändler sollen … zusammengekommen sein"
    with "sein" as aux:pass): verbs of motion and change form their perfect with "sein", which
    also forms a state passive.  Returns how many were relabelled."""
    changed = 0
    for aux in sent:
        if aux.dep_ != "aux:pass" or aux.lemma_.lower() not in perfect:
            continue
        deps = {c.dep_ for c in aux.head.children}
        if "nsubj" in deps and not deps & {"nsubj:pass", "obl:agent", "csubj:pass"}:
            aux.dep_ = "aux"
            changed += 1
    return changed


def restack_adjectives(sent: Sentence) -> int:
    """An adjective labelled the conjunct of the adjective right before it, with no "und", "or" or
    comma between them, is a second attribute of the same noun ("ein schickes französisches
    Restaurant" with "französisches" a conjunct of "schickes"): coordination needs a coordinator
    or a comma.  The actor resolver reads country adjectives on the noun.  Returns how many moved."""
    moved = 0
    for adj in sent:
        if adj.dep_ != "conj" or adj.pos_ != "ADJ":
            continue
        first = adj.head
        # (the first may be a participle the tagger calls a verb: "die festgenommenen ivorischen
        # Soldaten")
        if first.pos_ not in ("ADJ", "VERB") or first.dep_ != "amod" or adj.i != first.i + 1:
            continue
        if any(c.dep_ in ("cc", "punct") for c in adj.children):
            continue
        adj.head, adj.dep_ = first.head, "amod"
        moved += 1
    return moved


# Arguments of a clause that a parser sometimes hangs on the clause's auxiliary.
_CLAUSE_ARGUMENT_DEPS = ("nsubj", "obj", "iobj", "obl", "expl")


def rehang_from_auxiliary(sent: Sentence) -> int:
    """Give a verb back the subject or object the parser hung on its auxiliary ("Die EU hat weitere
    Strafmaßnahmen … beschlossen" with "EU" the subject of "hat"): an auxiliary heads nothing of
    the clause.  Returns how many phrases moved."""
    moved = 0
    for aux in sent:
        if not (aux.n_lefts or aux.n_rights) or not aux.dep_.startswith("aux") or aux.head.i == aux.i or aux.head.pos_ not in ("VERB", "AUX"):
            continue  # (an auxiliary normally heads nothing: the cheap test first)
        moved += _subject_after_auxiliary(aux)
        moved += _object_after_auxiliary(aux)
        verb = aux.head
        # (a bare noun phrase the parser called the auxiliary's modifier is the verb's object:
        # "habe der Ukraine Provokationen vorgeworfen" with "Provokationen" under "habe")
        for phrase in [c for c in aux.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and not case_markers(c)]:
            if not any(c.dep_ == "obj" for c in verb.children):
                phrase.dep_ = "obj"
        moved += _name_after_auxiliary(aux)
        moved += _give_to_verb([c for c in aux.children if c.dep_.startswith(_CLAUSE_ARGUMENT_DEPS)], verb)
    return moved


def _subject_after_auxiliary(aux: Token) -> int:
    """The phrase right after the finite auxiliary, hung on it as a subject, is the verb's subject
    where the verb's own "subject" comes later and may be accusative: "hat die Armee Myanmars die
    Stellungen der Rebellen nicht bombardiert" with the army under "hat" and the positions the
    verb's subject — in second place the subject follows the finite verb, the object comes after
    it.  The later phrase becomes the object.  Returns 1 if swapped."""
    verb = aux.head
    first = _subject_right_after(aux)
    if first is None or any(c.dep_ in ("obj", "nsubj:pass") for c in verb.children):
        return 0
    later = [c for c in verb.children if c.dep_ == "nsubj" and c.i > first.i]
    if len(later) != 1 or "Acc" not in phrase_cases(later[0]) and phrase_cases(later[0]):
        return 0
    later[0].dep_ = "obj"
    first.head = verb
    return 1


def _subject_right_after(aux: Token) -> Token | None:
    """The phrase starting right after the finite auxiliary that the parser hung on it as a subject."""
    return next((c for c in aux.children if c.dep_ == "nsubj" and c.left_edge.i == aux.i + 1), None)


def _object_after_auxiliary(aux: Token) -> int:
    """The phrase right after the finite auxiliary, hung on it as a subject, is the verb's object
    where the verb's subject stands before the auxiliary ("Frankreich und Deutschland haben
    Russland mit neuen Sanktionen gedroht"): one clause has one subject, and in second place it
    precedes the finite verb.  Returns 1 if moved."""
    verb = aux.head
    phrase = _subject_right_after(aux)
    if phrase is None:
        return 0
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < aux.i), None)
    # (a plain subject must open the clause, the one phrase before the finite verb: "Nach sieben
    # Wochen Krieg haben Israel und die Hamas …" has a time phrase there, "Krieg" no subject; a
    # phrase with punctuation inside is none either — a dateline the parser took for one)
    if (subject is None or case_markers(subject) or not _opens_clause(subject)
            or any(t.is_punct for t in subject.subtree)):
        return 0
    phrase.head, phrase.dep_ = verb, _object_label(verb)
    return 1


def _opens_clause(phrase: Token) -> bool:
    """Whether nothing but punctuation stands before the phrase in its sentence."""
    first = phrase.left_edge.i
    return all(t.is_punct or t.is_space for t in phrase.doc[phrase.sent.start : first])


def relabel_perfect_auxiliary_read_as_modifier(sent: Sentence, perfect: frozenset[str]) -> int:
    """A perfect auxiliary the tagger called a verb and the parser a modifier of the participle
    it forms the perfect with is that participle's auxiliary, and the subject hung on it the
    participle's ("Zehntausende Frauen haben in ganz Polen … demonstriert" with "haben" an
    adverbial of "demonstriert" and "Frauen" its subject).  Returns how many were relabelled."""
    changed = 0
    for aux in sent:
        if aux.dep_ not in ("advmod", "dep") or aux.lemma_.lower() not in perfect or aux.pos_ not in ("VERB", "AUX"):
            continue
        verb = aux.head
        # (the participle's morphology may be missing: "demonstriert" tagged Tense=Past only — not finite)
        if verb.i == aux.i or verb.pos_ != "VERB" or "VerbForm=Fin" in verb.morph or aux.i > verb.i:
            continue
        aux.dep_ = "aux"
        _give_to_verb([c for c in aux.children if c.dep_.startswith(_CLAUSE_ARGUMENT_DEPS)], verb)
        changed += 1
    return changed


def _name_after_auxiliary(aux: Token) -> int:
    """A bare name right after the finite auxiliary, labelled its adverbial, object or subject, is
    the subject of a verb with none ("Nach Angaben … hat Pakistan ein Treffen … abgelehnt", "Laut
    Reuters hat Saudi-Arabien die Gespräche … ausgesetzt": the subject after the verb in second
    place); a "passive subject" of that verb with no passive auxiliary is then its object."""
    verb = aux.head
    name = next((c for c in aux.children if c.dep_ in ("advmod", "obj", "nsubj") and c.i == aux.i + 1 and caseless_name(c)), None)
    if name is None or any(c.dep_ == "nsubj" for c in verb.children):
        return 0
    kids = list(verb.children)
    if any(c.dep_ == "aux:pass" for c in kids):
        return 0
    for c in kids:
        if c.dep_ == "nsubj:pass":
            c.dep_ = "obj"
    name.head, name.dep_ = verb, "nsubj"
    return 1


def _ends_subject(prev: Token, head: Token) -> bool:
    """Whether `prev` is the last word of the subject `head`: the head itself or one of its
    coordinated names ("die Dominikanische Republik und Panama")."""
    return prev == head or (prev.dep_ == "conj" and prev.head == head)


def rehang_noun_before_actor_name(doc: Doc, index: ActorIndex) -> int:
    """`rehang_noun_read_as_adjective` for names only the actor dictionary knows ("Die Drohungen
    Pjöngjangs gegen Japan" with "Pjöngjangs" a common noun to the tagger)."""
    def actor_name(tok: Token) -> bool:
        m = index.at(tok)
        # (a country, an organisation or a capital standing for its government — no sector noun)
        return (m is not None and m.span.root.i == tok.i and bool(m.form.ref.country or m.form.ref.organisation)
                and (not m.form.ref.sector or m.form.entry.endswith(".metonyms")))
    return sum(rehang_noun_read_as_adjective(tuple(span), actor_name) for span in text_sentences(doc))


_COUNTED_ARGUMENTS = ("nsubj", "obj")


def rehang_counted_noun(doc: Doc, index: ActorIndex) -> int:
    """A noun right after a count word (past its adjectives) that the parser hung elsewhere while
    the phrase's preposition sits on the count word ("ging gegen Hunderte Demonstranten vor" with
    "Hunderte" the phrase after "gegen" and the protesters the verb's object): the count word
    counts it, so it hangs on the count word as its apposition, as `resolve` reads "Tausende
    Georgier".  So too a noun the parser made a second argument of the count word's verb ("legten
    Zehntausende Frauen die Arbeit nieder" with "Zehntausende" and "Frauen" both subjects).
    Returns how many were moved."""
    moved = 0
    for counter in doc:
        if counter.lower_ not in index.count_words or counter.head.i == counter.i:
            continue
        # (where the phrase's preposition sits on the count word, or the count word is an argument:
        # a bare one elsewhere may be the parser's stray)
        with_preposition = any(c.dep_ == "case" for c in counter.children)
        if not with_preposition and not counter.dep_.startswith(_COUNTED_ARGUMENTS):
            continue
        j = counter.i + 1
        while j < len(doc) and doc[j].pos_ == "ADJ":
            j += 1
        if j >= len(doc):
            continue
        noun = doc[j]
        if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i == counter.i or noun.i == counter.head.i:
            continue  # (under the count word already, or its head)
        if not with_preposition and not (noun.head.i == counter.head.i and noun.dep_.startswith(_COUNTED_ARGUMENTS)):
            continue  # (a bare count word counts the noun only where the parser made both arguments of one verb)
        if any(c.pos_ in ("NOUN", "PROPN") for c in counter.children):
            continue  # it counts another already ("Hunderte von Demonstranten")
        if any(c.dep_ in ("case", "det") for c in noun.children) or any(doc[k].head.i != noun.i for k in range(counter.i + 1, j)):
            continue  # a phrase of its own ("Hunderte | die Stadt"), or adjectives of something else
        noun.head, noun.dep_ = counter, "appos"
        moved += 1
    return moved


def split_adjacent_actors(doc: Doc, index: ActorIndex) -> int:
    """A name right after the subject, labelled its apposition, that names an actor of another
    country than the subject is the verb's object ("machte die US-Regierung Moskau für den Tod …
    verantwortlich" with "Moskau" an apposition of "US-Regierung"; "dass die Dominikanische Republik
    und Panama Peking anerkannt hatten" with "Peking" one of "Republik"): an apposition renames its
    head, and two countries are not one.  "die Stadt Aleppo" (no actor in the head) stays.  Returns how
    many were moved."""
    moved = 0
    for tok in doc:
        # (or the second name of one the parser read as a single name: "Nachdem Kiew Moskau …
        # vorgeworfen hatte" with "Moskau" a flat:name of "Kiew")
        # (also a country's name with its article: "Greift Russland die Ukraine an?")
        if tok.dep_ not in ("appos", "flat", "flat:name") or not (tok.pos_ == "PROPN" or caseless_name(tok) or _country_name(tok, index)):
            continue
        head = tok.head
        if not head.dep_.startswith("nsubj") or not verb_like(head.head) or not _ends_subject(doc[tok.left_edge.i - 1], head):
            continue
        name = index.at(tok)
        # a city of another country, too: "griff Russland Charkiw an" with "Charkiw" an apposition
        country = name.form.ref.country if name is not None else ((hit := place_at(tok, index, placed=True)) and hit[1].country)
        own = {m.form.ref.country for t in head.subtree if t.i < tok.i and (m := index.at(t)) is not None}
        if not country or not own or None in own or country in own:
            continue
        verb = head.head
        tok.head, tok.dep_ = verb, _object_label(verb)
        moved += 1
    return moved


# What a parser calls a noun hung on the genitive name before it ("Südafrikas Polizei" read as
# one name, "Kiews Generalstaatsanwaltschaft" as an apposition).
_GLUED_TO_NAME = frozenset({"flat", "flat:name", "appos", "compound", "nmod"})


def rehang_genitive_owner(sent: Sentence, owner: Callable[[Token], bool]) -> int:
    """A name in the genitive right before a common noun the parser hung on it is that noun's
    owner, and the noun heads the phrase: "Südafrikas Polizei ermittelt" — South Africa's police
    investigate, as "Chinas Armee" is parsed.  `owner` says which names are genitives (the
    tagger's case, or a form the actor dictionary knows).  Returns how many phrases were turned."""
    turned = 0
    for name, noun in zip(sent, sent[1:]):
        # (the cheap test first: a name with a word hung on it to its right)
        if not name.n_rights or noun.pos_ != "NOUN" or name.head.i == name.i:
            continue
        if noun.head.i != name.i:
            # A title with its holder's name, the name hung on the genitive ("Kolumbiens Präsident
            # Santos" with "Santos" an apposition of "Kolumbiens" and the title its compound): the
            # named holder is the noun the country owns.
            holder = noun.head
            if not (holder.i == noun.i + 1 and holder.head.i == name.i and holder.pos_ == "PROPN" and noun.dep_ in _GLUED_TO_NAME):
                continue
            noun = holder
        if noun.dep_ not in _GLUED_TO_NAME or not owner(name):
            continue
        noun.head, noun.dep_ = name.head, name.dep_
        for child in list(name.children):
            if child.i != noun.i:
                child.head = noun
        name.head, name.dep_ = noun, "nmod:poss"
        turned += 1
    return turned


def _genitive_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and "Case=Gen" in tok.morph


def genitive_actor_name(index: ActorIndex, endings: tuple[str, ...]) -> Callable[[Token], bool]:
    """A country or capital the actor dictionary knows, in a form with one of the language's
    genitive `endings` ("Kiews", tagged a noun without case); none where the language has none."""
    def known(tok: Token) -> bool:
        m = index.at(tok)
        return (bool(endings) and tok.text.endswith(tuple(endings)) and m is not None and m.span.root.i == tok.i
                and bool(m.form.ref.country) and (not m.form.ref.sector or m.form.entry.endswith(".metonyms")))
    return known


def _country_name(tok: Token, index: ActorIndex) -> bool:
    m = index.at(tok)
    return m is not None and m.span.root.i == tok.i and bool(bare_country(m))


def mend(doc: Doc, r: LanguageRules, *, only_with_triggers: bool = False) -> frozenset[int]:
    """Every repair, in order, on a parsed Doc before the coder reads it: sentences are joined
    first (they change the sentence bounds), then each sentence is mended — a false copula before
    re-rooting (it can make the verb a sentence seemed to lack), the rest on the resulting tree.
    `only_with_triggers`: leave alone the sentences no word of which could be a trigger
    (`patterns.may_trigger`) — no repair can give them an event, and about half of news
    sentences are such (on NTREX), so the coder mends only the others.  Returns the first token
    index of each sentence mended (with `only_with_triggers`: those that may hold a trigger), so
    the coder need not ask again."""
    join_detached_subject(doc)
    agent_preps = agent_prepositions(r)
    partner_preps = frozenset(r.grammar.partner_prepositions)
    future_aux = frozenset(r.grammar.factuality.future_aux_lemmas)
    passive_agent_preps = frozenset(p for spec in r.grammar.roles.passive_source for p in (parse_spec(spec.split("/")[-1])[2] or ()))
    openers = frozenset(w.lower() for w in r.grammar.circumstance_prepositions)
    infinitive_markers = frozenset(r.grammar.infinitive_subject_markers)
    infinitive_marks = frozenset(r.grammar.infinitive_marks)
    copulas = frozenset(r.grammar.copulas)
    causatives = frozenset(r.grammar.causative_verbs)
    inversions = frozenset(r.grammar.conditional_inversion_forms)
    conditional_openers = frozenset(r.grammar.conditional_opening_forms)
    predicative = frozenset(r.grammar.predicative_markers)
    comparatives = frozenset(r.grammar.quantity_comparatives)
    comparison = frozenset(r.grammar.comparison_words)
    perfect = frozenset(r.grammar.factuality.perfect_auxiliaries)
    auxiliaries = perfect | future_aux
    dates = r.grammar.dates
    date_words = frozenset(w.lower() for w in (*dates.weekdays, *dates.months)) if dates is not None else frozenset()
    time_words = date_words | frozenset(w.lower() for w in (*dates.units, *dates.day_parts)) if dates is not None else frozenset()
    cues = r.grammar.factuality
    question_marks = frozenset(cues.question_marks)
    auxiliaries_all = frozenset(w.casefold() for w in r.grammar.auxiliary_lemmas)
    purpose_marks = frozenset(w.casefold() for w in cues.purpose_marks)
    reporting = frozenset(cues.reporting_verb_lemmas)
    subjunctive = frozenset(w.lower() for w in (*cues.reported_aux_forms, *cues.reported_substitute_forms))
    quantities = frozenset(w.casefold() for w in r.grammar.quantity_nouns)
    mended: set[int] = set()
    for span in text_sentences(doc):
        sent = tuple(span)
        if only_with_triggers and not may_trigger(sent, r):
            continue
        mended.add(span.start)
        rehang_genitive_owner(sent, _genitive_name)
        if r.grammar.capitalised_nouns:
            retag_capitalised_argument(sent)
        rehang_false_copula(sent, copulas, infinitive_marks)
        rerooted = reroot(sent, r)
        swap_misread_auxiliary(sent, r)
        promote_verb_read_as_auxiliary(sent, auxiliaries_all, purpose_marks)
        demote_postposed_conditional(sent, inversions)
        relabel_opening_conditional_auxiliary(sent, conditional_openers)
        promote_main_clause(sent)
        relabel_nominative_oblique(sent)
        split_name_read_as_compound(sent)
        detach_noun_from_name(sent, r)
        rehang_event_noun_to_light_verb(sent, r)
        rehang_event_noun_from_phase_noun(sent, r)
        relabel_titled_name_oblique(sent)
        if r.grammar.subject_after_verb:
            relabel_question_opening_auxiliary(sent, question_marks, auxiliaries)
            rehang_question_subject_from_auxiliary(sent, question_marks)
        promote_trailing_reporting_verb(sent, reporting)
        rehang_reported_subject(sent, reporting)
        relabel_reported_conjunct(sent, r.grammar, reporting, subjunctive)
        promote_protest_attribute(sent, r)
        promote_finite_attribute(sent, openers, agent_preps)
        rehang_stray_auxiliary(sent)
        rehang_clause_from_argument(sent)
        rehang_relative_clause(sent)
        rehang_elliptical_adjective(sent)
        relabel_object_read_as_apposition(sent)
        relabel_noun_conjunct_of_verb(sent)
        rehang_clause_auxiliary(sent, time_words)
        rehang_coordinating_auxiliary(sent)
        demote_auxiliary_of_conjunct_infinitive(sent)
        rehang_from_auxiliary(sent)
        swap_mutual_event_subject(sent, r)
        relabel_perfect_auxiliary(sent, perfect)
        relabel_perfect_auxiliary_read_as_modifier(sent, perfect)
        restack_adjectives(sent)
        rehang_stray_agent(sent, agent_preps, date_words, cues.reported_markers)
        rehang_agent_from_oblique(sent, agent_preps, r.nouns, cues.reported_markers)
        rehang_agent_phrase_to_subject(sent, agent_preps)
        rehang_object_from_source(sent, cues.reported_markers, time_words)
        rehang_phrase_from_name(sent, partner_preps, passive_agent_preps)
        rehang_name_from_date(sent, date_words)
        rehang_from_adverb(sent)
        rehang_from_adverb_read_as_object(sent)
        relabel_correlate_pronoun(sent)
        rehang_from_time_noun(sent, time_words)
        rehang_stray_case(sent)
        rehang_infinitive_subject(sent, infinitive_markers)
        relabel_infinitive_complement(sent, infinitive_marks)
        relabel_active_subject(sent)
        relabel_subject_of_finite_verb(sent)
        rehang_counted_noun_from_comparative(sent, comparatives, comparison)
        rehang_counted_phrase_from_neighbour(sent, comparatives, comparison)
        relabel_comma_conjunct_as_apposition(sent)
        rehang_conjunct_of_genitive(sent)
        rehang_conjunct_of_titled_name(sent)
        swap_subject_shown_oblique(sent)
        swap_subject_disagreeing_in_number(sent)
        relabel_future_auxiliary(sent, future_aux, passive_agent_preps)
        relabel_fronted_name(sent)
        relabel_passive_subject(sent)
        prefer_subject_first(sent, time_words)
        if r.grammar.subject_after_verb:
            supply_missing_subject(sent, rerooted)
            supply_question_subject(sent, question_marks)
        if r.grammar.verb_final_subordinates:
            supply_subordinate_subject(sent)
        relabel_given_to(sent)
        rehang_noun_from_punctuation(sent)
        relabel_infinitive_recipient(sent, infinitive_marks)
        rehang_name_as_article(sent, r.grammar.genitive_name_endings)
        rehang_name_from_case_phrase(sent)
        rehang_noun_read_as_adjective(sent)
        rehang_noun_from_name(sent)
        rehang_bare_object_from_phrase(sent, pattern_nouns(r), quantities)
        rehang_stray_object(sent)
        demote_second_subject(sent)
        relabel_unlabelled_object(sent)
        relabel_accusative_argument(sent)
        relabel_active_subject(sent)  # (again: the object may only now be found)
        relabel_causative_conjunct(sent, causatives)
        rehang_causative_object(sent, causatives, r.nouns)
        relabel_predicative_object(sent, predicative)
        rehang_particle_from_adverb(sent)
        rehang_stray_conjunction(sent)
        rehang_conjunct_from_predicate(sent)
        relabel_coordinated_apposition(sent)
    return frozenset(mended)
