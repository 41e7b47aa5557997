"""Schemas of the language files the event coder reads: `event_patterns.yaml` (what words trigger
which CAMEO event and where its source and target are) and `grammar.yaml` (the cues that decide
factuality, and how a verb joins its particle).  Both live in `lagebild/lang/<code>/`.

Role specs name a place in a Universal Dependencies tree relative to the trigger, so one grammar
serves every language:

- `nsubj`, `obj`, `iobj`, `obl:arg`, `nmod` …: a child with that relation;
- `obl[mit|gegen]`: a child with that relation whose case marker (preposition) is one of these;
- `case:Dat`: an object-like child (obj, iobj, obl:arg) whose morphology says that case — German
  marks the dative/accusative object with case, not with position or a relation of its own;
- `nsubj:extra`: a second "subject" of the verb — the one that is not the subject (see
  roles._split_subjects), i.e. an object the parser mislabelled;
- `poss`: a possessive or genitive modifier (nmod:poss, nmod/det:poss with Case=Gen);
- `amod`: an adjective (for "russische Angriffe" — only actor adjectives count);
- `compound`: a compound modifier ("US sanctions");
- `obj/nmod[gegen]`: a path of two steps — here a gegen-phrase on the object ("hob die Sanktionen
  gegen Kuba auf": the target hangs on the object noun, not on the verb);
- `head`: the noun a verb trigger modifies (a participle "civilians killed by …", or a verb the
  parser misread as an adjective of its object);
- `governor:nsubj`: the subject of the verb that governs a noun trigger ("Russland verstärkte
  seine Angriffe").
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints, field_validator, model_validator

from ..codebook import all_codes
from ..schema_base import FrozenModel

# `dep[prep|prep]`: with one of these prepositions; `dep[]`: with none.
_STEP = r"(?:[a-z]+(?::[a-z]+)?(?:\[\]|\[[^\[\]|]+(?:\|[^\[\]|]+)*\])?|case:(?:Nom|Acc|Dat|Gen))"
# Up to three steps down the tree: "xcomp/obj/nmod[against]" (threatened to impose restrictions
# against German goods).
_ROLE = re.compile(rf"^(?:head|(?:governor:)?{_STEP}(?:/{_STEP}){{0,2}})$")
ACTOR_CODE = r"^(?:[A-Z]{3})+$"


def _role(value: str) -> str:
    if not _ROLE.match(value):
        raise ValueError(f"role spec {value!r} is not `dep`, `dep[prep|prep]`, `dep[]`, `case:Dat`, `governor:dep` or `dep/dep` (up to three steps)")
    return value


def _cameo(value: str) -> str:
    if value not in {c.code for c in all_codes()}:
        raise ValueError(f"{value!r} is not a CAMEO event code of lagebild/codebook/cameo_events.yaml")
    return value


RoleSpec = Annotated[str, AfterValidator(_role)]
CameoEventCode = Annotated[str, AfterValidator(_cameo)]
Word = Annotated[str, StringConstraints(min_length=1, pattern=r"^\S(?:.*\S)?$")]


class PatternExample(FrozenModel):
    """A sentence the pattern must code, run by the test suite: the event it must yield."""

    text: str
    source: Annotated[str, StringConstraints(pattern=ACTOR_CODE)] | None = None
    target: Annotated[str, StringConstraints(pattern=ACTOR_CODE)] | None = None
    factuality: Literal["asserted", "negated", "hypothetical", "future", "reported", "question"] = "asserted"


class EventPattern(FrozenModel):
    """One dictionary entry. `lemmas` are trigger lemmas (a verb with its particle joined as the
    grammar file says: "abbrechen", "call off"); `unless_prep` rules a reading out by a
    preposition ("festhalten an"); `objects` restricts the entry to triggers whose
    object-like dependent has one of these lemmas ("Gespräche abbrechen" halts negotiations,
    "die Schule abbrechen" does not); `source`/`target` override the defaults of the trigger's
    part of speech; `plover` overrides the mode the CAMEO→PLOVER table gives;
    `unless_objects` rules a figurative reading out by its object ("meet the cost");
    `agent_required` makes a verb need a named agent as nouns do."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_.:-]+$")]
    lemmas: tuple[Word, ...] = Field(min_length=1)
    cameo: CameoEventCode
    objects: tuple[Word, ...] = ()
    source: tuple[RoleSpec, ...] | None = None
    target: tuple[RoleSpec, ...] | None = None
    plover_mode: str | None = None
    # A nominal event is coded only when it names its agent ("Angriffe Russlands", not "ein Krieg
    # mit Nordkorea"), unless the act implies its agent: a verdict its court, an investigation
    # its authority ("was placed under investigation").
    agent_optional: bool = False
    # The verb counterpart: a verb event is coded without a named agent ("Six people were
    # arrested", "the village was shelled": a violent or coercive act is news for its victims),
    # unless the entry says its political reading needs an actor as agent — talking, meeting,
    # backing, surrounding and hitting are done by anyone ("a storm hit Arizona", "the situation
    # surrounding the nomination", "the Commission favoured the title").
    agent_required: bool = False
    # true: several parties named as its agents and none as its target act on each other ("Armenische
    # und aserbaidschanische Soldaten lieferten sich Gefechte", "clashes between …"), as the
    # mutual CAMEO codes (talks, agreements) are; a fight of allies names its enemy.
    mutual: bool = False
    # true: the noun is an event only as the subject of a verb of harming or of going off ("a bomb
    # exploded outside the embassy", "eine Bombe tötete drei Soldaten"), never as a topic ("Iran's
    # bomb", "die Atombombe").
    only_as_weapon: bool = False
    # false: the act is done to people in person (arrest, deportation); a city named where a
    # target is looked for is where it happened, not whom ("Palin" read as Palín, Guatemala).
    target_place: bool = True
    # Prepositions that make the verb another verb: "hielten an den Sanktionen fest" is adhering
    # to them, not detaining anyone — an entry with `unless_prep: [an]` does not fire when a
    # prepositional phrase with one of these hangs on the trigger.
    unless_prep: tuple[Word, ...] = ()
    # The converse: the reading needs a phrase with one of these prepositions (or the pronominal
    # adverb for it: "darauf") on the trigger — "bestehen auf" is insisting, "bestehen" alone is
    # existing or passing.
    only_with_prep: tuple[Word, ...] = ()
    # Object lemmas that make the verb figurative: "meet the cost", "fight cancer", "attack the
    # problem" — an entry with `unless_objects` does not fire when its direct object (or the
    # passive subject that was its object) has one of these lemmas.
    unless_objects: tuple[Word, ...] = ()
    # true: the reading is not doing it — "wollte sich nicht äußern" declines to comment (011): the
    # entry fires only where the verb is negated, and the refusal itself is asserted.
    negated_reading: bool = False
    # true: the reading needs a target — "warnte Russland vor Konsequenzen" warns someone (130);
    # "warnte vor einer Abschwächung der Weltwirtschaft" is a plain statement, no event.
    target_required: bool = False
    # Compounds that end in one of the entry's lemmas without being that event: "Wahlkampf" and
    # "Machtkampf" are no fighting. The trigger's lemma ending in one of these rules the entry out.
    unless_compounds: tuple[Word, ...] = ()
    # true: the reading takes no direct object — "called on the US to stay away" appeals, "called
    # Kim a rocket man on a suicide mission" names someone.
    without_object: bool = False
    # Words one of which the reading needs as the verb's predicative or adverbial ("zeigte sich
    # zuversichtlich" is optimism, 013, where "zeigte sich" alone is a statement): lemmas or
    # lower-case forms of an adverbial, predicative or complement dependent.
    predicates: tuple[Word, ...] = ()
    examples: tuple[PatternExample, ...] = Field(min_length=1)
    # Sentences this entry must not code (a figurative use, an agentless one), run by the tests.
    counter_examples: tuple[str, ...] = ()


class EventPatterns(FrozenModel):
    """Verb and noun triggers of one language.  Entries with `objects` are tried before entries
    without, so a specific reading wins over the general one; ids are unique per file."""

    verbs: tuple[EventPattern, ...] = ()
    nouns: tuple[EventPattern, ...] = ()
    # Modals that turn a reported clause into the speaker's own act: "China must drop its
    # barriers, the administration said" is the administration demanding of China.  `lemmas` are
    # surface forms of the modal; the source is the speaker, the target the clause's subject.
    reported_modals: tuple[EventPattern, ...] = ()

    @model_validator(mode="after")
    def _unique_ids(self) -> "EventPatterns":
        seen: set[str] = set()
        for entry in (*self.verbs, *self.nouns, *self.reported_modals):
            if entry.id in seen:
                raise ValueError(f"pattern id {entry.id!r} is used twice")
            seen.add(entry.id)
        return self


class RoleDefaults(FrozenModel):
    """Where source and target sit when an entry does not say: per part of speech, in order of
    preference, for active and passive clauses."""

    verb_source: tuple[RoleSpec, ...]
    verb_target: tuple[RoleSpec, ...]
    passive_source: tuple[RoleSpec, ...]
    passive_target: tuple[RoleSpec, ...]
    noun_source: tuple[RoleSpec, ...]
    noun_target: tuple[RoleSpec, ...]
    # Prepositions of a noun event's agent phrase that make its genitive the one acted upon
    # ("die Bombardierung Aleppos durch die Luftwaffe": Aleppo was bombed).
    objective_genitive_agents: tuple[Word, ...] = ()


class FactualityCues(FrozenModel):
    """Words (lower-case surface forms or lemmas, as each field says) that change what a trigger
    asserts.  Precedence when several apply: question, negated, hypothetical, reported, future."""

    negation_lemmas: tuple[Word, ...]
    # Correlative negations, each opening word with the word that joins its second part ("weder …
    # noch", "neither … nor"): everything they coordinate is denied, whatever the parser made of
    # the opening word ("Weder die Regierung noch die Justiz hat … freigelassen").
    correlative_negations: dict[Word, Word] = {}
    # The words that open a purpose clause ("…, um gegen das Verbot zu protestieren"; "to protest").
    # An aim is as real as the act it is the aim of ("könnte Soldaten schicken, um die Armee zu
    # unterstützen": the support is hypothetical too); an aim of the same kind of act as its verb,
    # naming no addressee, is that act, not a second one ("legten die Arbeit nieder, um zu
    # protestieren" is one protest).
    purpose_marks: tuple[Word, ...] = ()
    hypothetical_aux_forms: tuple[Word, ...]  # surface forms: "könnte", "würden", "could", "would"
    hypothetical_adverbs: tuple[Word, ...] = ()
    conditional_marks: tuple[Word, ...] = ()  # "wenn", "falls", "if"
    # Marks of a clause whose act is said not to happen ("zog ab, ohne die Rebellen anzugreifen",
    # "statt zu verhandeln", "without attacking").
    negating_marks: tuple[Word, ...] = ()
    future_aux_lemmas: tuple[Word, ...] = ()  # "werden" (as aux, not aux:pass), "will"
    # Future auxiliaries that also make the passive ("werden"): with a participle they are the
    # passive ("Milizen wurden gegründet"), only with an infinitive the future. "will" is always future.
    passive_aux_lemmas: tuple[Word, ...] = ()
    future_verb_lemmas: tuple[Word, ...] = ()  # "planen", "wollen", "plan", "intend" governing the trigger
    # Of those, the ones whose noun object is the act itself, decided: "beschloss Sanktionen" is
    # sanctions imposed, as event data codes it ("beschloss, … zu verhängen" stays a plan).
    decision_verb_lemmas: tuple[Word, ...] = ()
    future_adverbs: tuple[Word, ...] = ()  # "morgen", "tomorrow"
    reported_aux_forms: tuple[Word, ...] = ()  # Konjunktiv I: "habe", "sei"
    # Hypothetical forms that reported speech uses in place of the reporting form ("sagte, die
    # Truppen hätten … beschossen", "said they would withdraw"): under a reporting verb, with no
    # condition, they report and do not make the act hypothetical.
    reported_substitute_forms: tuple[Word, ...] = ()
    reporting_verb_lemmas: tuple[Word, ...] = ()  # "sagen", "say": their clausal complement is reported
    # Verbs whose infinitive complement did not happen: "failed to agree", "versäumte, … zu".
    failure_verb_lemmas: tuple[Word, ...] = ()
    # Verbs whose object is an act that did not happen because someone stopped it ("vereitelte
    # einen Anschlag", "thwarted an attack"): the act is negated, and the one who stopped it is
    # not its agent.
    preventing_verb_lemmas: tuple[Word, ...] = ()
    # A modal that passes on a claim when the verb is a perfect infinitive ("soll … bombardiert
    # haben": reportedly bombed) — reported, as "angeblich", "laut …"; `perfect_auxiliaries` are
    # the infinitives that make it perfect.  Without one the modal is an order ("soll angreifen").
    alleged_modal_forms: tuple[Word, ...] = ()
    perfect_auxiliaries: tuple[Word, ...] = ()
    reported_markers: tuple[Word, ...] = ()  # "laut", "zufolge", "according"
    # Words that open a clause of a reporting verb hung on the event's clause: "…, wie ein
    # Sprecher mitteilte", "as the ministry said" — the event is the speaker's account.
    reported_clause_marks: tuple[Word, ...] = ()
    question_marks: tuple[str, ...] = ("?",)


Precision = Literal["day", "week", "month", "year"]


class DateCues(FrozenModel):
    """Words of date expressions that are resolved against the document date ("letzten
    Dienstag", "vor zwei Jahren", "Anfang der Woche"); absolute dates go to dateparser."""

    prepositions: tuple[Word, ...] = ()  # stripped before resolving: "am", "on"
    weekdays: tuple[Word, ...] = Field(min_length=7, max_length=7)  # Monday first
    months: tuple[Word, ...] = Field(min_length=12)
    last: tuple[Word, ...] = ()
    next: tuple[Word, ...] = ()
    this: tuple[Word, ...] = ()
    units: dict[Word, Literal["day", "week", "month", "year"]] = Field(default_factory=dict)
    numbers: dict[Word, int] = Field(default_factory=dict)
    ago: str = Field(pattern=r"\{n\}.*\{unit\}")  # "vor {n} {unit}", "{n} {unit} ago"
    deictic: dict[Word, int] = Field(default_factory=dict)  # "gestern": -1 day
    parts: dict[Word, Literal["start", "middle", "end"]] = Field(default_factory=dict)  # "Anfang der Woche"
    part_joiners: tuple[Word, ...] = ()  # "of": "end of last year"
    day_parts: tuple[Word, ...] = ()  # "abend": "Dienstagabend", "Tuesday evening" is still that Tuesday
    weekend: tuple[Word, ...] = ()  # "wochenende", "weekend": Saturday and Sunday of a week
    ordinal_suffixes: tuple[Word, ...] = ()  # "rd": "March 3rd" is a day of March
    day_month_joiners: tuple[Word, ...] = ()  # "of": "the 3rd of March"
    # "seit", "since": the day named is when something going on began, so it lies behind even in a
    # present-tense clause ("Seit Montag demonstrieren Tausende").
    since: tuple[Word, ...] = ()


class PlaceCues(FrozenModel):
    """Words that make a name the place of its sentence even where the entity recogniser does not
    call it one, or where it is also an actor form (a capital standing for its government)."""

    # A name after these is a place, be it a city, a capital or a country: "nach Ankara", "near Homs".
    prepositions: tuple[Word, ...] = ()
    # Only a city that is no actor form is a place after these: "vor Odessa" (off a port), while
    # "warnte vor Moskau" names the government.
    city_prepositions: tuple[Word, ...] = ()
    # Directions and parts of a place: the name they govern ("nördlich von Charkiw", "im Osten
    # Aleppos", "on the outskirts of Kharkiv") is the place.
    area_words: tuple[Word, ...] = ()
    # Lemmas of attacks and journeys: their object or prepositional complement is where the event
    # happens ("beschossen Cherson", "Luftangriff auf Sanaa", "travelled to Ankara").
    target_lemmas: tuple[Word, ...] = ()
    # A verb lemma and the prepositions after which its complement is a place, where the
    # preposition alone says nothing: "verhängte über Kairo eine Ausgangssperre", "zogen sich aus
    # Kabul zurück", "converged on Kabul" (while "sprach über Kairo", "relied on Kabul" do not).
    verb_prepositions: dict[Word, tuple[Word, ...]] = {}


class PronounCue(FrozenModel):
    gender: Literal["m", "f", "n"] | None = None
    number: Literal["sing", "plur", "any"] = "sing"


class PossessorCue(FrozenModel):
    """Who a possessive determiner may stand for: a singular owner of one of `genders` (German
    "seine": a man or a neuter country; English "its": a country), or a plural one."""

    genders: tuple[Literal["m", "f", "n"], ...] = ()
    plural: bool = False


class CoreferenceCues(FrozenModel):
    """Pronouns that may stand for an actor named before, with gender and number ("any": the
    morphology decides, German "sie"), and the determiners of a definite description."""

    pronouns: dict[Word, PronounCue] = Field(default_factory=dict)
    definite_determiners: tuple[Word, ...] = ()
    # Tags that mark a noun singular whatever its morphology says (a small English pipeline
    # calls "The Kenyan" plural): a definite singular demonym is a person named before.
    singular_tags: tuple[str, ...] = ()
    # Nouns for a country that stand for the one named last when definite and bare ("verhängte
    # Sanktionen gegen das Land", "the country's army"): that country.
    country_nouns: tuple[Word, ...] = ()
    # Possessive determiners: a sector noun they own takes their owner's country ("Russland
    # erklärte, seine Luftwaffe habe …" → RUS MIL; "urged Turkey to withdraw its troops" → TUR MIL).
    possessives: dict[Word, PossessorCue] = Field(default_factory=dict)


class Participles(FrozenModel):
    """How a regular past participle is made from its infinitive, to find a pattern verb's
    participle that neither the lemmatizer nor the dictionary knows ("gefoltert" → "foltern"):
    `marker` before the stem, at the start or after a separable particle ("ausgeliefert");
    `endings` maps a participle ending to the infinitive endings it may stand for; `plain_endings`
    the same for participles without the marker ("bombardiert" → "bombardieren")."""

    marker: Word = ""
    endings: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    plain_endings: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # Prefixes whose verbs take no marker: `endings` apply to the word as it is ("verübt" → "verüben").
    unmarked_prefixes: tuple[Word, ...] = ()


class Grammar(FrozenModel):
    """How one language expresses what the coder needs beyond patterns."""

    dates: DateCues | None = None
    places: PlaceCues = PlaceCues()
    coreference: CoreferenceCues | None = None

    particle_join: Literal["{particle}{verb}", "{verb} {particle}"]
    compound_nouns: bool = False  # nouns compound in one word: "Luftangriff" counts as "Angriff"
    light_verbs: tuple[Word, ...] = ()  # verbs that carry a noun event: "fliegen", "carry out", "launch"
    # Nouns for the start or continuation of an act ("den Beginn von Friedensverhandlungen
    # ankündigen"): under a light verb, the act they govern is the verb's (repair.py).
    phase_nouns: tuple[Word, ...] = ()
    locative_prepositions: tuple[Word, ...] = ()  # "in", "im": a country after them is a place
    # A noun event after one of these is a circumstance of the clause ("nach dem Anschlag", "after
    # the attack"), not something the clause's subject did.
    circumstance_prepositions: tuple[Word, ...] = ()
    # A noun event among the arguments of one of these is the reason its subject gives, not the
    # subject's act ("begründeten dies mit den Angriffen", "citing attacks on civilians").
    reason_verbs: tuple[Word, ...] = ()
    # A noun event in a prepositional phrase of a verb is the verb subject's act only after these
    # ("reagierte mit Angriffen"); after any other it is what the clause is about ("opened an
    # investigation into the allegations": the allegations are not the opener's).
    agent_prepositions: tuple[Word, ...] = ()
    # Verbs of a weapon going off ("Eine Autobombe explodierte", "a bomb went off"): their subject,
    # a weapon or attack noun, is the event, as it is of a verb of harming ("Eine Autobombe tötete
    # 20 Menschen"); lemmas, particle joined as `particle_join` says.
    detonation_verbs: tuple[Word, ...] = ()
    # Where a weapon goes off names what it hits when the verb has no object ("explodierte vor der
    # Botschaft", "exploded outside the embassy", "in Bagdad": the city stands for its country).
    site_prepositions: tuple[Word, ...] = ()
    # Verbs of dying: a violent noun event in one of their phrases killed their subject ("Bei einem
    # Selbstmordanschlag starben 30 Menschen", "30 people died in an air strike").
    dying_verbs: tuple[Word, ...] = ()
    # An attack, a destruction or a killing done by these is an air strike (195): "Saudische
    # Kampfjets griffen eine Trauerfeier an", "destroyed by Russian warplanes" (lemmas; where nouns
    # compound, also as a compound's last part: "Kampfdrohne").
    aerial_weapons: tuple[str, ...] = ()
    participles: Participles | None = None
    # Prepositions that introduce an infinitive clause's subject ("for the FBI to conduct an
    # investigation": the FBI conducts it), which the parser hangs on the verb before.
    infinitive_subject_markers: tuple[Word, ...] = ()
    # The word that makes an infinitive a complement, on its own or inside the verb after its
    # particle ("zu verhängen", "anzugreifen"): such a clause has no subject of its own.
    infinitive_marks: tuple[Word, ...] = ()
    # Verbs that have an act done ("ließ Oppositionelle inhaftieren"): the object the parser hangs
    # on them is the object of the infinitive they govern, the act itself.
    causative_verbs: tuple[Word, ...] = ()
    # Finite forms that open a conditional clause in verb-first order ("…, sollte sie den Dialog
    # verweigern"): after a comma, the clause they open is the condition of the one before it.
    conditional_inversion_forms: tuple[Word, ...] = ()
    # Finite forms that open a sentence with a conditional clause in verb-first order ("Sollte
    # Nordkorea einen Atomtest durchführen, würden …"), lower-cased: the clause is the condition of
    # the one after its comma.
    conditional_opening_forms: tuple[Word, ...] = ()
    # Endings of a name in the genitive before its noun ("Kiews Staatsanwaltschaft"): a known
    # country or capital so written owns the noun the parser hung on it.
    genitive_name_endings: tuple[Word, ...] = ()
    # Words that make a phrase a role or a comparison, never what is acted upon ("erkannte als
    # erstes Land der EU den Staat Palästina an": the country Sweden is, not the one recognised).
    predicative_markers: tuple[Word, ...] = ()
    # Verbs whose object does what their infinitive says ("zwang Russland, die Truppen abzuziehen",
    # "asked Russia to withdraw"): the infinitive's subject is that object, not the verb's subject.
    object_control_verbs: tuple[Word, ...] = ()
    # Lemmas that can be a copula; another verb the parser labelled "cop" is an auxiliary it
    # misplaced ("Brasilien hat die Auslieferung … abgelehnt" with "hat" as copula of the noun).
    copulas: tuple[Word, ...] = ()
    # Lemmas that can be a clause's auxiliary (tense, voice, modality).  A finite verb of another
    # lemma labelled "aux" is the clause's own verb, read as an auxiliary ("Steinmeier reist …, um
    # mit Lawrow zu verhandeln" with "reist" an auxiliary of "verhandeln").
    auxiliary_lemmas: tuple[Word, ...] = ()
    # A phrase after one of these names both sides of a mutual act ("Kämpfe zwischen der Armee und
    # den Rebellen"): with no other target, each side acts on the other.
    between_prepositions: tuple[Word, ...] = ()
    # Words that make any act of several agents reciprocal ("warfen sich gegenseitig vor", "accused
    # each other"): with no other target, each acts on the other.  A phrase of several words is
    # matched on consecutive dependents of the verb's clause.
    reciprocal_markers: tuple[str, ...] = ()
    # "mehr als 30 Dorfbewohner": a comparative of quantity and its comparison word, which the
    # parser may make the head of the phrase they count (the villagers its attribute).
    quantity_comparatives: tuple[Word, ...] = ()
    comparison_words: tuple[Word, ...] = ()
    # Nouns that count or measure what follows them bare ("mit Hunderten Polizisten", "Tonnen
    # Kokain"): a bare noun after one is its attribute, not a stray object (repair.py).
    quantity_nouns: tuple[Word, ...] = ()
    # A phrase with one of these names the other party of an act ("traf … mit dem Präsidenten
    # zusammen", "demonstrierten gegen die Regierung"); a place takes no party, so one the parser
    # hung on a place name of the verb belongs to the verb.
    partner_prepositions: tuple[Word, ...] = ()
    # The subject may follow the finite verb in a statement (German puts the verb second: "Am
    # Montag berieten Diplomaten …"), so a subjectless clause's first bare phrase after its verb
    # may be the subject the parser took for an object; where subjects come first (English), a
    # clause without one is an imperative or a fragment.
    subject_after_verb: bool = False
    # A subordinate clause puts its verb last ("…, wenn die Kurden vorrücken"), so the phrases
    # before that verb include its subject.
    verb_final_subordinates: bool = False
    # Common nouns are capitalised (German): a capitalised word inside the sentence that the
    # tagger called a verb, heading no clause of its own, as the argument of a verb is a noun.
    capitalised_nouns: bool = False
    # The conjugator `lagebild models verb-forms` writes verb_forms.yaml with (a name in
    # lagebild/training/verb_forms.py CONJUGATORS); none: the language has no table.
    verb_forms_conjugator: str | None = None
    # The cases an article's form shows with a noun of each gender, or a plural ("der": nominative
    # with a masculine noun, dative or genitive with a feminine one).  A tagger picks one reading:
    # one the noun's gender rules out is wrong ("Der Ukraine sagte Deutschland Hilfe zu" with
    # "Der" read as nominative), and where the article allows the case that the noun and its
    # adjective show, theirs stands ("den syrischen Rebellen", dative plural).
    article_cases: dict[Word, dict[Literal["Masc", "Fem", "Neut", "Plur"], tuple[Literal["Nom", "Acc", "Dat", "Gen"], ...]]] = Field(
        default_factory=dict)
    roles: RoleDefaults
    factuality: FactualityCues

    @field_validator("light_verbs", "reason_verbs", "detonation_verbs", "site_prepositions", "dying_verbs")
    @classmethod
    def _lower(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for v in values:
            if v != v.lower():
                raise ValueError(f"light verb {v!r} must be a lower-case lemma")
        # Compared with verb keys, which are case-folded ("beschließen" → "beschliessen").
        return tuple(v.casefold() for v in values)
