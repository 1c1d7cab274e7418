"""Questions that name their source: "according to Yonhap, ...", "what does the KIET report
recommend". Such a question asks what that source says, so it is answered from that source only,
and the words that name it are not words of its topic ("report" does not make a sentence that
says "this report" the answer).

The names come from each source's metadata (``called`` in ``sources.yaml``); a name counts only
in a form that attributes ("according to X", "X reported", "what does X say", "the X report",
"in X's article"),
since an agency that publishes a report may also be asked about as an agency.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from assistant.answering.source_owners import asks_account, owner_span

# What a source is called as a piece of writing.
_PIECE = (
    r"(?:report|article|story|blog(?:\s+post)?|post|piece|paper|study|research|coverage|brief|"
    r"analysis|review|column|editorial)"
)


# What a piece of writing does with its subject: a publication is the subject of such a verb as
# an author ("how does the Daily read the report", "what does the blog make of it"), and what a
# publisher wants or advises ("what does the institute recommend") is in its publication. Other
# verbs an agency does as an actor ("was founded", "was criticised") are left out: an institute
# that publishes a report may be asked about as an agency.
_SAYS = (
    r"(?:says?|said|reports?|reported|writes|wrote|notes?|noted|argue[sd]?|claim(?:s|ed)?|"
    r"thinks?|thought|believes?|believed|sees?|saw|views?|viewed|reads?|interpret(?:s|ed)?|"
    r"describe[sd]?|explain(?:s|ed)?|characteri[sz]e[sd]?|portray(?:s|ed)?|assess(?:es|ed)?|"
    r"conclude[sd]?|suggest(?:s|ed)?|mention(?:s|ed)?|cover(?:s|ed)?|tells?|told|frame[sd]?|"
    r"put(?:s)?\s+it|make\s+of|makes\s+of|made\s+of|point(?:s|ed)?\s+out|"
    r"stress(?:es|ed)?|emphasi[sz]e[sd]?|warn(?:s|ed)?|cite[sd]?|quote[sd]?|list(?:s|ed)?|"
    r"gives?|gave|"
    # what a piece has or puts a figure at is its figure: "the Daily has offsets at $1 billion",
    # "what did the Daily put the toll at?" (the bare verb only so, with the figure's "at": "put
    # on" or "put in place" is no figure given)
    r"has|had|puts|put(?=\s+(?:[^\s?]+\s+){1,8}?at\b)|itemi[sz]e[sd]?|breaks?\s+down|broke\s+down|"
    # the figure a piece uses, relies on or goes with is its figure: "which estimate does the
    # Gazette use", "what number does the bureau rely on"
    r"uses?|used|rel(?:y|ies|ied)\s+on|go(?:es)?\s+with|went\s+with|adopt(?:s|ed)?|"
    r"works?\s+from|worked\s+from|arrive[sd]?\s+at|settle[sd]?\s+on|"
    # whether two pieces agree is what each of them says
    r"agree[sd]?|disagree[sd]?|differ(?:s|ed)?|"
    # what a writer guesses of what is to come is in their piece
    r"speculat(?:es|ed)|expects?|expected|predicts?|predicted|forecasts?|foresee[sn]?|foresaw|"
    r"anticipate[sd]?|envisions?|envisioned|envisages?|envisaged|"
    # what a publisher wants or advises is in its own publication
    r"recommend(?:s|ed)?|propose[sd]?|suggest(?:s|ed)?|urge[sd]?|advocate[sd]?|wants?|wanted|"
    r"favou?rs?|prefers?|calls? for|"
    # what a publisher holds up as an example, praises or singles out is in its publication
    r"holds?\s+up|held\s+up|praise[sd]?|commend(?:s|ed)?|highlight(?:s|ed)?|"
    r"singles?\s+out|singled\s+out)"
)
# What a piece calls a thing is the name it gives it: "what does the Gazette call the levy",
# "the Daily titles the plan …". The piece is the source asked; the verb says what is asked (a
# name), so it stays a word of the question's topic. "Refers to" is not among them: "the rules
# the NRI refers to" are rules it mentions, not a name it gives.
_NAMES_IT = r"(?:calls?|called|names?|named|dubs?|dubbed|labels?|labell?ed|titles?|titled)"
# What a piece does with the words of the people it reports.
_QUOTES = r"(?:quotes?|quoted|quoting|cites?|cited|citing|interviews?|interviewed)"
# The people who write a publisher's pieces.
_WRITERS = r"(?:authors?|researchers?|writers?|analysts?|economists?|reporters?|journalists?)"
# What a source gives as numbers.
_FIGURES = r"(?:figures|numbers|estimates|statistics|data)"
# What a piece of writing holds: "the Daily's reading", "the blogger's view", "the
# institute's dollar figures".
_TAKE = (
    r"(?:view|take|reading|argument|explanation|account|analysis|interpretation|position|"
    r"conclusion|assessment|verdict|claim|estimate|figures?|numbers?)"
)


# Adverbs that join one source's saying to another's ("both cite", "each give", "also say").
_ALONG = r"(?:both|each|also|all|too|separately|likewise|similarly)"
# What joins two names that share one role: "Yonhap and the Gazette", "the Gazette or Yonhap",
# "the Gazette versus the NRI", "the Gazette, Yonhap and the NRI".
_JOINED = r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&|versus|vs\.?|with)\s+)(?:the\s+)?"


@dataclass(frozen=True)
class Attribution:
    """The sources a question names, what it calls them, and the question without those words."""

    sources: tuple[str, ...]
    names: tuple[str, ...]
    question: str


# Questions whose attributions are kept (``attributed``).
_QUESTIONS_KEPT = 1024


@lru_cache(maxsize=1024)
def _name(name: str) -> str:
    """The pattern of a source's name, its words joined by a space, a hyphen or nothing."""
    return r"[-\s]?".join(re.escape(part) for part in name.split())


@lru_cache(maxsize=1024)
def _written(name: str) -> re.Pattern[str]:
    """The pattern of a source's name alone (``_name``), compiled once per name."""
    return re.compile(_name(name), re.I)


# Compiled once per name: the patterns are long, every question tries every source's names, and
# there are more of them than the ``re`` module's own cache keeps once answering warms it up.
@lru_cache(maxsize=1024)
def _forms(name: str) -> re.Pattern[str]:
    n = _name(name)
    the = r"(?:the\s+)?"
    return re.compile(
        # "Per the ministry via Yonhap": the outlet a figure came through is its source too.
        rf"(?:,\s*)?\b(?:according\s+to|as\s+reported\s+by|reported\s+by|per|in|from|by|via)\s+{the}"
        rf"{n}(?:['’]s)?(?:\s+{_PIECE}(?:['’]s)?)?\b(?:\s*,)?"
        # "The Gazette story quotes dock workers": whom a piece quotes speak in it, and the verb
        # is the piece's, no topic (a verb of what it advises stays: it says what is asked).
        rf"|\b{the}{n}(?:['’]s)?(?:\s+[\w-]+)?\s+{_PIECE}\s+{_QUOTES}\b"
        # "the KIET paper's recommendations": the possessive goes with the name it follows.
        rf"|\b{the}{n}(?:['’]s)?(?:\s+[\w-]+)?\s+{_PIECE}(?:['’]s)?\b"
        # "the KIET researchers want": a publisher's writers speak in its publication; "the
        # Gazette both cites", "the Gazette also reported": an adverb between is the same saying.
        rf"|\b{the}{n}(?:\s+{_WRITERS})?\s+(?:{_ALONG}\s+)?{_SAYS}\b"
        # "what does the Gazette call the levy": the name only, the verb of naming kept.
        rf"|\b{the}{n}(?:\s+{_WRITERS})?(?=\s+(?:{_ALONG}\s+)?{_NAMES_IT}\b)"
        # "the Gazette's three yearly numbers": a count or a kind may stand between; a prefix
        # joined by a hyphen ("counter-argument", "re-assessment") is still the piece's take.
        rf"|\b{the}{n}['’]s\s+(?:[\w-]+\s+){{0,2}}(?:[a-z]+-)?{_TAKE}\b"
        # "the Gazette figures", "the institute's won numbers": a name used as an adjective of
        # the figures it gives is whose figures they are, as its possessive is.
        rf"|\b{the}{n}\s+(?:[\w-]+\s+)?{_FIGURES}\b"
        # "argue, as the Gazette does, that tolls hurt …", "As Yonhap puts it, …": set off as an
        # aside, the asker takes the source's side of the matter, so its own words answer ("as
        # well as the institute did" compares with the institute as an actor).
        rf"|(?:^|,)\s*as\s+{the}{n}(?:['’]s)?(?:\s+{_PIECE})?\s+(?:does|did|do|has|had|"
        rf"puts\s+it|put\s+it|sees\s+it|saw\s+it)\b\s*,?"
        # "Yonhap - when did …?", "KIET: what …", "… in 2020? — Yonhap": a name set off as a
        # label before or after the question, as a heading names whose text is asked about.
        rf"|^\s*{the}{n}(?:['’]s)?(?:\s+{_PIECE})?\s*(?:[-–—:]|--)\s+"
        rf"|\s(?:[-–—]|--)\s*{the}{n}(?:['’]s)?(?:\s+{_PIECE})?\s*[.?!]?\s*$",
        re.I,
    )


@lru_cache(maxsize=_QUESTIONS_KEPT)
def _taken(name: str) -> re.Pattern[str]:
    """ "the Gazette argument", "the KIET view": the name used as an adjective of its take."""
    return re.compile(rf"\b(?:the\s+)?{_name(name)}\s+(?:[\w-]+\s+)?{_TAKE}\b", re.I)


def attributes(name: str, question: str) -> bool:
    """Whether ``question`` names ``name`` in a form that attributes ("according to the
    Gazette", "the Gazette story", "what does the Gazette say")."""
    return bool(_written(name).search(question)) and bool(_forms(name).search(question))


def names_a_source(question: str, called: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether ``question`` names one of the sources by what it is ``called``, however it puts
    it ("the Gazette explainer says …"), as the source of a claim or otherwise."""
    return any(
        re.search(_name(name), question, re.I) for aliases in called.values() for name in aliases
    )


def attributed(question: str, called: Mapping[str, tuple[str, ...]]) -> Attribution | None:
    """The sources ``question`` names as its source, if it names any."""
    # Read once per question and naming of the sources: each step of answering asks it again.
    return _attributed(question, tuple((sid, tuple(names)) for sid, names in called.items()))


@lru_cache(maxsize=_QUESTIONS_KEPT)
def _attributed(
    question: str, naming: tuple[tuple[str, tuple[str, ...]], ...]
) -> Attribution | None:
    called = dict(naming)
    sources: list[str] = []
    names: list[str] = []
    rest = question
    for source_id, aliases in called.items():
        for name in sorted(aliases, key=len, reverse=True):
            # Every form holds the name itself: a question that does not name it is never
            # searched with them (compiling a name's forms took a cold start 5 ms a name).
            if not _written(name).search(rest):
                continue
            pattern = _forms(name)
            if pattern.search(rest):
                rest = pattern.sub(" ", rest)
                sources.append(source_id)
                names.append(name)
                break
            # "Make the Gazette argument that …": a name used as an adjective of its take, in a
            # question asking for an account (``source_owners.asks_account``); "the Gazette
            # number" of a quick fact is a figure, which the rows give whoever states it.
            taken = _taken(name)
            if taken.search(rest) and asks_account(question):
                rest = taken.sub(" ", rest)
                sources.append(source_id)
                names.append(name)
                break
            # "The Herald's plea", "the newsletter's glance": what the name owns is a thing
            # of its piece, whatever the noun.
            span = owner_span(name, rest)
            if span is not None:
                rest = f"{rest[: span[0]]} {rest[span[1] :]}"
                sources.append(source_id)
                names.append(name)
                break
    if not sources:
        return None
    first = len(names)
    _coordinated(question, called, sources, names)
    for name in names[first:]:
        n = rf"(?:\bthe\s+)?\b{_name(name)}(?:['’]s)?\b"
        rest = re.sub(rf"{n}{_JOINED}|{_JOINED}{n}|{n}", " ", rest, flags=re.I)
    kept = [i for i, name in enumerate(names) if not cited_by_another(name, question)]
    if kept and len(kept) < len(names):
        sources, names = [sources[i] for i in kept], [names[i] for i in kept]
    return Attribution(tuple(sources), tuple(names), re.sub(r"\s{2,}", " ", rest).strip())


def cited_by_another(name: str, question: str) -> bool:
    """Whether ``name`` is the publication another source cites ("the Gazette's citation of the
    institute's survey", "the NRI paper as quoted by the Daily", "the blog, citing the NRI", "the
    Daily cites NRI figures"): the question
    reads the citing source's figures and words, not the cited one's."""
    if not _written(name).search(question):
        return False  # both patterns hold the name itself
    n = _name(name)
    return bool(
        re.search(
            rf"\b(?:citation|citing|cites|quoting|quotes|quotation|summary|account|reading)\s+"
            rf"(?:of\s+)?"
            rf"(?:the\s+|a\s+)?(?:(?:19|20)\d\d\s+)?{n}\b",
            question,
            re.I,
        )
        or re.search(
            rf"\b{n}(?:['’]s)?(?:\s+[\w-]+)?(?:\s+{_PIECE})?,?\s+as\s+(?:cited|quoted|reported|"
            rf"summari[sz]ed|relayed)\s+(?:by|in)\b",
            question,
            re.I,
        )
    )


def _coordinated(
    question: str, called: Mapping[str, tuple[str, ...]], sources: list[str], names: list[str]
) -> None:
    """Add to ``sources`` each source whose name is joined by "and", "or" or a comma to a name
    that attributes ("Yonhap and the Gazette both cite the institute"): names in one list share
    the role, so each is a source of the answer, not a topic of it."""
    found = True
    while found:
        found = False
        said = "|".join(_name(name) for name in names)
        for source_id, aliases in called.items():
            if source_id in sources:
                continue
            for name in sorted(aliases, key=len, reverse=True):
                # The pattern holds the name itself: a question that does not name it is never
                # searched with it (each pattern, built of the names found so far, is compiled
                # anew).
                if not _written(name).search(question):
                    continue
                n = _name(name)
                if re.search(
                    rf"\b(?:{n})(?:['’]s)?{_JOINED}(?:{said})\b|\b(?:{said})(?:['’]s)?{_JOINED}{n}\b",
                    question,
                    re.I,
                ):
                    sources.append(source_id)
                    names.append(name)
                    found = True
                    break


def asked_of_each(question: str, called: Mapping[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """For a question naming two sources or more as its sources ("the Gazette and the blog
    disagree on the vote"), each source with the question as asked of it alone: the other
    sources' names, and the word joining each to the rest, left out ("the Gazette disagree on
    the vote"). A source the question asked alone no longer names as its source is left out;
    empty when the question names fewer than two."""
    named = attributed(question, called)
    if named is None or len(named.sources) < 2:
        return []
    asked = []
    for source, name in zip(named.sources, named.names, strict=True):
        alone = question
        for other in named.names:
            if other != name:
                n = rf"(?:\bthe\s+)?\b{_name(other)}(?:['’]s)?\b"
                alone = re.sub(rf"{n}{_JOINED}|{_JOINED}{n}|{n}", " ", alone, count=1, flags=re.I)
        alone = re.sub(r"\s{2,}", " ", alone).strip()
        again = attributed(alone, called)
        if again is not None and again.sources == (source,):
            asked.append((source, alone))
    return asked
