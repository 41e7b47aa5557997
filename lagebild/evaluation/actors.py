"""Actor code accuracy on Lagebild's own gold (`gold/actors_{de,en}.yaml`): country names,
adjectives, demonyms and metonyms, country + sector phrases, organisations, people coded by the
office they held on the document date, and pronouns and descriptions resolved by coreference.

Each case names one mention in a short document. The mention's head token is resolved the way the
coder resolves a role head (`events.context.role_actor`: the phrase, people on the document date,
then coreference for pronouns and bare definite descriptions), so the score measures actor
resolution without depending on whether an event pattern fires on the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from .. import yamlfile
from ..errors import ErrorCode, LagebildError
from ..schema_base import FrozenModel

LANGS = ("de", "en")
Kind = Literal["country", "compound", "igo", "group", "dated_role", "coref"]
Split = Literal["all", "dev", "test"]


class ActorCase(FrozenModel):
    id: str = Field(pattern=r"^a(?:de|en)-\d{3}$")
    text: str = Field(min_length=1)
    date: Date
    mention: str = Field(min_length=1)
    occurrence: int = Field(default=1, ge=1)
    code: str = Field(pattern=r"^(?:[A-Z]{3})+$")
    kind: Kind
    note: str = Field(min_length=10)

    @property
    def dev(self) -> bool:
        """Odd ids are the development half, even ids the test half (as in events_de.yaml)."""
        return int(self.id.rsplit("-", 1)[1]) % 2 == 1


class ActorGold(FrozenModel):
    lang: str
    cases: tuple[ActorCase, ...]


def gold_path(lang: str) -> Path:
    return Path(str(resources.files("lagebild") / "evaluation" / "gold" / f"actors_{lang}.yaml"))


def load_gold(lang: str, path: Path | None = None) -> ActorGold:
    path = path or gold_path(lang)
    try:
        gold = ActorGold.model_validate(yamlfile.load(path.read_text(encoding="utf-8")))
    except ValidationError as exc:
        first = exc.errors()[0]
        raise LagebildError(ErrorCode.E009, f"{path} [{'.'.join(map(str, first['loc']))}]", reason=first["msg"]) from None
    ids = [c.id for c in gold.cases]
    if len(set(ids)) != len(ids):
        raise LagebildError(ErrorCode.E009, str(path), reason="a case id is listed twice")
    return gold


def select(cases: tuple[ActorCase, ...], split: Split) -> list[ActorCase]:
    return [c for c in cases if split == "all" or c.dev == (split == "dev")]


def mention_span(text: str, mention: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Character offsets of the n-th whole-word occurrence of `mention` in `text`."""
    hits = list(re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", text))
    if len(hits) < occurrence:
        return None
    return hits[occurrence - 1].span()


@dataclass
class Tally:
    n: int = 0
    right: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, ok: bool, why: str) -> None:
        self.n += 1
        self.right += ok
        if not ok:
            self.errors.append(why)

    @property
    def accuracy(self) -> float:
        return self.right / self.n if self.n else 0.0


def resolve_case(case: ActorCase, lang: str) -> tuple[str | None, str]:
    """The code the coder gives the case's mention, and the evidence (the actor's entry)."""
    import lagebild

    from ..events.api import _hook_for, coder
    from ..events.context import DocContext, role_actor

    c = coder(lang)
    doc = lagebild.parse(case.text, lang=lang)
    where = mention_span(case.text, case.mention, case.occurrence)
    if where is None:
        raise LagebildError(ErrorCode.E009, case.id, reason=f"mention {case.mention!r} is not in the text")
    span = doc.char_span(*where, alignment_mode="expand")
    index = c.matcher(doc)
    hook = _hook_for(lang, case.date, None, True)
    ctx = DocContext(doc, index, c.rules.grammar, lang, case.date, hook)
    actor = role_actor(span.root, index, hook, ctx)
    return (actor.code, actor.entry) if actor is not None else (None, "unresolved")


def score(lang: str, split: Split = "all") -> dict[str, Tally]:
    """Tallies per group: all, and per kind (dated_role and coref are the ones the issue names)."""
    out: dict[str, Tally] = {"all": Tally()}
    for case in select(load_gold(lang).cases, split):
        got, entry = resolve_case(case, lang)
        why = f"{case.id} {case.text!r} [{case.mention}]: {got}, want {case.code} ({entry})"
        ok = got == case.code
        out["all"].add(ok, why)
        out.setdefault(case.kind, Tally()).add(ok, why)
    return out


def run_actor_eval(split: Split = "all", errors: bool = False) -> tuple[str, dict[str, dict[str, Tally]]]:
    """A report of actor code accuracy per language and overall, with the dated-role and
    coreference cases on their own."""
    per_lang = {lang: score(lang, split) for lang in LANGS}
    total: dict[str, Tally] = {}
    for tallies in per_lang.values():
        for k, v in tallies.items():
            t = total.setdefault(k, Tally())
            t.n, t.right = t.n + v.n, t.right + v.right
    per_lang["all"] = total
    kinds = ("country", "compound", "igo", "group", "dated_role", "coref")
    lines = [f"actors ({split})   n   accuracy   " + "  ".join(f"{k}" for k in kinds)]
    for name, t in per_lang.items():
        cells = "  ".join(f"{t[k].accuracy:>{len(k)}.3f}" if k in t else f"{'-':>{len(k)}}" for k in kinds)
        lines.append(f"{name:<12} {t['all'].n:>4}   {t['all'].accuracy:>8.3f}   {cells}")
        if errors and name != "all":
            lines.extend(f"  {e}" for e in t["all"].errors)
    return "\n".join(lines), per_lang


if __name__ == "__main__":
    print(run_actor_eval(errors=True)[0])
