from pathlib import Path

import pytest

from lagebild.errors import LagebildError
from lagebild.settings import DEFAULT_MAX_CHARS, load_settings


def test_defaults_when_nothing_is_configured(tmp_path: Path):
    s = load_settings(tmp_path / "absent.toml", environ={})
    assert s.max_chars == DEFAULT_MAX_CHARS and dict(s.pipelines) == {}


def test_config_file_then_environment_override(tmp_path: Path):
    cfg = tmp_path / "lagebild.toml"
    cfg.write_text('[lagebild]\nmax_chars = 500\nbatch_chars = 8000\n[lagebild.pipelines]\nde = "de_dep_news_trf"\n', encoding="utf8")
    s = load_settings(cfg, environ={"LAGEBILD_PIPELINE_EN": "/models/en_big"})
    assert s.max_chars == 500 and s.batch_chars == 8000
    assert dict(s.pipelines) == {"de": "de_dep_news_trf", "en": "/models/en_big"}


def test_invalid_value_is_a_one_line_error(tmp_path: Path):
    cfg = tmp_path / "lagebild.toml"
    cfg.write_text("[lagebild]\nmax_chars = -1\n", encoding="utf8")
    with pytest.raises(LagebildError) as err:
        load_settings(cfg, environ={})
    assert "max_chars" in err.value.one_line()


def test_settings_are_frozen(tmp_path: Path):
    s = load_settings(tmp_path / "absent.toml", environ={})
    with pytest.raises(AttributeError):
        s.max_chars = 3  # type: ignore[misc]


def test_dedup_window(tmp_path: Path):
    cfg = tmp_path / "lagebild.toml"
    assert load_settings(cfg, environ={}).dedup_window_days == 1
    cfg.write_text("[lagebild]\ndedup_window_days = 0\n", encoding="utf8")
    assert load_settings(cfg, environ={}).dedup_window_days == 0  # same day only is a valid choice
    for bad in ("-1", '"2"', "true"):
        cfg.write_text(f"[lagebild]\ndedup_window_days = {bad}\n", encoding="utf8")
        with pytest.raises(LagebildError) as err:
            load_settings(cfg, environ={})
        assert "dedup_window_days" in err.value.one_line()
