"""Scores of the coder's document knowledge on Lagebild's own gold: places (country and place of
the mention), dates (start, end and precision of the expression, resolved against the document
date) and coreference (the actor code a pronoun or description in a role gets).

Three splits: `dev` is `gold/knowledge_{de,en}.yaml`, written alongside the resolvers and tuned on;
`test` is `gold/knowledge_heldout_{de,en}.yaml`, a held-out set written without reading or running
the resolvers (each case has a `note` saying why it holds) whose failure categories were later seen
by the people who improved the resolvers, so it is no longer fully blind; `blind` is
`gold/knowledge_blind2_{de,en}.yaml`, a second blind set written 2026-11-26 without reading the
resolvers and committed before any run; `blind3` is `gold/knowledge_blind3_{de,en}.yaml`, a third
blind set written 2026-11-26 without reading the resolvers and committed before any run, while
the resolvers were being improved after the second one. Never tune on `test`, `blind` or
`blind3`. `all` is dev + test as before: it keeps the numbers pinned on it comparable, and keeps
the blind sets' scores apart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from importlib import resources
from pathlib import Path

from pydantic import Field

from .. import yamlfile
from ..schema_base import FrozenModel
from ..nlp.components import text_sentences

LANGS = ("de", "en")
SPLITS = ("all", "dev", "test", "blind", "blind3")
_FILES = {"dev": "knowledge_{lang}.yaml", "test": "knowledge_heldout_{lang}.yaml",
          "blind": "knowledge_blind2_{lang}.yaml", "blind3": "knowledge_blind3_{lang}.yaml"}


class PlaceCase(FrozenModel):
    text: str
    mention: str
    place: str
    country: str = Field(pattern=r"^[A-Z]{3}$")
    note: str | None = None   # why the expectation holds (every held-out case has one)


class DateCase(FrozenModel):
    text: str
    doc_date: Date
    start: Date
    end: Date
    precision: str = Field(pattern=r"^(day|week|month|year)$")
    note: str | None = None


class CorefCase(FrozenModel):
    text: str
    doc_date: Date
    mention: str
    code: str = Field(pattern=r"^(?:[A-Z]{3})+$")
    note: str | None = None


class KnowledgeGold(FrozenModel):
    lang: str
    places: tuple[PlaceCase, ...]
    dates: tuple[DateCase, ...]
    coref: tuple[CorefCase, ...]


def gold_path(lang: str, split: str = "dev") -> Path:
    """The gold file of one language and one split (`dev`, `test`, `blind` or `blind3`)."""
    if split not in _FILES:
        raise ValueError(f"split must be dev, test, blind or blind3 for a single file, not {split!r}")
    return Path(str(resources.files("lagebild") / "evaluation" / "gold" / _FILES[split].format(lang=lang)))


def load_gold(lang: str, split: str = "dev") -> KnowledgeGold:
    """The gold of one language: `dev`, `test` (held-out), `blind` (the second blind set), `blind3`
    (the third blind set) or `all` (dev then test; no blind set is part of it)."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    parts = [KnowledgeGold.model_validate(yamlfile.load(gold_path(lang, s).read_text(encoding="utf-8")))
             for s in (("dev", "test") if split == "all" else (split,))]
    for g in parts:
        if g.lang != lang:
            raise ValueError(f"{lang} gold file says lang {g.lang!r}")
    return KnowledgeGold(lang=lang, places=tuple(c for g in parts for c in g.places),
                         dates=tuple(c for g in parts for c in g.dates), coref=tuple(c for g in parts for c in g.coref))


@dataclass
class Score:
    n: int = 0
    right: int = 0
    errors: list[str] | None = None

    def add(self, ok: bool, why: str) -> None:
        self.n += 1
        self.right += ok
        if not ok:
            self.errors = [*(self.errors or []), why]

    @property
    def accuracy(self) -> float:
        return self.right / self.n if self.n else 0.0


def score(lang: str, split: str = "dev") -> dict[str, Score]:
    import lagebild
    from ..events.api import coder
    from ..events.context import sentence_dates, sentence_places
    from ..events.repair import mend

    gold = load_gold(lang, split)
    c = coder(lang)
    out = {k: Score() for k in ("place_country", "place", "date", "coref")}
    for case in gold.places:
        doc = lagebild.parse(case.text, lang=lang)
        # (mended as the coder mends it before it reads places: "Russische Flugzeuge bombardierten
        # Aleppo" parsed without a verb has Aleppo as an attribute, not the object bombed)
        mend(doc, c.rules)
        index = c.matcher(doc)
        found = [loc for s in text_sentences(doc) for _, loc in sentence_places(s, index, c.rules.grammar)]
        loc = next((f for f in found if f.text == case.mention), found[0] if found else None)
        got = f"{loc.name}/{loc.country}" if loc else "none"
        out["place_country"].add(loc is not None and loc.country == case.country, f"{case.text!r}: {got}, want {case.country}")
        out["place"].add(loc is not None and loc.name == case.place and loc.country == case.country, f"{case.text!r}: {got}, want {case.place}")
    for case in gold.dates:
        doc = lagebild.parse(case.text, lang=lang)
        found = sentence_dates(doc[:], c.rules.grammar, case.doc_date, lang)
        d = found[0].date if found else None
        got = (d.start, d.end, d.precision) if d else None
        want = (case.start.isoformat(), case.end.isoformat(), case.precision)
        out["date"].add(got == want, f"{case.text!r}: {got}, want {want}")
    for case in gold.coref:
        events = lagebild.code_text(case.text, lang=lang, date=case.doc_date)
        actors = [a for e in events for a in (e.source, e.target) if a is not None and a.text == case.mention]
        got = actors[0].code if actors else None
        out["coref"].add(got == case.code, f"{case.text!r}: {got}, want {case.code}")
    return out


def _acc(s: Score, width: int) -> str:
    return f"{s.accuracy:>{width}.3f}" if s.n else f"{'-':>{width}}"


def run_knowledge_eval(errors: bool = False, split: str = "all") -> str:
    """A report of place, date and coreference accuracy per language (and overall) on one split."""
    lines = [f"knowledge ({split})", "knowledge      n   place-country  place   n   date    n   coref"]
    totals: dict[str, Score] = {}
    for lang in LANGS:
        s = score(lang, split)
        lines.append(f"{lang:<10} {s['place'].n:>5}   {_acc(s['place_country'], 11)}  {_acc(s['place'], 6)} "
                     f"{s['date'].n:>3}  {_acc(s['date'], 5)}  {s['coref'].n:>3}  {_acc(s['coref'], 5)}")
        for k, v in s.items():
            t = totals.setdefault(k, Score())
            t.n += v.n
            t.right += v.right
        if errors:
            lines.extend(f"  {k}: {e}" for k, v in s.items() for e in (v.errors or []))
    t = totals
    lines.append(f"{'all':<10} {t['place'].n:>5}   {_acc(t['place_country'], 11)}  {_acc(t['place'], 6)} "
                 f"{t['date'].n:>3}  {_acc(t['date'], 5)}  {t['coref'].n:>3}  {_acc(t['coref'], 5)}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(run_knowledge_eval(errors=True))
