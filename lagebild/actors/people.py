"""People as actors: which office a named person held on a date, and the CAMEO code that gives.

`lookup("Kerry", date(2014, 5, 1), "en")` finds John Kerry as US Secretary of State (USAGOV);
on 2010-05-01 the same name gives USALEG (US Senator).  `explain` returns the steps as lines of
text (for `lagebild actors lookup NAME --date D`), and `make_person_hook(lang, date)` gives the
coder a `PersonHook` that claims a role phrase naming a known person.

Rules
-----
* A name matches one of the person's forms for the language (`names.de`, else `names.en`),
  case-insensitively on single-spaced text.
* On the date, the first listed role whose term holds (start inclusive, end exclusive) gives the
  code and title.
* Outside every term the person is coded as an elite of the home country (`USAELI`), the CAMEO
  convention for former officials (and for prominent people not in office); the title says
  "former …" or "not yet …".
* A form shared by several people resolves only when exactly one of them holds an office on the
  date ("Kirchner" in 2005 is Néstor, in 2010 Cristina Fernández de Kirchner); otherwise it is
  ambiguous and not resolved ("Iwanow" in 2003: Igor the foreign minister and Sergei the defence
  minister).
* No date means the file's `as_of` date.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from types import MappingProxyType
from typing import Literal

from spacy.tokens import Span, Token

from ..data.people import People, Person, ResolvedRole, people
from ..data.user_actors import UserDictionary, UserResolution
from ..events.records import Actor
from .resolve import PersonHook

Status = Literal["in_office", "former", "not_yet", "between"]

# Dependencies that join the parts of one name ("John" ← flat ← "Kerry"; "Barack" compound "Obama").
_NAME_PARTS = frozenset({"flat", "flat:name", "compound", "pnc"})
# Children of a title noun that give its holder's name ("Außenminister Lawrow", "Sergej Lawrow").
_NAME_OF_TITLE = frozenset({"appos", "flat", "flat:name", "compound", "pnc", "nk"})
_PERSON_ENTITIES = frozenset({"PER", "PERSON"})
_NOT_A_NAME_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


@dataclass(frozen=True)
class PersonResolution:
    """A person named on a date: the role that held (None outside every term) and its code."""

    person: Person
    form: str
    date: Date
    status: Status
    role: ResolvedRole | None
    code: str
    country: str | None
    sector: str | None
    title: str
    lang: str

    @property
    def entry(self) -> str:
        """Evidence for the code, as the coder's Actor.entry carries it."""
        if self.role is not None:
            return f"person: {self.person.id} as {self.title} ({self.role.span()})"
        return f"person: {self.person.id}, {self.title} on {self.date.isoformat()}"


@dataclass(frozen=True)
class _Index:
    data: People
    forms: Mapping[str, Mapping[str, tuple[str, ...]]]  # lang → casefolded form → person ids


@lru_cache(maxsize=1)
def index() -> _Index:
    data = people()
    forms: dict[str, dict[str, tuple[str, ...]]] = {}
    for lang in ("en", "de"):
        table: dict[str, tuple[str, ...]] = {}
        for person in data:
            for form in person.names.get(lang):
                key = _key(form)
                if person.id not in table.get(key, ()):
                    table[key] = (*table.get(key, ()), person.id)
        forms[lang] = MappingProxyType(table)
    return _Index(data, MappingProxyType(forms))


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _forms_for(lang: str) -> Mapping[str, tuple[str, ...]]:
    idx = index()
    return idx.forms.get(lang, idx.forms["en"])


def holding_role(person_id: str, day: Date) -> ResolvedRole | None:
    """The first listed role of a person that holds on `day`."""
    return next((r for r in people().roles[person_id] if r.holds_on(day)), None)


def _resolution(person: Person, form: str, day: Date, lang: str) -> PersonResolution:
    roles = people().roles[person.id]
    role = next((r for r in roles if r.holds_on(day)), None)
    if role is not None:
        return PersonResolution(person, form, day, "in_office", role, role.code, role.country, role.sector, role.title.get(lang), lang)
    before = [r for r in roles if r.start.first_day() > day]
    after = [r for r in roles if r.end is not None and r.end.first_day() <= day]
    if after and before:
        status: Status = "between"
    elif after:
        status = "former"
    else:
        status = "not_yet"
    if after:
        last = max(after, key=lambda r: r.end.first_day())  # type: ignore[union-attr]
        word = "ehemals" if lang == "de" else "former"
        title = f"{word} {last.title.get(lang)} ({last.span()})"
    else:
        first = min(before, key=lambda r: r.start.first_day())
        word = "noch nicht" if lang == "de" else "not yet"
        title = f"{word} {first.title.get(lang)} ({first.span()})"
    return PersonResolution(person, form, day, status, None, f"{person.country}ELI", person.country, "ELI", title, lang)


def candidates(name: str, lang: str = "en") -> tuple[Person, ...]:
    """Every person one of whose forms in `lang` is `name`."""
    by_id = people().by_id
    return tuple(by_id[pid] for pid in _forms_for(lang).get(_key(name), ()))


def lookup(name: str, date: Date | None = None, lang: str = "en") -> PersonResolution | None:
    """The person `name` stands for on `date` (default: the data's as_of date), or None when the
    name is unknown or ambiguous on that date."""
    day = date or people().as_of
    found = candidates(name, lang)
    if len(found) > 1:
        holders = [p for p in found if holding_role(p.id, day) is not None]
        if len(holders) != 1:
            return None
        found = (holders[0],)
    if not found:
        return None
    return _resolution(found[0], " ".join(name.split()), day, lang)


def explain(name: str, date: Date | None = None, lang: str = "en") -> list[str]:
    """How `lookup` decides, step by step, as lines of text."""
    data = people()
    day = date or data.as_of
    lines = [f"name {name!r} ({lang}), date {day.isoformat()}" + ("" if date else f" (the data date, as_of {data.as_of})")]
    found = candidates(name, lang)
    if not found:
        lines.append(f"no person in {data.path.name} has the form {_key(name)!r} in {lang}")
        return lines
    for person in found:
        lines.append(f"candidate {person.id} ({person.names.en[0]}, {person.country})")
        for role in data.roles[person.id]:
            mark = "holds" if role.holds_on(day) else "does not hold"
            lines.append(f"  {role.code} {role.title.get(lang)} {role.span()}: {mark} on {day.isoformat()}")
    if len(found) > 1:
        holders = [p.id for p in found if holding_role(p.id, day) is not None]
        if len(holders) != 1:
            lines.append(f"ambiguous: {len(found)} people share the form and {len(holders)} hold an office on the date; not resolved")
            return lines
        lines.append(f"{len(found)} people share the form; only {holders[0]} holds an office on the date")
    result = lookup(name, date, lang)
    assert result is not None
    if result.role is None:
        lines.append(f"outside every term ({result.status}): coded {result.code} as the country's elite (CAMEO ELI)")
    lines.append(f"→ {result.code}: {result.entry}")
    return lines


# --- the coder's hook ---------------------------------------------------------------------------


# Parts of speech a capitalised known name may be mis-tagged as by the small pipelines ("Trump"
# NOUN/ORG, "Baerbock" ADV): such a token still counts as a name when people.yaml knows its form.
_MISTAGGED_NAME_POS = frozenset({"NOUN", "ADJ", "ADV", "X", "INTJ", "VERB"})


def _may_be_name(tok: Token, lang: str | None = None) -> bool:
    if tok.ent_type_ in _NOT_A_NAME_ENTITIES:
        return False
    # German taggers often call a sentence-initial surname NOUN ("Kerry traf …"); the entity
    # recogniser still calls it a person.
    if tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.ent_type_ in _PERSON_ENTITIES):
        return True
    return lang is not None and tok.pos_ in _MISTAGGED_NAME_POS and tok.is_title and bool(_forms_for(lang).get(_key(tok.text)))


def _name_run(tok: Token, lang: str | None = None) -> list[Token]:
    """The contiguous run of name tokens around `tok`: it and its name-part descendants."""
    parts = {tok.i}
    stack = [tok]
    while stack:
        t = stack.pop()
        for child in t.children:
            if child.dep_ in _NAME_PARTS and _may_be_name(child, lang) and child.i not in parts:
                parts.add(child.i)
                stack.append(child)
    lo = hi = tok.i
    while lo - 1 in parts:
        lo -= 1
    while hi + 1 in parts:
        hi += 1
    return [tok.doc[i] for i in range(lo, hi + 1)]


def _name_tokens(head: Token, lang: str | None = None) -> list[Token]:
    """Where to look for a name: the head itself if it may be a name, then the name tokens
    attached to it (a title with its holder: "Außenminister Sergej Lawrow"; German parsers also
    tag "US-Außenminister" a proper noun with "John Kerry" in apposition)."""
    own = [head] if _may_be_name(head, lang) else []
    return own + [c for c in head.children if (c.dep_ in _NAME_OF_TITLE or _name_read_as_modifier(head, c)) and _may_be_name(c, lang) and c.i > head.i]


def _name_read_as_modifier(title: Token, child: Token) -> bool:
    """A name right after its title that the parser took for the title's modifier, as it takes a
    genitive ("Außenminister Steinmeier reist …" with "Steinmeier" nmod).  Only a person entity:
    "Präsident Russlands" is whose president, not who."""
    return child.dep_ == "nmod" and child.i == title.i + 1 and child.ent_type_ in _PERSON_ENTITIES


def _other_given_name(before: list[Token], person: Person) -> bool:
    """Whether the words of the same person's name before a matched surname include a given name
    that none of the person's known forms has: a full name given in the text that is someone
    else's ("Rev. John Howard Johnson" matched as "Johnson").  Initials and titles outside the
    person entity do not count ("Donald J. Trump", "US-Außenminister John Kerry")."""
    given = []
    for tok in reversed(before):
        if tok.ent_type_ not in _PERSON_ENTITIES:
            break
        if tok.is_alpha and len(tok.text) > 2:
            given.append(tok.lower_)
    if not given:
        return False
    words = {w.casefold() for forms in person.names.model_dump().values() for form in forms or () for w in form.split()}
    return given[-1] not in words


def find_person(head: Token, lang: str, date: Date | None = None) -> tuple[Span, PersonResolution] | None:
    """The person a role phrase headed by `head` names: the longest suffix of the name run that
    is a known form ("US-Außenminister John Kerry" → "John Kerry"), tried from longest to the
    last token alone (the surname)."""
    for tok in _name_tokens(head, lang):
        run = _name_run(tok, lang)
        for i in range(len(run)):
            span = tok.doc[run[i].i : run[-1].i + 1]
            if span[0].is_punct:
                continue
            found = lookup(span.text, date, lang)
            if found is not None:
                if _other_given_name(run[:i], found.person):
                    return None  # "John Howard Johnson" is not Mike Johnson
                return span, found
            if candidates(span.text, lang):
                return None  # a known but ambiguous name: no shorter part may claim it
    return None


def find_user_name(head: Token, lang: str, day: Date, user: "UserDictionary") -> tuple[Span, "UserResolution"] | None:
    """Like `find_person`, for the names of a user's actor file (`--actors FILE`)."""
    for tok in _name_tokens(head, lang):
        run = _name_run(tok, lang)
        for i in range(len(run)):
            span = tok.doc[run[i].i : run[-1].i + 1]
            if not span[0].is_punct and (found := user.lookup(span.text, day, lang)) is not None:
                return span, found
    return None


def user_actor(span: Span, res: "UserResolution") -> Actor:
    from ..data import countries

    # A code's first block is a country where countries.yaml has it ("USAGOV"), else the
    # actor type (IGO, NGO, …) and the code is the sector's.
    country = res.code[:3] if res.code[:3] in countries() else None
    sector = (res.code[3:] or None) if country else res.code[:3]
    return Actor(text=span.text, code=res.code, country=country, sector=sector,
                 start=span.start_char, end=span.end_char, entry=res.evidence)


def make_person_hook(lang: str, date: Date | None = None, user: "UserDictionary | None" = None, bundled: bool = True) -> PersonHook:
    """A hook for `resolve`/`code_text(..., person_hook=...)`: a role phrase that names a known
    person becomes that person's actor on `date` (default: the data's as_of date).  Names in a
    user's actor file (`user`) are tried first: user entries win over Lagebild's own."""
    day = date or people().as_of

    def hook(head: Token) -> Actor | None:
        if user is not None and (mine := find_user_name(head, lang, day, user)) is not None:
            return user_actor(*mine)
        if not bundled:
            return None
        found = find_person(head, lang, date)
        if found is None:
            return None
        span, res = found
        return Actor(
            text=span.text, code=res.code, country=res.country, sector=res.sector,
            start=span.start_char, end=span.end_char, entry=res.entry,
        )

    return hook
