import lagebild


def test_public_surface_is_pinned():
    assert sorted(lagebild.__all__) == sorted([
        "Actor", "CodedDoc", "ErrorCode", "Event", "InputDoc", "code_docs", "code_text", "LagebildError", "Settings", "__version__", "available_languages", "detect_language",
        "load_pipeline", "load_settings", "parse", "parse_many",
    ])
    for name in lagebild.__all__:
        assert hasattr(lagebild, name), name


def test_every_error_code_has_a_distinct_message():
    messages = [code.value for code in lagebild.ErrorCode]
    assert len(messages) == len(set(messages))
