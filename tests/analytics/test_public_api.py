"""soplab.cohort.analytics keeps a deliberate public surface."""

from __future__ import annotations

import inspect

import soplab.cohort.analytics as analytics


def test_all_names_exist_and_are_documented():
    assert analytics.__all__ == sorted(analytics.__all__)
    for name in analytics.__all__:
        obj = getattr(analytics, name)
        assert inspect.getdoc(obj), f"{name} has no docstring"


def test_public_functions_have_type_hints():
    for name in analytics.__all__:
        obj = getattr(analytics, name)
        if inspect.isfunction(obj):
            sig = inspect.signature(obj)
            assert sig.return_annotation is not inspect.Signature.empty, name
