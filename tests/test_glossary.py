"""The Korean glossary is checked on load, and every English term it gives is the sources' own."""

from __future__ import annotations

import re

import pytest
import yaml

from assistant.errors import KnowledgeError
from assistant.knowledge.glossary import load_glossary
from assistant.knowledge.sources import load_sources
from assistant.settings import REPO_ROOT

GLOSSARY = REPO_ROOT / "knowledge" / "glossary_ko.yaml"


def _source_text() -> str:
    return " ".join(s.text for s in load_sources(REPO_ROOT / "knowledge" / "sources")).lower()


def test_every_english_term_stands_in_a_source_or_the_names_table():
    texts = _source_text()
    names = (REPO_ROOT / "knowledge" / "names.yaml").read_text(encoding="utf-8").lower()
    missing = [
        english
        for group, entries in load_glossary(GLOSSARY).terms.items()
        # References ("그 급유기" → "those tankers") are the words of the follow-up machinery.
        if group != "references"
        for english in entries
        if english.lower() not in texts and english.lower() not in names
    ]
    assert missing == []


def test_names_kept_as_outside_the_sources_are_truly_in_no_source():
    texts = _source_text()
    inside = [e for e in load_glossary(GLOSSARY).outside_sources if e.lower() in texts]
    assert inside == []


def test_every_name_of_the_names_table_has_korean_words():
    names = yaml.safe_load((REPO_ROOT / "knowledge" / "names.yaml").read_text(encoding="utf-8"))
    english = {e.lower() for entries in load_glossary(GLOSSARY).terms.values() for e in entries}
    for group in names.values():
        for name in group:
            # "F-35A phase 1" is the F-35A's first phase: the glossary names the program.
            key = re.sub(r" phase \d$", "", name).lower()
            assert key in english, name


@pytest.mark.parametrize(
    ("korean", "english"),
    [
        ("절충교역", "offset"),
        ("절충 교역", "offset"),
        ("오프셋", "offset"),
        ("방위사업청", "DAPA"),
        ("방사청", "DAPA"),
        ("무역장벽보고서", "National Trade Estimate"),
        ("국가별 무역장벽 보고서", "National Trade Estimate"),
        ("상호국방조달협정", "reciprocal defense procurement"),
        ("경쟁계약", "competitive contract"),
        ("비경쟁계약", "non-competitive contract"),
        ("대외군사판매", "FMS"),
        ("기술이전", "technology transfer"),
        ("중소기업 수출", "SME exports"),
        ("공중급유기", "KC-X"),
        ("산업연구원", "KIET"),
        ("미국 무역대표부", "USTR"),
        ("클라우드 보안인증", "Cloud Security Certification System"),
        ("쇠고기", "beef"),
        ("소고기", "beef"),
        ("튀르키예", "Türkiye"),
        ("록히드마틴", "Lockheed Martin"),
        ("조용진", "Jo Yong-jin"),
    ],
)
def test_the_issue_terms_map_to_the_sources_words(korean, english):
    assert load_glossary(GLOSSARY).english_terms()[korean] == english


@pytest.mark.parametrize(
    ("terms", "forms", "reason"),
    [
        ("{countries: {United States: [미]}}", "{}", "one character"),
        ("{}", "{when: {english: When, korean: [언제]}}", "when"),
    ],
    ids=["a one-letter term is too ambiguous", "an unknown question form is named"],
)
def test_a_malformed_glossary_is_refused_saying_why(tmp_path, terms, forms, reason):
    bad = tmp_path / "glossary.yaml"
    bad.write_text(
        f"terms: {terms}\nquestion_forms: {forms}\nfunction_words: []\nendings: []\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match=reason):
        load_glossary(bad)
