"""The coder's Python API: `code_text` for one document, `code_docs` to stream many.

Both parse with the language's pipeline (`lagebild.nlp`), index actor mentions, and run the
language's patterns.  `code_docs` groups documents by language and uses `nlp.pipe`; a document
that cannot be coded yields a `CodedDoc` with `error` set instead of stopping the stream.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..actors.resolve import ActorMatcher, PersonHook
from ..data import ActorForm
from ..data.user_actors import UserDictionary, user_dictionary
from ..dates import as_date
from ..errors import LagebildError, describe_exception
from ..nlp import detect_language, load, parse, pipe
from ..settings import Settings, load_settings
from ..text import check_length
from .coder import code_doc
from .patterns import LanguageRules, rules
from .records import Event


@dataclass(frozen=True)
class InputDoc:
    """One document to code: `lang` "auto" detects it; `date` (a date or an ISO string) anchors
    relative dates and people's offices."""

    id: str
    text: str
    lang: str = "auto"
    date: Date | str | None = None


@dataclass(frozen=True)
class CodedDoc:
    id: str
    lang: str | None
    events: tuple[Event, ...] = ()
    error: str | None = None  # one-line reason when the document could not be coded

    def to_dict(self) -> dict:
        if self.error is not None:
            return {"id": self.id, "error": self.error}
        return {"id": self.id, "lang": self.lang, "events": [e.to_dict() for e in self.events]}


@dataclass
class LanguageCoder:
    """Everything needed to code one language: pipeline, rules and actor matcher.  Build one
    with extra actor forms (an imported dictionary) to code with those actors too."""

    nlp: Language
    lang: str
    extra_actor_forms: Mapping[str, ActorForm] | None = None
    rules_override: LanguageRules | None = None
    user: UserDictionary | None = None  # a user's actor files: their forms win over every other
    matcher: ActorMatcher = field(init=False)

    def __post_init__(self) -> None:
        self.rules = self.rules_override or rules(self.lang)
        extra = dict(self.extra_actor_forms or {})
        if self.user is not None:
            extra.update(self.user.forms(self.lang))
        self.matcher = ActorMatcher(self.nlp, self.lang, extra)

    def code(self, doc: Doc, doc_id: str, person_hook: PersonHook | None, doc_date: Date | None = None, *, context: bool = True) -> list[Event]:
        """`context=False` leaves out places, dates and coreference (for benchmarks)."""
        return code_doc(doc, self.rules, self.matcher(doc), doc_id=doc_id, person_hook=person_hook, doc_date=doc_date, context=context)


@lru_cache(maxsize=8)
def _coder_for(nlp: Language, lang: str, user: UserDictionary | None = None) -> LanguageCoder:
    return LanguageCoder(nlp, lang, user=user)


def coder(lang: str, settings: Settings | None = None) -> LanguageCoder:
    user = user_dictionary(settings.actors) if settings is not None else None
    return _coder_for(load(lang, settings), lang, user)


@lru_cache(maxsize=256)
def _people_hook(lang: str, day: Date | None, user: UserDictionary | None = None, bundled: bool = True) -> PersonHook:
    from ..actors.people import make_person_hook

    return make_person_hook(lang, day, user=user, bundled=bundled)


def _hook_for(lang: str, day: Date | None, given: PersonHook | None, people: bool, settings: Settings | None = None) -> PersonHook | None:
    """The caller's hook, else the user's actor files and Lagebild's people knowledge base on
    the document's date (people hold offices on dates: "Kerry" is USAGOV in 2016 and USALEG in
    2010).  `people=False` turns Lagebild's people off, not the user's own files."""
    if given is not None:
        return given
    user = user_dictionary(settings.actors) if settings is not None else None
    if not people and user is None:
        return None
    return _people_hook(lang, day, user, people)


def code_text(
    text: str,
    *,
    lang: str = "auto",
    date: Date | str | None = None,
    doc_id: str = "",
    settings: Settings | None = None,
    person_hook: PersonHook | None = None,
    people: bool = True,
) -> list[Event]:
    """Events of one document (every factuality; filter on `Event.factuality`).  People are
    resolved on `date` (the people data's own date when None) unless `people=False` or a
    `person_hook` of your own is given."""
    settings = settings or load_settings()
    date = as_date(date, doc_id or "<input>")
    if not text.strip():
        return []
    resolved = detect_language(text, settings, doc_id or "<input>") if lang == "auto" else lang
    doc = parse(text, lang=resolved, settings=settings, subject=doc_id or "<input>")
    return coder(resolved, settings).code(doc, doc_id, _hook_for(resolved, date, person_hook, people, settings), date)


def code_docs(
    docs: Iterable[InputDoc],
    *,
    settings: Settings | None = None,
    batch_size: int = 32,
    person_hook: PersonHook | None = None,
    people: bool = True,
) -> Iterator[CodedDoc]:
    """Code a stream of documents in input order, in batches piped through spaCy per language."""
    settings = settings or load_settings()
    batch: list[InputDoc] = []
    for item in docs:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _code_batch(batch, settings, person_hook, people)
            batch = []
    if batch:
        yield from _code_batch(batch, settings, person_hook, people)


def _code_batch(batch: list[InputDoc], settings: Settings, hook: PersonHook | None, people: bool) -> Iterator[CodedDoc]:
    results: dict[int, CodedDoc] = {}
    by_lang: dict[str, list[int]] = {}
    days: dict[int, Date | None] = {}
    for n, item in enumerate(batch):
        try:
            days[n] = as_date(item.date, item.id)
            check_length(item.text, settings.max_chars, item.id)
            if not item.text.strip():
                results[n] = CodedDoc(item.id, None if item.lang == "auto" else item.lang)
                continue
            lang = detect_language(item.text, settings, item.id) if item.lang == "auto" else item.lang
            load(lang, settings)  # an unknown language fails here, for this document only
            by_lang.setdefault(lang, []).append(n)
        except LagebildError as exc:
            results[n] = CodedDoc(item.id, None, error=exc.one_line())
    for lang, members in by_lang.items():
        c = coder(lang, settings)
        texts = [batch[n].text for n in members]
        long_ = {n for n in members if len(batch[n].text) > settings.chunk_chars}
        piped = pipe(c.nlp, [t for n, t in zip(members, texts) if n not in long_], settings)
        for n in members:
            item = batch[n]
            doc = parse(item.text, lang=lang, settings=settings, subject=item.id) if n in long_ else next(piped)
            try:
                results[n] = CodedDoc(item.id, lang, tuple(c.code(doc, item.id, _hook_for(lang, days[n], hook, people, settings), days[n])))
            except Exception as exc:  # noqa: BLE001 — a coder bug on one document must not stop the stream
                results[n] = CodedDoc(item.id, lang, error=f"[E999] {item.id}: internal error while coding: {describe_exception(exc)}")
    for n in range(len(batch)):
        yield results[n]
