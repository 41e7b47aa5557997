"""The one base of every data-file schema: frozen (records are values) and strict (an unknown key
in a YAML file is a mistake to report, not to ignore)."""

from pydantic import BaseModel, ConfigDict


class FrozenModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
