"""Load a language's event patterns and grammar, and find which pattern a token triggers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from spacy.tokens import Token

from ..lang import language_dir, read_data_file
from ..lang.schemas import VerbFormTable
from ..lang.compounds import ends_with_part, last_part
from ..nlp.components import compound_lemma, dictionary_lemma
from .roles import case_markers, shared_object
from .schemas import EventPattern, EventPatterns, Grammar

PATTERN_FILE = "event_patterns.yaml"
GRAMMAR_FILE = "grammar.yaml"
VERB_FORMS_FILE = "verb_forms.yaml"  # optional: generated forms of the pattern verbs
# Object-like dependents an `objects` restriction is checked against: the verb's object (or the
# passive subject that was its object), a prepositional object ("mit Sanktionen drohen"), a
# noun's genitive/of-complement.
_OBJECT_DEPS = frozenset({"obj", "nsubj:pass", "obl:arg", "obl", "nmod", "nmod:poss", "compound", "iobj"})


@dataclass(frozen=True)
class LanguageRules:
    lang: str
    grammar: Grammar
    verbs: dict[str, tuple[EventPattern, ...]]
    nouns: dict[str, tuple[EventPattern, ...]]
    reported_modals: dict[str, EventPattern] = field(default_factory=dict)  # modal form → entry
    aerial_weapons: dict[str, bool] = field(default_factory=dict)  # casefolded grammar.aerial_weapons
    # What `may_trigger` looks up, built on first use — not an init field, so rules made with
    # `dataclasses.replace` (an imported verb dictionary) build their own.
    _triggers: _TriggerIndex | None = field(default=None, init=False, compare=False, repr=False)
    _pattern_nouns: frozenset[str] | None = field(default=None, init=False, compare=False, repr=False)
    _time_nouns: frozenset[str] | None = field(default=None, init=False, compare=False, repr=False)


@dataclass
class _TriggerIndex:
    """The verb keys of the patterns and the reported modals' forms; the particle verbs by the verb
    they are made of ("brechen" → {"ab"} for "abbrechen", "crack" → {"down"}); and each word's
    answer, (lemma, text) → (a trigger word alone, its keys that make one with a particle)."""

    words: frozenset[str]
    particle_verbs: dict[str, frozenset[str]]
    answers: dict[tuple[str, str], tuple[bool, tuple[str, ...]]] = field(default_factory=dict)


def _index(entries: tuple[EventPattern, ...]) -> dict[str, tuple[EventPattern, ...]]:
    table: dict[str, list[EventPattern]] = defaultdict(list)
    for entry in entries:
        for lemma in entry.lemmas:
            table[lemma.casefold()].append(entry)
    # Restricted readings first, so "Gespräche abbrechen" wins over a general "abbrechen".
    return {k: tuple(sorted(v, key=lambda e: not e.objects)) for k, v in table.items()}


@lru_cache(maxsize=16)
def rules(lang: str) -> LanguageRules:
    folder = language_dir(lang)
    patterns = read_data_file(folder / PATTERN_FILE, EventPatterns)
    grammar = read_data_file(folder / GRAMMAR_FILE, Grammar)
    nouns = _index(patterns.nouns)
    modals = {form.casefold(): entry for entry in patterns.reported_modals for form in entry.lemmas}
    aerial = dict.fromkeys((w.casefold() for w in grammar.aerial_weapons), True)
    return LanguageRules(lang, grammar, _index(patterns.verbs), nouns, modals, aerial)


_CLAUSE_ARGUMENTS = frozenset({"nsubj", "obj", "compound:prt", "nsubj:pass", "aux:pass"})


def verb_like(token: Token) -> bool:
    """A verb — or a word the tagger got wrong that the tree shows to be one: a full verb tagged
    AUX ("hob … auf"), or a word with verbal dependents (a subject, an object, a separated
    particle) and no copula ("Die Türkei rief ihren Botschafter zurück" with "rief" tagged ADJ)."""
    # (called for every token, often several times: the cheapest tests first, the children last)
    pos = token.pos_
    if pos == "VERB":
        return True
    if pos in _NEVER_VERB_POS or token.dep_.startswith(("aux", "cop")):
        return False
    if pos == "AUX":
        return True
    if not (token.n_lefts or token.n_rights):
        return False  # no dependents, none verbal
    deps = {c.dep_ for c in token.children}
    return "cop" not in deps and bool(deps & _CLAUSE_ARGUMENTS) and ("compound:prt" in deps or "obj" in deps)


_NEVER_VERB_POS = frozenset({"PUNCT", "DET", "ADP", "PRON", "CCONJ", "SCONJ", "NUM"})


def lemmas(token: Token) -> list[str]:
    """Lemma candidates, most trusted first: the pipeline's, then the dictionary's (a lemmatizer
    trained on a small treebank misses rarer inflections — "brachen", "bombardierte"), then the
    word itself."""
    return list(_lemma_keys(token.lemma_, token.text, token.lang_))


@lru_cache(maxsize=65536)
def _lemma_keys(lemma: str, text: str, lang: str) -> tuple[str, ...]:
    out: list[str] = []
    for cand in (lemma, dictionary_lemma(text, lang), text):
        key = cand.casefold()
        if key and key not in out:
            out.append(key)
    return tuple(out)


def _particle(verb: Token) -> str | None:
    """The verb's separated particle — also where the parser hung it on one of the verb's noun
    dependents ("sicherte dem Libanon Hilfe zu" with "zu" under "Hilfe"): a particle after the
    verb that no verb of its own claims is the verb's."""
    direct = next((c.lower_ for c in verb.children if c.dep_ == "compound:prt"), None)
    if direct is not None:
        return direct
    for child in verb.children:
        if child.pos_ in ("VERB", "AUX"):
            continue
        stray = next((g for g in child.children if g.dep_ == "compound:prt" and g.i > verb.i), None)
        if stray is not None:
            return stray.lower_
    return None


@lru_cache(maxsize=16)
def _verb_form_index(lang: str) -> dict[str, tuple[str, ...]]:
    path = language_dir(lang) / VERB_FORMS_FILE
    if not path.is_file():
        return {}
    index: dict[str, list[str]] = defaultdict(list)
    for lemma, forms in read_data_file(path, VerbFormTable).forms.items():
        for form in forms:
            if lemma.casefold() not in index[form.casefold()]:
                index[form.casefold()].append(lemma.casefold())
    return {form: tuple(found) for form, found in index.items()}


def verb_form_lemmas(word: str, lang: str) -> tuple[str, ...]:
    """The pattern verbs `word` is a form of, by the language's `verb_forms.yaml` (none without one)."""
    return _verb_form_index(lang).get(word.casefold(), ())


def verb_lemmas(token: Token) -> list[str]:
    """`lemmas`, with the pattern verbs the word is a listed form of right after the pipeline's
    lemma: a conjugation table is surer than the lemma dictionary's guess, but the pipeline
    saw the word in context."""
    found = lemmas(token)
    table = [k for k in verb_form_lemmas(token.text, token.lang_) if k not in found]
    return found[:1] + table + found[1:]


def verb_keys(token: Token, grammar: Grammar) -> list[str]:
    """The verb's lemmas (`verb_lemmas`) with a separated particle joined back ("brachen … ab" →
    "abbrechen"), then the infinitives its form may be the regular participle of
    (`participle_lemmas`)."""
    keys = verb_lemmas(token)
    keys += [k for k in participle_lemmas(token.text, grammar) if k not in keys]
    return with_particle(keys, _particle(token), grammar)


# Labels a separated particle gets when the parser does not see it as one ("ließen … frei" with
# "frei" a conjoined adjective).
# "punct" with "Die Hamas ließ mehrere Geiseln frei".
_STRAY_PARTICLE_DEPS = frozenset({"conj", "advmod", "dep", "xcomp", "obl", "compound", "punct"})


def _stray_particle_keys(verb: Token, r: LanguageRules) -> list[str]:
    """Pattern verbs made of the verb and its clause's last word, when that word is a non-noun
    with no dependents but adverbs before it, which the parser did not call a particle ("Die
    Taliban ließen zwei Geiseln frei" → "freilassen"): only keys a pattern lists, so an ordinary
    adverb joins nothing."""
    last = max((c for c in verb.children if not c.is_punct), key=lambda c: c.i, default=None)
    if (last is None or last.i < verb.i or last.dep_ not in _STRAY_PARTICLE_DEPS or last.pos_ not in ("ADJ", "ADV", "ADP")
            or any(c.dep_ == "compound:prt" for c in verb.children)
            or any(c.dep_ != "advmod" or c.i > last.i for c in last.children)):
        return []  # (an adverb of the verb's the parser hung on the word may precede it: "überraschend frei")
    return particle_verb_keys(verb, last.lower_, r)


def particle_verb_keys(verb: Token, particle: str, r: LanguageRules) -> list[str]:
    """The pattern verbs the verb makes with `particle` joined to it ("lud" + "ein" → "einladen")."""
    joined = [r.grammar.particle_join.format(particle=particle, verb=k) for k in verb_lemmas(verb)]
    return [k for k in joined if k in r.verbs]


def participle_lemmas(word: str, grammar: Grammar) -> list[str]:
    """Infinitives `word` may be the regular past participle of, by the grammar's `participles`:
    "gefoltert" → "folteren", "foltern"; "ausgeliefert" → "ausliefern"; "bombardiert" →
    "bombardieren"; "verübt" → "verüben".  Candidates only: they count where a pattern or a
    word list names one."""
    rules = grammar.participles
    if rules is None:
        return []
    w = word.casefold()
    out: list[str] = []
    for ending, infinitives in rules.plain_endings.items():
        if w.endswith(ending) and len(w) > len(ending) + 2:
            out += [w[: -len(ending)] + inf for inf in infinitives]
    for prefix in rules.unmarked_prefixes:
        if w.startswith(prefix):
            for ending, infinitives in rules.endings.items():
                if w.endswith(ending) and len(w) > len(prefix) + len(ending) + 1:
                    out += [w[: -len(ending)] + inf for inf in infinitives]
    if rules.marker:
        start = w.find(rules.marker)
        while 0 <= start <= 6:  # at the start, or after a particle ("aus", "zurück")
            rest = w[start + len(rules.marker):]
            for ending, infinitives in rules.endings.items():
                if rest.endswith(ending) and len(rest) > len(ending) + 1:
                    stem = w[:start] + rest[: -len(ending)]
                    out += [stem + inf for inf in infinitives]
            start = w.find(rules.marker, start + 1)
    return list(dict.fromkeys(out))


def with_particle(keys: list[str], particle: str | None, grammar: Grammar) -> list[str]:
    """Lemma keys with `particle` joined in front (German) or behind, then the keys alone."""
    if particle is None:
        return keys
    return [grammar.particle_join.format(particle=particle, verb=k) for k in keys] + keys


def noun_entries(token: Token, r: LanguageRules) -> tuple[EventPattern, ...]:
    """The noun patterns whose lemma (or a compound's last part) is the token's."""
    keys = lemmas(token)
    for key in keys:
        if key in r.nouns:
            return r.nouns[key]
    if r.grammar.compound_nouns:
        for lemma in keys:
            found = last_part(lemma, r.nouns)
            if found is not None:
                return found
    return ()


# How far below an object-like dependent, and through which relations, an object may hang: "den
# Rebellen in Syrien Waffen liefern" comes out as Rebellen → Syrien → (flat) Waffen; "den
# Grenzübergang Rafah geöffnet" as Rafah → (compound) Grenzübergang, a name heading the noun that
# says what it names (`_names_its_noun`).
_OBJECT_DEPTH = 2
_NESTED_OBJECT_DEPS = frozenset({"nmod", "obj", "conj", "appos", "obl", "flat", "flat:name"})


def _names_its_noun(word: Token, head: Token) -> bool:
    """A compound noun before a capitalised head: the head is a name and the noun what it names
    ("den Grenzübergang Rafah"); before a word written small it is a first part ("border crossing")."""
    return word.dep_ == "compound" and word.i < head.i and word.pos_ == "NOUN" and head.is_title


def _object_tokens(token: Token) -> list[Token]:
    """The trigger's object-like dependents, and theirs: a small parser often hangs the second
    object on the first ("den Rebellen in Syrien Waffen liefern" → Waffen under Rebellen)."""
    out: list[Token] = []
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    # With two "subjects", one is an object the parser mislabelled ("brachen die Gespräche … ab").
    surplus = {c.i for c in subjects[1:]} if len(subjects) > 1 else set()
    for child in token.children:
        if child.dep_ in _OBJECT_DEPS or child.i in surplus:
            out.append(child)
            level = [child]
            for _ in range(_OBJECT_DEPTH):
                level = [g for t in level for g in t.children
                         if (g.dep_ in _NESTED_OBJECT_DEPS or _names_its_noun(g, t)) and not g.is_punct]
                out.extend(level)
    if (shared := shared_object(token)) is not None:
        out.append(shared)
    return out


def _object_lemmas(token: Token) -> set[str]:
    """The objects' lemmas, and each with the words written before it as compound or attribute
    ("tear gas"), so an entry may list a compound that is written as two words — also with only
    the last of them ("its fifth nuclear test" has "nuclear test")."""
    out = set()
    for t in _object_tokens(token):
        keys = _object_keys(t)
        out.update(keys)
        modifiers = [c.lower_ for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i]
        for first in range(len(modifiers)):
            out.update(" ".join([*modifiers[first:], k]) for k in keys)
    return out


def _object_keys(t: Token) -> list[str]:
    """`lemmas` of an object, and for a noun its compound lemma, which a small lemmatizer misses
    for rare compounds ("mit weiteren Flugabwehrsystemen")."""
    keys = lemmas(t)
    if t.pos_ == "NOUN" and (compound := compound_lemma(t.text, t.lang_).casefold()) not in keys:
        keys.append(compound)
    return keys


def _is_wanted_object(lemma_keys: list[str], wanted: str, compound_nouns: bool) -> bool:
    return wanted in lemma_keys or (compound_nouns and any(ends_with_part(k, wanted) for k in lemma_keys))


def restricting_objects(token: Token, entry: EventPattern, compound_nouns: bool) -> set[int]:
    """Indices of the objects that gave `entry` its reading ("Abbruch der Gespräche": "Gespräche"
    makes the break-off 164): they are part of that event, not events of their own."""
    if not entry.objects:
        return set()
    wanted = [o.casefold() for o in entry.objects]
    return {t.i for t in _object_tokens(token)
            if (keys := _object_keys(t)) and any(_is_wanted_object(keys, w, compound_nouns) for w in wanted)}


def has_prep(token: Token, preps: tuple[str, ...], times: frozenset[str] = frozenset()) -> bool:
    """A phrase with one of `preps` hangs on `token`, or one of them is itself a dependent
    adverb (a pronominal adverb such as "darauf" listed among them) or marks a clause of the
    trigger ("called for the UN to investigate": "for" marks the infinitive clause).  A phrase
    headed by one of `times` says when, whatever its preposition ("am Samstag festgehalten" is
    no "festhalten an")."""
    wanted = {p.casefold() for p in preps}
    if _has_prep_among(token.children, wanted, token.i, times):
        return True
    # a noun event as the object of a light verb: the phrase hangs on the verb as often ("held a
    # rally against the government")
    return (token.dep_ in ("obj", "nsubj:pass") and token.head.i != token.i and not verb_like(token)
            and _has_prep_among(token.head.children, wanted, token.i, times))


def time_nouns(r: LanguageRules) -> frozenset[str]:
    """The words that head a phrase of time (the grammar's weekdays, months, day parts and units:
    "am Samstag", "in der Nacht"), case-folded; built on first use, as `_trigger_index`."""
    if r._time_nouns is None:
        dates = r.grammar.dates
        words = (*dates.weekdays, *dates.months, *dates.day_parts, *dates.units) if dates is not None else ()
        object.__setattr__(r, "_time_nouns", frozenset(w.casefold() for w in words))
    return r._time_nouns  # type: ignore[return-value]


def _has_prep_among(children, wanted: set[str], skip: int, times: frozenset[str] = frozenset()) -> bool:
    for child in children:
        if child.i == skip or child.lower_ in times:
            continue
        dep = child.dep_.split(":")[0]
        if dep in ("obl", "nmod", "iobj", "obj") and wanted & case_markers(child):
            return True
        if dep in ("xcomp", "advcl", "ccomp") and any(g.dep_ == "mark" and g.lower_ in wanted for g in child.children):
            return True
        if dep in ("advmod", "obl", "expl") and child.lower_ in wanted:
            return True
    return False


# The dependents that are a verb's direct object: its object, or the passive subject that was it.
_DIRECT_OBJECT_DEPS = frozenset({"obj", "nsubj:pass"})


def _figurative_object(token: Token, words: tuple[str, ...], compound_nouns: bool) -> bool:
    """Whether the trigger's direct object, or a prepositional object of it, is one of `words` (or,
    where nouns compound, ends in one): "kämpft gegen die Jugendarbeitslosigkeit"."""
    wanted = [w.casefold() for w in words]
    phrases = [c for c in token.children if c.dep_ in _DIRECT_OBJECT_DEPS or (c.dep_.startswith("obl") and case_markers(c))]
    keys = [k for c in phrases for k in lemmas(c)]
    return any(_is_wanted_object(keys, w, compound_nouns) for w in wanted)


# Where a predicative or manner word hangs on its verb in a small parser's trees.
_PREDICATE_DEPS = frozenset({"advmod", "xcomp", "acomp", "obj", "obl", "dep", "amod", "conj", "parataxis", "ccomp", "compound:prt"})


def _has_predicate(token: Token, words: tuple[str, ...]) -> bool:
    wanted = {w.casefold() for w in words}
    return any(c.dep_ in _PREDICATE_DEPS and (c.lower_ in wanted or wanted & set(lemmas(c))) for c in token.children)


def _object_with_prep(token: Token, entry: EventPattern, compound_nouns: bool) -> bool:
    """An object the entry wants carries the wanted preposition itself, wherever the parser hung
    it ("gingen gegen die Regierung auf die Straße" with "auf die Straße" under "Regierung")."""
    wanted = {p.casefold() for p in entry.only_with_prep}
    return any(wanted & _own_or_counted_markers(token.doc[i]) for i in restricting_objects(token, entry, compound_nouns))


def _own_or_counted_markers(word: Token) -> set[str]:
    """The phrase's prepositions, or, for a noun right after the number word it is in apposition
    to, that word's ("gegen Hunderte Demonstranten" with "Demonstranten" under "Hunderte")."""
    own = case_markers(word)
    if own or word.dep_ != "appos" or word.i != word.head.i + 1:
        return own
    return case_markers(word.head)


# Relations that open a clause of its own below a verb: what is inside belongs to that clause.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "conj", "parataxis", "csubj"})


def _phrase_in_clause(token: Token, entry: EventPattern, compound_nouns: bool) -> bool:
    """An idiom's phrase anywhere in the trigger's own clause, however deep the parser hung it:
    "gingen Tausende gegen die Erhöhung der Gaspreise auf die Straße" with "auf die Straße" under
    "Gaspreise" is still going into the streets."""
    preps = {p.casefold() for p in entry.only_with_prep}
    wanted = [o.casefold() for o in entry.objects]
    stack = list(token.children)
    while stack:
        word = stack.pop()
        if word.dep_ in _CLAUSE_DEPS and verb_like(word):
            continue
        if preps & case_markers(word) and (keys := lemmas(word)) and any(_is_wanted_object(keys, w, compound_nouns) for w in wanted):
            return True
        stack.extend(word.children)
    return False


def _satisfies(entry: EventPattern, token: Token, compound_nouns: bool, object_lemmas: Callable[[], set[str]],
               times: frozenset[str] = frozenset()) -> bool:
    if entry.unless_compounds and _in_compounds(token, entry.unless_compounds, compound_nouns):
        return False
    if entry.unless_prep and has_prep(token, entry.unless_prep, times):
        return False
    # An idiom's phrase found anywhere in its clause answers both the preposition and the object
    # the entry wants ("auf die Straße"); the other conditions still apply.
    idiom = bool(entry.only_with_prep and entry.objects and verb_like(token) and _phrase_in_clause(token, entry, compound_nouns))
    if entry.only_with_prep and not idiom and not has_prep(token, entry.only_with_prep) and not _object_with_prep(token, entry, compound_nouns):
        return False
    if entry.unless_objects and _figurative_object(token, entry.unless_objects, compound_nouns):
        return False
    if entry.without_object and any(c.dep_ == "obj" for c in token.children):
        return False
    if entry.predicates and not _has_predicate(token, entry.predicates):
        return False
    if not entry.objects or idiom:
        return True
    # "Friedensgespräche" satisfies "Gespräch" where nouns compound.
    have = list(object_lemmas())
    return any(_is_wanted_object(have, o.casefold(), compound_nouns) for o in entry.objects)


def _in_compounds(token: Token, compounds: tuple[str, ...], compound_nouns: bool) -> bool:
    """Whether the token's lemma is one of `compounds` or, where nouns compound, ends in one by the
    compound rule ("Präsidentschaftswahlkampf" ends in "Wahlkampf")."""
    keys = lemmas(token)
    return any(_is_wanted_object(keys, c.casefold(), compound_nouns) for c in compounds)


def _trigger_index(r: LanguageRules) -> _TriggerIndex:
    if r._triggers is None:
        join = r.grammar.particle_join
        particle_verbs: dict[str, frozenset[str]] = {}
        for key in r.verbs:
            for cut in range(1, len(key)):
                for particle, verb in ((key[:cut], key[cut:]), (key[cut:], key[:cut])):
                    particle, verb = particle.strip(), verb.strip()
                    if particle and verb and join.format(particle=particle, verb=verb) == key:
                        particle_verbs[verb] = particle_verbs.get(verb, frozenset()) | {particle}
        object.__setattr__(r, "_triggers", _TriggerIndex(frozenset(r.verbs) | frozenset(r.reported_modals), particle_verbs))
    return r._triggers  # type: ignore[return-value]


def pattern_nouns(r: LanguageRules) -> frozenset[str]:
    """The common nouns the language's patterns name: noun triggers and the objects verb patterns
    ask for (case-folded; built on first use, as `_trigger_index`)."""
    if r._pattern_nouns is None:
        objects = {w.casefold() for entries in r.verbs.values() for e in entries for w in e.objects}
        object.__setattr__(r, "_pattern_nouns", frozenset(objects | set(r.nouns)))
    return r._pattern_nouns  # type: ignore[return-value]


def _word_may_trigger(token: Token, r: LanguageRules, index: _TriggerIndex) -> tuple[bool, tuple[str, ...]]:
    """(whether a lemma key, listed verb form or participle's infinitive of the word is a pattern
    verb, a modal form or a pattern noun — or, where nouns compound, ends in one; the keys that
    make a pattern verb with a particle)."""
    word = (token.lemma_, token.text)
    found = index.answers.get(word)
    if found is None:
        keys = [*verb_lemmas(token), *participle_lemmas(token.text, r.grammar)]
        alone = any(k in index.words or k in r.nouns for k in keys) or (
            r.grammar.compound_nouns and any(last_part(k, r.nouns) is not None for k in keys))
        found = (alone, tuple(k for k in keys if k in index.particle_verbs))
        if len(index.answers) < 200_000:  # (a long-running server's cache stays bounded)
            index.answers[word] = found
    return found


def may_trigger(sent: Sequence[Token], r: LanguageRules) -> bool:
    """Whether any word of the sentence could be read as a trigger, whatever the tree, the parts
    of speech or the particles' attachment: a word whose lemma key, listed verb form or
    participle's infinitive is a pattern verb, a modal form or a pattern noun (or ends in one,
    where nouns compound), or a verb whose key makes a pattern verb with a word of the sentence
    as its particle ("brachen … ab").  `match` finds nothing in a sentence without one, before
    or after any repair."""
    index = _trigger_index(r)
    particles: list[tuple[str, ...]] = []
    for token in sent:
        alone, keys = _word_may_trigger(token, r, index)
        if alone:
            return True
        if keys:
            particles.append(keys)
    if not particles:
        return False
    present = {t.lower_ for t in sent}
    return any(index.particle_verbs[k] & present for keys in particles for k in keys)


def match(token: Token, r: LanguageRules) -> EventPattern | None:
    """The pattern `token` triggers, if any."""
    alone, particle_keys = _word_may_trigger(token, r, _trigger_index(r))
    if not alone and not particle_keys:
        return None  # (no key of the word makes a pattern's, with or without a particle: the cached answer first)
    if verb_like(token):
        candidates = ()
        for key in verb_keys(token, r.grammar):
            candidates = r.verbs.get(key, ())
            if candidates:
                break
        else:
            # only then a clause-final word the parser did not call a particle ("ließen … frei")
            candidates = next((r.verbs[k] for k in _stray_particle_keys(token, r)), ())
    elif token.pos_ in ("NOUN", "PROPN"):
        candidates = noun_entries(token, r)
    else:
        return None
    # (the objects' lemmas once, for all the entries that ask: nothing changes the tree meanwhile)
    object_lemmas = cache(lambda: _object_lemmas(token))
    return next((e for e in candidates if _satisfies(e, token, r.grammar.compound_nouns, object_lemmas, time_nouns(r))), None)
