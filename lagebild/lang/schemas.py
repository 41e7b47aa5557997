"""Schemas of the language data files, one per kind of file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, StringConstraints, field_validator, model_validator

from ..schema_base import FrozenModel


class TokenizerExceptions(FrozenModel):
    """Strings the tokenizer must keep as one token (abbreviations ending in a period)."""

    abbreviations: tuple[str, ...] = ()
    # Marks after which a sentence may end, and closing quotes that may follow them; empty means
    # the parser decides alone (lagebild/nlp/components.py SentenceBreaks).
    sentence_final: tuple[str, ...] = ()
    closing_quotes: tuple[str, ...] = ()

    @field_validator("abbreviations")
    @classmethod
    def _no_spaces(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            if not value or any(ch.isspace() for ch in value):
                raise ValueError(f"abbreviation {value!r} must be a non-empty string without spaces")
        return values


# --- actors.yaml: surface forms of countries, organisations and sectors ------------------------

#: CAMEO sector (role) codes a language file may use: domestic roles, the international actor
#: types and the secondary roles that news names with a common noun.
SECTOR_CODES: frozenset[str] = frozenset({
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "ELI", "CVL", "REF", "MED",
    "EDU", "BUS", "CRM", "LAB", "AGR", "HLH", "ENV", "HRI", "NGO", "IGO", "IMG", "MNC", "UAF",
    "INS", "SEP", "RAD", "DEV", "REL", "MOD",
})


def _sector(value: str) -> str:
    if value not in SECTOR_CODES:
        raise ValueError(f"unknown sector code {value!r} (known: {', '.join(sorted(SECTOR_CODES))})")
    return value


def _form(value: str) -> str:
    if not value or value != value.strip() or "  " in value or any(ch in value for ch in "\t\n\r"):
        raise ValueError(f"surface form {value!r} must be non-empty, trimmed and single-spaced")
    return value


Sector = Annotated[str, AfterValidator(_sector)]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
OrganisationId = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9_]*$")]
Form = Annotated[str, AfterValidator(_form)]


@dataclass(frozen=True)
class ActorRef:
    """What a surface form stands for: a country, a country's sector (`RUS` + `GOV`), a bare
    sector (`MIL`), an organisation of `lagebild/data/organisations.yaml`, or — for a form shared
    by several countries — the default country plus the `alternatives`."""

    country: str | None = None
    sector: str | None = None
    organisation: str | None = None
    alternatives: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        """The CAMEO code as far as the language file knows it; an organisation gives its id."""
        return self.organisation or f"{self.country or ''}{self.sector or ''}"


class CountryForms(FrozenModel):
    """How one language names one country. `adjective_stems` take the file's `adjective_endings`;
    `metonyms` (capital, seat of government) stand for the government unless `metonym_sectors`
    names another sector for them, or `metonym_organisations` an organisation seated there that
    news name by the city ("Brüssel" for the EU); after a place preposition each is a place, its
    country's."""

    names: tuple[Form, ...] = Field(min_length=1)
    adjective_stems: tuple[Form, ...] = ()
    demonyms: tuple[Form, ...] = ()
    metonyms: tuple[Form, ...] = ()
    metonym_sectors: dict[Form, Sector] = Field(default_factory=dict)
    metonym_organisations: dict[Form, OrganisationId] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _sectors_name_metonyms(self) -> "CountryForms":
        for field, named in (("metonym_sectors", self.metonym_sectors), ("metonym_organisations", self.metonym_organisations)):
            for form in named:
                if form not in self.metonyms:
                    raise ValueError(f"{field} names {form!r}, which is not among the metonyms")
        return self

    def metonym_ref(self, code: str, form: Form) -> ActorRef:
        """What the metonym `form` of the country `code` stands for."""
        if form in self.metonym_organisations:
            return ActorRef(country=code, organisation=self.metonym_organisations[form])
        return ActorRef(country=code, sector=self.metonym_sectors.get(form, "GOV"))


class SharedForms(FrozenModel):
    """Forms that name more than one country ("Congolese"); the first country is the default."""

    countries: tuple[CountryCode, ...] = Field(min_length=2)
    names: tuple[Form, ...] = ()
    adjective_stems: tuple[Form, ...] = ()
    demonyms: tuple[Form, ...] = ()

    @model_validator(mode="after")
    def _distinct_and_not_empty(self) -> "SharedForms":
        if len(set(self.countries)) != len(self.countries):
            raise ValueError(f"countries {list(self.countries)} repeat a code")
        if not (self.names or self.adjective_stems or self.demonyms):
            raise ValueError("a shared entry needs names, adjective_stems or demonyms")
        return self


class OrganisationForms(FrozenModel):
    """Names of one organisation: either `org` (an id in lagebild/data/organisations.yaml) or a
    national institution given as `country` + `sector` (the Pentagon is USA + MIL)."""

    forms: tuple[Form, ...] = Field(min_length=1)
    org: OrganisationId | None = None
    country: CountryCode | None = None
    sector: Sector | None = None

    @model_validator(mode="after")
    def _org_or_country_and_sector(self) -> "OrganisationForms":
        national = self.country is not None or self.sector is not None
        if self.org is not None and national:
            raise ValueError(f"{self.forms[0]!r}: give either org or country + sector, not both")
        if self.org is None and (self.country is None or self.sector is None):
            raise ValueError(f"{self.forms[0]!r}: give org, or both country and sector")
        return self

    @property
    def ref(self) -> ActorRef:
        if self.org is not None:
            return ActorRef(organisation=self.org)
        return ActorRef(country=self.country, sector=self.sector)

    @property
    def label(self) -> str:
        return self.org if self.org is not None else f"{self.country}/{self.sector}"


class Actors(FrozenModel):
    """Surface forms of actors in one language: countries, forms shared by several countries,
    organisations and national institutions, and sector nouns. No form may stand for two actors;
    forms are compared case-insensitively, adjective stems after adding every ending."""

    adjective_endings: tuple[Annotated[str, StringConstraints(pattern=r"^[a-zäöüß]*$")], ...] = Field(min_length=1)
    #: Lower-case words a span may start with that are not part of the name ("der Kreml", "the
    #: Kremlin"); lookup drops one of them, so the forms need not repeat every article.
    determiners: tuple[Annotated[str, StringConstraints(pattern=r"^[a-zäöüß]+$")], ...] = ()
    # Endings a place name may carry in running text ("Aleppos", "Kiews"): stripped to look it up.
    place_name_suffixes: tuple[Annotated[str, StringConstraints(pattern=r"^[a-zäöüß']+$")], ...] = ()
    # Prepositions after which a capital is a place, its country, not its government: "rief den
    # Botschafter aus Berlin zurück", "recalled its ambassador from Cairo".
    metonym_place_prepositions: tuple[Annotated[str, StringConstraints(pattern=r"^[a-zäöüß]+$")], ...] = ()
    # Prepositions whose phrase names the other side: an actor inside one is never the actor of
    # the phrase around it ("ein Eingreifen gegen die syrische Luftwaffe" names no actor).
    opposing_prepositions: tuple[Annotated[str, StringConstraints(pattern=r"^[a-zäöüß]+$")], ...] = ()
    # Names that contain an actor's form but stand for no actor: regions named after a country's
    # adjective ("Latin American", "North American" are not the United States).  A match inside
    # one is dropped; each may be given with the adjective endings like a stem.
    not_actors: tuple[Form, ...] = ()
    # Words a language joins to a country's name to name a part of it ("Nordsyrien",
    # "Ostukraine"): such a compound names the country, unless it is another actor's form
    # ("Nordkorea", "Südsudan").
    region_prefixes: tuple[Annotated[str, StringConstraints(pattern=r"^[A-ZÄÖÜ][a-zäöüß]*$")], ...] = ()
    # Endings that make a capital's name an adjective ("ein Moskauer Gericht", "die Pekinger
    # Führung"): the adjective names the country, as the country's own adjective does.
    capital_adjective_endings: tuple[Annotated[str, StringConstraints(pattern=r"^[a-zäöüß]+$")], ...] = ()
    # Number words that stand for people when they stand alone ("Tausende demonstrierten"): listed
    # among the civilian sector nouns too; before the noun they count, that noun is the actor
    # ("Tausende Serben", "Hunderttausende syrische Flüchtlinge").
    count_words: tuple[Form, ...] = ()
    # Words that count people named by a demonym, as a modifier ("mehrere Palästinenser",
    # "several Palestinians") or as the noun the demonym hangs on ("die Mehrheit der Kolumbianer"):
    # people counted are people of that country, not the country acting (CVL), as are those a
    # number or a count word counts.
    quantity_words: tuple[Form, ...] = ()
    # Prepositions between a count word and what it counts ("thousands of soldiers").
    count_prepositions: tuple[Annotated[str, StringConstraints(pattern=r"^[a-zäöüß]+$")], ...] = ()
    # Nouns for places: a name right after one is a place, however small ("die Stadt Awdijiwka",
    # "the town of Avdiivka" aside) — the entity recogniser and the size test need not agree.
    place_nouns: tuple[Form, ...] = ()
    # Nouns for an armed force's sites: those of a country named by an adjective are its military's
    # ("armenische Stellungen", "a Russian outpost" → ARM MIL, RUS MIL); a site of someone named
    # after it is that one's ("Stellungen der Rebellen").
    military_site_nouns: tuple[Form, ...] = ()
    # Adjectives that give a people named by its demonym a sector: "militante Palästinenser" are
    # Palestinian militants (lemmas).
    sector_adjectives: dict[Sector, tuple[Form, ...]] = Field(default_factory=dict)
    # Nouns for a part of a country ("im Norden Malis", "in the north of Mali"): a country owning
    # one says where the sentence happens, as a country after a locative preposition does.
    region_nouns: tuple[Form, ...] = ()
    # Prepositions that make a country the owner of such a part ("im Norden von Mali", "of Mali").
    region_owner_prepositions: tuple[Annotated[str, StringConstraints(pattern=r"^[a-zäöüß]+$")], ...] = ()
    # Prepositions that say where people come from: "Flüchtlinge aus dem Irak" are Iraqi refugees.
    origin_prepositions: tuple[Annotated[str, StringConstraints(pattern=r"^[a-zäöüß]+$")], ...] = ()
    countries: dict[CountryCode, CountryForms] = Field(default_factory=dict)
    shared: tuple[SharedForms, ...] = ()
    organisations: tuple[OrganisationForms, ...] = ()
    sectors: dict[Sector, tuple[Form, ...]] = Field(default_factory=dict)
    # Sector nouns that keep their sector as the last part of a compound the dictionary does not
    # list ("Finanzminister", "Regierungssoldaten", "Grenzpolizisten"): only these, because many
    # compounds change the meaning ("Videobotschaft" is a message, "Mitarbeiter" staff).
    compound_heads: tuple[Form, ...] = ()
    # Sector nouns that give their sector to a compound whose last part is one of
    # `compound_people`, joined by one of `compound_links` ("Oppositionskandidat",
    # "Rebellenführer", "Militärsprecher"): a group's candidate, leader or spokesman is the group's.
    compound_leads: tuple[Form, ...] = ()
    compound_people: tuple[Annotated[str, StringConstraints(pattern=r"^[a-zäöüß]+$")], ...] = ()
    compound_links: tuple[Annotated[str, StringConstraints(pattern=r"^[a-zäöüß]*$")], ...] = ("",)

    @model_validator(mode="after")
    def _compound_heads_are_sector_forms(self) -> "Actors":
        listed = {form.casefold() for forms in self.sectors.values() for form in forms}
        for name, parts in (("compound_heads", self.compound_heads), ("compound_leads", self.compound_leads)):
            for part in parts:
                if part.casefold() not in listed:
                    raise ValueError(f"{name} names {part!r}, which is no sector form")
        return self

    def adjective_forms(self, stem: str) -> tuple[str, ...]:
        return tuple(stem + ending for ending in self.adjective_endings)

    def _listed_forms(self) -> Iterator[tuple[str, ActorRef, str]]:
        for code, country in self.countries.items():
            ref = ActorRef(country=code)
            yield from ((f, ref, f"countries.{code}.names") for f in country.names)
            for stem in country.adjective_stems:
                yield from ((f, ref, f"countries.{code}.adjective_stems") for f in self.adjective_forms(stem))
            yield from ((f, ref, f"countries.{code}.demonyms") for f in country.demonyms)
            for f in country.metonyms:
                yield f, country.metonym_ref(code, f), f"countries.{code}.metonyms"
        for shared in self.shared:
            ref = ActorRef(country=shared.countries[0], alternatives=shared.countries[1:])
            label = f"shared[{'/'.join(shared.countries)}]"
            yield from ((f, ref, f"{label}.names") for f in shared.names)
            for stem in shared.adjective_stems:
                yield from ((f, ref, f"{label}.adjective_stems") for f in self.adjective_forms(stem))
            yield from ((f, ref, f"{label}.demonyms") for f in shared.demonyms)
        for org in self.organisations:
            yield from ((f, org.ref, f"organisations[{org.label}]") for f in org.forms)
        for sector, nouns in self.sectors.items():
            yield from ((f, ActorRef(sector=sector), f"sectors.{sector}") for f in nouns)

    def forms(self) -> Iterator[tuple[str, ActorRef, str]]:
        """Every surface form with what it stands for and the entry that lists it: the listed
        forms, then those made from country names and capitals that no listed form claims."""
        listed: set[str] = set()
        for form, ref, entry in self._listed_forms():
            listed.add(form.casefold())
            yield form, ref, entry
        yield from self._region_forms(frozenset(listed))

    def _region_forms(self, listed: frozenset[str]) -> Iterator[tuple[str, ActorRef, str]]:
        for code, country in self.countries.items():
            for capital in country.metonyms:
                if " " in capital or "-" in capital or (capital.endswith("s") and capital[:-1] in country.metonyms):
                    continue  # ("Kiews" is the genitive of "Kiew", not a name; "Paris" is one)
                for ending in self.capital_adjective_endings:
                    form = capital + ending
                    if form.casefold() not in listed:
                        yield form, ActorRef(country=code), f"countries.{code}.capital_adjectives"
        for code, country in self.countries.items():
            for name in country.names:
                if " " in name or "-" in name:
                    continue
                for prefix in self.region_prefixes:
                    form = prefix + name.lower()
                    if form.casefold() not in listed:
                        yield form, ActorRef(country=code), f"countries.{code}.regions"

    @model_validator(mode="after")
    def _no_form_stands_for_two_actors(self) -> "Actors":
        seen: dict[str, tuple[ActorRef, str, str]] = {}
        for form, ref, entry in self.forms():
            key = form.casefold()
            if key in seen and seen[key][0] != ref:
                _, first_form, first_entry = seen[key]
                raise ValueError(
                    f"form {form!r} stands for two actors: {first_entry} ({first_form!r}) and {entry} ({form!r})"
                )
            seen.setdefault(key, (ref, form, entry))
        return self


class VerbFormTable(FrozenModel):
    """`verb_forms.yaml`: the inflected forms of the verbs the event patterns list, generated by a
    conjugator (`generated_by` says how) so that a form the pipeline's lemmatizer and the lemma
    dictionary both miss ("beschossen", "entsandten") still finds its verb.  `forms` maps a lemma
    to its forms; a separable verb's split-off finite forms are listed under the verb without its
    particle ("schieben": "schob"), since the coder joins the particle back itself."""

    generated_by: str
    forms: dict[Annotated[str, StringConstraints(min_length=1)], list[Annotated[str, StringConstraints(min_length=1)]]]


SCHEMAS: dict[str, type[BaseModel]] = {"tokenizer_exceptions": TokenizerExceptions, "actors": Actors,
                                       "verb_forms": VerbFormTable}
