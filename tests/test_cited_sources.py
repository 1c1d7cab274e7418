"""A question that reads one source's account of another ("the Daily's citation of the KIET
study") is put to the citing source: its figures and sentences answer."""

from __future__ import annotations

import pytest

from assistant.answering.attribution import attributed

_CALLED = {
    "kiet": ("KIET",),
    "yonhap": ("Yonhap",),
    "daily": ("Korea Economic Daily",),
}


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("Per Yonhap's citation of the KIET study, what did offsets come to?", "yonhap"),
        ("Using the KIET report as quoted by Yonhap, how far did offsets fall?", "yonhap"),
        ("In the Korea Economic Daily's account of the KIET paper, what were offsets?", "daily"),
    ],
)
def test_the_citing_source_answers_not_the_cited_one(question, source):
    named = attributed(question, _CALLED)
    assert named is not None
    assert named.sources == (source,)


def test_two_sources_named_side_by_side_are_both_read():
    named = attributed("According to Yonhap and the KIET report, what were offsets?", _CALLED)
    assert named is not None
    assert set(named.sources) == {"yonhap", "kiet"}
