"""Find the tokens a role spec (see `events.schemas`) points to in a dependency tree."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from spacy.tokens import Doc, Token

OBJECT_LIKE = frozenset({"obj", "iobj", "obl:arg"})
# Labels a case-marked object is mistaken for (a fronted dative of a passive as its subject: "Der
# Ukraine wurden Panzer zugesagt").
CASE_MISLABELLED = frozenset({"nsubj", "nsubj:pass", "nmod", "obl"})
# Relations whose dependent shares the governor's subject when it has none of its own: a
# coordinated verb ("bombardierte … und griff … an"), an infinitive complement ("drohte, …
# anzugreifen") or a participle clause ("suspended talks, accusing Moscow of …").
SUBJECT_SHARING = frozenset({"conj", "xcomp", "advcl"})


@lru_cache(maxsize=1024)
def parse_spec(spec: str) -> tuple[bool, str, frozenset[str] | None]:
    """`governor:obl[mit|gegen]` → (True, "obl", {"mit", "gegen"}); `obl[]` → (False, "obl",
    frozenset()): a phrase without preposition."""
    governor = spec.startswith("governor:")
    if governor:
        spec = spec[len("governor:"):]
    if "[" in spec:
        dep, preps = spec[:-1].split("[", 1)
        return governor, dep, frozenset(p.lower() for p in preps.split("|") if p)
    return governor, spec, None


def case_markers(token: Token) -> set[str]:
    out: set[str] = set()
    for child in token.children:
        # (A subordinating conjunction marks its clause whatever its label: "falls" as advmod.)
        if child.dep_ in ("case", "mark") or child.pos_ == "SCONJ":
            out.add(child.lower_)
            out.add(child.lemma_.lower())
    return out


def phrase_cases(token: Token) -> list[str]:
    """The grammatical case of a noun phrase: its determiner's when that has one ("dem Irak" is
    dative even when the noun is tagged nominative — articles inflect unambiguously more often
    than nouns), else the noun's own.  The language's `article_cases` check the determiner's
    reading: one the noun's gender or number rules out gives way to those it allows ("Der
    Ukraine": dative or genitive, not nominative), and where the article allows the case that the
    noun and an adjective of it show, theirs stands ("den syrischen Rebellen", dative plural)."""
    own = token.morph.get("Case")
    for child in token.children:
        if child.dep_ == "det:poss" and (shown := _forms_cases(child)):
            # A possessive inflects as an article does, and its form shows the case better than
            # its tag ("Seinem nepalesischen Amtskollegen" tagged a genitive name): the cases its
            # form has, the noun's own among them where it has one.
            return [c for c in own if c in shown] or list(shown)
        if child.dep_ == "det" and (tagged := child.morph.get("Case")):
            possible = article_shows(child, token)
            if not possible:
                return tagged
            if not set(tagged) & set(possible):
                return [c for c in own if c in possible] or list(possible)
            if own and set(own) & set(possible) and not set(own) & set(tagged) and _adjective_agrees(token, own):
                return [c for c in own if c in possible]
            return tagged
    return own


def article_shows(article: Token, noun: Token) -> tuple[str, ...]:
    """The cases `article` shows with `noun`, by its gender or number (all the form shows where
    neither is known); () for a form the language does not list."""
    table = article_cases(noun.lang_).get(article.lower_)
    if not table:
        return ()
    key = "Plur" if "Number=Plur" in noun.morph else next(iter(noun.morph.get("Gender")), None)
    if key is not None:
        return table.get(key, ())
    return tuple(dict.fromkeys(c for cases in table.values() for c in cases))


def _forms_cases(article: Token) -> tuple[str, ...]:
    """Every case the article form has, whatever the noun's gender or number (the language's
    `article_cases`); () for a form it does not list."""
    table = article_cases(article.lang_).get(article.lower_)
    return tuple(dict.fromkeys(c for cases in table.values() for c in cases)) if table else ()


def article_shown(phrase: Token) -> tuple[str, ...]:
    """The cases the phrase's article shows with its noun (`article_shows`); () without an article."""
    article = next((c for c in phrase.children if c.dep_ == "det"), None)
    return article_shows(article, phrase) if article is not None else ()


def _adjective_agrees(noun: Token, cases: list[str]) -> bool:
    """Whether an adjective of the noun was tagged with the noun's case: two words against the
    article's one ("den syrischen Rebellen"); a noun alone against its article loses ("der
    Sicherheitsrat" with the noun tagged dative)."""
    return any(c.dep_ == "amod" and set(c.morph.get("Case")) & set(cases) for c in noun.children)


@lru_cache(maxsize=16)
def article_cases(lang: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """The language's article forms, lower-cased, with the cases each shows per gender or plural."""
    from ..errors import LagebildError
    from .patterns import rules  # (patterns imports this module)

    try:
        return {form.lower(): cases for form, cases in rules(lang).grammar.article_cases.items()}
    except LagebildError:  # a language without a grammar file: no article data
        return {}


@lru_cache(maxsize=64)
def grammar_words(lang: str, field: str) -> frozenset[str]:
    """A word list of the language's grammar file, case-folded (`Grammar.<field>`: the verbs whose
    object is the subject of their infinitive, the prepositions of where something is …); empty
    for a language without a grammar file."""
    from ..errors import LagebildError
    from .patterns import rules

    try:
        return frozenset(w.casefold() for w in getattr(rules(lang).grammar, field))
    except LagebildError:
        return frozenset()


def controlling_object(governor: Token, before: int) -> list[Token]:
    """The object of an object-control verb (with its separated particle: "forderte … auf") that
    comes before position `before`: the doer of the infinitive it governs; [] for other verbs."""
    verbs = grammar_words(governor.lang_, "object_control_verbs")
    if not verbs:
        return []
    from .patterns import rules, verb_keys

    if not any(k in verbs for k in verb_keys(governor, rules(governor.lang_).grammar)):
        return []
    return [c for c in governor.children if c.dep_ in ("obj", "iobj") and c.i < before][:1]


def infinitive(verb: Token) -> bool:
    """An infinitive by its features, or — when the tagger gave the verb no form — by being
    written as its lemma ("werden ihre Gespräche fortsetzen"), unless an auxiliary in the past or
    a participle says passive ("wurde … empfangen", "ist … verlassen worden": a past auxiliary
    takes no infinitive); an English participle the tagger calls VBN is left out ("were cut")."""
    forms = verb.morph.get("VerbForm")
    if "Inf" in forms:
        return True
    if forms or verb.pos_ != "VERB" or verb.tag_ == "VBN" or verb.text.lower() != verb.lemma_.lower():
        return False
    return not any(c.dep_.startswith("aux") and ("Tense=Past" in c.morph or "VerbForm=Part" in c.morph)
                   for c in verb.children)


def is_passive(verb: Token) -> bool:
    # A participle with an agent ("civilians killed by jets") is passive without an auxiliary.
    deps = {child.dep_ for child in verb.children}
    if infinitive(verb) and "obl:agent" not in deps:
        return False  # an infinitive under "werden" is its future, not a passive ("werden … verlegen")
    return bool(deps & {"aux:pass", "nsubj:pass", "csubj:pass", "obl:agent"})


# What the parser sometimes labels an object that heads no noun phrase: an adverb or a verb
# ("China kritisierte die USA scharf für …" with "scharf" a verb and the object of "kritisierte").
_NOT_PHRASE_HEADS = frozenset({"VERB", "AUX", "ADV"})


def _children(token: Token, governor: bool) -> list[Token]:
    if governor:
        if token.head is token:
            return []
        return list(token.head.children)
    return list(token.children)


def _matches(child: Token, dep: str, preps: frozenset[str] | None) -> bool:
    if dep.startswith("case:"):
        # The case, not the label, decides: a parser trained on a small treebank often labels a
        # fronted dative "nsubj" or "nmod" ("Der Türkei drohte Russland").
        wanted = dep.split(":", 1)[1]
        cases = phrase_cases(child)
        if wanted not in cases or case_markers(child):
            return False
        return child.dep_ in OBJECT_LIKE or (child.dep_ in CASE_MISLABELLED and "Nom" not in cases)
    if dep == "obj:name":
        # a bare name as the direct object (see coder._with_named_object)
        return child.dep_ == "obj" and caseless_name(child)
    if dep == "poss":
        if child.dep_ in ("nmod:poss", "det:poss"):
            return True
        if child.dep_ == "appos":
            # A name right after a common noun, no comma between, is its owner or the name of
            # what it is: the parser labels the genitive name so ("das Angebot Südkoreas"), and
            # a true apposition names the thing ("die Stadt Aleppo") — either way the actor.
            # (a name the tagger called a noun, as the entity recogniser does not: "Blockade Katars")
            return named(child) and child.i == child.head.i + 1 and child.head.pos_ == "NOUN" and not case_markers(child)
        if child.dep_ != "nmod" or case_markers(child):
            return False
        # A name right after its noun with no preposition is a genitive in a language that marks
        # case, whatever case the tagger gave it ("ein Angriff Nordkoreas" tagged nominative).
        bare_name = child.pos_ == "PROPN" and child.i > child.head.i and bool(child.morph.get("Case"))
        # The article's case counts as elsewhere: "des chinesischen Ministerpräsidenten" is
        # genitive even with the noun tagged accusative.
        return "Case=Gen" in child.morph or "Gen" in phrase_cases(child) or bare_name
    if dep == "amod":
        # An attributive adjective the parser left unlabelled ("dep") is still one.  A participle
        # with phrases of its own is a clause in attribute form: what it names is its own
        # ("rund um Taiwan großangelegte Manöver" are no Taiwanese manoeuvres).
        if child.pos_ == "VERB" and any(c.dep_.startswith(("obl", "nmod", "obj")) for c in child.children):
            return False
        return child.dep_ == "amod" or (child.dep_ == "dep" and child.pos_ == "ADJ" and child.i < child.head.i)
    if preps is None:
        if dep in ("obj", "iobj") and child.pos_ in _NOT_PHRASE_HEADS:
            return False  # a word that heads no noun phrase names no actor as the object
        return child.dep_ == (dep if dep != "nsubj:extra" else "nsubj")
    if child.dep_ != dep and not child.dep_.startswith(dep + ":"):
        return False
    if not preps:
        return not case_markers(child)  # "obl[]": the bare phrase
    return bool(case_markers(child) & preps)


# The document whose tree no longer changes, with the answers of `find` on it so far (see `fixed_tree`).
_FIXED: ContextVar[tuple[Doc, dict[tuple[int, str], list[Token]]] | None] = ContextVar("fixed_tree", default=None)


@contextmanager
def fixed_tree(doc: Doc) -> Iterator[None]:
    """Within it `find` remembers its answers on `doc`, whose tree the caller promises not to
    change (the repairs done): the roles of a trigger and the coreference that fills them ask
    for the same specs again."""
    reset = _FIXED.set((doc, {}))
    try:
        yield
    finally:
        _FIXED.reset(reset)


def find(trigger: Token, spec: str) -> list[Token]:
    """Tokens `spec` points to from `trigger`, in sentence order, with their conjuncts ("Russland
    und Syrien" gives both heads)."""
    fixed = _FIXED.get()
    if fixed is None or fixed[0] is not trigger.doc:
        return _find(trigger, spec)
    answers = fixed[1]
    key = (trigger.i, spec)
    if key not in answers:
        answers[key] = _find(trigger, spec)
    return list(answers[key])  # (a copy: the caller may change its list)


def _find(trigger: Token, spec: str) -> list[Token]:
    if spec == "head":
        # A verb the parser took for a modifier of its object ("forces bombed civilians" read as
        # "bombed civilians" = adjective + noun), or a participle modifying its patient
        # ("civilians killed by …"): the noun it hangs on is the one acted upon.
        head = trigger.head
        if trigger.dep_ in ("amod", "acl") and head.i != trigger.i and head.pos_ in ("NOUN", "PROPN"):
            return with_conjuncts([head])
        return []
    if "/" in spec:
        first, second = spec.split("/", 1)
        mids = find(trigger, first)
        found = [t for mid in mids for t in find(mid, second)]
        if not found and mids and first == "obj" and second.startswith("nmod["):
            # The object's prepositional complement hung on the verb, the parser's commonest
            # attachment error the other way round ("lobte die Zusammenarbeit mit Indien" with
            # "mit Indien" on "lobte").
            found = find(trigger, "obl" + second[len("nmod"):])
        return with_conjuncts(found)
    governor, dep, preps = parse_spec(spec)
    found = [c for c in _children(trigger, governor) if c.i != trigger.i and _matches(c, dep, preps)]
    if not found and dep == "obj" and not governor and preps is None and (shared := shared_object(trigger)) is not None:
        found = [shared]
    if dep in ("nsubj", "nsubj:extra"):
        if not governor:
            # A nominative phrase without preposition labelled oblique is a mislabelled subject
            # or object ("Nordkorea drohte Südkorea …" with "Nordkorea" as obl): it competes.
            found = sorted(found + _bare_nominatives(trigger), key=lambda t: t.i)
        found = _split_subjects(found, trigger, governor)[0 if dep == "nsubj" else 1]
    if not found and dep == "nsubj":
        # the verb whose subject is wanted: the trigger's own, or its governor's
        holder = trigger.head if governor else trigger
        if not governor and trigger.dep_ != "xcomp":
            # (an infinitive complement has no subject of its own to mislabel: its governor's is
            # found below — "Die Rebellen kündigten an, Mitarbeiter der Vereinten Nationen zu entführen")
            found = _subject_among_objects(trigger)
        if not found and verb_like_token(holder) and not is_passive(holder) and (not governor or holder.i != trigger.i):
            # an active clause mislabelled passive ("Bolivien und Chile werden ihre Gespräche
            # fortsetzen" with "werden" as a passive auxiliary)
            found = [c for c in holder.children if c.dep_ == "nsubj:pass" and c.i != trigger.i]
        if (not found and governor and holder.i != trigger.i and not any(c.dep_.startswith("nsubj") for c in holder.children)
                and (holder.dep_ == "xcomp" or (holder.dep_ == "conj" and any(c.dep_ == "cc" for c in holder.children)))):
            # a noun event of an infinitive complement, whose subject is its governor's ("Die EU
            # kündigte an, neue Sanktionen zu verhängen": the EU imposes them), or of a verb joined
            # by a coordinator without a subject of its own ("haben Kundus angegriffen und sich
            # Gefechte mit Regierungstruppen geliefert": the first verb's; a conjunct without one
            # is most often a clause the parser attached so: "dementierte, … beteiligt gewesen zu sein")
            found = _split_subjects([c for c in holder.head.children if c.dep_ == "nsubj" and c.i < holder.i], holder.head, False)[0]
    if not found and not governor and dep == "nsubj:pass" and preps is None and is_passive(trigger):
        # A passive verb without a passive subject: a bare noun phrase (no preposition) the parser
        # called oblique is it ("wurden Häftlinge von Polizisten gefoltert" with "Häftlinge" obl).
        found = [c for c in trigger.children if c.dep_ in ("obl", "nmod") and c.pos_ in ("NOUN", "PROPN") and not case_markers(c)]
    if (not found and not governor and dep in ("nsubj", "nsubj:pass") and trigger.dep_ in SUBJECT_SHARING
            and (dep == "nsubj" or not any(c.dep_ == "nsubj" for c in trigger.children))):
        # A coordinated or embedded verb without its own subject takes its governor's — not its
        # passive subject when it has an active subject of its own ("Kerry wird zu denen gezählt,
        # die … befürwortet haben": Kerry is not what they backed).
        # (the object of a verb like "zwingen" or "ask" does what its infinitive says)
        found = (controlling_object(trigger.head, trigger.i) if dep == "nsubj" and trigger.dep_ == "xcomp" else []) or \
            [c for c in trigger.head.children if c.dep_ == dep and c.i < trigger.i]
        if dep == "nsubj":
            found = _split_subjects(found, trigger.head, False)[0]
    if not found and not governor and preps:
        # Prepositional phrases are the parser's commonest attachment error: "brachen die
        # Gespräche mit Russland ab" may hang "mit Russland" on the object instead of the verb.
        subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
        surplus = _split_subjects(subjects, trigger, False)[1]  # a mislabelled object
        # A noun's genitive catches the phrase as often ("Angriffe Russlands auf Aleppo" with "auf
        # Aleppo" under "Russlands").
        is_verb = verb_like_token(trigger)
        genitives = [c for c in trigger.children if _matches(c, "poss", None)] if not is_verb else []
        # So does the verb's manner adverb ("arbeitet militärisch mit Israel zusammen" with "mit
        # Israel" under "militärisch").
        adverbs = [c for c in trigger.children if c.dep_ == "advmod" and c.pos_ == "ADV"] if is_verb else []
        # Last, the subject ("In Paris demonstrierten Zehntausende gegen die Rentenreform" with
        # "gegen die Rentenreform" under "Zehntausende").
        own_subjects = [c for c in subjects if c not in surplus] if is_verb else []
        # (where the subject is — "Die Regierung in Ankara" — says who it is, not whom it acts on)
        where = grammar_words(trigger.lang_, "locative_prepositions")
        for obj in [c for c in trigger.children if c.dep_ in OBJECT_LIKE or c.dep_ == "nsubj:pass"] + surplus + genitives + adverbs + own_subjects:
            found = [c for c in obj.children if c.dep_.split(":")[0] in ("nmod", "obl") and case_markers(c) & preps
                     and not (obj in own_subjects and case_markers(c) & where)]
            if found:
                break
    return with_conjuncts(found)


def _split_subjects(found: list[Token], trigger: Token, governor: bool) -> tuple[list[Token], list[Token]]:
    """Two "subjects" of one verb: one is a mislabelled object (a parser trained on little German
    data often labels the dative so: "China warf Taiwan Provokationen vor").  The nominative one
    is the subject; when morphology cannot tell, the first — the usual order in a main clause."""
    if len(found) < 2:
        return found, []
    if all(caseless_name(c) for c in found):
        # Names without article show no case, whatever the tagger guessed: the first is the
        # subject ("Deutschland stellt Israel Munition zur Verfügung").
        return [found[0]], found[1:]
    nominative = [c for c in found if "Nom" in phrase_cases(c) and "Case=Nom" in c.morph]
    # A dative is never the subject ("Der Türkei drohte Russland …" with both labelled nsubj).
    not_dative = [c for c in found if "Dat" not in phrase_cases(c) and "Case=Dat" not in c.morph]
    # Some sign of the nominative, from the article or the noun: the one phrase with any is the
    # subject when the others show none ("Der UN-Sicherheitsrat forderte eine sofortige
    # Feuerpause" with the noun tagged dative and "eine Feuerpause" accusative throughout).
    maybe_nominative = [c for c in found if "Nom" in phrase_cases(c) or "Case=Nom" in c.morph]
    if len(nominative) == 1:
        subject = nominative[0]
    elif len(maybe_nominative) == 1:
        subject = maybe_nominative[0]
    elif len(not_dative) == 1:
        subject = not_dative[0]
    else:
        # Otherwise the first one, the usual order in both main and verb-final clauses — unless
        # it is a dateline ("WASHINGTON, Oct. 4 - The United States suspended …").
        ordinary = [c for c in found if not _dateline_like(c)]
        # A singular common noun without any determiner is an adverbial the parser took for a
        # subject ("Anfang der Woche hatte der Minister …"), not the subject beside a determined one.
        determined = [c for c in ordinary if not _bare_singular_noun(c)]
        subject = (determined or ordinary or found)[0]
    return [subject], [c for c in found if c.i != subject.i]


def named(token: Token) -> bool:
    """A name: a proper noun, or a word the tagger called a common noun that the entity recogniser
    marked ("Iran" tagged NOUN, LOC)."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and bool(token.ent_type_))


def caseless_name(token: Token) -> bool:
    """A proper name with no article, preposition or adjective: nothing in the text shows its
    case ("Frankreich"), whatever the tagger guessed — also a name the tagger called a common
    noun but the entity recogniser marked ("Iran" tagged NOUN, LOC)."""
    return (named(token)
            and not case_markers(token) and not any(
                c.dep_ in ("det", "det:poss", "amod") or c.pos_ in ("DET", "ADP") for c in token.children))


def _bare_singular_noun(token: Token) -> bool:
    # (a name before the noun is a genitive that determines it, as an article does: "Kataloniens Regierung")
    return (token.pos_ == "NOUN" and "Number=Sing" in token.morph
            and not any(c.dep_ in ("det", "det:poss", "nmod:poss") or (c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < token.i)
                        for c in token.children))


def _subject_among_objects(verb: Token) -> list[Token]:
    """A verb with no subject but two objects, one of them nominative: the parser mislabelled
    the subject ("Haben ukrainische Truppen die Waffenruhe gebrochen?" with both as obj)."""
    objects = [c for c in verb.children if c.dep_ == "obj"]
    if len(objects) == 1:
        # A bare name labelled an oblique argument beside the one object is the subject ("habe
        # Russland Truppen an der Grenze zusammengezogen" with "Russland" an obl:arg): with no
        # article, nothing shows it is not, and a clause has a subject.
        names = [c for c in verb.children if c.dep_ == "obl:arg" and caseless_name(c)]
        return names if len(names) == 1 else []
    if len(objects) < 2:
        return []
    nominative = [c for c in objects if "Nom" in phrase_cases(c) and set(c.morph.get("Case")) == {"Nom"}]
    if not nominative:
        # Article and noun disagree often enough ("die thailändische Militärregierung" with "die"
        # tagged accusative): one object that either calls nominative will do.
        nominative = [c for c in objects if "Nom" in phrase_cases(c) or "Case=Nom" in c.morph]
    return nominative if len(nominative) == 1 else []


def _bare_nominatives(verb: Token) -> list[Token]:
    """Nominative phrases without preposition that the parser labelled oblique or modifier of a
    verb: mislabelled subjects or objects ("Der UN-Generalsekretär rief … auf" with the subject
    as obl).  A bare oblique is otherwise a time phrase, which is accusative — or a singular noun
    without determiner the tagger may call nominative ("Anfang der Woche", "Ende Oktober") — or the
    quantity of the phrase after it ("eine Million Flüchtlinge")."""
    if not verb_like_token(verb):
        return []
    found = [c for c in verb.children if c.dep_ in ("obl", "nmod") and not case_markers(c)
             and c.pos_ in ("NOUN", "PROPN") and set(phrase_cases(c)) == {"Nom"} and not _bare_singular_noun(c)
             and not _counts_next_argument(c, verb)]
    if found and any(c.dep_ == "nsubj" and "Nom" in phrase_cases(c) for c in verb.children):
        # Beside a labelled subject that may be nominative, a common noun is a rival only with an
        # article saying so: the tagger's case on a bare noun is a guess ("Die jemenitischen
        # Huthi-Rebellen haben … zwei Raketen … abgefeuert" with "Raketen" oblique and tagged
        # nominative).  Bare names show no case at all: they compete by order, as ever.
        found = [c for c in found if c.pos_ == "PROPN" or any(d.dep_ == "det" and "Case=Nom" in d.morph for d in c.children)]
    return found


def _counts_next_argument(noun: Token, verb: Token) -> bool:
    """A noun right before another noun phrase of the verb is that one's quantity ("mehr als eine
    Million Flüchtlinge aufgenommen" with "Million" an oblique beside the object): no subject."""
    if noun.i + 1 >= len(noun.doc):
        return False
    after = noun.doc[noun.i + 1]
    return after.pos_ == "NOUN" and after.head.i == verb.i and after.dep_ in ("obj", "nsubj", "nsubj:pass")


def verb_like_token(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def shared_object(verb: Token) -> Token | None:
    """The object a verb shares with the verb it is coordinated with, having none of its own:
    one before both ("haben zwei Polizisten verschleppt und erschossen") or after both
    ("kidnapped and killed two policemen"), whichever verb the parser hung it on.  One between
    them is the first verb's alone ("griffen das Dorf an und flohen"), and a conjunct with its
    own subject or auxiliary is a clause of its own ("… und sind geflohen")."""
    if verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    if any(c.dep_ in _OWN_ARGUMENTS for c in kids):
        return None
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        first, second, partner = verb.head, verb, verb.head
    else:
        second = next((c for c in kids if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
        if second is None:
            return None
        first, partner = verb, second
    if any(c.dep_.startswith(("aux", "nsubj")) for c in second.children):
        return None
    obj = next((c for c in partner.children if c.dep_ == "obj"), None)
    if obj is None or first.i < obj.i < second.i:
        return None
    # Only the coordinator and adverbs between the verbs: "besuchte ein Lager und forderte
    # Myanmar auf" has the first verb's own phrase between them, and the object is the second's.
    between = verb.doc[first.i + 1 : second.i]
    if any(t.dep_ not in ("cc", "advmod", "punct") for t in between):
        return None
    return obj


# A verb with one of these has its own object: it shares none.
_OWN_ARGUMENTS = frozenset({"obj", "nsubj:pass", "ccomp", "xcomp", "obl:arg"})


def _dateline_like(token: Token) -> bool:
    """An all-capitals place word opening its sentence, as datelines are written."""
    return token.is_upper and len(token) > 4 and token.i == token.sent.start


def _misread_name(conjunct: Token) -> bool:
    """A capitalised conjunct of a noun that heads nothing but its conjunction, tagged a verb: a
    name the tagger did not know ("Armenien und Aserbaidschan" with "Aserbaidschan" AUX)."""
    return (conjunct.pos_ in ("AUX", "VERB") and conjunct.text[:1].isupper() and not conjunct.is_sent_start
            and all(c.dep_ in ("cc", "punct") for c in conjunct.children))


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    stack = list(reversed(tokens))
    while stack:
        tok = stack.pop()
        if tok in out:
            continue
        out.append(tok)
        stack.extend(reversed([c for c in tok.children if c.dep_ == "conj" and (c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") or _misread_name(c))]))
    return out
