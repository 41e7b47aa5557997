"""Schemas of the language data files, one per kind of file."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, field_validator


class TokenizerExceptions(BaseModel):
    """Strings the tokenizer must keep as one token (abbreviations ending in a period)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    abbreviations: tuple[str, ...] = ()

    @field_validator("abbreviations")
    @classmethod
    def _no_spaces(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            if not value or any(ch.isspace() for ch in value):
                raise ValueError(f"abbreviation {value!r} must be a non-empty string without spaces")
        return values


SCHEMAS: dict[str, type[BaseModel]] = {"tokenizer_exceptions": TokenizerExceptions}
