"""Read PETRARCH/TABARI (Phoenix) dictionaries: actors, agents and verbs.

Actors (`PETR.Validate.actors.txt`, `Phoenix.*.actors.txt`)::

    ISRAELI_TROOPS [ISRMIL]          one form, one code
    AUSTRALIA [AUS]                  an entry …
    +AUSTRALIAN                      … with a synonym
    GOLLUM  # comment                an entry whose codes follow on their own lines,
    +SMEAGOL                         restricted to dates: `<D` before D, `>D` after D,
        [HOB < 950601]               `D1-D2` from D1 to D2 (both included); D is YYYYMMDD or
        [HOBGOV 19950601 - 19990815] YYMMDD (years below 30 are 20xx); an undated code is the
        [HOBREB > 990816]            default, the first listed restriction that fits wins
    BOROMIR [---]                    a null code: known, never coded (left out)

Agents (`PETR.Validate.agents.txt`, `Phoenix.agents.txt`)::

    !PERSON! = MAN, MEN, WOMAN       a substitution set, used as CONGRESS!PERSON!
    PRESIDENT [~GOV]                 `~GOV` is appended to the actor it qualifies; plurals are
    TROOPS {} [~MIL]                 made as PETRARCH makes them unless `{}` (none) or
    GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]  `{…}` (these) says otherwise
    HUMAN_RIGHTS_BODY [NGO~]         `NGO~` is prefixed (kept as sector NGO here, see below)

Verbs (`PETR.Validate.verbs.2.0.txt`): `&SYNSET` lists, then `--- NAME [CODE] ---` blocks of
verb forms and patterns (`- * TIES [050]`).  See `read_verbs` for what is converted.

Forms become lower-cased, single-spaced text (underscores are spaces, a trailing `_` — TABARI's
"no stemming" mark — is dropped).  A code is split PETRARCH's way, by position: the first three
letters are the country (or IGO/NGO/IMG/…, or a country the validation world invents: HOB, GON),
the rest the sector — kept whole ("PSEREBHMS" is PSE + REBHMS), because the coder builds an
actor's code as country + sector and PETRARCH's codes are plain concatenations.  An agent is a
sector-only form whose sector is its code ("~GOVFRM" → sector GOVFRM), so "Israeli foreign
minister" resolves to ISR + GOVFRM the way PETRARCH appends agent codes.  Prefix agents
("[NGO~]") cannot be prefixed by the coder; they stay sector NGO (PETRARCH: NGO + country).

Every malformed line is a one-line `LagebildError` (E009) naming `path:line`; with
`strict=False` such lines are skipped and listed in `problems` instead (the real Phoenix files
have a few: a 7-digit date, a code of one letter).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..data import ActorForm
from ..errors import ErrorCode, LagebildError

if TYPE_CHECKING:
    from ..events.patterns import LanguageRules
from ..lang.schemas import ActorRef

NULL_CODES = frozenset({"---", "+++", "###"})
_CODE = r"(?:[A-Za-z0-9]{3,}|---|\+\+\+|###)"
_CODE_BODY = re.compile(
    rf"^\s*(?P<code>{_CODE})(?P<alts>(?:/{_CODE})*)\s*"
    r"(?:(?P<op>[<>])\s*(?P<d>\d+)|(?P<d1>\d+)\s*-\s*(?P<d2>\d+))?\s*$"
)
_BRACKET = re.compile(r"\[([^\[\]]*)\]")
_FORM_OK = re.compile(r"^[^\[\]{}<>=~]+$")


class _Problems:
    """Collects malformed lines: raises on the first when strict, else remembers them."""

    def __init__(self, path: Path, strict: bool):
        self.path, self.strict, self.items = path, strict, []

    def __call__(self, line: int, reason: str) -> None:
        err = LagebildError(ErrorCode.E009, f"{self.path}:{line}", reason=reason)
        if self.strict:
            raise err
        self.items.append(err.one_line())


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise LagebildError(ErrorCode.E008, str(path)) from None
    try:
        return data.decode("utf8")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # the older Phoenix files carry a few Latin-1 names


def _clean_lines(text: str) -> Iterator[tuple[int, str]]:
    """Line number and content, without `<!-- … -->` blocks (also the sloppy `<! --`) and `#`
    comments; blank results are left out."""
    in_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line, out = raw, ""
        while line:
            if in_comment:
                end = line.find("-->")
                if end < 0:
                    line = ""
                else:
                    line, in_comment = line[end + 3:], False
            else:
                start = line.find("<!")
                if start < 0:
                    out, line = out + line, ""
                else:
                    out, line, in_comment = out + line[:start], line[start + 2:], True
        out = _strip_comment(out)
        if out.strip():
            yield number, out


def _strip_comment(line: str) -> str:
    """Drop a `#` comment; a `#` inside brackets is part of a code ("[###]")."""
    depth = 0
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch == "#" and depth == 0:
            return line[:i].rstrip()
    return line.rstrip()


def normalise_form(raw: str) -> str:
    """`ISRAELI_TROOPS_` → "israeli troops"."""
    return " ".join(raw.replace("_", " ").split()).casefold()


def parse_date(text: str) -> date:
    """YYYYMMDD, or TABARI's YYMMDD (years below 30 are 20xx). Raises ValueError."""
    if len(text) == 8:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    if len(text) == 6:
        yy = int(text[:2])
        return date((2000 if yy < 30 else 1900) + yy, int(text[2:4]), int(text[4:]))
    raise ValueError(f"date {text!r} is neither YYYYMMDD nor YYMMDD")


# --------------------------------------------------------------------------------- actors


@dataclass(frozen=True)
class DatedCode:
    """One code of an entry, valid from `first` to `last` (both included; None is open)."""

    code: str  # upper case; one of NULL_CODES for "known, not coded"
    first: date | None = None
    last: date | None = None
    dated: bool = False
    alternatives: tuple[str, ...] = ()  # `[ELR/GAL]`: codes after the first (not used)

    def valid_on(self, day: date) -> bool:
        return (self.first is None or self.first <= day) and (self.last is None or day <= self.last)


@dataclass(frozen=True)
class ActorEntry:
    forms: tuple[str, ...]  # normalised; the first is the entry's head form
    codes: tuple[DatedCode, ...]
    line: int

    def code_on(self, day: date | None = None) -> str:
        """The code for a sentence of `day`: the first date restriction that fits, else the
        undated default, else the most recent restriction."""
        if day is not None:
            for c in self.codes:
                if c.dated and c.valid_on(day):
                    return c.code
        default = next((c for c in self.codes if not c.dated), None)
        if default is not None:
            return default.code
        return max(self.codes, key=lambda c: (c.last or date.max, c.first or date.min)).code

    @property
    def dated(self) -> bool:
        return any(c.dated for c in self.codes)


def _parse_code(body: str, line: int, problem: _Problems) -> DatedCode | None:
    m = _CODE_BODY.match(body)
    if m is None:
        problem(line, f"code [{body.strip()}] is not CODE, CODE <DATE, CODE >DATE or CODE DATE-DATE")
        return None
    code = m["code"].upper()
    alts = tuple(a.upper() for a in m["alts"].split("/")[1:]) if m["alts"] else ()
    try:
        if m["op"] == "<":
            return DatedCode(code, None, parse_date(m["d"]) - timedelta(days=1), True, alts)
        if m["op"] == ">":
            return DatedCode(code, parse_date(m["d"]) + timedelta(days=1), None, True, alts)
        if m["d1"] is not None:
            first, last = parse_date(m["d1"]), parse_date(m["d2"])
            if last < first:
                raise ValueError(f"date range {m['d1']}-{m['d2']} ends before it starts")
            return DatedCode(code, first, last, True, alts)
    except ValueError as exc:
        problem(line, str(exc))
        return None
    return DatedCode(code, alternatives=alts)


def _split_codes(rest: str, line: int, problem: _Problems) -> tuple[list[DatedCode], str] | None:
    """The `[…]` blocks of a line and what is left outside them."""
    codes = []
    for m in _BRACKET.finditer(rest):
        c = _parse_code(m[1], line, problem)
        if c is None:
            return None
        codes.append(c)
    leftover = _BRACKET.sub(" ", rest)
    if "[" in leftover or "]" in leftover:
        problem(line, "unbalanced [ ]")
        return None
    if codes and rest.rstrip()[-1] != "]":
        problem(line, f"text {rest[rest.rindex(']') + 1:].strip()!r} after the code")
        return None
    return codes, leftover.strip()


def split_code(code: str) -> ActorRef:
    """PETRARCH's positional reading: country = first three letters, sector = the rest."""
    return ActorRef(country=code[:3], sector=code[3:] or None)


@dataclass(frozen=True)
class ActorDictionary:
    path: str
    entries: tuple[ActorEntry, ...]
    problems: tuple[str, ...] = ()
    grouped_heads: int = 0  # head lines that shared the next head's codes

    def forms(self, on: date | None = None) -> Mapping[str, ActorForm]:
        """Casefolded form → ActorForm with each entry's code for a sentence of `on` (see
        `ActorEntry.code_on`); null-coded entries are left out, the first entry of a form wins."""
        out: dict[str, ActorForm] = {}
        name = Path(self.path).name
        for entry in self.entries:
            code = entry.code_on(on)
            if code in NULL_CODES:
                continue
            ref = split_code(code)
            for form in entry.forms:
                out.setdefault(form, ActorForm(form=form, code=code, ref=ref, entry=f"petrarch {name}:{entry.line} {entry.forms[0]}"))
        return MappingProxyType(out)

    def counts(self) -> Counter:
        c: Counter = Counter(entries=len(self.entries))
        for e in self.entries:
            c["forms"] += len(e.forms)
            c["dated_entries"] += e.dated
            c["null_coded_entries"] += all(x.code in NULL_CODES for x in e.codes)
            c["multi_code_alternatives"] += any(x.alternatives for x in e.codes)
        c["problems"] = len(self.problems)
        c["grouped_heads"] = self.grouped_heads
        return c


def read_actors(path: Path | str, *, strict: bool = True) -> ActorDictionary:
    """Read a PETRARCH actor dictionary (format in the module docstring)."""
    path = Path(path)
    problem = _Problems(path, strict)
    entries: list[ActorEntry] = []
    forms: list[str] = []
    codes: list[DatedCode] = []
    start = grouped = 0

    def close(next_line: int | None) -> None:
        nonlocal forms, codes
        if forms and not codes:
            problem(start, f"entry {forms[0].upper()!r} has no code" + (f" before line {next_line}" if next_line else ""))
        elif forms:
            entries.append(ActorEntry(tuple(dict.fromkeys(forms)), tuple(codes), start))
        forms, codes = [], []

    for number, line in _clean_lines(_read_text(path)):
        text = line.strip()
        if text.startswith("["):
            parsed = _split_codes(text, number, problem)
            if parsed is None:
                continue
            found, leftover = parsed
            if leftover:
                problem(number, f"text {leftover!r} outside the code brackets")
            elif not forms:
                problem(number, "a code line with no entry before it")
            else:
                codes.extend(found)
            continue
        synonym = text.startswith("+")
        if synonym:
            text = text[1:]
        parsed = _split_codes(text, number, problem)
        if parsed is None:
            continue
        found, raw_form = parsed
        form = normalise_form(raw_form)
        if not form or not _FORM_OK.match(raw_form):
            problem(number, f"{raw_form or text!r} is not an actor form")
            continue
        if synonym:
            if not forms:
                problem(number, f"synonym +{raw_form} with no entry before it")
                continue
            forms.append(form)
            codes.extend(found)
            continue
        if forms and not codes:
            # A head line may wait for its codes on the lines below ("GOLLUM", "+SMEAGOL",
            # "[HOB < 950601]"), and several heads may share them (TABARI lists "IVO_JOSIPOVIC_",
            # "JOSIPOVIC_" and then their codes): the new head joins the waiting entry.
            forms.append(form)
            codes.extend(found)
            grouped += 1
            continue
        close(None)
        forms, codes, start = [form], list(found), number
    close(None)
    return ActorDictionary(str(path), tuple(entries), tuple(problem.items), grouped)


# --------------------------------------------------------------------------------- agents

_MACRO = re.compile(r"^!(?P<name>[A-Za-z0-9_]+)!\s*=\s*(?P<values>.+)$")
_AGENT_CODE = re.compile(r"^\s*(?:~(?P<suffix>[A-Za-z0-9]{3,})|(?P<prefix>[A-Za-z0-9]{3,})~)\s*$")
_PLURALS = re.compile(r"\{([^{}]*)\}")


def plural(form: str) -> str:
    """PETRARCH's regular plural of the last word: -y → -ies, -s/-x/-z/-ch/-sh → -es, -man → -men."""
    head, _, last = form.rpartition(" ")
    if last.endswith("man"):
        new = last[:-3] + "men"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        new = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        new = last + "es"
    else:
        new = last + "s"
    return f"{head} {new}" if head else new


@dataclass(frozen=True)
class AgentEntry:
    forms: tuple[str, ...]  # normalised, plurals included
    code: str  # without the ~
    prefix: bool  # `[NGO~]`: PETRARCH puts it before the actor's code
    line: int


@dataclass(frozen=True)
class AgentDictionary:
    path: str
    entries: tuple[AgentEntry, ...]
    problems: tuple[str, ...] = ()

    def forms(self) -> Mapping[str, ActorForm]:
        """Casefolded form → sector-only ActorForm (sector = the agent code)."""
        name = Path(self.path).name
        out: dict[str, ActorForm] = {}
        for e in self.entries:
            if e.code in NULL_CODES:
                continue
            ref = ActorRef(sector=e.code)
            how = "prefix agent" if e.prefix else "agent"
            for form in e.forms:
                out.setdefault(form, ActorForm(form=form, code=e.code, ref=ref, entry=f"petrarch {name}:{e.line} {how} {e.forms[0]}"))
        return MappingProxyType(out)

    def counts(self) -> Counter:
        return Counter(
            entries=len(self.entries),
            forms=sum(len(e.forms) for e in self.entries),
            prefix_agents=sum(e.prefix for e in self.entries),
            problems=len(self.problems),
        )


def read_agents(path: Path | str, *, strict: bool = True) -> AgentDictionary:
    """Read a PETRARCH agents dictionary (format in the module docstring)."""
    path = Path(path)
    problem = _Problems(path, strict)
    macros: dict[str, tuple[str, ...]] = {}
    entries: list[AgentEntry] = []
    for number, line in _clean_lines(_read_text(path)):
        text = line.strip()
        if (m := _MACRO.match(text)) is not None:
            macros[m["name"].upper()] = tuple(v.strip() for v in m["values"].split(",") if v.strip())
            continue
        synonym = text.startswith("+")
        if synonym:
            text = text[1:]
        codes = _BRACKET.findall(text)
        if len(codes) != 1:
            problem(number, "an agent line needs exactly one [~CODE] or [CODE~]")
            continue
        cm = _AGENT_CODE.match(codes[0])
        if cm is None:
            problem(number, f"agent code [{codes[0].strip()}] is not ~CODE or CODE~")
            continue
        rest = _BRACKET.sub(" ", text)
        plurals_given = _PLURALS.findall(rest)
        if len(plurals_given) > 1:
            problem(number, "more than one { } plural list")
            continue
        raw_form = _PLURALS.sub(" ", rest).strip()
        try:
            heads = _expand_macros(raw_form, macros)
            plural_forms = [p for ps in plurals_given for w in ps.split() for p in _expand_macros(w.lstrip("+"), macros)]
        except KeyError as exc:
            problem(number, f"substitution set !{exc.args[0]}! is not defined above")
            continue
        if not heads or any(not h or not _FORM_OK.match(h) for h in heads):
            problem(number, f"{raw_form!r} is not an agent form")
            continue
        forms = [normalise_form(h) for h in heads]
        if plurals_given:
            forms += [normalise_form(p) for p in plural_forms]
        else:
            forms += [plural(f) for f in forms]
        code = (cm["suffix"] or cm["prefix"]).upper()
        entries.append(AgentEntry(tuple(dict.fromkeys(forms)), code, cm["prefix"] is not None, number))
    return AgentDictionary(str(path), tuple(entries), tuple(problem.items))


def _expand_macros(text: str, macros: Mapping[str, tuple[str, ...]]) -> list[str]:
    m = re.search(r"!([A-Za-z0-9_]+)!", text)
    if m is None:
        return [text] if text else []
    values = macros[m[1].upper()]
    return [x for v in values for x in _expand_macros(text[: m.start()] + v + text[m.end():], macros)]


def combined_forms(
    actors: Iterable[ActorDictionary], agents: Iterable[AgentDictionary] = (), on: date | None = None
) -> Mapping[str, ActorForm]:
    """One mapping for `LanguageCoder(extra_actor_forms=…)`: actors (in the order given) before
    agents, each form's first listing wins."""
    out: dict[str, ActorForm] = {}
    for a in actors:
        for k, v in a.forms(on).items():
            out.setdefault(k, v)
    for g in agents:
        for k, v in g.forms().items():
            out.setdefault(k, v)
    return MappingProxyType(out)


# --------------------------------------------------------------------------------- verbs

_BLOCK = re.compile(r"^---\s*(?P<name>[^\[\]]+?)\s*\[(?P<code>[^\]]*)\]\s*---\s*$")
_PATTERN = re.compile(r"^-?\s*(?P<body>.*?)\s*\[(?P<code>[^\]]*)\]\s*$")
_WORD = re.compile(r"^&?[A-Za-z][A-Za-z'\-]*_?$")
#: Second words that make a two-word verb a phrasal verb the coder can join ("break down").
PARTICLES = frozenset({"down", "off", "up", "out", "over", "back", "in", "on", "away", "around", "apart", "through"})
#: Where an imported verb pattern looks for its target: the object, else a prepositional
#: phrase, else the subject of its complement clause — PETRARCH takes the target from the
#: verb's object NP or PP, or the first actor after the verb ("Gollum allowed that Mordor isn't
#: a place to visit"; where that clause is an event of its own its subject is that event's,
#: see `coder._clause_event_agents`).
IMPORTED_TARGET = ("obj", "iobj", "obl[with|against|to|toward|towards|on|at|from|for|into|upon|over|in]", "ccomp/nsubj")


@dataclass(frozen=True)
class VerbImport:
    """The event patterns made from a verb dictionary, with counts of what was and was not used."""

    path: str
    patterns: tuple  # tuple[EventPattern, ...]
    counts: Counter = field(default_factory=Counter)
    problems: tuple[str, ...] = ()
    #: every code written in the block of each verb (lemma), converted or not: what the
    #: dictionary could give a sentence with that verb at most
    codes_by_verb: Mapping[str, frozenset[str]] = field(default_factory=dict)


def _cameo_code(raw: str) -> str | None:
    """The first CAMEO code of `[043:042]` (PETRARCH's paired code: the second is the reverse
    event), if our codebook knows it."""
    from ..codebook import all_codes

    code = raw.strip().split(":")[0]
    return code if code in {c.code for c in all_codes()} else None


def read_verbs(path: Path | str, *, strict: bool = True) -> VerbImport:
    """Convert a PETRARCH verb dictionary into `EventPattern`s.

    Converted: each block's verbs (single words, and two-word phrasal verbs like BREAK_DOWN →
    "break down") with the block's code; a verb line with its own code as its own entry; and the
    patterns `_pattern_readings` reads (an object word, synset or phrase, a preposition, a word
    before the verb, the roles turned round by `+ * … $`), each tried before the block's own
    code.  Skipped and counted: patterns with more than one constituent after the verb, `^` `%`
    marks, `$` before the verb; codes our codebook lacks (`[075A]`, WEIS codes, null codes
    `[---]`).  A paired code `[043:042]` keeps its first code.
    """
    from ..events.schemas import EventPattern, PatternExample

    path = Path(path)
    problem = _Problems(path, strict)
    counts: Counter = Counter()
    synsets: dict[str, list[str]] = {}
    current_synset: str | None = None
    patterns: list[EventPattern] = []
    block: dict | None = None
    codes_by_verb: dict[str, set[str]] = {}

    def flush() -> None:
        if block is None:
            return
        verbs = block["verbs"]
        written = {block["code"], *(own[1] for _, own in verbs if own is not None), *(p[2] for p in block["patterns"]), *block["complex_codes"]}
        for v, _ in verbs:
            codes_by_verb.setdefault(v, set()).update(c.split(":")[0].strip() for c in written)
        if not verbs:
            counts["blocks_without_usable_verbs"] += 1
            return
        for v, own in verbs:
            if own is not None:
                code = _cameo_code(own[1])
                if code is None:
                    counts["verbs_own_code_not_cameo"] += 1
                    continue
                patterns.append(EventPattern(
                    id=f"petr.{block['id']}.{own[0]}", lemmas=(v,), cameo=code, target=IMPORTED_TARGET,
                    examples=(PatternExample(text=f"{path.name}:{own[0]} {v} [{own[1]}]"),),
                ))
                counts["verb_entries"] += 1
        lemmas = tuple(dict.fromkeys(v for v, _ in verbs))
        for number, readings, raw_code, text in block["patterns"]:
            code = _cameo_code(raw_code)
            if code is None:
                counts["patterns_code_not_cameo"] += 1
                continue
            for k, reading in enumerate(readings):
                fields = dict(reading)
                particle = fields.pop("particle", None)
                own = tuple(f"{v} {particle}" for v in lemmas if " " not in v) if particle else lemmas
                if not own:
                    continue
                fields.setdefault("target", IMPORTED_TARGET)
                patterns.append(EventPattern(
                    id=f"petr.{block['id']}.{number}" + (f".{k}" if k else ""), lemmas=own, cameo=code,
                    examples=(PatternExample(text=f"{path.name}:{number} {text}"),), **fields,
                ))
            counts["pattern_entries"] += 1
        # (the block's general entry after its patterns: a reading restricted by a word before the
        # verb or a preposition must be tried first, as object readings are)
        general = [v for v, own in verbs if own is None]
        if general:
            code = _cameo_code(block["code"])
            if code is not None:
                patterns.append(EventPattern(
                    id=f"petr.{block['id']}", lemmas=tuple(general), cameo=code, target=IMPORTED_TARGET,
                    examples=(PatternExample(text=f"{path.name}:{block['line']} {block['name']} [{block['code']}]"),),
                ))
                counts["verb_entries"] += 1
            else:
                counts["blocks_code_not_cameo"] += 1

    def words_of(token: str, line: int) -> list[str] | None:
        """A word or a synset's members (a member of several words whole, without its article:
        the object with its modifiers, as `{…}` phrases are read)."""
        if token.startswith("&"):
            name = token[1:].rstrip("_").upper()
            if name not in synsets:
                problem(line, f"synset &{name} is not defined above")
                return None
            return list(dict.fromkeys(_without_article(m) for m in synsets[name] if _without_article(m)))
        return [normalise_form(token)]

    for number, line in _clean_lines(_read_text(path)):
        text = line.strip()
        if text.startswith("&"):
            flush()
            block = None
            current_synset = text[1:].strip().rstrip("_").upper()
            synsets[current_synset] = []
            continue
        if current_synset is not None and text.startswith("+") and block is None:
            member = text[1:].strip()
            if member.startswith("&"):
                inner = member[1:].rstrip("_").upper()
                if inner not in synsets:
                    problem(number, f"synset &{inner} is not defined above")
                    continue
                synsets[current_synset].extend(synsets[inner])
            else:
                synsets[current_synset].append(normalise_form(member.strip("()")))
            continue
        if (m := _BLOCK.match(text)) is not None:
            flush()
            current_synset = None
            name = m["name"].strip()
            block = {"name": name, "code": m["code"], "line": number, "verbs": [], "patterns": [], "complex_codes": [],
                     "id": re.sub(r"[^a-z0-9_.:-]+", "_", name.lower()) + f".{number}"}
            counts["blocks"] += 1
            continue
        if block is None:
            problem(number, f"{text[:40]!r} is neither a synset member nor inside a --- VERB [CODE] --- block")
            continue
        if text.startswith("-") or text.startswith("*"):
            counts["patterns"] += 1
            pm = _PATTERN.match(text)
            if pm is None:
                problem(number, "a pattern needs a [CODE] at its end")
                continue
            body = pm["body"].strip()
            readings = _pattern_readings(body, number, words_of)
            if readings is None:
                counts["patterns_complex_skipped"] += 1
                block["complex_codes"].append(pm["code"])
                continue
            block["patterns"].append((number, readings, pm["code"], text))
            continue
        # A verb line: VERB {FORMS} [CODE]? or +MULTI_WORD {…}
        codes = _BRACKET.findall(text)
        rest = _PLURALS.sub(" ", _BRACKET.sub(" ", text)).strip()
        if len(codes) > 1 or not rest or any(ch in rest for ch in "[]{}"):
            problem(number, f"{text[:40]!r} is not a verb line (VERB {{FORMS}} [CODE])")
            continue
        counts["verb_forms"] += 1
        words = rest.lstrip("+").replace("+", "").replace("_", " ").split()
        if len(words) == 1:
            lemma = words[0].lower()
        elif len(words) == 2 and words[1].lower() in PARTICLES:
            lemma = f"{words[0].lower()} {words[1].lower()}"
        else:
            counts["verb_forms_multiword_skipped"] += 1
            continue
        own = (number, codes[0]) if codes else None
        if own is not None and own[1].strip() == block["code"].strip():
            own = None
        block["verbs"].append((lemma, own))
    flush()
    counts["patterns_total_made"] = len(patterns)
    frozen = {v: frozenset(c) for v, c in codes_by_verb.items()}
    return VerbImport(str(path), tuple(patterns), counts, tuple(problem.items), MappingProxyType(frozen))


#: Words a `{…}` phrase may start with that a parse shows as no modifier of its noun.
_ARTICLES = frozenset({"a", "an", "the"})
_PHRASE = re.compile(r"^\{([^{}()]+)\}$")
_PARENS = re.compile(r"^\(([^{}()]+)\)$")


def _without_article(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _pattern_readings(body: str, line: int, words_of) -> list[dict] | None:
    """`EventPattern` fields for a pattern (one reading, or two for a particle that is also a
    preposition); None when it is beyond what is converted.

    - `* WORD`, `* &SYN`: `objects` (the word, the synset's members);
    - `* {W … W}`: `objects`, the phrase without its article ("{THE NEATEST PLACE}" →
      "neatest place": the object with its modifiers, see `patterns._object_lemmas`); a
      synset in it gives one phrase per member;
    - `* (PREP WORD)`: `objects` with `only_with_prep` — the word in a phrase with that
      preposition;
    - `* (WORD)`: a phrase with that preposition (`only_with_prep`, its object the first target);
      where WORD is a particle (`PARTICLES`), also the phrasal verb ("BURN … - * (DOWN)" is
      "burn down");
    - `WORD *`: a word before the verb, its adverb (`predicates`: "RECENTLY *");
    - `+ * … $`: the roles turned round — the subject is the target and the source is the
      phrase after the verb ("RECEIVE - + * MONEY $": "Eriador received money from Osgiliath"
      is Osgiliath giving), `(PREP $)` naming its preposition.
    """
    tokens = body.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ").split()
    if tokens.count("*") != 1:
        return None
    star = tokens.index("*")
    before, after = tokens[:star], tokens[star + 1:]
    reading: dict = {}
    if before == ["+"]:
        # the roles turned round: a `$` after the verb says where the source is
        if after[-1:] == ["$"]:
            after = after[:-1]
            if len(after) == 3 and after[0] == "(" and after[2] == ")" and _WORD.match(after[1]):
                # `+ * (IN) $`: the source in the phrase with that preposition
                prep = after[1].lower()
                reading["source"], reading["only_with_prep"] = (f"obl[{prep}]",), (prep,)
                after = []
            else:
                reading["source"] = ("obj/nmod", "obl", "nmod")
        elif after[-2:] == ["$", ")"] and len(after) == 4 and after[0] == "(" and _WORD.match(after[1]):
            prep = after[1].lower()
            reading["source"], reading["only_with_prep"] = (f"obl[{prep}]",), (prep,)
            after = []
        else:
            return None
        reading["target"] = ("nsubj",)
    elif len(before) == 1 and not after and _WORD.match(before[0]) and not before[0].startswith("&"):
        return [{"predicates": (normalise_form(before[0]),)}]
    elif before:
        return None
    text = " ".join(after)
    if any(ch in text for ch in "$+^%*"):
        return None
    if not after:
        return [reading] if "only_with_prep" in reading else None
    if len(after) == 1 and _WORD.match(after[0]):
        objects = words_of(after[0], line)
        return None if objects is None else [{**reading, "objects": tuple(objects)}]
    if (m := _PHRASE.match(text.replace("{ ", "{").replace(" }", "}"))) is not None:
        parts = _without_article(m[1]).split()
        if not parts or not all(_WORD.match(p) for p in parts):
            return None
        phrases = [""]
        for part in parts:
            members = words_of(part, line) if part.startswith("&") else [normalise_form(part)]
            if members is None:
                return None
            phrases = [f"{p} {w}".strip() for p in phrases for w in members]
        return [{**reading, "objects": tuple(dict.fromkeys(phrases))}]
    if (m := _PARENS.match(text.replace("( ", "(").replace(" )", ")"))) is not None:
        parts = m[1].split()
        if not all(_WORD.match(p) for p in parts) or parts[0].startswith("&"):
            return None
        prep = parts[0].lower()
        if len(parts) == 2:
            objects = words_of(parts[1], line)
            return None if objects is None else [{**reading, "objects": tuple(objects), "only_with_prep": (prep,)}]
        if len(parts) != 1 or reading:
            return None
        readings = [{"only_with_prep": (prep,), "target": (f"obl[{prep}]", *IMPORTED_TARGET)}]
        if prep in PARTICLES:
            readings.insert(0, {"particle": prep})
        return readings
    return None


def english_rules_with(patterns: Sequence, *, known: Iterable[str] = (), own_verbs: bool = True) -> "LanguageRules":
    """English `LanguageRules` with imported verb patterns first and our own as fallback.

    A verb the imported dictionary lists — a pattern's lemma, or one of `known` (pass
    `VerbImport.codes_by_verb`: every verb of the file, whatever its block codes) — is coded by the
    imported entries alone: the dictionary has spoken for it, and a null-coded block ("BURN [---]")
    or a code outside CAMEO means no event, not ours.  Verbs it does not list fall back to our own
    patterns, or to none with `own_verbs=False` (coding as PETRARCH would with that dictionary)."""
    from ..events.patterns import _index, rules

    base = rules("en")
    imported = _index(tuple(patterns))
    listed = {k.casefold() for k in known} | set(imported)
    own = {k: v for k, v in base.verbs.items() if k not in listed} if own_verbs else {}
    verbs = {**own, **imported}
    # replace, not a new LanguageRules: every other table (nouns, reported modals) stays ours
    return replace(base, verbs=verbs)
