"""Questions to the event store, answered in SQL: pure functions of a `Store` and a filter that
return frozen dataclasses (`dataclasses.asdict` gives their JSON form).  The HTTP API
(`lagebild.serve`) and reports call these; nothing here writes."""

from __future__ import annotations

from .aggregates import (ActorActivity, Dyad, MapPoint, Network, NetworkEdge, NetworkNode, TimePoint, Timeseries, dyads,
                         map_points, network, timeseries, top_actors)
from .events import (DocumentDetail, DocumentPage, DocumentSummary, EventPage, Summary, event_json, get_document,
                     list_documents, list_events, summary, with_names)
from .filters import FACTUALITY_CHOICES, EventFilter

__all__ = [
    "ActorActivity", "DocumentDetail", "DocumentPage", "DocumentSummary", "Dyad", "EventFilter", "EventPage",
    "FACTUALITY_CHOICES", "MapPoint", "Network", "NetworkEdge", "NetworkNode", "Summary", "TimePoint", "Timeseries",
    "dyads", "event_json", "get_document", "list_documents", "list_events", "map_points", "network", "summary",
    "timeseries", "top_actors", "with_names",
]
