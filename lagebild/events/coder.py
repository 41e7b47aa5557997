"""Code one parsed document into events: find triggers, fill source and target from the tree,
resolve them to actors, judge factuality, and attach the codebook's PLOVER, QuadClass and
Goldstein values.  Pure over its inputs: the same Doc and rules give the same events."""

from __future__ import annotations

from dataclasses import replace
from datetime import date as Date
from itertools import permutations, product

from spacy.tokens import Doc, Token

from .. import codebook
from ..actors.resolve import ActorIndex, PersonHook, is_place_noun, place_at, place_in, prefix_actor, prepositions, resolve, resolve_all, with_country
from ..lang.compounds import last_part
from ..nlp.components import text_sentences
from . import roles
from .context import DocContext, token_at
from .factuality import Judgement, clause_of, judge, prevented, purpose_clause
from .patterns import LanguageRules, has_prep, lemmas, match, noun_entries, restricting_objects, verb_keys, verb_like, with_particle
from .records import Actor, Event, EventDate, Evidence, Plover
from .repair import (agent_prepositions, genitive_actor_name, mend, rehang_counted_noun, rehang_genitive_owner, rehang_noun_before_actor_name,
                     split_adjacent_actors)
from .schemas import EventPattern, FactualityCues


# CAMEO events that are mutual by nature: "Israel und die Palästinenser verhandelten" is Israel
# negotiating with the Palestinians and the reverse (consult, meet, negotiate, sign, cooperate).
RECIPROCAL_CODES = frozenset({"030", "036", "040", "043", "044", "046", "050", "057", "060", "061", "062", "063", "064", "0871"})


# Of those, the acts that are between two parties by their very meaning: consulting, meeting,
# negotiating (and offering to).  A verb or noun of these with one party and no counterpart
# reports no dyad — "the President talked about turnout", "authorities are negotiating
# compensation", "as internal meetings progressed, officials postponed …".
MUTUAL_CODES = frozenset({"036", "040", "043", "044", "046"})


# Meetings, talks and visits take place abroad as often as not: where they happen says nothing
# of whose officials met ("Der Außenminister traf sich in Genf mit …" is no Swiss minister).
_PLACE_NAMES_NO_PARTY = MUTUAL_CODES | {"042"}


# A visit's target is where it goes: a capital visited is its country, not its government
# ("besuchte Moskau", "visited Moscow": RUS), as "reiste nach Moskau".
_VISIT_CODES = frozenset({"042"})


def _cities_as_countries(targets: list[Actor], index: ActorIndex) -> list[Actor]:
    """Capitals among `targets` as the cities they are, so their bare country: a place visited or
    attacked.  (A seat of government is no city: "besuchte den Kreml" visits the government.)"""
    # (the city's name may come with words of its own: "der somalischen Hauptstadt Mogadischu")
    return [replace(a, code=a.country, sector=None, entry=f"{a.entry}; the city itself")
            if a.country and a.sector and ".metonyms" in a.entry and any(index.place(w) is not None for w in a.text.split()) else a
            for a in targets]


# Protest (CAMEO 14): with no target named, the country where it happens is the target.
_PLACE_IS_TARGET_ROOTS = frozenset({"14"})
# Force (CAMEO 18-20): with no target named, the country of the place its object lies in.
_ATTACKED_PLACE_ROOTS = frozenset({"18", "19", "20"})


def _places_what_was_hit(trigger: Token, location, index: ActorIndex) -> bool:
    """Whether the verb has an object (that named no actor) and the event's place is named in the
    verb's phrase outside its subject: "Ziele im Gazastreifen", "bombed targets in Syria" with
    "in Syria" on the verb or on the object — not "Russian forces fought in Syria" (no object).
    A noun's object is a genitive that names no actor: "die Bombardierung einer Trauerhalle in
    Sanaa durch Kampfjets" hit Yemen ("Russlands Angriffe in Syrien" name no object)."""
    if not verb_like(trigger):
        return any(c.dep_ == "nmod" and c.pos_ == "NOUN" and not roles.case_markers(c) and index.at(c) is None
                   for c in trigger.children) and any(t.idx <= location.start < t.idx + len(t) for t in trigger.subtree)
    if not any(c.dep_ in ("obj", "nsubj:pass") for c in trigger.children):
        return False
    # (the subject's own words, not the span from its first to its last: a parser that hangs the
    # sentence's full stop on the subject would make that span the whole sentence)
    subjects = {t.i for c in trigger.children if c.dep_ in ("nsubj", "obl:agent") for t in c.subtree}
    return any(t.idx <= location.start < t.idx + len(t) for t in trigger.subtree if t.i not in subjects)


# Sectors that in an event with another country's institution are almost always that country's
# own: the state and its opponents.
DOMESTIC_SECTORS = frozenset({"GOV", "OPP", "REB", "COP", "JUD", "LEG", "MIL", "PTY", "SPY", "UAF", "INS", "SEP"})


# Police and courts act at home: the civilians they arrest, disperse or try are their country's
# ("Egyptian police opened fire to disperse demonstrators": EGY CVL), where an army's victims may
# be anyone's.  Civilians are CVL and the finer civil sectors CAMEO writes for some of them
# (human-rights activists, workers, students, farmers): "Festnahme von elf Menschenrechtlern durch
# die türkische Polizei" are Turkish activists.
_POLICING = frozenset({"COP", "JUD"})
_POLICED = frozenset({"CVL", "HRI", "LAB", "EDU", "AGR"})


# People who are abroad as often as at home: refugees, journalists, aid workers.  They neither take
# the other side's country nor lend theirs (gunmen who kidnap a French aid worker in Mali are no
# French gunmen).
FOREIGN_AS_OFTEN_SECTORS = frozenset({"REF", "MED", "NGO"})


# Fighters outside a state's forces: they fight where they are from.
_IRREGULAR_SECTORS = frozenset({"REB", "UAF", "INS", "SEP"})


def _names_a_place(actor: Actor) -> bool:
    """An actor its own words resolved as a place: a city, or a capital read as the city itself
    (not the event's place made its target, which may be where someone went)."""
    return actor.entry.startswith("place: ") or ".metonyms:" in actor.entry


def _with_country(actor: Actor | None, other: Actor | None) -> Actor | None:
    """A bare sector ("die Regierung") facing another country's institution or people is most
    often that country's own: "Die syrische Opposition verhandelte mit der Regierung" → SYRGOV.
    A bare country as the other side says nothing ("Russland bombardierte die Rebellen")."""
    if actor is None or other is None or other.country is None or other.sector is None:
        return actor
    if other.sector in FOREIGN_AS_OFTEN_SECTORS or (
            actor.sector not in DOMESTIC_SECTORS and not (actor.sector in _POLICED and other.sector in _POLICING)):
        return actor
    placed = with_country(actor, other.country, other.text)
    # Never make an actor act on itself: "Der Kreml nahm die Regierung … in Schutz" is not RUSGOV
    # defending RUSGOV — better a bare GOV than a wrong country.
    return actor if placed.code == other.code else placed


# Acts a government does to people in its power: yielding (releasing them), coercing (arrests,
# expulsions, repression).
_GOVERNING_ROOTS = frozenset({"08", "17"})


def _civilians_of(actor: Actor | None, other: Actor | None) -> Actor | None:
    """A bare civil sector takes the country of the actor acting on it, when that one has one."""
    if actor is None or other is None or actor.country is not None or actor.sector not in _POLICED or other.country is None:
        return actor
    return with_country(actor, other.country, other.text)


def _state(actor: Actor | None) -> bool:
    """A government, or a country named as the one acting ("Sri Lanka will … Land an die Bewohner
    zurückgeben"), not a place."""
    return actor is not None and (actor.sector == "GOV" or (
        actor.sector is None and actor.country is not None and actor.code == actor.country and not _names_a_place(actor)))


def _governed(actor: Actor | None, other: Actor | None) -> Actor | None:
    """A bare civil sector a government acts on takes the government's country (not one acting on
    it: demonstrators who set an embassy on fire are not its country's)."""
    return _civilians_of(actor, other) if _state(other) else actor


def _against_something(trigger: Token, opposing: frozenset[str], cues: FactualityCues) -> bool:
    """Whether a phrase of the trigger's clause says what it is against ("demonstrierten in
    Warschau gegen die Verschärfung …", the phrase hung on the place), or its light verb's, or
    the clause that states its aim ("legten die Arbeit nieder, um gegen ein Verbot zu protestieren")."""
    if has_prep(trigger, tuple(opposing)):
        return True
    holder = trigger if verb_like(trigger) else trigger.head
    if any(purpose_clause(c, cues) and _against_something(c, opposing, cues) for c in holder.children):
        return True
    for tok in holder.subtree:
        if tok.i == holder.i or prepositions(tok).isdisjoint(opposing):
            continue
        step = tok.head
        while step.i != holder.i and not verb_like(step) and step.head.i != step.i:
            step = step.head
        if step.i == holder.i:
            return True
    return False


def _anchored(actor: Actor | None) -> bool:
    """Whether an actor is tied to a country or an organisation, not a bare sector."""
    return actor is not None and (actor.country is not None or actor.code != (actor.sector or ""))


def _directional(phrase: Token) -> bool:
    """A locative preposition with an accusative article is a direction, not a place ("flohen in
    die Türkei" is where they went, "in der Türkei" where it happened), where articles show case."""
    shown = roles.article_shown(phrase)
    return "Acc" in shown and "Dat" not in shown


def _owns_region(tok: Token, index: ActorIndex) -> bool:
    """A country named as the owner of a part of it: "im Norden Malis", "in the north of Mali"."""
    return (tok.dep_ in ("nmod", "nmod:poss") and tok.head.lemma_.casefold() in index.region_nouns
            and roles.case_markers(tok) <= index.region_owner_prepositions)


def _sentence_country(sent, index: ActorIndex, locative: tuple[str, ...], outside: frozenset[int] = frozenset()) -> tuple[str, str] | None:
    """Where the sentence happens: a country or capital introduced by a locative preposition
    ("Im Südsudan", "in Moskau") or a region of it ("im Nordosten Nigerias"), else the first
    city it names.  Tokens in `outside` (the speaker's phrase: "relief officials in Nairobi
    said") do not say where the event happened."""
    sent = [tok for tok in sent if tok.i not in outside]
    for tok in sent:
        m = index.at(tok)
        if m is None or not m.form.ref.country or tok.i != m.span.root.i:
            continue
        phrase = tok.head if (roles._matches(tok, "poss", None) or _owns_region(tok, index)) and tok.head.pos_ == "NOUN" else tok
        if tok.dep_ == "amod" and (is_place_noun(tok.head, index) or tok.head.lemma_.casefold() in index.region_nouns):
            phrase = tok.head  # "in der südsudanesischen Provinz Unity": the adjective names the country
        if roles.case_markers(phrase) & set(locative) and not _directional(phrase):
            return m.form.ref.country, m.span.text
    found = place_in(list(sent), index)
    if found is None:
        # A city after a locative preposition is a place whatever the tagger made of it ("In
        # Idlib wurden Zivilisten getötet" with "Idlib" a common noun the recogniser missed);
        # acronyms are left out ("bei CBS", "in NRW").
        found = next((hit for tok in sent if roles.case_markers(tok) & set(locative) and not tok.text.isupper()
                      and (hit := place_at(tok, index, placed=True)) is not None), None)
    return (found[1].country, found[1].name) if found else None


def _bare(actor: Actor | None) -> bool:
    """A sector with no country and no organisation ("die Rebellen")."""
    return actor is not None and actor.country is None and actor.sector not in (None, "IGO", "NGO") and actor.code == actor.sector


def _lends_country(actor: Actor | None, other: Actor | None, country: str, *, acted_upon: bool, kept_alone: bool = False) -> bool:
    """Whether a bare sector `actor` may take the sentence's only `country` when `other` is the
    event's other side.  Alone, only a state's or an armed side's sector does, or one kept alone
    (`kept_alone`: protesters): a lone civil sector is too vague to code (`_assemble` drops it)
    and a guessed country must not save it ("Sharon Davis und Kelley Humphreys hingen auf einer
    Brücke in Wales Karten … auf").  Not from the other side's own country when that side is a
    bare country ("Russland bombardierte die Rebellen", "Die USA lieferten den Rebellen Waffen",
    "the army returned after a meeting with Iran": whose is not said), nor from people as often
    abroad as at home ("Rebellen entführten einen französischen Journalisten"); from another
    side's own country only a civil sector that side acts upon
    (`acted_upon`; "Die kolumbianische Farc-Guerilla hat die Angehörigen der Opfer um Verzeihung
    gebeten"; not "Demonstranten steckten die Regierung Myanmars in Brand")."""
    if actor is None:
        return False
    if other is None:
        return actor.sector in DOMESTIC_SECTORS or kept_alone
    if other.country != country:
        return True
    # (a state's or armed side's sector facing another country's has had its say in `_with_country`)
    # (nor do people as often abroad take the other side's: journalists Turkish police arrest)
    return (acted_upon and other.sector is not None and not {other.sector, actor.sector} & FOREIGN_AS_OFTEN_SECTORS
            and actor.sector not in DOMESTIC_SECTORS)


def _only_country(sent, index: ActorIndex, locative: tuple[str, ...], outside: frozenset[int] = frozenset()) -> tuple[str, str] | None:
    """The one country the sentence's actor words name (an adjective, a name, a genitive, an
    institution's default country), when they name exactly one; a phrase after a locative
    preposition says where, not who, and tokens in `outside` (the speaker's phrase) are left out."""
    found: dict[str, str] = {}
    for tok in sent:
        if tok.i in outside:
            continue
        m = index.at(tok)
        if m is None or not m.form.ref.country or tok.i != m.span.root.i:
            continue
        phrase = tok.head if tok.dep_ in ("amod", "nmod:poss", "compound", "flat") and tok.head.i != tok.i else tok
        if roles.case_markers(phrase) & set(locative) or roles.case_markers(tok) & set(locative):
            continue
        if m.form.ref.sector and any((own := index.at(c)) is not None and own.form.ref.country and not own.form.ref.sector
                                     and own.form.ref.country != m.form.ref.country for c in tok.children):
            continue  # an institution's default country the phrase overrides ("die brasilianische Bundespolizei")
        found.setdefault(m.form.ref.country, m.span.text)
    return next(iter(found.items())) if len(found) == 1 else None


def _role_specs(entry: EventPattern, trigger: Token, r: LanguageRules) -> tuple[tuple[str, ...], tuple[str, ...]]:
    d = r.grammar.roles
    if verb_like(trigger):
        passive = roles.is_passive(trigger) or _attributive_with_agent(trigger, r)
        source = d.passive_source if passive else _given(entry.source, d.verb_source)
        target = d.passive_target if passive else _with_named_object(_with_surplus_subject(_given(entry.target, d.verb_target)))
        if passive and entry.target:
            target = _passive_targets(entry.target, d.passive_target, trigger)
        return source, target
    source, target = _given(entry.source, d.noun_source), _given(entry.target, d.noun_target)
    if d.objective_genitive_agents and "poss" in source and _agent_phrase(trigger, frozenset(d.objective_genitive_agents)):
        source = tuple(s for s in source if s != "poss")
        target = ("poss", *(t for t in target if t != "poss"))
    return source, target


def _attributive_with_agent(verb: Token, r: LanguageRules) -> bool:
    """A past participle attributed to a noun, with an agent phrase of its own ("die von Rebellen
    zerstörten Dörfer", "die durch Terroristen zerstörten Gebiete") is a passive: the agent is its
    source, the noun what was done to.  (English reads "villages destroyed by rebels" so through
    its `obl:agent`; a present participle acts itself: "die protestierenden Studenten".)"""
    if verb.dep_ not in ("amod", "acl") or verb.head.i == verb.i or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if "Tense=Pres" in verb.morph:
        return False
    preps = agent_prepositions(r)
    return any(c.dep_ == "obl" and roles.case_markers(c) & preps for c in verb.children)


def _agent_phrase(noun: Token, preps: frozenset[str]) -> bool:
    """Whether the noun, or its genitive, has a phrase after one of `preps` ("durch Russland")."""
    holders = [noun, *(c for c in noun.children if roles._matches(c, "poss", None))]
    return any(c.dep_.startswith("nmod") and roles.case_markers(c) & preps for h in holders for c in h.children)


def _passive_targets(own: tuple[str, ...], passive: tuple[str, ...], verb: Token) -> tuple[str, ...]:
    """Target specs of a passive verb whose entry names its own targets (`own`).

    In general the passive subject comes first, then the entry's ("mit Russland wurde verhandelt").
    An entry that never takes its object as target (what is offered, sent, deployed) has that
    object as the passive subject, so the subject is no target: "Russische Truppen wurden nach
    Syrien verlegt" is towards Syria, not against Russia's troops.  With an object left, the
    subject is the recipient ("Bolivia was offered aid").  Of two passive subjects one may be a
    mislabelled dative ("Der Ukraine wurden deutsche Panzer zugesagt"): both come after the
    entry's own, unless the case shows one to be no nominative — that is the dative the entry's
    own specs find, the other the object."""
    if "obj" in own or any(c.dep_ == "obj" for c in verb.children):
        return (*passive, *own)
    subjects = [c for c in verb.children if c.dep_ == "nsubj:pass"]
    shown = any((cases := roles.phrase_cases(c)) and "Nom" not in cases for c in subjects)
    return (*own, *passive) if len(subjects) > 1 and not shown else own


def _with_surplus_subject(specs: tuple[str, ...]) -> tuple[str, ...]:
    """Where the object is wanted, a second "subject" is wanted next: a mislabelled object (see
    roles._split_subjects; "Die Ukraine drängte die NATO …" with both labelled nsubj)."""
    if "obj" not in specs or "nsubj:extra" in specs:
        return specs
    at = specs.index("obj") + 1
    return (*specs[:at], "nsubj:extra", *specs[at:])


def _with_named_object(specs: tuple[str, ...]) -> tuple[str, ...]:
    """Where the recipient is wanted (an indirect object) and the thing given is no role, a bare
    name labelled the direct object is wanted last: the recipient, since a country is not what is
    given or promised ("Japan sagte Myanmar … Hilfen zu" with the aid hung elsewhere and
    "Myanmar" the only object)."""
    if "iobj" not in specs or "obj" in specs or "obj:name" in specs:
        return specs
    return (*specs, "obj:name")


def _own_specs(specs: tuple[str, ...]) -> tuple[str, ...]:
    """The role specs that look at the trigger's own phrase, not at the clause it is in."""
    return tuple(s for s in specs if not s.startswith("governor:"))


def _given(specs: tuple[str, ...] | None, default: tuple[str, ...]) -> tuple[str, ...]:
    """An entry's own role specs; `[]` switches the role off, absent means the default."""
    return default if specs is None else specs


def _actors(
    trigger: Token, specs: tuple[str, ...], index: ActorIndex, hook: PersonHook | None, skip: set[int], *, places: bool = True,
    avoid: frozenset[str] = frozenset(),
) -> list[Actor]:
    """Actors of the first spec that names any; tokens in `skip` (the other role) are left out.
    A spec that names only actors coded as in `avoid` (the source's own codes, for a target) is
    passed over for a later one that names another ("Litauen schloss die russische Botschaft in
    Vilnius": the embassy's country, not the city's); with none, it stands."""
    fallback: list[Actor] = []
    for spec in specs:
        heads = [t for t in roles.find(trigger, spec) if t.i not in skip]
        actors = [a for h in heads for a in resolve_all(h, index, hook, places=places)]
        # one actor once, though two heads lead to it ("Mitarbeiter der Vereinten Nationen" with
        # both nouns labelled objects)
        actors = list({(a.start, a.end, a.code): a for a in actors}.values())
        if actors and avoid and all(a.code in avoid for a in actors):
            fallback = fallback or actors
            continue
        if actors:
            return actors
    return fallback


def _said_by(trigger: Token, speaker: Token) -> bool:
    """Whether the trigger's clause is what the speaker's verb says, directly ("Japan said it had
    halted aid") — not a clause inside it ("… killed 23 people when they blew themselves up in Tel
    Aviv, police said": the bombers blew up, not the police)."""
    clause = trigger if verb_like(trigger) else trigger.head
    return clause.head.i == speaker.head.i and clause.i != speaker.head.i


def _pronoun_subject(trigger: Token) -> bool:
    clause = trigger if verb_like(trigger) else trigger.head
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "PRON" for c in clause.children)


def _plover(event, entry: EventPattern, quad_class: int, factuality: str, kinds: frozenset[str] = frozenset()) -> Plover | None:
    """PLOVER type of a coded event.  PLOVER codes what an actor commits to, not only what it
    did: an announced cooperative act is AGREE, an announced hostile one THREATEN, a refused
    cooperative one REJECT — CAMEO keeps the act's own code and the factuality says the rest.
    An act reported as future ("the rebels said they will release …") is announced too."""
    if event is None:
        return None
    if factuality == "future" or (factuality == "reported" and "future" in kinds):
        return Plover("AGREE" if quad_class <= 2 else "THREATEN", None)
    if factuality == "negated" and quad_class <= 2:
        return Plover("REJECT", None)
    return Plover(event.type, entry.plover_mode or event.mode)


def _evidence(token: Token) -> Evidence:
    return Evidence(token.text, token.idx, token.idx + len(token.text))


# Roots whose events contain another act as their content: appeal (02), intend/promise (03),
# demand (10), accuse (11), reject (12), threaten (13).  "drohte, Aleppo anzugreifen" is one threat,
# not a threat and an attack; "agreed to resign" one agreement.
SPEECH_ACT_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})
DENIAL_CODE = "016"  # deny responsibility: what is denied did not happen by the speaker's word


def _names_target(trigger: Token, entry: EventPattern, r: LanguageRules, index: ActorIndex, hook: PersonHook | None) -> bool:
    """Whether the entry's target roles name any actor (coreference aside)."""
    return bool(_actors(trigger, _role_specs(entry, trigger, r)[1], index, hook, skip=set(), places=entry.target_place))


def _names_both_sides(trigger: Token, entry: EventPattern, r: LanguageRules, index: ActorIndex, hook: PersonHook | None) -> bool:
    """Whether a mutual entry's source roles name two actors or more — each is the other's
    target ("Obama und Putin sprachen über Syrien"), so a reading that needs a target has one."""
    return entry.mutual and len(_actors(trigger, _role_specs(entry, trigger, r)[0], index, hook, skip=set())) > 1


def _embedded_in_speech_act(trigger: Token, verb_triggers: dict[int, EventPattern]) -> bool:
    """Whether the trigger's clause is the content of a speech act that is itself coded (a demand,
    a threat, a promise, a denial: "bestritt, dass seine Kampfflugzeuge … bombardiert hätten").
    Not of another statement (01): what a comment notes is reported, as what is said is."""
    head = trigger.head
    if head.i == trigger.i or trigger.dep_ not in ("xcomp", "ccomp", "advcl", "acl"):
        return False
    if head.i not in verb_triggers:
        # What a denial denies includes the clause on its object: "dementierte Berichte, wonach
        # eritreische Truppen … kämpften" (also with the verb misread as the noun's attribute).
        # An infinitive the parser hung on a speech act's addressee is what is asked of it:
        # "forderte die Türkei auf, ihre Soldaten abzuziehen" (not a relative clause, whose
        # event is told as fact).
        asked = (trigger.dep_ == "acl" and roles.infinitive(trigger) and head.dep_ in ("obj", "iobj")
                 and head.head.i in verb_triggers and verb_triggers[head.head.i].cameo[:2] in SPEECH_ACT_ROOTS)
        return asked or (head.pos_ in ("NOUN", "PROPN") and _denied(head, verb_triggers))
    code = verb_triggers[head.i].cameo
    return code[:2] in SPEECH_ACT_ROOTS or code.startswith(DENIAL_CODE)


def _denied(noun: Token, verb_triggers: dict[int, EventPattern]) -> bool:
    """Whether the noun is what a denial denies: its object, or the noun a denial verb before it
    was misread as modifying."""
    def denial(i: int) -> bool:
        return i in verb_triggers and verb_triggers[i].cameo.startswith(DENIAL_CODE)

    return (noun.dep_ in ("obj", "nsubj:pass") and denial(noun.head.i)) or any(c.i < noun.i and denial(c.i) for c in noun.children)


# Roots of verbs whose object phrase is their content, at any depth: a statement or denial (01)
# and the speech acts above.  "wies jede Verantwortung für den Angriff zurück" denies; the attack
# is what is denied, not a second event.
CONTENT_ROOTS = SPEECH_ACT_ROOTS | {"01"}
# Relations by which a noun hangs inside another noun's phrase.
_NOMINAL_LINKS = frozenset({"nmod", "nmod:poss", "obj", "obl", "obl:arg", "iobj", "nsubj:pass"})


def _governed_by_event(token: Token, verb_triggers: dict[int, EventPattern], r: LanguageRules) -> bool:
    """A noun that is an argument of a verb trigger is part of that verb's event ("drohte mit
    Sanktionen" is a threat, not sanctions), unless the verb is a light verb ("flog Angriffe");
    a noun deeper inside the object of a speech act is its content ("wies die Verantwortung für
    den Angriff zurück").  A noun after a circumstance preposition is an event of its own ("Nach
    Zusammenstößen … wurden sechs Personen festgenommen": the clashes, then the arrests)."""
    head = token.head
    if head.i in verb_triggers and head.i != token.i:
        if roles.case_markers(token) & set(r.grammar.circumstance_prepositions):
            return False
        # The lemma the verb matched by decides: "stellte … ein Ultimatum" (stellen) is light,
        # "stellt … Finanzhilfen bereit" (bereitstellen) a verb of its own.
        key = next((k for k in verb_keys(head, r.grammar) if k in r.verbs), head.lemma_.casefold())
        if key not in r.grammar.light_verbs:
            return True
    tok = token
    for _ in range(3):
        if tok.dep_ not in _NOMINAL_LINKS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i in verb_triggers:
            return tok.i != head.i and verb_triggers[tok.i].cameo[:2] in CONTENT_ROOTS
        if tok.pos_ not in ("NOUN", "PROPN", "PRON"):
            return False
    return False


def code_doc(
    doc: Doc,
    r: LanguageRules,
    index: ActorIndex,
    *,
    doc_id: str = "",
    person_hook: PersonHook | None = None,
    doc_date: Date | None = None,
    context: bool = True,
) -> list[Event]:
    """Events of a parsed document.  With `context` each event also gets its location, its date
    (relative expressions resolved against `doc_date`) and pronoun roles filled by coreference."""
    # Parser errors that lose a whole clause or role, mended before anything reads the tree.
    if r.grammar.genitive_name_endings:
        # (before the repairs: one reads a noun glued to a name as the verb's object —
        # "Venezuelas Opposition verlangte …" is the opposition's demand, not one made of it)
        known_genitive = genitive_actor_name(index, r.grammar.genitive_name_endings)
        for span in text_sentences(doc):
            rehang_genitive_owner(tuple(span), known_genitive)
    candidates = mend(doc, r, only_with_triggers=True)  # the sentences that may hold a trigger
    split_adjacent_actors(doc, index)
    rehang_counted_noun(doc, index)
    rehang_noun_before_actor_name(doc, index)
    ctx = DocContext(doc, index, r.grammar, r.lang, doc_date, person_hook) if context else None
    with roles.fixed_tree(doc):  # (the tree is final: nothing below changes it)
        return _sentence_events(doc, candidates, r, index, doc_id, person_hook, ctx)


def _sentence_events(doc: Doc, candidates: frozenset[int], r: LanguageRules, index: ActorIndex, doc_id: str,
                     person_hook: PersonHook | None, ctx: DocContext | None) -> list[Event]:
    """The events of the mended document's sentences that start at one of `candidates`."""
    events: list[Event] = []
    for s_index, span in enumerate(text_sentences(doc)):
        if span.start not in candidates:
            continue  # (no word of it can be a trigger: see `mend`)
        sent = tuple(span)  # (the tokens once: a Span makes each anew at every walk)
        verbs = [t for t in sent if verb_like(t)]
        # A reading of not doing it ("wollte sich nicht äußern") is no trigger where the verb is not
        # negated: "äußerte sich zu den Angriffen Russlands" is a plain statement about an event.
        verb_triggers = {t.i: e for t in verbs if (e := match(t, r)) is not None
                         and (not e.negated_reading or judge(t, r.grammar.factuality).factuality == "negated")}
        # A reading that needs a target and names none is no act: "warnte der Minister" with a
        # clause is the plain statement, whose content is coded as any statement's is.
        verb_triggers = {i: e for i, e in verb_triggers.items() if not e.target_required or _names_target(doc[i], e, r, index, person_hook)
                         or _names_both_sides(doc[i], e, r, index, person_hook)}
        triggers: list[tuple[Token, EventPattern, bool]] = []  # trigger, entry, no agent from its clause
        noun_triggers = {tok.i: entry for tok in sent if tok.i not in verb_triggers and tok.pos_ in ("NOUN", "PROPN")
                         and index.at(tok) is None and (entry := match(tok, r)) is not None}
        # A weapon or attack that does the harm is the act: its verb is no event of its own.
        weapons = {i for i, entry in noun_triggers.items() if _weapon_acting(doc[i], entry, verb_triggers, r)}
        wielded = {doc[i].head.i for i in weapons}
        noun_triggers = {i: e for i, e in noun_triggers.items() if i in weapons or not e.only_as_weapon}
        answered = {i for i, e in noun_triggers.items() if _answered(doc[i], e, verb_triggers, r, index, person_hook)}
        for tok in sent:
            if tok.i in verb_triggers and tok.i not in wielded:
                triggers.append((tok, verb_triggers[tok.i], False))
            elif tok.i in weapons:
                triggers.append((tok, noun_triggers[tok.i], True))
            elif tok.i in noun_triggers and (tok.i in answered or not _governed_by_event(tok, verb_triggers, r)):
                # A clause whose subject is itself an event ("Ein Angriff Nordkoreas würde einen
                # Krieg auslösen") says what that event causes: the war is not North Korea's act.
                caused = any(c.dep_ == "nsubj" and c.i in noun_triggers for c in tok.head.children if c.i != tok.i)
                triggers.append((tok, noun_triggers[tok.i], caused))
        # A noun that gave another trigger its reading is part of that event ("der Abbruch der
        # Gespräche" is one break-off, not talks as well).
        restricting = {i for trigger, entry, _ in triggers for i in restricting_objects(trigger, entry, r.grammar.compound_nouns)}
        triggers = [(t, e, g) for t, e, g in triggers if t.i not in restricting or verb_like(t) or t.i in answered]
        demanded: set[int] = set()  # clause verbs whose content a speaker demands
        for tok in verbs:
            found = _reported_modal(tok, r, verb_triggers)
            if found is not None:
                modal, entry, verdict = found
                demanded.add(tok.i)
                events.extend(_speech_act_events(tok, modal, entry, verdict, r, index, person_hook, doc_id, s_index, span.text, ctx))
        aims = _aims(triggers, r)
        for trigger, entry, no_clause_agent in triggers:
            clause = clause_of(trigger)
            if _embedded_in_speech_act(trigger, verb_triggers) or clause.i in demanded:
                continue
            if not verb_like(trigger) and _embedded_in_speech_act(clause, verb_triggers):
                # a noun event in a speech act's content, through its light verb ("threatened to
                # launch an offensive", "drohte, Sanktionen zu verhängen"): the content of the act
                continue
            if trigger.i in weapons:
                events.extend(_weapon_events(trigger, entry, verb_triggers.get(trigger.head.i), r, index, person_hook, doc_id, s_index, span.text, ctx))
                continue
            found = _events_for(trigger, entry, r, index, person_hook, doc_id, s_index, span.text, ctx,
                                no_clause_agent=no_clause_agent, answered=trigger.i in answered)
            events.extend(e for e in found if trigger.i not in aims or e.target is not None)
    return events


def _aims(triggers: list[tuple[Token, EventPattern, bool]], r: LanguageRules) -> set[int]:
    """The triggers of purpose clauses that state the aim of their verb's own act — the same root
    ("Studenten blockierten die Zufahrten, um zu protestieren": the blockade is the protest).
    Their events are kept only where they name an addressee of their own."""
    roots = {t.i: e.cameo[:2] for t, e, _ in triggers}
    return {t.i for t, e, _ in triggers if roots.get(t.head.i) == e.cameo[:2] and purpose_clause(t, r.grammar.factuality)}


# Rejection: what a rejection answers was demanded, offered or asked all the same.
_REJECT_ROOT = "12"


def _answered(noun: Token, entry: EventPattern, verb_triggers: dict[int, EventPattern], r: LanguageRules,
              index: ActorIndex, hook: PersonHook | None) -> bool:
    """A speech act named by a noun that the verb event it is the object of rejects, naming an
    agent of its own — a demand, an offer, an appeal, an ultimatum — is that agent's act as well,
    made to the one who rejects it: "Die Türkei lehnte die Forderung der EU ab" — the EU demanded
    of Turkey.  Without an agent of its own it stays part of the
    verb's event (`_governed_by_event`).  (What a criticism is about stays its content: "France
    condemned Russia's attack" is one event, as the parallel gold has it.)"""
    verb = noun.head
    if verb.i == noun.i or verb.i not in verb_triggers or noun.dep_ not in ("obj", "nsubj:pass", "obl:arg"):
        return False
    if verb_triggers[verb.i].cameo[:2] != _REJECT_ROOT or entry.cameo[:2] not in SPEECH_ACT_ROOTS:
        return False  # (a rejected mediation, deal or visit did not happen: only what was said did)
    return bool(_actors(noun, _own_specs(_role_specs(entry, noun, r)[0]), index, hook, skip=set(), places=False))


def _weapon_acting(noun: Token, entry: EventPattern, verb_triggers: dict[int, EventPattern], r: LanguageRules) -> bool:
    """A violent noun event that is the subject of a verb of harming ("Eine Autobombe tötete 20
    Menschen", "Airstrikes killed civilians") or of a weapon going off ("In Bagdad explodierte eine
    Autobombe") names the act itself: the bombing, the air strike, not a killing by no one."""
    verb = noun.head
    if entry.cameo[:2] not in _VIOLENT_ROOTS or verb.i == noun.i or not verb_like(verb):
        return False
    if noun.dep_ == "obl" and roles.case_markers(noun):
        # "Bei einem Selbstmordanschlag starben 30 Menschen": the attack killed those who died —
        # a fight between sides is still theirs ("Bei Kämpfen zwischen der Armee und Rebellen starben …").
        return not entry.mutual and entry.cameo not in MUTUAL_CODES and _dying(verb, r)
    if noun.dep_ != "nsubj":
        return False
    if verb.i in verb_triggers:
        return verb_triggers[verb.i].cameo[:2] in _VIOLENT_ROOTS
    keys = verb_keys(verb, r.grammar)
    # A particle the parser took for an adverb still makes the verb ("a bomb went off").
    for adverb in (c for c in verb.children if c.dep_ == "advmod" and c.i > verb.i and not list(c.children)):
        keys = with_particle(keys, adverb.lower_, r.grammar)
    return not set(keys).isdisjoint(r.grammar.detonation_verbs)


def _reported_modal(verb: Token, r: LanguageRules, verb_triggers: dict[int, EventPattern]) -> tuple[Token, EventPattern, Judgement] | None:
    """The modal that makes a reported clause its speaker's own act ("…, China must drop its
    barriers" said by Washington is a demand of Washington), with the clause's judgement.  Not
    when the reporting verb codes the act itself ("Russia insisted that the US must …" is one
    demand, already coded from "insisted")."""
    if not r.reported_modals or not verb_like(verb):
        return None
    modal = next((c for c in verb.children if c.dep_.startswith("aux") and c.lower_ in r.reported_modals), None)
    if modal is None:
        return None
    verdict = judge(verb, r.grammar.factuality)
    if verdict.factuality != "reported" or verdict.speaker is None:
        return None  # the writer's own "must", a negated or conditional one: no actor demanded it
    reporting = verdict.speaker.head
    if reporting.i in verb_triggers and verb_triggers[reporting.i].cameo[:2] in SPEECH_ACT_ROOTS:
        return None
    return modal, r.reported_modals[modal.lower_], verdict


def _speech_act_events(verb, modal, entry, verdict, r, index, hook, doc_id, s_index, sent_text, ctx) -> list[Event]:
    """The speaker's act on the reported clause's subject; the clause itself is its content."""
    sources = resolve_all(verdict.speaker, index, hook, places=False)
    if not sources and ctx is not None and ctx.coref is not None:
        sources = ctx.coref.fill(verdict.speaker.head, ("nsubj",), skip=set())
    speaker_starts = {a.start for a in sources}
    targets = [a for a in _actors(verb, r.grammar.roles.verb_source, index, hook, skip=set()) if a.start not in speaker_starts]
    if not targets and ctx is not None and ctx.coref is not None:
        targets = ctx.coref.fill(verb, r.grammar.roles.verb_source, skip=set())
    if not targets:
        return []  # "sie müsse sparen": a speaker's duty of its own, no one is asked
    # The demand itself is what the speaker did, not hearsay: asserted, with the modal as its cue.
    return _assemble(modal, entry, r, index, sources, targets, Judgement("asserted", modal), None, doc_id, s_index, sent_text, ctx)


def _between_phrase(trigger: Token, r: LanguageRules) -> bool:
    """Whether a "zwischen A und B" / "between A and B" phrase hangs on the trigger: it names both
    sides of the act, each acting on the other ("Kämpfe zwischen der Armee und Rebellen")."""
    between = set(r.grammar.between_prepositions)
    return bool(between) and any(
        prepositions(c) & between and any(g.dep_ == "conj" for g in c.children) for c in trigger.children
    )


def _reciprocal(trigger: Token, r: LanguageRules) -> bool:
    """Whether a reciprocal word hangs on the trigger or its clause's verb ("Die Armee und die
    Separatisten warfen sich gegenseitig vor, …", "accused each other of …"): each side's act is
    on the other (grammar `reciprocal_markers`; one of several words is matched on the words in
    a row from one of the dependents)."""
    markers = [m.lower().split() for m in r.grammar.reciprocal_markers]
    doc = trigger.doc
    for holder in {trigger, clause_of(trigger)}:
        for child in holder.children:
            for words in markers:
                # (the dependent may be the phrase's first word or its last: "each other")
                for first in (child.i, child.i - len(words) + 1):
                    if first >= 0 and [t.lower_ for t in doc[first:first + len(words)]] == words:
                        return True
    return False


def _topic_phrase(noun: Token, r: LanguageRules) -> bool:
    """A noun in a prepositional phrase of a verb, after a preposition that does not make it the
    subject's act (grammar `agent_prepositions`)."""
    if not r.grammar.agent_prepositions or not verb_like(noun.head) or noun.head.i == noun.i:
        return False
    markers = prepositions(noun)
    return bool(markers) and markers.isdisjoint(r.grammar.agent_prepositions)


# Violent acts: assault, fight, mass violence.  A victim's verb with no agent takes the agent of
# the attack it names as its means or occasion.
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def _event_subject(verb: Token, r: LanguageRules) -> set[int]:
    """The tokens of a passive verb's subject when that subject is an event of its own, whose
    agent phrase is its own: "Die Entführung der Schülerinnen durch Boko Haram wurde verurteilt" —
    Boko Haram abducted, it did not condemn.  (An agent hung on a subject that is no event is the
    parser's slip and the verb's: "Häftlinge von Polizisten misshandelt".)"""
    if not verb_like(verb) or not roles.is_passive(verb):
        return set()
    return {t.i for c in verb.children if c.dep_ == "nsubj:pass" and c.pos_ == "NOUN" and match(c, r) is not None
            for t in c.subtree}


def _clause_event_agents(verb: Token, entry: EventPattern, r: LanguageRules) -> set[int]:
    """The subjects of the verb's complement clauses that are events of their own, when the verb's
    act is not a speech act whose content they are: "Arnor signed an accord, an official said"
    reports Arnor's act — Arnor is its agent, not whom the official addressed (also "Arnor is
    about to restore ties"); "Gollum allowed that Mordor is no place to visit" is about Mordor,
    and "demanded that the United States cancel the sale" is demanding of the United States (the
    content of a demand is no event of its own, see `_embedded_in_speech_act`)."""
    if entry.cameo[:2] in SPEECH_ACT_ROOTS or entry.cameo.startswith(DENIAL_CODE) or not verb_like(verb):
        return set()
    # (the clause's event may be its head's infinitive: "Arnor is about to restore ties")
    return {s.i for c in verb.children if c.dep_ == "ccomp"
            and any(match(x, r) is not None for x in (c, *(g for g in c.children if g.dep_ == "xcomp")))
            for s in roles.with_conjuncts([g for g in c.children if g.dep_ in ("nsubj", "nsubj:pass")])}


def _agent_of_attack(verb: Token, r: LanguageRules, index: ActorIndex, hook: PersonHook | None) -> list[Actor]:
    """The agent of a violent noun event in an oblique of `verb` ("Zwölf Menschen wurden bei
    Luftangriffen der israelischen Armee getötet", "were killed in an attack by Boko Haram"):
    whoever attacked killed them."""
    for phrase in verb.children:
        if not phrase.dep_.startswith("obl") or phrase.pos_ != "NOUN":
            continue
        attack = match(phrase, r)
        if attack is None or attack.cameo[:2] not in _VIOLENT_ROOTS:
            continue
        specs, _ = _role_specs(attack, phrase, r)
        found = _actors(phrase, _own_specs(specs), index, hook, skip=set(), places=False)
        if not found and (own := prefix_actor(phrase)) is not None:
            found = [own]  # "bei US-Luftangriffen"
        if found:
            return found
    return []


def _events_for(trigger, entry, r, index, hook, doc_id, s_index, sent_text, ctx: DocContext | None = None, *,
                no_clause_agent: bool = False, answered: bool = False) -> list[Event]:
    source_specs, target_specs = _role_specs(entry, trigger, r)
    if answered:
        # a noun event a rejection answers (see `_answered`): its own agent, and when it names no
        # one it was made to, the subject that rejects it
        source_specs, target_specs = _own_specs(source_specs), (*target_specs, "governor:nsubj")
    # A noun event takes no agent from the clause around it when it is the argument or content
    # of a verb event ("drohte mit Sanktionen", "verurteilte die Angriffe der Luftwaffe": the
    # verb's subject is the verb's), the clause's circumstance ("Wochen nach dem Anschlag legte
    # ein Geschworenengericht … vor": the court did not attack), the reason its subject gives
    # ("begründeten dies mit den Angriffen") or what the clause is about ("opened an
    # investigation into the allegations") — a meeting excepted ("said after a meeting with
    # Perry": the speaker met him).
    circumstance = (not verb_like(trigger) and entry.cameo not in MUTUAL_CODES
                    and (bool(roles.case_markers(trigger) & set(r.grammar.circumstance_prepositions))
                         or (trigger.dep_ != "nsubj" and not set(lemmas(trigger.head)).isdisjoint(r.grammar.reason_verbs))
                         or _topic_phrase(trigger, r)))
    if no_clause_agent or circumstance or prevented(trigger, r.grammar.factuality):
        # (who prevents an act is not its agent: "Die Polizei vereitelte einen Anschlag")
        source_specs = _own_specs(source_specs)
    # A city stands for its country when it is acted upon ("bombardierten Aleppo"), not as an
    # actor ("the event in Holyoke was her 36th meeting").
    own = prefix_actor(trigger) if not verb_like(trigger) else None
    if own is not None:
        # "US-Luftangriffe auf Mossul": the attacks are the United States' — the noun's own first
        # part names its agent before the clause does ("Trump hat eine FBI-Untersuchung
        # veranlasst": the FBI investigates)
        sources = _actors(trigger, _own_specs(source_specs), index, hook, skip=set(), places=False) or [own]
    else:
        sources = _actors(trigger, source_specs, index, hook, skip=_event_subject(trigger, r), places=False)
        if not sources and entry.cameo[:2] in _VIOLENT_ROOTS and verb_like(trigger):
            sources = _agent_of_attack(trigger, r, index, hook)
    source_starts = {a.start for a in sources}
    clause_agents = _clause_event_agents(trigger, entry, r)
    targets = [t for t in _actors(trigger, target_specs, index, hook, skip=clause_agents, places=entry.target_place,
                                  avoid=frozenset(a.code for a in sources))
               if t.start not in source_starts]
    if not targets and entry.cameo.startswith(_BOMBING) and verb_like(trigger):
        targets = _site_targets(trigger, r, index, hook, skip=set())
    if not targets and entry.cameo.startswith(_REPRESSING_CODES):
        targets = _protesters(trigger, target_specs, r, skip=source_starts)
    if entry.cameo in _AERIAL_CODES and _by_air(trigger, source_specs, r):
        entry = entry.model_copy(update={"cameo": "195"})
    elif entry.cameo == "190" and not entry.mutual and sources and all(a.sector in _UNARMED_SECTORS for a in sources):
        # Civilians who attack beat or stab, they wage no war: "Russische Hooligans griffen
        # englische Fußballfans an" is a physical assault (182); a clash is still a clash.
        entry = entry.model_copy(update={"cameo": "182"})
    if entry.cameo in _VISIT_CODES or entry.cameo[:2] in _ATTACKED_PLACE_ROOTS:
        # A capital visited or attacked is the city, so its country: "bombardierten Damaskus" hits
        # Syria, not its government (which a capital is where it acts or is addressed).
        targets = _cities_as_countries(targets, index)
    verdict = judge(trigger, r.grammar.factuality, sent_text, own_negation_only=answered)
    speaker = resolve(verdict.speaker, index, hook) if verdict.speaker is not None else None
    if not sources and speaker is not None and _pronoun_subject(trigger) and _said_by(trigger, verdict.speaker):
        # "Japan said it had halted aid": the reported subject is the speaker.
        sources = [speaker]
    if ctx is not None and ctx.coref is not None:
        # Coreference light: a pronoun role takes its antecedent ("Er traf …" → Kerry); a bare
        # definite role noun ("der Minister") the country of the last actor of its sector.
        if not sources:
            sources = ctx.coref.fill(trigger, source_specs, skip=set())
        if not targets:
            starts = {a.start for a in sources}
            targets = [t for t in ctx.coref.fill(trigger, target_specs, skip=set(), avoid=frozenset(a.country for a in sources if a.country))
                       if t.start not in starts]
        sources, targets = ([ctx.coref.description(a, targets) for a in sources],
                            [ctx.coref.description(a, sources) for a in targets])
    if entry.cameo in MUTUAL_CODES and len(sources) + len(targets) < 2:
        return []  # a meeting needs two parties: one alone, on either side, is no dyad
    if not sources and (entry.agent_required if verb_like(trigger) else not (entry.agent_optional or _done_by_someone(trigger, r))):
        # A nominal event without an agent is a topic, not an event report ("Unterstützung für
        # den Namen", "ein Krieg mit Nordkorea", "the attack destroyed the Capitol"); so is a verb
        # whose political reading needs an actor to do it ("a storm hit Arizona").
        return []
    return _assemble(trigger, entry, r, index, sources, targets, verdict, speaker, doc_id, s_index, sent_text, ctx)


def _done_by_someone(noun: Token, r: LanguageRules) -> bool:
    """A noun event that is the object of a light verb with a subject of its own was done, by
    someone no actor code names: "Ein Selbstmordattentäter hat einen Anschlag auf ein Hotel in
    Mogadischu verübt" reports an attack, with no coded source, as a verb with such a subject
    does ("Ein Selbstmordattentäter griff ein Hotel an")."""
    verb = noun.head
    if noun.dep_ != "obj" or verb.i == noun.i or not verb_like(verb):
        return False
    if set(verb_keys(verb, r.grammar)).isdisjoint(r.grammar.light_verbs):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


# Bombings (CAMEO 183x): with nothing named that they hit, the place they went off at.
_BOMBING = "183"
# Codes an aerial weapon as the agent makes an air strike (195): fighting, firing (the CAMEO verb
# dictionary's aircraft that open fire), destroying, killing.
_AERIAL_CODES = frozenset({"190", "193", "1712", "1823"})
_UNARMED_SECTORS = frozenset({"CVL"})


# Repression (175): the protest a government breaks up by force stands for the people protesting
# (not one it bans, 1721: that one has no people yet).
_REPRESSING_CODES = ("175",)
_PROTEST_ROOT = "14"
_PEOPLE = "CVL"


def _protesters(trigger: Token, specs: tuple[str, ...], r: LanguageRules, skip: set[int]) -> list[Actor]:
    """The people of a protest that a repressive act names as what it hit, with no actor named in
    it ("Die Polizei in Kinshasa schlug Proteste gegen die Regierung nieder", "würde Proteste
    gegen die Verfassung auflösen"): unaffiliated civilians, whose country the other side or the
    sentence's place gives — as event data code the people of a crushed protest.  A protest noun
    is one the language's patterns code as a protest (root 14)."""
    for spec in specs:
        heads = [h for h in roles.find(trigger, spec) if h.idx not in skip and h.pos_ == "NOUN"]
        protests = [h for h in heads if any(e.cameo[:2] == _PROTEST_ROOT for e in noun_entries(h, r))]
        if protests:
            return [Actor(h.text, _PEOPLE, None, _PEOPLE, h.idx, h.idx + len(h.text), f"people of the protest: {h.text}") for h in protests]
        if heads:
            return []
    return []


def _site_targets(verb: Token, r: LanguageRules, index: ActorIndex, hook: PersonHook | None, skip: set[int]) -> list[Actor]:
    """What a bomb hit, with no object named: the place it went off at ("vor einer Moschee in
    Kabul", "outside the embassy")."""
    if not r.grammar.site_prepositions:
        return []
    # (the first such phrase that names one: "blew themselves up in Tel Aviv in the worst attack
    # of the Palestinian uprising" went off in Israel)
    for site in roles.find(verb, f"obl[{'|'.join(r.grammar.site_prepositions)}]"):
        if site.i not in skip and (found := resolve_all(site, index, hook)):
            return found
    return []


def _by_air(trigger: Token, source_specs: tuple[str, ...], r: LanguageRules) -> bool:
    """Whether the act's agent phrase is headed by an aerial weapon ("Saudische Kampfjets", "Russian
    warplanes", "the Syrian air force")."""
    weapons = r.aerial_weapons
    if not weapons:
        return False
    for spec in source_specs:
        heads = roles.find(trigger, spec)
        if heads:
            return any(_is_aerial(h, weapons, r.grammar.compound_nouns) for h in heads)
    return False


def _is_aerial(head: Token, weapons: dict[str, bool], compounds: bool) -> bool:
    words = set(lemmas(head))
    words |= {f"{c.lower_} {w}" for c in head.children if c.dep_ == "compound" for w in list(words)}
    if any(w in weapons for w in words):
        return True
    return compounds and any(last_part(w, weapons) for w in words)


def _speaker_phrase(verdict: Judgement) -> frozenset[int]:
    return frozenset(t.i for t in verdict.speaker.subtree) if verdict.speaker is not None else frozenset()


def _reporter_phrase(verdict: Judgement) -> frozenset[int]:
    """The phrase of whoever reports the clause, whichever factuality won, and a report marker's
    ("nach ukrainischen Angaben": whose account it is, not whose act)."""
    out = frozenset(t.i for t in verdict.reporter.subtree) if verdict.reporter is not None else frozenset()
    cue = verdict.cue
    if verdict.factuality == "reported" and cue is not None and cue.pos_ in ("NOUN", "PROPN") and cue.head.i != cue.i:
        out |= frozenset(t.i for t in cue.subtree)
    return out


def _event_country(trigger: Token, index: ActorIndex, r: LanguageRules, verdict: Judgement) -> tuple[str, str] | None:
    """Where the sentence's event happens (`_sentence_country`), leaving out the speaker's phrase
    and the clauses that describe a noun (`_attribute_places`).
    A report marker's phrase ("laut dem Ministerium in Paris", "according to officials in Kabul")
    says where the source sits: another place of the sentence comes first ("im Norden Malis"),
    but with none, the source's place is the best guess (a government reports on its country)."""
    sent = trigger.sent
    owned = _attribute_places(sent, trigger)
    found = _sentence_country(sent, index, r.grammar.locative_prepositions, _speaker_phrase(verdict) | owned)
    cue = verdict.cue
    if found is None or verdict.factuality != "reported" or cue is None or cue.pos_ not in ("NOUN", "PROPN") or cue.head.i == cue.i:
        return found
    source_phrase = frozenset(t.i for t in cue.subtree)
    return _sentence_country(sent, index, r.grammar.locative_prepositions, _speaker_phrase(verdict) | source_phrase | owned) or found


def _attribute_places(sent, trigger: Token) -> frozenset[int]:
    """The words of participle and relative clauses that describe a noun with a phrase of their
    own, other than the trigger's clause: a place there is where that noun's referent lives or
    sits ("macht den in den USA lebenden Prediger verantwortlich und forderte Washington auf"),
    not where the event happens.  A bare adjective is no such clause: "in der südsudanesischen
    Provinz Unity" names the place."""
    return frozenset(t.i for clause in sent if clause.dep_ in ("amod", "acl", "acl:relcl") and clause.pos_ in ("VERB", "ADJ", "AUX")
                     and clause.head.pos_ in ("NOUN", "PROPN") and any(c.dep_.startswith("obl") for c in clause.children)
                     and not (clause.left_edge.i <= trigger.i <= clause.right_edge.i)
                     for t in clause.subtree)


def _dying(verb: Token, r: LanguageRules) -> bool:
    return bool(r.grammar.dying_verbs) and not set(verb_keys(verb, r.grammar)).isdisjoint(r.grammar.dying_verbs)


def _weapon_events(
    weapon: Token, entry: EventPattern, verb_entry: EventPattern | None, r: LanguageRules, index: ActorIndex, hook: PersonHook | None,
    doc_id, s_index, sent_text, ctx: DocContext | None,
) -> list[Event]:
    """The act a weapon or attack noun does as the subject of its verb (`_weapon_acting`).  Its
    agent is only the one its own phrase names ("eine Autobombe der Taliban"): none is needed, as
    for any agentless violence.  Its targets are whom the verb harms, else the place it went off
    at; the verb says how sure ("könnte explodieren")."""
    verb = weapon.head
    source_specs, target_specs = _role_specs(entry, weapon, r)
    sources = _actors(weapon, _own_specs(source_specs), index, hook, skip=set(), places=False)
    if weapon.dep_ != "nsubj":
        harmed: tuple[str, ...] = ("nsubj",)  # those who died in it
    elif verb_entry is not None:
        harmed = _role_specs(verb_entry, verb, r)[1]  # whom the verb harms
    else:
        harmed = ()  # it went off
    targets = _actors(verb, harmed, index, hook, skip={weapon.i}) or _actors(weapon, _own_specs(target_specs), index, hook, skip=set())
    if not targets:
        targets = _site_targets(verb, r, index, hook, skip={weapon.i})
    source_starts = {a.start for a in sources}
    targets = [t for t in targets if t.start not in source_starts]
    verdict = judge(verb, r.grammar.factuality, sent_text)
    speaker = resolve(verdict.speaker, index, hook) if verdict.speaker is not None else None
    return _assemble(weapon, entry, r, index, sources, targets, verdict, speaker, doc_id, s_index, sent_text, ctx)


def _dated_after_document(when: EventDate | None, ctx: DocContext | None) -> bool:
    """Whether a day or week the sentence names starts after the document's own.  (A month or
    year may be where something began: "liefert seit Ende 2020" is going on, whenever written.)"""
    return (when is not None and when.source == "sentence" and when.precision in ("day", "week") and ctx is not None
            and ctx.doc_date is not None and when.start > ctx.doc_date.isoformat())


def _date_in_own_clause(trigger: Token, when: EventDate, cues: FactualityCues) -> Token | None:
    """The last word of the date expression ("Samstag" of "am Samstag") when it hangs on the
    trigger's own clause verb, in a tense that is not past: not on a clause it governs ("urged
    voters to reject it next Sunday") nor on a noun ("rief zu einem Nein beim Referendum am
    kommenden Sonntag auf": the Sunday is the referendum's).  A purpose clause's day is the day of
    the act it is the aim of ("reist am Donnerstag nach Moskau, um mit Lawrow zu verhandeln")."""
    at = token_at(trigger.sent, (when.end_char or 0) - 1)
    clause = clause_of(trigger)
    while at is not None and at.head.i != clause.i and purpose_clause(clause, cues) and clause.head.i != clause.i:
        clause = clause.head
    if at is None or at.head.i != clause.i:
        return None
    if any("Tense=Past" in t.morph for t in (clause, *(c for c in clause.children if c.dep_.startswith("aux")))):
        return None
    return at


def _assemble(
    trigger, entry, r, index, sources: list[Actor], targets: list[Actor], verdict: Judgement, speaker: Actor | None,
    doc_id, s_index, sent_text, ctx: DocContext | None,
) -> list[Event]:
    """One event per source–target pair, with the codebook's values, place and date."""
    if not sources and not targets:
        return []
    if entry.negated_reading:
        if verdict.factuality != "negated":
            return []  # ("made a comment" is a plain statement; a verb is filtered in `code_doc` already)
        # not commenting is the act, and it happened
        verdict = Judgement("asserted", verdict.cue, verdict.speaker, verdict.kinds)
    when = ctx.date(trigger) if ctx is not None else None
    if verdict.factuality == "asserted" and _dated_after_document(when, ctx) and (day := _date_in_own_clause(trigger, when, r.grammar.factuality)) is not None:
        # Said as fact of a day still to come: scheduled, not done ("reist am Samstag nach Teheran");
        # the day named is the cue.
        verdict = Judgement("future", day, verdict.speaker, verdict.kinds | {"future"})
    code = codebook.cameo(entry.cameo)
    plover_event = codebook.to_plover(entry.cameo)
    plover = _plover(plover_event, entry, code.quad_class, verdict.factuality, verdict.kinds)
    out = []
    place = None
    location = ctx.location(trigger) if ctx is not None else None
    if not targets and sources and location is not None and location.source == "sentence":
        # (someone must act: "a pig attacked a farmer in China" is no event against China)
        why = None
        if code.root in _PLACE_IS_TARGET_ROOTS and not _against_something(trigger, index.opposing_prepositions, r.grammar.factuality):
            # A protest with nothing named that it is against is addressed to the authorities
            # where it happens ("Albanians demonstrated in Serbia": SRB), as event data sets code
            # domestic protest; one against a policy ("gegen die Verschärfung des
            # Abtreibungsrechts") is left without a target rather than given one not named.
            why = "place of the protest"
        elif code.root in _ATTACKED_PLACE_ROOTS and _places_what_was_hit(trigger, location, index):
            # What was attacked is where the place says: "griff Ziele im Gazastreifen an",
            # "bombed targets in Syria" — the place's country was attacked.
            why = "place of what was attacked"
        if why is not None:
            targets = [Actor(location.text, location.country, location.country, None, location.start, location.end,
                             f"{why}: {location.name}")]
    if entry.target_required and not targets and not (entry.mutual and len(sources) > 1):
        return []  # (the sides of a mutual act are each other's targets)
    pairs: list[tuple[Actor | None, Actor | None]]
    if not targets and len(sources) > 1 and (entry.cameo in RECIPROCAL_CODES or entry.mutual or _between_phrase(trigger, r)
                                             or _reciprocal(trigger, r)):
        pairs = list(permutations(sources, 2))
    else:
        pairs = list(product(sources or [None], targets or [None]))
    for source, target in pairs:
        if (code.root in _VIOLENT_ROOTS and source is not None and source.country is not None
                and target is not None and target.country is None and target.sector in DOMESTIC_SECTORS):
            # Whom an attack hits is where it hits them, before it is the attacker's own people:
            # "Russian jets bombed rebel positions near Aleppo" are Syrian rebels.
            if place is None:
                place = _event_country(trigger, index, r, verdict)
            if place is not None and place[0] != source.country:
                target = with_country(target, place[0], f"place: {place[1]}")
        source, target = _with_country(source, target), _with_country(target, source)
        if entry.cameo not in _PLACE_NAMES_NO_PARTY and any(
            a is not None and a.country is None and a.sector not in (None, "IGO", "NGO") for a in (source, target)
        ):
            # Still a bare sector: the sentence's place says where ("Im Südsudan haben
            # Regierungssoldaten …" → SSDMIL).
            if place is None:
                place = _event_country(trigger, index, r, verdict)
            if (place is None and code.root in _VIOLENT_ROOTS and target is not None and target.sector is None
                    and target.country is not None and _names_a_place(target) and source is not None
                    and source.country is None and source.sector in _IRREGULAR_SECTORS):
                # A city that irregular fighters attack is a place the sentence names, which the
                # place search skips as an actor ("Milizen beschossen den Flughafen von Tripolis":
                # Libyan militias).  Armies strike abroad as often ("thousands of soldiers attacked
                # Kabul" says not whose), and people attacked are no place ("NKVD security forces
                # murdered Polish officers").
                place = (target.country, target.text)
            if place is not None:
                source = source and with_country(source, place[0], f"place: {place[1]}")
                target = target and with_country(target, place[0], f"place: {place[1]}")
            elif code.root in _GOVERNING_ROOTS:
                # No place either: civilians a government frees, arrests or expels are its own
                # ("Die Regierung von Myanmar ließ Gefangene frei": MMR CVL); those it bombs or
                # consoles may be anyone's.
                target = _governed(target, source)
            elif code.root in _VIOLENT_ROOTS:
                # Civilians anyone kills, abducts or attacks, no place named, are of the country
                # the sentence names — the gold's convention ("Kämpfer von Boko Haram verschleppten
                # Dutzende Frauen": NGA CVL; "Die syrische Armee setzte Chemiewaffen gegen
                # Zivilisten ein": SYR CVL).
                target = _civilians_of(target, source)
        if any(_bare(a) for a in (source, target)) and (
                only := _only_country(trigger.sent, index, r.grammar.locative_prepositions, _reporter_phrase(verdict))) is not None:
            # Still a bare sector, no place named: the one country the sentence names at all
            # ("Die äthiopische Regierung hat nach Protesten der Opposition …" → ETH OPP; "Die
            # brasilianische Bundespolizei ermittelt gegen Manager …" → BRA BUS), as the gold's convention
            # has it.  Two countries named leave it bare: which one is not said.  The other side's
            # own country lends it only where `_lends_country` says.
            if _lends_country(source, target, only[0], acted_upon=False, kept_alone=code.root == "14"):
                source = with_country(source, only[0], f"the sentence's only country: {only[1]}")
            if _lends_country(target, source, only[0], acted_upon=True):
                target = with_country(target, only[0], f"the sentence's only country: {only[1]}")
        if source is not None and target is not None and source.code == target.code and source.start == target.start:
            continue
        lone = source if target is None else target if source is None else None
        if lone is not None and not _anchored(lone) and lone.sector not in DOMESTIC_SECTORS and not (lone is source and code.root == "14"):
            # A lone bare civil sector ("people would be killed", "the parliament favoured …"),
            # with no country or organisation: too vague to be event data, and the commonest
            # false positive in non-political news.  "The rebels seized the town" stays, as do
            # two sectors ("police arrested protesters") and civil society protesting ("workers
            # went on strike").
            continue
        out.append(
            Event(
                doc_id=doc_id,
                sentence=s_index,
                sentence_text=sent_text,
                source=source,
                target=target,
                cameo=code.code,
                cameo_root=code.root,
                plover=plover,
                quad_class=code.quad_class,
                goldstein=code.goldstein,
                factuality=verdict.factuality,
                trigger=_evidence(trigger),
                pattern=entry.id,
                lang=r.lang,
                cue=verdict.cue_evidence(),
                speaker=speaker,
                location=location,
                date=when,
            )
        )
    return out
