"""Resolve the phrase around a role token to a CAMEO actor: country + sector, an organisation, or
a bare sector.

The language's actor forms (lagebild/lang/<code>/actors.yaml) are matched once per document with
spaCy's PhraseMatcher on lower-cased text; a role phrase then combines what it contains — "die
syrische Luftwaffe" is SYR (adjective) + MIL (head noun), "Rebellen in Syrien" REB + SYR,
"der Kreml" a metonym for RUS GOV.  People are not resolved here: `person_hook` lets the knowledge
layer claim a phrase first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..data import ActorForm, actor_data, actor_forms, countries, find_actor, organisations, sector_only
from ..events.records import Actor
from ..lang.compounds import first_part, last_part
from ..nlp.components import dictionary_lemma
from .places import Place, find_place

# Dependents that start a new clause or a list member: an actor inside them is not part of the
# phrase ("die Rebellen, die Russland unterstützt" is REB, not RUS).
_PHRASE_BOUNDARY = frozenset({"conj", "cc", "acl", "acl:relcl", "ccomp", "advcl", "parataxis", "appos", "punct", "dep", "list"})

PersonHook = Callable[[Token], "Actor | None"]


@dataclass(frozen=True)
class ActorMatch:
    span: Span
    form: ActorForm


class ActorMatcher:
    """Finds every actor form of one language in a document.  Built once per pipeline: the forms
    are tokenised with that pipeline's tokenizer, so "U.S." or "UN-Sicherheitsrat" split the same
    way in the dictionary as in the text."""

    def __init__(self, nlp: Language, lang: str, extra_forms: Mapping[str, ActorForm] | None = None):
        """`extra_forms` (casefolded form → ActorForm) adds a user's or an imported dictionary
        (e.g. PETRARCH actors); its forms win over the bundled ones and match in any case."""
        self.lang = lang
        data = actor_data(lang)
        self.place_suffixes = data.place_name_suffixes
        self.metonym_place_prepositions = frozenset(data.metonym_place_prepositions)
        self.opposing_prepositions = frozenset(data.opposing_prepositions)
        self.count_words = frozenset(w.casefold() for w in data.count_words)
        self.count_prepositions = frozenset(data.count_prepositions)
        self.quantity_words = frozenset(w.casefold() for w in data.quantity_words)
        self.place_nouns = frozenset(w.casefold() for w in data.place_nouns)
        self.military_site_nouns = frozenset(w.casefold() for w in data.military_site_nouns)
        self.region_nouns = frozenset(w.casefold() for w in data.region_nouns)
        self.sector_adjectives = {w.casefold(): sector for sector, words in data.sector_adjectives.items() for w in words}
        self.region_owner_prepositions = frozenset(data.region_owner_prepositions)
        self.origin_prepositions = frozenset(data.origin_prepositions)
        self.extra: Mapping[str, ActorForm] = dict(extra_forms or {})
        self.forms: Mapping[str, ActorForm] = {**actor_forms(lang), **self.extra}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.compound_heads: Mapping[str, ActorForm] = {h.casefold(): self.forms[h.casefold()] for h in data.compound_heads}
        self.compound_leads: Mapping[str, ActorForm] = {h.casefold(): self.forms[h.casefold()] for h in data.compound_leads}
        self.compound_people = frozenset(data.compound_people)
        self.compound_links = tuple(data.compound_links)
        # The leads' opening letters, as many as the shortest has: a word that opens with none of
        # them starts with no lead, and most nouns need no walk over the leads.
        self._lead_length = min(map(len, self.compound_leads), default=0)
        self._lead_openings = frozenset(lead[: self._lead_length] for lead in self.compound_leads)
        self.sector_lemmas: Mapping[str, ActorForm] = {
            key: form for key, form in self.forms.items() if sector_only(form) and " " not in key and "-" not in key
        }
        # One-word names of organisations, for their genitive ("des Welternährungsprogramms").
        self.organisation_words: Mapping[str, ActorForm] = {
            key: form for key, form in self.forms.items() if form.ref.organisation and " " not in key
        }
        # Regions named after a country's adjective: matches inside them are no actors.
        self.not_actors = PhraseMatcher(nlp.vocab, attr="LOWER")
        data = actor_data(lang)
        regions = [f for stem in data.not_actors for f in data.adjective_forms(stem)]
        if regions:
            self.not_actors.add("not_actor", [nlp.make_doc(f.lower()) for f in regions])
        for key, form in self.forms.items():
            # Match on lower case, not the casefolded key: casefolding turns "ß" into "ss", which
            # would never meet "Großbritannien" in the text.  The form as written is tokenized too:
            # "U.S." is one token where "u.s." is two, and the text writes it "U.S.".
            as_written, lowered = nlp.make_doc(form.form), nlp.make_doc(form.form.lower())
            same = [t.text for t in as_written] == [t.text.lower() for t in lowered]
            self.matcher.add(key, [lowered] if same else [lowered, as_written])

    def _sector_after_prefix(self, token: Token) -> ActorForm | None:
        """The sector a hyphenated word names after a country's abbreviation ("US-Kampfflugzeuge",
        "eines US-Bürgers"): the word is that sector, and `prefix_actor` gives its country."""
        own = prefix_actor(token)
        if own is None or own.country is None or own.sector is not None:
            return None
        for word in (token.text, token.lemma_):
            form = self.sector_lemmas.get(word.partition("-")[2].casefold())
            if form is not None:
                return form
        return None

    def _compound_lead(self, word: str) -> ActorForm | None:
        """`first_part` of `word` by the language's compound leads and people."""
        if word[: self._lead_length] not in self._lead_openings:
            return None
        return first_part(word, self.compound_leads, self.compound_people, self.compound_links)

    def _organisation_genitive(self, token: Token) -> ActorForm | None:
        """An organisation's one-word name with a name's genitive ending (the language's
        `place_name_suffixes`: "des Welternährungsprogramms", "der NATOs"), where the dictionary
        lists only the name; the name's own case rules apply."""
        for suffix in self.place_suffixes:
            bare = token.text[: -len(suffix)] if suffix and token.text.endswith(suffix) else None
            if bare and (form := self.organisation_words.get(bare.casefold())) is not None and self._allowed(bare):
                return form
        return None

    def _allowed(self, text: str) -> bool:
        return " ".join(text.split()).casefold() in self.extra or find_actor(self.lang, text) is not None

    def __call__(self, doc: Doc) -> "ActorIndex":
        # The matcher ignores case; find_actor then applies the dictionary's case rules ("us" and
        # "is" are words, "US" and "IS" actors).
        spans = [
            Span(doc, start, end, label=match_id)
            for match_id, start, end in self.matcher(doc)
            if self._allowed(doc[start:end].text)
        ]
        dateline = _datelines(doc)
        blocked = {i for _, start, end in self.not_actors(doc) for i in range(start, end)}
        spans = [span for span in spans if span.start not in dateline and blocked.isdisjoint(range(span.start, span.end))]
        by_token: dict[int, ActorMatch] = {}
        # A sector noun used as an adjective is not an actor ("annual general meeting"); one written
        # with a capital inside the sentence is a noun whatever its tag, where nouns are
        # capitalised ("lieferten sich Demonstranten Straßenschlachten" with "Demonstranten" DET).
        spans = [
            sp for sp in spans
            if not (sector_only(form := self.forms[doc.vocab.strings[sp.label]]) and sp.root.pos_ not in ("NOUN", "PROPN")
                    and not _capitalised_noun(sp, form.form))
        ]
        for span in filter_spans(spans):  # longest match wins: "Freie Syrische Armee" over "Syrische"
            form = self.forms[doc.vocab.strings[span.label]]
            for token in span:
                by_token[token.i] = ActorMatch(span, form)
        for token in doc:
            # A sector noun in a form the dictionary does not list ("des Außenministers") is
            # found by its lemma; only for sector nouns, whose lemma is their listed base form.
            if token.i in by_token or token.i in dateline or token.pos_ not in ("NOUN", "PROPN"):
                continue
            form = self.sector_lemmas.get(token.lemma_.casefold())
            if form is None or token.lower_ == token.lemma_.casefold():
                # The sector a compound keeps from its last part ("regierungssoldaten" → MIL).
                form = last_part(token.lower_, self.compound_heads) if self.compound_heads else None
                if form is None and self.compound_leads:
                    # (the word, then its lemma: "Militärsprechers" is a "Militärsprecher")
                    form = self._compound_lead(token.lower_) or self._compound_lead(token.lemma_.casefold())
            if form is None and "-" in token.text:
                form = self._sector_after_prefix(token)
            if form is None:
                form = self._organisation_genitive(token)
            if form is not None:
                by_token[token.i] = ActorMatch(doc[token.i : token.i + 1], form)
        return ActorIndex(by_token, frozenset(dateline), self.place_suffixes, self.metonym_place_prepositions,
                          self.opposing_prepositions, self.count_words, self.count_prepositions, self.place_nouns,
                          self.origin_prepositions, self.quantity_words, region_nouns=self.region_nouns,
                          region_owner_prepositions=self.region_owner_prepositions, sector_adjectives=self.sector_adjectives,
                          military_site_nouns=self.military_site_nouns)


_DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def _datelines(doc: Doc) -> set[int]:
    """Token indices of news datelines ("WASHINGTON, Oct. 4 -", "MOSKAU (dpa) –") at the start of
    the text or of a paragraph: where a story was filed from is not an actor of its sentence."""
    out: set[int] = set()
    # (the space tokens from the attribute array: a walk over every Token object costs more)
    spaces = doc.to_array(IS_SPACE).nonzero()[0] if len(doc) else ()
    starts = [0] + [int(i) + 1 for i in spaces if "\n" in doc[int(i)].text]
    for start in starts:
        window = []
        for t in doc[start : start + 14]:
            if t.is_space and "\n" in t.text:
                break  # a dateline never runs past its paragraph's first line
            window.append(t)
        first = next((t for t in window if t.is_alpha), None)
        if first is None or not (first.is_upper and len(first) > 1):
            continue
        dash = next((t for t in window if t.text in _DATELINE_DASHES), None)
        if dash is not None:
            out.update(range(start, dash.i + 1))
    return out


class ActorIndex:
    """Actor mentions of one document, by token index."""

    def __init__(
        self,
        by_token: dict[int, ActorMatch],
        dateline: frozenset[int] = frozenset(),
        place_suffixes: tuple[str, ...] = (),
        metonym_place_prepositions: frozenset[str] = frozenset(),
        opposing_prepositions: frozenset[str] = frozenset(),
        count_words: frozenset[str] = frozenset(),
        count_prepositions: frozenset[str] = frozenset(),
        place_nouns: frozenset[str] = frozenset(),
        origin_prepositions: frozenset[str] = frozenset(),
        quantity_words: frozenset[str] = frozenset(),
        *,
        region_nouns: frozenset[str] = frozenset(),
        region_owner_prepositions: frozenset[str] = frozenset(),
        sector_adjectives: Mapping[str, str] | None = None,
        military_site_nouns: frozenset[str] = frozenset(),
    ):
        self.by_token = by_token
        self.military_site_nouns = military_site_nouns
        self.sector_adjectives: Mapping[str, str] = sector_adjectives or {}
        self.region_nouns = region_nouns
        self.region_owner_prepositions = region_owner_prepositions
        self.quantity_words = quantity_words
        self.place_nouns = place_nouns
        self.origin_prepositions = origin_prepositions
        self.count_words = count_words
        self.count_prepositions = count_prepositions
        self.dateline = dateline
        self.place_suffixes = place_suffixes
        self.metonym_place_prepositions = metonym_place_prepositions
        self.opposing_prepositions = opposing_prepositions

    def place(self, text: str, *, inflected: bool = True) -> Place | None:
        """The place named `text`, or by `text` less one of the language's case endings
        ("Aleppos") where `inflected` allows it."""
        found = find_place(text)
        for suffix in self.place_suffixes if inflected else ():
            if found is not None:
                break
            if text.endswith(suffix) and len(text) > len(suffix) + 2:
                found = find_place(text[: -len(suffix)])
        return found

    def at(self, token: Token) -> ActorMatch | None:
        return self.by_token.get(token.i)


def _capitalised_noun(span: Span, form: str) -> bool:
    """A dictionary form with a capital, matched with its capital, not first in its sentence and not
    tagged a verb (unless it is a verb's argument, see `capitalised_argument`): a noun in a language
    that capitalises nouns."""
    first = span[0]
    return (form[:1].isupper() and first.text[:1].isupper() and not first.is_sent_start
            and (span.root.pos_ not in ("VERB", "AUX", "ADP") or capitalised_argument(span.root)) and not first.text.isupper())


# Relations of a noun phrase to a verb, and what only a clause's verb heads.
_ARGUMENT_DEPS = frozenset({"obj", "iobj", "nsubj", "nsubj:pass", "obl", "obl:arg"})
_CLAUSE_HEAD_DEPS = frozenset({"aux", "aux:pass", "cop", "nsubj", "nsubj:pass", "obj", "iobj", "mark", "compound:prt", "xcomp", "ccomp"})


def capitalised_argument(token: Token) -> bool:
    """A capitalised word inside the sentence, tagged a verb, that the parser made a verb's argument
    and that heads no clause of its own: a noun, where nouns are capitalised ("In Moskau nahm die
    Polizei Demonstranten fest" with "Demonstranten" a verb labelled the object)."""
    return (token.dep_ in _ARGUMENT_DEPS and token.pos_ == "VERB" and not token.is_sent_start
            and token.text[:1].isupper() and not token.text.isupper()
            and token.head.i != token.i and token.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in _CLAUSE_HEAD_DEPS for c in token.children))


def phrase_tokens(head: Token) -> list[Token]:
    """The head and its dependents, not crossing into clauses, list members or appositions set
    off by a comma."""
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        # A verb inside a noun phrase heads a clause of its own ("civilians bombed by jets").  An
        # unlabelled word right before its head is an attribute the parser could not place
        # ("Russische Hooligans" with "Russische" as dep).  A close apposition, a name right after
        # its noun, names it ("der Terrormiliz Boko Haram").
        stack.extend(child for child in tok.children
                     if (child.dep_ not in _PHRASE_BOUNDARY or (child.dep_ == "dep" and child.i == tok.i - 1)
                         or (child.dep_ == "appos" and child.i == child.left_edge.i == tok.i + 1 and child.pos_ == "PROPN"))
                     and child.pos_ not in ("VERB", "AUX"))
        # An attribute before the noun is part of it even when the tagger called it a verb
        # ("einen afghanischen Diplomaten" with "afghanischen" VERB); what hangs on it is not.
        out.extend(child for child in tok.children if child.dep_ == "amod" and child.pos_ == "VERB" and child.i < tok.i)
    return sorted(out, key=lambda t: t.i)


def antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("die Rebellen, die …")."""
    if "PronType=Rel" in token.morph and token.head.dep_.startswith("acl") and token.head.head is not token:
        return token.head.head
    return token


def prepositions(token: Token) -> set[str]:
    """The prepositions that mark a phrase: its head's `case` dependents, as written, lower-cased."""
    return {c.lower_ for c in token.children if c.dep_ == "case"}


def _own_side(head: Token, tokens: list[Token], index: ActorIndex) -> list[Token]:
    """`tokens` less the phrases that name the other side ("Eingreifen gegen die Luftwaffe")."""
    if not index.opposing_prepositions:
        return tokens
    opposing = {t.i for t in tokens if t.i != head.i and not prepositions(t).isdisjoint(index.opposing_prepositions)}
    if not opposing:
        return tokens
    inside = {d.i for t in tokens if t.i in opposing for d in t.subtree}
    return [t for t in tokens if t.i not in inside]


def resolve(head: Token, index: ActorIndex, person_hook: PersonHook | None = None, *, places: bool = True) -> Actor | None:
    """The actor a role phrase headed by `head` names, or None.  With `places` off a place stands
    for no one: neither a city name nor a phrase headed by a noun for a place ("aus der somalischen
    Region Gedo" is where, whatever country its adjective names)."""
    head = antecedent(head)
    if person_hook is not None and (person := person_hook(head)) is not None:
        return person
    if not places and head.pos_ == "NOUN" and head.lemma_.casefold() in index.place_nouns:
        return None
    tokens = _own_side(head, phrase_tokens(head), index)
    matches: list[ActorMatch] = []
    for tok in tokens:
        m = index.at(tok)
        if m is not None and all(m.span != seen.span for seen in matches):
            matches.append(m)
    # A capital after a place preposition inside the phrase says where, not who: beside another
    # actor word it gives only the country ("die Regierung in Bamako" is MLI GOV, "der Botschafter
    # in Moskau" RUS GOV), and a head that names its own actor wins ("dem UN-Kriegsverbrechertribunal
    # in Den Haag" is the UN's court).  Alone it stays what a place stands for ("Moschee in Kabul").
    placed = [m for m in matches if m.span.root.i != head.i and _metonym_as_place(m.span.root, m, index)]
    if placed and len(placed) < len(matches):
        matches = [m for m in matches if m not in placed]
    elif placed and not is_place_noun(head, index) and (own := prefix_actor(head)) is not None:
        return own
    counting = head.lower_ in index.count_words and _counts_what_follows(head, index)
    if counting:
        # A number word counts the noun after it ("Tausende Serben", "Hunderttausende syrische
        # Flüchtlinge", "thousands of soldiers"): only standing alone is it the people
        # ("Tausende demonstrierten").
        matches = [m for m in matches if m.span.root.i != head.i]
    counters = [m for m in matches if _counts_head(m.span.root, head, index)]
    if counters and len(counters) < len(matches):
        # A count word on the head only says how many ("Tausende Anhänger der Opposition" are the
        # opposition's, not bare civilians): the other words say who.
        matches = [m for m in matches if m not in counters]
    if not matches:
        # (right after the head; a count word's noun may come after its adjectives or preposition)
        # (or a word the dictionary knows whatever its tag: "Tausende Malaysier" with the demonym an adverb)
        close = next((c for c in head.children if (c.pos_ in ("NOUN", "PROPN") or index.at(c) is not None) and (
            (c.dep_ == "appos" and c.i == head.i + 1)
            or (counting and _counted_phrase(c, head, index)))), None)
        if close is not None and (named := resolve(close, index, person_hook, places=places)) is not None:
            return named  # a close apposition names what the head counts: "Tausende Georgier"
        if not is_place_noun(head, index) and (own := prefix_actor(head)) is not None:
            return own  # "US-Luftangriffe", "die US-Botschaft": the first part names whose
        if not is_place_noun(head, index) and (owner := _owner_prefix_actor(head)) is not None:
            return owner  # "eine Patrouille der OSZE-Beobachtermission": whose the owner is
        # (the place of what the phrase's noun names, not of something inside it: "die Berichte
        # über Massaker in Darfur" are no reports about Sudan)
        near = [t for t in tokens if t.i == head.i or t.head.i == head.i]
        place = place_in(near, index) if places else None
        if place is None:
            return None
        tok, found = place
        # A place acting or acted upon stands for its country ("bombardierten Aleppo" → SYR).
        return Actor(tok.text, found.country, found.country, None, tok.idx, tok.idx + len(tok.text), f"place: {found.name}")
    head_match = index.at(head)
    # A country word on an organisation's name only says where the organisation is from ("Stellungen
    # der libanesischen Hisbollah" are Hezbollah's, not Lebanon's): the organisation says who.
    described = {m.span.root.i for m in matches if m.form.ref.organisation and not m.form.ref.country}
    if described:
        matches = [m for m in matches if not (m.form.ref.country and not m.form.ref.sector and m.span.root.head.i in described
                                              and m.span.root.dep_ == "amod")] or matches
    # Prefer what the head itself names; then the match nearest the head.
    matches.sort(key=lambda m: (m is not head_match, min(abs(t.i - head.i) for t in m.span)))
    # A country named outright ("österreichische", "in Syrien") beats one implied by an
    # institution's default ("Bundeskanzler" is German unless the text says otherwise).
    country = next((m for m in matches if m.form.ref.country and not m.form.ref.sector and _modifies(m, head)), None) or next(
        (m for m in matches if m.form.ref.country), None
    )
    sector = next((m for m in matches if m.form.ref.sector), None)
    organisation = next((m for m in matches if m.form.ref.organisation), None)
    primary = matches[0]
    if primary is head_match and _metonym_as_place(head, primary, index):
        return _actor([primary], primary.form.ref.country or "", primary.form.ref.country, None)
    if primary.form.ref.organisation:
        used = [primary]
        return _actor(used, primary.form.code, _org_country(primary.form.code), _org_sector(primary.form))
    country_code = country.form.ref.country if country else None
    sector_code = (sector.form.ref.sector if sector else None)
    if country_code is None and organisation is not None:
        # "Red Cross officials", "EU-Außenminister": the organisation is the actor.
        return _actor([organisation], organisation.form.code, _org_country(organisation.form.code), _org_sector(organisation.form))
    used = [m for m in (country, sector) if m is not None]
    actor = _actor(used, f"{country_code or ''}{sector_code or ''}", country_code, sector_code)
    if sector is None and country is not None and country.form.entry.endswith(".demonyms"):
        people = country.span.root
        if _counted(people, index):
            # "drei Palästinenser", "Zehntausende Venezolaner", "die Mehrheit der Kolumbianer":
            # people counted are civilians of that country; "die Russen" uncounted stay the country.
            actor = replace(actor, code=f"{country_code}{_PEOPLE_SECTOR}", sector=_PEOPLE_SECTOR,
                            entry=f"{actor.entry}; counted people")
        elif (said := _sector_adjective(people, index)) is not None:
            # "militante Palästinenser", "armed Palestinians": the adjective says what they are
            sector_code, word = said
            actor = replace(actor, code=f"{country_code}{sector_code}", sector=sector_code, entry=f"{actor.entry}; {word}")
    if sector is None and country is not None and _modifies(country, head) and _military_site(head, index):
        # "armenische Stellungen", "a Russian outpost": a country's sites are its armed forces'
        actor = replace(actor, code=f"{country_code}{_MILITARY_SECTOR}", sector=_MILITARY_SECTOR,
                        entry=f"{actor.entry}; military site: {head.text}")
    if country_code is None and sector is not None and (own := prefix_actor(sector.span.root)) is not None and own.country:
        # "US-Energieminister": the abbreviation in front says whose minister.
        actor = with_country(actor, own.country, own.entry)
    if actor.sector is not None and (country is None or not _modifies(country, head)) and (owner := _possessor(head, index)) is not None:
        # "den Abzug ihrer Truppen", "withdrew its troops": a possessive pronoun's owner is the
        # subject of its clause, and its country the sector's.
        actor = replace(actor, code=f"{owner.country}{actor.sector}", country=owner.country,
                        entry=f"{actor.entry}; country from possessive: {owner.text}")
    if actor.country is None and placed and placed[0].form.ref.country:
        actor = with_country(actor, placed[0].form.ref.country, f"place: {placed[0].span.text}")
    if actor.country is None and (place := place_in(tokens, index)) is not None:
        # "Rebellen in Aleppo": the sector's country is where the phrase puts it.
        actor = with_country(actor, place[1].country, f"place: {place[1].name}")
    if actor.country is None and actor.sector in _ORIGIN_SECTORS and (origin := _origin_country(head, index)) is not None:
        # "nahm Flüchtlinge aus dem Irak auf" with "aus dem Irak" hung on the verb: refugees are
        # named by where they come from, the phrase right after them says it.
        actor = with_country(actor, origin[0], f"origin: {origin[1]}")
    if actor.country is None and actor.sector is not None and person_hook is not None:
        # "the Bush administration", "Obama's government": the named leader's country.
        for child in head.children:
            if child.dep_ in ("compound", "nmod:poss", "flat") and child.pos_ == "PROPN":
                leader = person_hook(child)
                if leader is not None and leader.country is not None:
                    actor = with_country(actor, leader.country, f"person: {leader.text}")
                    break
    if actor.sector is None and head_match is not None and head_match.form.entry.endswith("adjective_stems"):
        # An adjective standing for its noun shares the next conjunct's ("Russische und syrische
        # Truppen" parsed as "Russische" and "syrische Truppen"): RUS MIL, as SYR MIL.
        for conj in (c for c in head.children if c.dep_ == "conj"):
            shared = index.at(conj)
            if shared is not None and shared.form.ref.sector and not shared.form.ref.country:
                actor = replace(actor, code=f"{actor.country or ''}{shared.form.ref.sector}", sector=shared.form.ref.sector,
                                entry=f"{actor.entry}; sector shared with {shared.span.text}")
                break
    return actor


def _military_site(head: Token, index: ActorIndex) -> bool:
    """Whether the noun names an armed force's site, by its lemma or the dictionary's (the trained
    lemmatizer misses plurals: "Stellungen" → "Stellunge")."""
    if head.pos_ != "NOUN" or not index.military_site_nouns:
        return False
    keys = (head.lemma_, dictionary_lemma(head.text, head.lang_), head.text)
    return any(k.casefold().rsplit("-", 1)[-1] in index.military_site_nouns for k in keys)


def _counts_head(word: Token, head: Token, index: ActorIndex) -> bool:
    """Whether `word` is a count word before `head` that counts it ("Tausende Anhänger")."""
    return word.head.i == head.i and word.i < head.i and word.lower_ in index.count_words


def _counts_what_follows(head: Token, index: ActorIndex) -> bool:
    """Whether the noun phrase a count word counts follows it: an adjective or noun right after
    it, or a phrase of its own that starts there, bare or after a partitive preposition
    ("thousands of soldiers"; not "Zehntausende gegen die Reform")."""
    if head.i + 1 >= len(head.doc):
        return False
    after = head.doc[head.i + 1]
    return after.pos_ in ("ADJ", "NOUN", "PROPN") or any(_counted_phrase(c, head, index) for c in head.children)


_PEOPLE_SECTOR = "CVL"
_MILITARY_SECTOR = "MIL"


def is_place_noun(head: Token, index: ActorIndex) -> bool:
    """Whether `head` is a noun for a place, also after a hyphenated first part: "die
    IS-Hochburg Mossul" is a city the first part only describes."""
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.casefold().rsplit("-", 1)[-1] in index.place_nouns


def _counted(noun: Token, index: ActorIndex) -> bool:
    """Whether a number, count word or quantity word counts `noun`: as its modifier ("drei",
    "mehrere Palästinenser") or as the noun it hangs on ("Tausende Georgier", "die Mehrheit der
    Kolumbianer")."""
    counters = index.count_words | index.quantity_words
    if any(c.dep_ == "nummod" or c.lower_ in counters for c in noun.children):
        return True
    owner = noun.head
    return owner.i != noun.i and noun.dep_ in ("nmod", "appos") and (owner.lower_ in counters or owner.lemma_.casefold() in counters)


def _counted_phrase(child: Token, head: Token, index: ActorIndex) -> bool:
    """Whether `child` of the count word `head` is what it counts: a phrase of its own that starts
    right after it, bare or after a partitive preposition ("Tausende Georgier", "thousands of
    soldiers")."""
    return child.dep_ in ("appos", "nmod") and child.left_edge.i == head.i + 1 and prepositions(child) <= index.count_prepositions


def _possessor(head: Token, index: ActorIndex) -> Actor | None:
    """The actor a third-person possessive pronoun on `head` points to: the subject of the clause
    the phrase belongs to, when that names a country ("Die USA kündigten den Abzug ihrer Truppen
    an" → USA).  A first or second person ("unsere Truppen") is the speaker's, not the subject's."""
    # (a name is an owner of its own: "Russlands Truppen"; the tagger calls "ihrer" anything)
    pronoun = next((c for c in head.children if c.dep_ == "det:poss" or (c.dep_ == "nmod:poss" and c.pos_ == "PRON")), None)
    if pronoun is None or set(pronoun.morph.get("Person")) & {"1", "2"}:
        return None
    clause = head
    for _ in range(4):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i != head.i), None)
    if subject is None or subject.i in {t.i for t in head.subtree}:
        return None
    owner = resolve(subject, index, places=False)
    return owner if owner is not None and owner.country is not None else None


def _metonym_as_place(head: Token, match: ActorMatch, index: ActorIndex) -> bool:
    """A capital after a place preposition names where, so its country ("aus Kairo" → EGY)."""
    if not match.form.entry.endswith(".metonyms") or match.form.ref.country is None:
        return False
    return bool(prepositions(head) & index.metonym_place_prepositions)


def resolve_all(head: Token, index: ActorIndex, person_hook: PersonHook | None = None, *, places: bool = True) -> list[Actor]:
    """Like `resolve`, but conjoined country modifiers give one actor each: "russische und
    syrische Flugzeuge" are RUS MIL and SYR MIL."""
    actor = resolve(head, index, person_hook, places=places)
    if actor is None or actor.sector is None or actor.country is None:
        return [actor] if actor is not None else []
    out = [actor]
    head = antecedent(head)
    for tok in phrase_tokens(head):
        m = index.at(tok)
        if m is None or not m.form.ref.country or m.form.ref.sector:
            continue
        # the modifier's conjuncts, or (parsed flat) the noun's later modifiers joined to it by a
        # conjunction ("italienische und französische Diplomaten" with both adjectives on the noun)
        joined = [c for c in tok.children if c.dep_ == "conj"] + [
            c for c in head.children
            if c.dep_ == "amod" and c.i != tok.i
            and any(t.pos_ == "CCONJ" for t in tok.doc[min(tok.i, c.i) + 1:max(tok.i, c.i)])]
        for conj in joined:
            other = index.at(conj)
            if (other is not None and other.form.ref.country and not other.form.ref.sector
                    and other.form.ref.country not in {a.country for a in out}):
                out.append(replace(
                    actor, code=other.form.ref.country + actor.sector, country=other.form.ref.country,
                    text=other.span.text, start=other.span.start_char, end=other.span.end_char,
                    entry=f"{other.form.entry}: {other.form.form}; sector shared with {actor.text}",
                ))
    return out


def place_in(tokens: list[Token], index: ActorIndex) -> tuple[Token, Place] | None:
    """The first proper noun among `tokens` (or in an apposition to one of them: "in der Provinz
    Idlib") that names a city and no actor."""
    extra = [c for t in tokens for c in t.children if c.dep_ in ("appos", "flat", "flat:name") and c not in tokens]
    inside = {t.i for t in tokens}
    for tok in [*tokens, *extra]:
        # (a preposition of place makes a name inside a phrase a place whatever its tags:
        # "Separatisten bei Donezk" with "Donezk" a common noun the recogniser calls an
        # organisation; not an acronym: "bei CBS", "in NRW")
        placed = (tok.head.i in inside and tok.head.i != tok.i and not tok.text.isupper()
                  and bool(prepositions(tok) & index.metonym_place_prepositions))
        if (hit := place_at(tok, index, placed=placed)) is not None:
            return tok, hit[1]
    return None


_CORE_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})


def may_name_place(tok: Token, index: ActorIndex) -> bool:
    """Whether `place_at` could find a place at `tok` at all: its word, or the several-word name it
    heads, is in the place index.  A cheap test that spares the syntax checks for every other
    capitalised word (in German, every noun)."""
    return index.place(tok.text) is not None or _name_span(tok) is not None


def place_at(tok: Token, index: ActorIndex, *, placed: bool = False) -> tuple[Span, Place] | None:
    """The city a name headed by `tok` stands for, with its span ("Tel Aviv", "San Juan" as one
    name), if it is no actor form.  `placed`: the syntax already makes it a place ("nach
    Sewastopol", "beschossen Odessa"), so the entity recogniser's label and part of speech need
    not agree — small models call many cities persons."""
    if index.at(tok) is not None or tok.i in index.dateline:
        return None
    # "die Stadt Awdijiwka": a name after a noun for a place is a place, whatever its size —
    # in the country the noun's adjective names, if it names one ("der nigerianischen Stadt
    # Baga" is not Bargarh in India).
    # A case ending marks a genitive, which is never a clause's subject or object: "Beide
    # Rosenbergs wurden hingerichtet" names people, not the town of Rosenberg.
    inflected = tok.dep_ not in _CORE_ARGUMENTS
    after_place_noun = (tok.dep_ in ("appos", "flat", "nmod") and tok.i == tok.head.i + 1
                        and tok.head.lemma_.casefold() in index.place_nouns)
    placed = placed or after_place_noun
    if after_place_noun and (said := _country_said(tok.head, index)) is not None:
        found = index.place(tok.text, inflected=inflected)
        return (tok.doc[tok.i : tok.i + 1], found) if found is not None and found.country == said else None
    span = _name_span(tok)
    if span is not None:
        # A name of several words is that name or none: "New York" unknown is not York.
        found = index.place(span.text, inflected=inflected)
        return (span, found) if found is not None else None
    if _part_of_name(tok):
        return None
    if placed and _placed_name(tok):
        found = index.place(tok.text, inflected=inflected)
        if found is not None and (tok.ent_type_ not in PERSON_ENTITY_LABELS or found.population >= MISLABELLED_PLACE_MIN_POPULATION):
            return tok.doc[tok.i : tok.i + 1], found
    if _name_like(tok) and not _part_of_name(tok) and (found := index.place(tok.text, inflected=inflected)) is not None:
        if found.region and tok.ent_type_ not in PERSON_ENTITY_LABELS:
            return tok.doc[tok.i : tok.i + 1], found
        if _may_be_place(tok) and (tok.ent_type_ in PLACE_ENTITY_LABELS or found.population >= UNLABELLED_PLACE_MIN_POPULATION):
            return tok.doc[tok.i : tok.i + 1], found
    return None


_NAME_PARTS = ("flat", "flat:name", "compound")


def bare_country(match: ActorMatch | None) -> str | None:
    """The country a match names as such — a name, an adjective, a demonym — with no sector (not a
    "syrische Armee", not a capital standing for its government)."""
    if match is None or match.form.ref.sector:
        return None
    return match.form.ref.country


def _country_said(noun: Token, index: ActorIndex) -> str | None:
    """The country an adjective of the noun names ("der nigerianischen Stadt"), if any."""
    return next((c for child in noun.children if child.dep_ == "amod" and (c := bare_country(index.at(child)))), None)


def _sector_adjective(noun: Token, index: ActorIndex) -> tuple[str, str] | None:
    """(sector, word) of an adjective of the noun among the language's `sector_adjectives`, by
    the pipeline's lemma or the dictionary's (a small lemmatizer garbles rare inflections) — or
    of the word right before it, whatever the parser made of it ("nachdem militante
    Palästinenser …" with "militante" an auxiliary of the verb)."""
    words = [c for c in noun.children if c.dep_ == "amod"]
    if noun.i > 0 and noun.doc[noun.i - 1].head.i != noun.i:
        words.append(noun.doc[noun.i - 1])
    for word in words:
        for key in (word.lemma_.casefold(), dictionary_lemma(word.text, noun.lang_).casefold()):
            if key in index.sector_adjectives:
                return index.sector_adjectives[key], word.text
    return None


def _name_span(tok: Token) -> Span | None:
    """A name of several words headed by `tok` ("Tel Aviv", "San Juan", "Rio de Janeiro"), or None."""
    parts = [c for c in tok.children if (c.dep_ in _NAME_PARTS and c.pos_ == "PROPN")
             # the next word of the same entity, whatever the parser called it or tagged it ("Tel" +
             # appos "Aviv"; "Aviv" a flat common noun)
             or (c.i == tok.i + 1 and c.ent_iob_ == "I" and c.text[:1].isupper() and c.dep_ in ("appos", "nmod", *_NAME_PARTS))]
    if tok.pos_ not in ("PROPN", "NOUN") or (parts and _gaps(tok, parts)):
        return None
    start = min([tok.i, *(c.i for c in parts)])
    end = max([tok.i, *(c.i for c in parts)]) + 1
    # A modifier capitalised inside the sentence right before the name is its first word ("New"
    # of "New York City", tagged an adjective): without it the rest may name another place ("York
    # City", "York" is York).  A capital at the sentence's start proves nothing ("Eastern Aleppo").
    while start > 0 and (prev := tok.doc[start - 1]).head.i in range(start, end) and prev.dep_ in ("amod", *_NAME_PARTS) \
            and prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start:
        start -= 1
    return tok.doc[start:end] if end - start > 1 else None


def _gaps(tok: Token, parts: list[Token]) -> list[int]:
    """Tokens inside a multi-word name's extent that are neither its words nor lower-case links
    ("de" of "Rio de Janeiro"): a gap means the parts are no single name."""
    words = {tok.i, *(c.i for c in parts)}
    return [i for i in range(min(words), max(words) + 1) if i not in words and not tok.doc[i].is_lower]


def _placed_name(tok: Token) -> bool:
    """A capitalised word without an article: a name, though the tagger may call it a noun
    ("in den Bergen" is in the mountains, "in Bergen" in Norway).  A preposition with the article
    fused into it has one: "im Norden Malis" is the north, not the town of Norden."""
    return tok.text[:1].isupper() and tok.is_alpha and not any(
        c.dep_ == "det" or (c.dep_ == "case" and "PronType=Art" in c.morph) for c in tok.children)


# Entity labels of places in the bundled pipelines (GermEval LOC; OntoNotes GPE, LOC, FAC) and
# of what is never a place (people, organisations, nationalities).
PLACE_ENTITY_LABELS = frozenset({"LOC", "GPE", "FAC"})
# NORP (nationalities) is not among them: a real demonym is an actor form and never reaches the
# place lookup, while a small NER often calls a city NORP ("bombed Aleppo").
NOT_PLACE_ENTITY_LABELS = frozenset({"PER", "PERSON", "ORG", "OTH", "WORK_OF_ART", "EVENT", "PRODUCT"})
# A proper noun the entity recogniser did not call a place counts as one only if it names a big
# city: small towns share their names with people ("Obama", Japan; "Prosper", Texas).
UNLABELLED_PLACE_MIN_POPULATION = 500_000
# Where the syntax makes a name a place, a city the recogniser calls an organisation counts, and
# one it calls a person ("beschossen Odessa" with Odessa PER) if it is big enough to be meant
# rather than a person's name after "bei" or "nach".
PERSON_ENTITY_LABELS = frozenset({"PER", "PERSON"})
MISLABELLED_PLACE_MIN_POPULATION = 50_000


def _name_like(tok: Token) -> bool:
    """A proper noun, or a capitalised word the tagger called a noun but the entity recogniser a
    place ("near Homs" with Homs tagged NOUN, GPE)."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.ent_type_ in PLACE_ENTITY_LABELS and tok.text[:1].isupper())


def _may_be_place(tok: Token) -> bool:
    return tok.ent_type_ not in NOT_PLACE_ENTITY_LABELS and not _part_of_name(tok)


def _part_of_name(tok: Token) -> bool:
    """Part of a longer name ("Hong Kong", "Asia-Pacific") is not the place its word may name
    alone; a name after a common noun ("die Provinz Idlib") is."""
    if any(c.dep_ in _NAME_PARTS and c.pos_ == "PROPN" for c in tok.children):
        return True
    return tok.dep_ in _NAME_PARTS and tok.head.pos_ == "PROPN"


# Sectors named by where their people come from ("Flüchtlinge aus Syrien").
_ORIGIN_SECTORS = frozenset({"REF"})


def _origin_country(head: Token, index: ActorIndex) -> tuple[str, str] | None:
    """The country of an origin phrase ("aus dem Irak", one of the language's
    `origin_prepositions`) that the parser hung on the head's verb right after the head's phrase."""
    if head.head.i == head.i:
        return None
    for phrase in head.head.children:
        if phrase.dep_ != "obl" or phrase.left_edge.i != head.right_edge.i + 1 or not prepositions(phrase) & index.origin_prepositions:
            continue
        if country := bare_country(index.at(phrase)):
            return country, phrase.text
        if (hit := place_at(phrase, index, placed=True)) is not None:
            return hit[1].country, hit[1].name
    return None


def with_country(actor: Actor, country: str, why: str) -> Actor:
    """A bare-sector actor placed in a country: REB + SYR → SYRREB, keeping why as evidence."""
    if actor.country is not None or actor.sector in (None, "IGO", "NGO"):
        return actor
    return replace(actor, code=country + actor.sector, country=country, entry=f"{actor.entry}; country from {why}")


def _modifies(match: ActorMatch, head: Token) -> bool:
    """Whether an actor form is an attribute of the head ("österreichische Bundeskanzler"; a
    genitive name the parser labels a possessive determiner: "Ungarns Regierung")."""
    root = match.span.root
    return root.head.i == head.i and root.dep_ in ("amod", "dep", "compound", "nmod:poss", "det:poss")


def _org_country(code: str) -> str | None:
    """The country of an organisation whose CAMEO code starts with one (Hamas PSEREBHMS → PSE,
    Hezbollah LBNREB → LBN); international and transnational ones (IGO…, NGO…) have none."""
    return code[:3] if code[:3] in countries() else None


def _org_sector(form: ActorForm) -> str | None:
    org = organisations().get(form.ref.organisation or "")
    return org.sector if org is not None else form.ref.sector


def _actor(used: list[ActorMatch], code: str, country: str | None, sector: str | None) -> Actor:
    start_tok = min(m.span.start for m in used)
    end_tok = max(m.span.end for m in used)
    span = used[0].span.doc[start_tok:end_tok]
    entries = "; ".join(f"{m.form.entry}: {m.form.form}" for m in used)
    return Actor(
        text=span.text,
        code=code,
        country=country,
        sector=sector,
        start=span.start_char,
        end=span.end_char,
        entry=entries,
    )


def _owner_prefix_actor(head: Token) -> Actor | None:
    """The actor the first part of the head's genitive owner names, the owner after the head
    with no preposition ("ein Konvoi der UN-Mission", "eine Patrouille der OSZE-Beobachtermission"):
    what an actor's body has, the actor has."""
    return next((own for c in head.children if c.dep_ in ("nmod", "nmod:poss") and c.i > head.i and c.pos_ in ("NOUN", "PROPN")
                 and not prepositions(c) and (own := prefix_actor(c)) is not None), None)


def prefix_actor(token: Token) -> Actor | None:
    """The actor named by the first part of a hyphenated word ("US-Luftangriffe", "EU-Sanktionen",
    "FBI-Untersuchung"): an organisation, or a country written as an abbreviation, of the
    dictionary.  A noun event written so names its agent in its own first part."""
    parts = token.text.split("-")
    if len(parts) < 2 or not all(parts):
        return None
    # The longest front that names an actor: "Boko-Haram-Kämpfer", "Al-Schabab-Miliz" before
    # "Boko", "Al".
    for n in range(len(parts) - 1, 0, -1):
        first = "-".join(parts[:n])
        form = find_actor(token.lang_, first)
        if form is not None and not sector_only(form) and (form.ref.country or form.ref.organisation):
            break
    else:
        return None
    if not (first.isupper() or form.ref.organisation):
        # A country's full name in front says where or against whom, not who: "Korea-Krieg",
        # "Russland-Sanktionen"; an abbreviation says who: "US-Luftangriffe", "EU-Sanktionen".
        return None
    country = form.ref.country or _org_country(form.code)
    sector = _org_sector(form) if form.ref.organisation else form.ref.sector
    return Actor(first, form.code, country, sector, token.idx, token.idx + len(first), f"{form.entry}: {form.form} (first part of {token.text})")
