"""Deduplication: which asserted event mentions report the same real-world event.

Mentions are one event when they have the same source and target actor codes and CAMEO root (a
*block*), their dates are at most `window_days` apart, and their places are compatible.  The
result is the `event_clusters` table (mention → event), read by the `events_dedup` view, the
`--dedup` exports and queries.

The rules, in the order they apply inside a block:

* **Date** of a mention: the event's own date (`date_start`..`date_end`, from a date expression
  of its sentence) when the coder found one, else the document's date.  Two mentions are within
  the window when the gap between their date intervals is at most `window_days`.  A cluster is
  *complete-linkage*: every two of its mentions are within the window, so a conflict reported
  every day for a month stays thirty events rather than chaining into one.  The default window
  of one day absorbs the usual publication lag: a mention without a date expression gets its
  article's date, often the day after the event that other articles date exactly.
* **Vague dates** (month or year precision, "im März") cannot be placed on a day: such mentions
  are one event only with mentions of the very same period.  **Undated** mentions (no event
  date, undated document) are one event only with mentions of the same document.
* **Place**: mentions with known places are one event only when the places are the same (CAMEO
  country code and name).  A mention without a place joins the event of the one place whose
  mentions (and the place-less ones that joined before it) are all within its window; when no
  place or several places qualify, it stays with the other place-less mentions.
* Inside each of these groups mentions are taken in a fixed order — date interval, then document
  id (a content hash) and position — so the clusters depend only on the set of mentions, never
  on ingest order or the number of workers.  A cluster's id is its smallest `event_id`; its
  rank-0 mention (first in that order) is the representative whose codes and texts the event
  shows.

Clusters never cross blocks, so a refresh recomputes only the blocks whose mentions changed
since the last one (new documents, recoded ones), in one transaction.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .db import Store

DEFAULT_WINDOW_DAYS = 1
Block = tuple[str, str, str]  # source code, target code, CAMEO root ('' for a missing actor)


@dataclass(frozen=True)
class Mention:
    """What clustering needs of one asserted event mention."""

    event_id: int
    doc_id: str
    mention: int
    block: Block
    start: Date | None  # the event's date interval (inclusive), else the document's date
    end: Date | None
    vague: bool = False  # month or year precision
    place: tuple[str, str] | None = None  # (country, name)

    @property
    def order(self) -> tuple[Date, Date, str, int]:
        return (self.start or Date.min, self.end or Date.min, self.doc_id, self.mention)


def _time_group(m: Mention) -> tuple[object, ...]:
    if m.start is None:
        return ("doc", m.doc_id)
    if m.vague:
        return ("period", m.start, m.end)
    return ("days",)


@dataclass
class _Cluster:
    members: list[Mention]
    min_end: Date
    max_start: Date

    def admits(self, m: Mention, window: timedelta) -> bool:
        """`m` is within the window of every member: the gap between its interval and each
        member's is at most `window`, whichever comes first."""
        assert m.start is not None and m.end is not None
        return m.start <= self.min_end + window and self.max_start <= m.end + window

    def add(self, m: Mention) -> None:
        assert m.start is not None and m.end is not None
        self.members.append(m)
        self.min_end = min(self.min_end, m.end)
        self.max_start = max(self.max_start, m.start)


def _sweep(mentions: Sequence[Mention], window: timedelta) -> list[_Cluster]:
    """Complete-linkage clusters of mentions sorted by `order`: each joins the open cluster when
    it is within the window of all its members, else opens the next one."""
    out: list[_Cluster] = []
    for m in mentions:
        assert m.start is not None and m.end is not None
        if out and out[-1].admits(m, window):
            out[-1].add(m)
        else:
            out.append(_Cluster([m], m.end, m.start))
    return out


def _cluster_group(mentions: list[Mention], window: timedelta) -> list[list[Mention]]:
    """One time group of one block: by place first, then place-less mentions."""
    ordered = sorted(mentions, key=lambda m: m.order)
    if ordered[0].start is None:  # undated: one document, one time (any day will do)
        day = Date(2000, 1, 1)
        ordered = [Mention(m.event_id, m.doc_id, m.mention, m.block, day, day, m.vague, m.place) for m in ordered]
    elif ordered[0].vague:  # one period: the same time for all
        ordered = [Mention(m.event_id, m.doc_id, m.mention, m.block, m.start, m.start, m.vague, m.place) for m in ordered]
    by_place: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    placeless: list[Mention] = []
    for m in ordered:
        (by_place[m.place] if m.place else placeless).append(m)
    placed = {place: _sweep(ms, window) for place, ms in sorted(by_place.items())}
    # a cluster can admit m only if its first member starts in [m.start - window - longest, m.end + window]
    # (its members' ends are at most `longest` days after their starts): bisect instead of trying all
    anchors = {place: [c.members[0].order[0] for c in clusters] for place, clusters in placed.items()}
    longest = max((m.end - m.start for m in ordered if m.start and m.end), default=timedelta(0))
    rest: list[Mention] = []
    for m in placeless:  # in order; each that joins narrows its cluster for the next
        assert m.start is not None and m.end is not None
        fits = {}
        for place, clusters in placed.items():
            lo = bisect_left(anchors[place], m.start - window - longest)
            hi = bisect_right(anchors[place], m.end + window)
            found = [c for c in clusters[lo:hi] if c.admits(m, window)]
            if found:
                fits[place] = found
        if len(fits) == 1:
            (candidates,) = fits.values()
            candidates[0].add(m)
        else:
            rest.append(m)
    out = [sorted(c.members, key=lambda m: m.order) for clusters in placed.values() for c in clusters]
    out += [c.members for c in _sweep(rest, window)]
    return out


def cluster_mentions(mentions: Iterable[Mention], window_days: int = DEFAULT_WINDOW_DAYS) -> list[list[Mention]]:
    """The events among `mentions`: lists of mentions, each sorted representative first."""
    if window_days < 0:
        raise ValueError("the window is a number of days, 0 or more")
    window = timedelta(days=window_days)
    groups: dict[tuple[Block, tuple[object, ...]], list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[(m.block, _time_group(m))].append(m)
    out: list[list[Mention]] = []
    for key in sorted(groups, key=repr):
        out += _cluster_group(groups[key], window)
    return out


# -- the store's event_clusters table ----------------------------------------------------------

_MENTIONS = """
SELECT e.event_id, e.doc_id, e.mention, coalesce(e.source_code, ''), coalesce(e.target_code, ''), e.cameo_root,
       coalesce(e.date_start, d.date), coalesce(e.date_end, e.date_start, d.date),
       e.date_start IS NOT NULL AND e.date_precision IN ('month', 'year'),
       e.location_country, e.location_name
FROM events e JOIN documents d ON d.id = e.doc_id
WHERE e.factuality = 'asserted' {blocks}
"""

_DIRTY_BLOCKS = """
SELECT coalesce(e.source_code, ''), coalesce(e.target_code, ''), e.cameo_root
FROM events e WHERE e.factuality = 'asserted'
  AND NOT EXISTS (SELECT 1 FROM event_clusters c WHERE c.event_id = e.event_id)
UNION
SELECT c.source_code, c.target_code, c.cameo_root
FROM event_clusters c
WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = c.event_id AND e.factuality = 'asserted')
"""


@dataclass(frozen=True)
class RefreshReport:
    blocks: int  # blocks recomputed
    mentions: int  # mentions in them
    events: int  # events they make
    full: bool  # everything was recomputed (first time, or another window)


def stored_window(store: "Store") -> int | None:
    row = store.con.execute("SELECT max(window_days) FROM dedup_state").fetchone()
    return None if row is None or row[0] is None else int(row[0])


def dirty_blocks(store: "Store") -> list[Block]:
    return sorted(tuple(r) for r in store.con.execute(_DIRTY_BLOCKS).fetchall())  # type: ignore[misc]


def is_fresh(store: "Store", window_days: int) -> bool:
    """The stored clusters cover every asserted mention, and were made with this window."""
    return stored_window(store) == window_days and not dirty_blocks(store)


def _mentions(store: "Store", blocks: list[Block] | None) -> list[Mention]:
    if blocks is None:
        rows = store.con.execute(_MENTIONS.format(blocks="")).fetchall()
    else:
        rows = store.con.execute(
            _MENTIONS.format(blocks="AND (coalesce(e.source_code, ''), coalesce(e.target_code, ''), e.cameo_root) IN "
                             "(SELECT (unnest($1::VARCHAR[]), unnest($2::VARCHAR[]), unnest($3::VARCHAR[])))"),
            [[b[0] for b in blocks], [b[1] for b in blocks], [b[2] for b in blocks]]).fetchall()
    return [Mention(event_id, doc_id, mention, (src, tgt, root), start, end, bool(vague),
                    (country, name) if name is not None else None)
            for event_id, doc_id, mention, src, tgt, root, start, end, vague, country, name in rows]


def _rows(clusters: list[list[Mention]]) -> list[list[object]]:
    """Columns of event_clusters: event_id, cluster_id, rank, source, target, root."""
    cols: list[list[object]] = [[], [], [], [], [], []]
    for members in clusters:
        cluster_id = min(m.event_id for m in members)
        for rank, m in enumerate(members):
            for col, value in zip(cols, (m.event_id, cluster_id, rank, *m.block)):
                col.append(value)
    return cols


_INSERT = ("INSERT INTO {table} SELECT unnest($1::BIGINT[]), unnest($2::BIGINT[]), unnest($3::INTEGER[]), "
           "unnest($4::VARCHAR[]), unnest($5::VARCHAR[]), unnest($6::VARCHAR[])")


def refresh(store: "Store", window_days: int = DEFAULT_WINDOW_DAYS) -> RefreshReport:
    """Bring `event_clusters` up to date, in one transaction: the changed blocks only, or every
    block when the window differs from the stored clusters'."""
    if window_days < 0:
        raise ValueError("the window is a number of days, 0 or more")
    con = store.con
    con.begin()
    try:
        full = stored_window(store) != window_days
        blocks = None if full else dirty_blocks(store)
        if blocks == []:
            con.commit()
            return RefreshReport(0, 0, 0, False)
        mentions = _mentions(store, blocks)
        clusters = cluster_mentions(mentions, window_days)
        if full:
            con.execute("DELETE FROM event_clusters")
        else:
            assert blocks is not None
            con.execute("DELETE FROM event_clusters WHERE (source_code, target_code, cameo_root) IN "
                        "(SELECT (unnest($1::VARCHAR[]), unnest($2::VARCHAR[]), unnest($3::VARCHAR[])))",
                        [[b[0] for b in blocks], [b[1] for b in blocks], [b[2] for b in blocks]])
        if mentions:
            con.execute(_INSERT.format(table="event_clusters"), _rows(clusters))
        con.execute("DELETE FROM dedup_state")
        con.execute("INSERT INTO dedup_state VALUES (?, current_timestamp::TIMESTAMP)", [window_days])
        con.commit()
    except BaseException:
        con.rollback()
        raise
    n_blocks = len({m.block for m in mentions}) if blocks is None else len(blocks)
    return RefreshReport(n_blocks, len(mentions), len(clusters), full)


def use_clusters(store: "Store", window_days: int = DEFAULT_WINDOW_DAYS) -> None:
    """Make `events_dedup` (and everything built on `event_clusters`) current for this connection.

    A store opened for writing is refreshed.  A read-only one (exports, queries — another process
    may be reading too) whose clusters are stale (an ingest was killed before its refresh, or
    another window is asked for) gets them computed into a temporary `event_clusters` table:
    DuckDB resolves names in the temporary schema first, also inside views, so `events_dedup`
    then reads it, and the stored file is not touched."""
    if is_fresh(store, window_days):
        return
    if not store.read_only:
        refresh(store, window_days)
        return
    clusters = cluster_mentions(_mentions(store, None), window_days)
    store.con.execute("CREATE OR REPLACE TEMP TABLE event_clusters (event_id BIGINT, cluster_id BIGINT, rank INTEGER, "
                      "source_code VARCHAR, target_code VARCHAR, cameo_root VARCHAR)")
    if clusters:
        store.con.execute(_INSERT.format(table="temp.event_clusters"), _rows(clusters))
