"""Scores of the coder's document knowledge on Lagebild's own gold
(`gold/knowledge_{de,en}.yaml`): places (country and place of the mention), dates (start, end and
precision of the expression, resolved against the document date) and coreference (the actor code
a pronoun or description in a role gets)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from importlib import resources
from pathlib import Path

import yaml
from pydantic import Field

from ..schema_base import FrozenModel
from ..nlp.components import text_sentences

LANGS = ("de", "en")


class PlaceCase(FrozenModel):
    text: str
    mention: str
    place: str
    country: str = Field(pattern=r"^[A-Z]{3}$")


class DateCase(FrozenModel):
    text: str
    doc_date: Date
    start: Date
    end: Date
    precision: str = Field(pattern=r"^(day|week|month|year)$")


class CorefCase(FrozenModel):
    text: str
    doc_date: Date
    mention: str
    code: str = Field(pattern=r"^(?:[A-Z]{3})+$")


class KnowledgeGold(FrozenModel):
    lang: str
    places: tuple[PlaceCase, ...]
    dates: tuple[DateCase, ...]
    coref: tuple[CorefCase, ...]


def gold_path(lang: str) -> Path:
    return Path(str(resources.files("lagebild") / "evaluation" / "gold" / f"knowledge_{lang}.yaml"))


def load_gold(lang: str) -> KnowledgeGold:
    return KnowledgeGold.model_validate(yaml.safe_load(gold_path(lang).read_text(encoding="utf-8")))


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


def score(lang: str) -> dict[str, Score]:
    import lagebild
    from ..events.api import coder
    from ..events.context import sentence_dates, sentence_places

    gold = load_gold(lang)
    c = coder(lang)
    out = {k: Score() for k in ("place_country", "place", "date", "coref")}
    for case in gold.places:
        doc = lagebild.parse(case.text, lang=lang)
        index = c.matcher(doc)
        found = [loc for s in text_sentences(doc) for _, loc in sentence_places(s, index, c.rules.grammar.locative_prepositions)]
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


def run_knowledge_eval(errors: bool = False) -> str:
    """A report of place, date and coreference accuracy per language (and overall)."""
    lines = ["knowledge      n   place-country  place   n   date    n   coref"]
    totals: dict[str, Score] = {}
    for lang in LANGS:
        s = score(lang)
        lines.append(f"{lang:<10} {s['place'].n:>5}   {s['place_country'].accuracy:>11.3f}  {s['place'].accuracy:>6.3f} "
                     f"{s['date'].n:>3}  {s['date'].accuracy:>5.3f}  {s['coref'].n:>3}  {s['coref'].accuracy:>5.3f}")
        for k, v in s.items():
            t = totals.setdefault(k, Score())
            t.n += v.n
            t.right += v.right
        if errors:
            lines.extend(f"  {k}: {e}" for k, v in s.items() for e in (v.errors or []))
    t = totals
    lines.append(f"{'all':<10} {t['place'].n:>5}   {t['place_country'].accuracy:>11.3f}  {t['place'].accuracy:>6.3f} "
                 f"{t['date'].n:>3}  {t['date'].accuracy:>5.3f}  {t['coref'].n:>3}  {t['coref'].accuracy:>5.3f}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(run_knowledge_eval(errors=True))
