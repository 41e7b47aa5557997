"""The YAML loaders of Lagebild's data files: PyYAML's C parser where the wheel has libyaml
(the pattern, actor and people files are parsed ten times faster, which is most of a worker's
start-up), its pure-Python one otherwise.  Both are safe loaders and read the same documents."""

from __future__ import annotations

from typing import Any

import yaml

_Safe: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeys:
    """A key written twice in one mapping is an error: YAML would keep the last silently, and a
    second `adjective_stems:` in a country entry would drop the first list's forms."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        "while reading a mapping", node.start_mark, f"key {key_node.value!r} is written twice", key_node.start_mark)
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)  # type: ignore[misc]


class SafeLoader(_UniqueKeys, _Safe):  # type: ignore[misc,valid-type]
    """A safe loader (the C one where available)."""


class TextDateLoader(_UniqueKeys, _Safe):  # type: ignore[misc,valid-type]
    """A safe loader without timestamp conversion: dates stay text, so the schema checks them and
    a bad one ("2013-13-01") is reported with its entry instead of failing inside the reader."""


TextDateLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(text: str, *, dates_as_text: bool = False) -> Any:
    """One YAML document; raises `yaml.YAMLError` (with `problem_mark`) when it is malformed."""
    return yaml.load(text, Loader=TextDateLoader if dates_as_text else SafeLoader)  # noqa: S506 (safe loaders)
