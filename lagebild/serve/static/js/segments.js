// Cutting a text into segments at every span boundary, so that overlapping and nested spans
// (a trigger inside a source, one actor shared by two events) never break the text apart.
//
// Offsets from the API count Unicode code points (Python string indices); JavaScript strings
// index UTF-16 code units, so the text is split into code points first.

export function eventSpans(events) {
  const spans = [];
  events.forEach((event, index) => {
    for (const role of ["trigger", "source", "target"]) {
      const part = event[role];
      if (part && Number.isInteger(part.start) && Number.isInteger(part.end)) {
        spans.push({ start: part.start, end: part.end, role, index });
      }
    }
  });
  return spans;
}

// Returns [{start, end, text, spans: [...covering spans]}] covering the whole text in order.
export function segmentText(text, spans) {
  const chars = Array.from(text);
  const usable = spans.filter((s) => s.start >= 0 && s.end <= chars.length && s.start < s.end);
  const bounds = new Set([0, chars.length]);
  for (const s of usable) {
    bounds.add(s.start);
    bounds.add(s.end);
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  const segments = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const covering = usable.filter((s) => s.start <= start && s.end >= end);
    segments.push({ start, end, text: chars.slice(start, end).join(""), spans: covering });
  }
  return segments;
}

const ROLE_ORDER = ["trigger", "source", "target"];

// The span a segment is drawn for when several cover it: a trigger wins over an actor, and the
// earlier event over a later one.
export function primarySpan(spans) {
  return [...spans].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.index - b.index)[0];
}
