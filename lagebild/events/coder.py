"""Code one parsed document into events: find triggers, fill source and target from the tree,
resolve them to actors, judge factuality, and attach the codebook's PLOVER, QuadClass and
Goldstein values.  Pure over its inputs: the same Doc and rules give the same events."""

from __future__ import annotations

from itertools import product

from spacy.tokens import Doc, Token

from .. import codebook
from ..actors.resolve import ActorIndex, PersonHook, resolve
from . import roles
from .factuality import judge
from .patterns import LanguageRules, match
from .records import Actor, Event, Evidence, Plover
from .schemas import EventPattern


def _role_specs(entry: EventPattern, trigger: Token, r: LanguageRules) -> tuple[tuple[str, ...], tuple[str, ...]]:
    d = r.grammar.roles
    if trigger.pos_ == "VERB":
        passive = roles.is_passive(trigger)
        source = d.passive_source if passive else _given(entry.source, d.verb_source)
        target = d.passive_target if passive else _given(entry.target, d.verb_target)
        if passive and entry.target:
            target = (*d.passive_target, *entry.target)  # "mit Russland wurde verhandelt"
        return source, target
    return _given(entry.source, d.noun_source), _given(entry.target, d.noun_target)


def _given(specs: tuple[str, ...] | None, default: tuple[str, ...]) -> tuple[str, ...]:
    """An entry's own role specs; `[]` switches the role off, absent means the default."""
    return default if specs is None else specs


def _actors(trigger: Token, specs: tuple[str, ...], index: ActorIndex, hook: PersonHook | None, skip: set[int]) -> list[Actor]:
    """Actors of the first spec that names any; tokens in `skip` (the other role) are left out."""
    for spec in specs:
        heads = [t for t in roles.find(trigger, spec) if t.i not in skip]
        actors = [a for a in (resolve(h, index, hook) for h in heads) if a is not None]
        if actors:
            return actors
    return []


def _evidence(token: Token) -> Evidence:
    return Evidence(token.text, token.idx, token.idx + len(token.text))


def _governed_by_event(token: Token, verb_triggers: dict[int, EventPattern], light_verbs: tuple[str, ...]) -> bool:
    """A noun that is an argument of a verb trigger is part of that verb's event ("drohte mit
    Sanktionen" is a threat, not sanctions), unless the verb is a light verb ("flog Angriffe")."""
    head = token.head
    return head.i in verb_triggers and head.i != token.i and head.lemma_.lower() not in light_verbs


def code_doc(
    doc: Doc,
    r: LanguageRules,
    index: ActorIndex,
    *,
    doc_id: str = "",
    person_hook: PersonHook | None = None,
) -> list[Event]:
    events: list[Event] = []
    for s_index, sent in enumerate(doc.sents):
        verb_triggers = {t.i: e for t in sent if t.pos_ == "VERB" and (e := match(t, r)) is not None}
        triggers: list[tuple[Token, EventPattern]] = []
        for tok in sent:
            if tok.i in verb_triggers:
                triggers.append((tok, verb_triggers[tok.i]))
            elif tok.pos_ in ("NOUN", "PROPN") and index.at(tok) is None:
                entry = match(tok, r)
                if entry is not None and not _governed_by_event(tok, verb_triggers, r.grammar.light_verbs):
                    triggers.append((tok, entry))
        for trigger, entry in triggers:
            events.extend(_events_for(trigger, entry, r, index, person_hook, doc_id, s_index, sent.text))
    return events


def _events_for(trigger, entry, r, index, hook, doc_id, s_index, sent_text) -> list[Event]:
    source_specs, target_specs = _role_specs(entry, trigger, r)
    sources = _actors(trigger, source_specs, index, hook, skip=set())
    source_starts = {a.start for a in sources}
    targets = [t for t in _actors(trigger, target_specs, index, hook, skip=set()) if t.start not in source_starts]
    if not sources and not targets:
        return []
    verdict = judge(trigger, r.grammar.factuality)
    speaker = resolve(verdict.speaker, index, hook) if verdict.speaker is not None else None
    code = codebook.cameo(entry.cameo)
    plover_event = codebook.to_plover(entry.cameo)
    plover = Plover(plover_event.type, entry.plover_mode or plover_event.mode) if plover_event else None
    out = []
    for source, target in product(sources or [None], targets or [None]):
        if source is not None and target is not None and source.code == target.code and source.start == target.start:
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
            )
        )
    return out
