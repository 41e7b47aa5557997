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


def test_an_unexpected_exception_is_described_in_one_line():
    # the E999 line of the CLI and of a document that could not be coded
    from lagebild.errors import describe_exception

    assert describe_exception(IndexError("list index out of range")) == "IndexError: list index out of range"
    assert describe_exception(ValueError("first line\nsecond line")) == "ValueError: first line"
    assert describe_exception(KeyError()) == "KeyError"
