"""A Korean question read into the English question the pipeline answers.

"절충교역 제도는 언제 도입됐나?" becomes "When offset policy introduced?": the figures are read
by ``korean_numbers`` ("1,200만 달러" → "USD 12 million", "2022년 이후" → "after 2022"), the
domain words by the glossary (``knowledge/glossary_ko.yaml``), the question word (언제, 얼마, 몇,
누가, 어느 나라, 왜, 비교, 요약 …) gives the English opening the frame reads its answer type from,
and a conditional ending (…이면, …라면, …경우) makes the posed contract an "if" clause the
calculator's routing reads. Every Korean word the glossary does not know is kept in ``unknown``;
when too much of the question is unknown the question is not interpreted (``readable`` False).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from assistant.answers import GlossaryUse, Interpreted
from assistant.knowledge.glossary import ANSWER_TYPES, Glossary, load_glossary
from assistant.korean_numbers import COUNTERS, Reading, read
from assistant.regex import lazy
from assistant.settings import REPO_ROOT

GLOSSARY_FILE = REPO_ROOT / "knowledge" / "glossary_ko.yaml"

# Share of a question's words the glossary may fail to know before the question is not guessed at.
MAX_UNKNOWN_SHARE = 0.5
_HANGUL = lazy(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN_WORD = lazy(r"[A-Za-z][A-Za-z0-9&.\-]*[A-Za-z0-9]|[A-Za-z]")
# A word that poses a condition: "…계약이면", "…라면", "…한다면", "…할 경우", "…일 때".
_CONDITIONAL = lazy(r"(?:이면|라면|다면|으면|면|경우|경우에|경우엔|때|(?<!당)시)$")
_CONDITION_WORDS = {"만약", "만일", "가령", "경우", "경우에", "경우엔"}
_PUNCTUATION = "?？!.,;:·…\"'“”‘’()（）[]「」『』~"
# A noun marked as the topic or subject: what a question is about ("제재는 무엇", "나이는?"),
# unless the word is a verb's modifier form ("차지하는", "발표된").
_TOPIC = lazy(r"(?:은|는|이|가)$")
_VERBAL = lazy(r"(?:하|되|했|됐|한|된|있|없|었|았|였|졌|지|려|던)(?:는|은|이|가)$")
_GLUE = "\x01"  # marks a word written right after a figure or a bracket


def hangul_share(text: str) -> float:
    """The share of letters in ``text`` that are Hangul."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if _HANGUL.match(c)) / len(letters)


def detect_language(text: str) -> str:
    """``ko`` when a fifth or more of the letters are Hangul, else ``en``.

    A Korean question often names English codes ("USTR", "KC-X", "FMS"), so the bar is low."""
    return "ko" if hangul_share(text) >= 0.2 else "en"


@dataclass(frozen=True)
class Interpretation:
    """How a Korean question was read: the English question searched and what it came from."""

    question: str
    english: str
    answer_type: str  # the Korean question form found ("date", "money", … or "yesno")
    terms: tuple[tuple[str, str], ...] = ()  # (Korean as written, English term)
    figures: tuple[tuple[str, str], ...] = ()  # (Korean as written, English wording)
    unknown: tuple[str, ...] = ()
    # The unknown word that is what the question asks about ("위약금은 얼마"), if one is.
    asked_unknown: str = ""
    readable: bool = True
    readings: tuple[Reading, ...] = field(default=(), compare=False)

    def model(self) -> Interpreted:
        """The reading as it crosses the JSON boundary (``Answer.interpreted_as``)."""
        return Interpreted(
            query=self.english,
            answer_type=self.answer_type,
            terms=[GlossaryUse(ko=ko, en=en) for ko, en in self.terms],
            figures=[GlossaryUse(ko=ko, en=en) for ko, en in self.figures],
            unknown=list(self.unknown),
        )


class Reader:
    """Reads Korean questions with one glossary (compiled once)."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        words = glossary.english_terms()
        self._terms = _alternation(words)
        self._english = {_key(k): v for k, v in words.items()}
        forms = {
            word: name
            for name in ANSWER_TYPES
            if name in glossary.question_forms
            for word in glossary.question_forms[name].korean
        }
        self._forms = _alternation(forms)
        self._form_of = {_key(k): v for k, v in forms.items()}
        self._function = {_key(w) for w in glossary.function_words}
        self._endings = set(glossary.endings)
        self._standalone = tuple(glossary.standalone_endings)
        self._actions = frozenset(glossary.terms.get("actions", {}))

    def _is_endings(self, text: str) -> bool:
        """Whether ``text`` is a sequence of known particles and endings (or empty)."""
        if not text:
            return True
        ok = [True] + [False] * len(text)
        for i in range(len(text)):
            if not ok[i]:
                continue
            for j in range(i + 1, min(len(text), i + 5) + 1):
                if text[i:j] in self._endings:
                    ok[j] = True
        return ok[-1]

    def _segment(self, word: str) -> tuple[list[tuple[str, str, str]], str]:
        """(kind, Korean, English) pieces of one written word, and its unread remainder."""
        pieces: list[tuple[str, str, str]] = []
        position = 0
        while position < len(word):
            rest = word[position:]
            if pieces and self._is_endings(rest):
                return pieces, ""
            found = [
                m
                for m in (self._forms.match(word, position), self._terms.match(word, position))
                if m and m.end() > position
            ]
            if found:
                match = max(found, key=lambda m: m.end())
                pieces.append(self._piece(match))
                position = match.end()
                continue
            latin = _LATIN_WORD.match(word, position)
            if latin:
                pieces.append(("latin", latin.group(), latin.group()))
                position = latin.end()
                continue
            counter = next((c for c in _COUNTER_WORDS if rest.startswith(c)), None)
            counted = pieces and pieces[-1][0] == "form" and pieces[-1][2] == "count"
            if counter and (pieces or self._after_count) and self._is_endings(rest[len(counter) :]):
                if not COUNTERS[counter] or (not counted and not self._after_count):
                    return pieces, ""
                pieces.append(("counter", counter, COUNTERS[counter]))
                return pieces, ""
            return pieces, rest
        return pieces, ""

    def _misspelt(self, word: str) -> tuple[list[tuple[str, str, str]], str]:
        """A glossary word written with one letter wrong ("노르웨ㅣ는"), read as that word when
        exactly one term is one edit away from the word's start, both of three or more letters."""
        found = set()
        for korean, english in self._english.items():
            if len(korean) < 3 or not _HANGUL.search(korean):
                continue
            for length in (len(korean) - 1, len(korean), len(korean) + 1):
                head, rest = word[:length], word[length:]
                if len(head) >= 3 and self._is_endings(rest) and _one_edit(head, korean):
                    found.add((korean, english, rest))
        if len({english for _, english, _ in found}) != 1:
            return [], ""
        korean, english, rest = sorted(found)[0]
        return [("term", word[: len(word) - len(rest)], english)], ""

    def _piece(self, match: re.Match[str]) -> tuple[str, str, str]:
        text = match.group()
        if match.re is self._forms:
            return ("form", text, self._form_of[_key(text)])
        return ("term", text, self._english[_key(text)])

    def _written_apart(self, word: str) -> bool:
        """Whether ``word`` is endings written apart from their stem ("도입 됐나요": 됐나요): a
        run of endings that opens with a verb or the copula. Particles never stand apart, so
        "나이는" is a word of its own ("age"), not 나+이+는."""
        if not self._is_endings(word):
            return False
        if not self._standalone:
            return True
        return any(
            word.startswith(e) and self._is_endings(word[len(e) :]) for e in self._standalone
        )

    def _known_without_terms(self, word: str, attached: bool = False) -> bool:
        """A word that carries nothing to search: a function word, a particle, a counter.
        ``attached``: ``word`` follows a figure, a name in brackets or a read word directly
        ("2022년에", "(USTR)가"), so a particle may start it."""
        endings = self._is_endings(word) if attached else self._written_apart(word)
        if endings or _key(word) in self._function:
            return True
        if any(word.startswith(c) and self._is_endings(word[len(c) :]) for c in _COUNTER_WORDS):
            return True
        return self._function_with_endings(word)

    _after_count = False

    def read(self, question: str, follow_up: bool = False) -> Interpretation:
        """``question`` read into English; ``follow_up``: there is an earlier question it may
        lean on, so a bare phrase ("…는요?") re-asks it."""
        readings = read(question)
        # Figures become placeholders so the words around them are read on their own.
        text, last = "", 0
        slots: list[Reading] = []
        for reading in readings:
            text += question[last : reading.start] + f" \x00{len(slots)} {_GLUE}"
            slots.append(reading)
            last = reading.end
        text += question[last:]
        for mark in _PUNCTUATION:
            text = text.replace(mark, f" {_GLUE}")
        # A word glued to the figure or bracket before it ("2022년에", "(USTR)가") may be a
        # particle alone; a word written apart may not.
        marked = [w for w in text.split() if w.strip(_GLUE)]
        glued = [w.startswith(_GLUE) for w in marked]
        words = [w.strip(_GLUE) for w in marked]
        self._after_count = False
        items: list[tuple[str, str, str]] = []  # (kind, Korean, English)
        unknown: list[str] = []
        forms: list[str] = []
        condition_at: int | None = None
        form_at: dict[str, int] = {}  # where each question word stands among the items
        content = 0
        position = 0
        last_word = ""
        # Nouns marked as topic or subject ("위약금은", "제재가"): (word index, word, read); and
        # where the first question word stands. The topic nearest before it is what is asked.
        topics: list[tuple[int, str, bool]] = []
        asked_at: int | None = None
        while position < len(words):
            word = words[position]
            at_word = position
            if word.startswith("\x00"):
                reading = slots[int(word[1:])]
                written = question[reading.start : reading.end]
                if reading.kind == "currency" and written.startswith("몇"):
                    # "몇 달러" asks how much, in dollars: the question word is in the figure.
                    forms.append("money")
                    form_at.setdefault("money", len(items))
                    if reading.english == "in dollars" and not any(s.money for s in slots):
                        # Dollars are what the sources give amounts in: without an amount to
                        # convert, "in dollars" asks nothing more than "how much".
                        position += 1
                        continue
                items.append((reading.kind, written, reading.english))
                position += 1
                continue
            # An entry of several written words ("미국 무역대표부", "몇 년도") is read whole.
            joined = " ".join(w for w in words[position : position + 3] if not w.startswith("\x00"))
            spanning = self._spanning(joined)
            attached = False
            if spanning is not None:
                taken, pieces, rest = spanning
                word = " ".join(words[position : position + taken])
                position += taken
            else:
                pieces, rest = self._segment(word)
                attached = glued[position]
                if (
                    not pieces
                    and _HANGUL.search(word)
                    and not self._known_without_terms(word, attached)
                ):
                    pieces, rest = self._misspelt(word)
                position += 1
            last_word = word
            self._after_count = any(k == "form" and e == "count" for k, _, e in pieces)
            content += 1
            if asked_at is None and any(k == "form" and e != "negation" for k, _, e in pieces):
                asked_at = at_word
            if _TOPIC.search(word) and not _VERBAL.search(word) and not rest:
                topics.append((at_word, word, bool(pieces) or self._known_without_terms(word)))
            if not pieces:
                if self._known_without_terms(word, attached):
                    content -= 1
                    if (
                        word in _CONDITION_WORDS or _CONDITIONAL.search(word)
                    ) and condition_at is None:
                        if _has_figure(items):
                            condition_at = len(items)
                    continue
                if _HANGUL.search(word):
                    unknown.append(word)
                continue
            if rest and not self._known_without_terms(rest, attached=True):
                unknown.append(rest)
            for kind, korean, english in pieces:
                if kind == "form" and english == "negation":
                    # Korean negates after the word: "FMS가 아닌 계약" is a non-FMS contract.
                    _negate_last(items, korean)
                elif kind == "form":
                    forms.append(english)
                    form_at.setdefault(english, len(items))
                else:
                    items.append((kind, korean, english))
            if _CONDITIONAL.search(word) and condition_at is None and _has_figure(items):
                # The first condition that poses a figure: "…계약이면 …? 생기면 …?" keeps the first.
                condition_at = len(items)
        before = [t for t in topics if asked_at is None or t[0] < asked_at]
        asked_unknown = before[-1][1] if before and not before[-1][2] else ""
        answer_type = _chosen_form(forms)
        if answer_type == "count" and "count" in form_at:
            items = _counted_first(items, form_at["count"], self._actions)
        headed = False
        at = form_at.get("person", 0)
        if answer_type == "person" and at and items[at - 1][0] == "term":
            if items[at - 1][2] not in self._actions:
                # "…국회의원은 누구": the noun before 누구 is who is asked for ("which lawmakers").
                items = [items[at - 1], *items[: at - 1], *items[at:]]
                headed = True
        items = _without_repeats(_percent_of(items))
        posed = _posed_case(items)
        if answer_type in ("yesno", "follow_up") and _ELLIPTICAL.search(last_word):
            if follow_up:
                # "800만 달러라면요?", "사우디아라비아는요?": a bare phrase re-asks the last question.
                answer_type = "follow_up"
                condition_at = None
            elif posed is not None:
                # "1985년 300만 달러 계약은?": a bare posed contract asks what it would owe.
                answer_type = "money"
            else:
                # "대만의 절충교역 정책은?": a bare topic asks what the sources say of it.
                answer_type = "what"
        if posed is not None and answer_type != "follow_up" and condition_at is None:
            condition_at = posed
        if posed is not None and answer_type != "follow_up":
            if not any(e in _OFFSET_TERMS for _, _, e in items):
                # A posed contract is asked about for its offset, named or not ("…계약은?").
                items.append(("term", "", "offset obligation"))
        english = _english_question(items, answer_type, condition_at, self.glossary, headed)
        readable = bool(items or forms) and len(unknown) <= MAX_UNKNOWN_SHARE * max(content, 1)
        return Interpretation(
            question=question,
            english=english,
            answer_type=answer_type,
            terms=tuple(dict.fromkeys((k, e) for kind, k, e in items if kind == "term")),
            figures=tuple((k, e) for kind, k, e in items if kind in _FIGURE_KINDS),
            unknown=tuple(dict.fromkeys(unknown)),
            asked_unknown=asked_unknown,
            readable=readable,
            readings=tuple(readings),
        )

    def _spanning(self, joined: str) -> tuple[int, list[tuple[str, str, str]], str] | None:
        """A glossary entry written as several words at the start of ``joined``: how many written
        words it takes, its pieces with those of the rest of its last word, and what is left."""
        found = [m for m in (self._forms.match(joined), self._terms.match(joined)) if m]
        if not found:
            return None
        match = max(found, key=lambda m: m.end())
        if " " not in match.group().strip():
            return None
        taken = len(joined[: match.end()].split())
        last_end = len(" ".join(joined.split()[:taken]))
        tail = joined[match.end() : last_end]
        more, rest = self._segment(tail) if tail else ([], "")
        return taken, [self._piece(match), *more], rest

    def _function_with_endings(self, word: str) -> bool:
        # A one-syllable function word takes its endings in a short word only ("글을", "뿐인가요"):
        # in a longer one the syllable is more likely the start of another word.
        return any(
            word.startswith(f) and self._is_endings(word[len(f) :])
            for f in self._function
            if len(f) >= 2 or word == f or len(word) <= 4
        )


_FIGURE_KINDS = {
    "money",
    "percent",
    "year",
    "period",
    "count",
    "number",
    "date",
    "rate",
    "article",
    "phase",
    "currency",
}
_COUNTER_WORDS = sorted((c for c in COUNTERS if c), key=len, reverse=True)
# A question that is a bare phrase with a topic or conditional ending: "…는요?", "…라면?".
_ELLIPTICAL = lazy(
    r"(?:는요|은요|이요|라면요|이라면요|면요|에는요|에선요|는|은|에는|라면|이라면|이면|면|라면\?)$"
)


_ARITHMETIC_ORDER = {"percent": 0, "money": 1, "currency": 2, "rate": 3}
_VALUE_TERMS = {"value", "total", "contract value", "offset value"}
_CONTRACT_TERMS = {
    "contract",
    "competitive contract",
    "non-competitive contract",
    "purchases",
    "imports",
}
_OFFSET_TERMS = {"offset", "obligation", "offset value", "share", "industrial cooperation"}


def _posed_case(items: list[tuple[str, str, str]]) -> int | None:
    """Where a posed contract ("1,200만 달러 경쟁계약") ends, when the question poses one: an
    amount of money and a contract word. None otherwise."""
    money = [i for i, (kind, _, _) in enumerate(items) if kind == "money"]
    contract = [i for i, (_, _, english) in enumerate(items) if english in _CONTRACT_TERMS]
    if not money or not contract:
        return None
    return max(money[-1], contract[-1]) + 1


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter replaced, added or left out."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_KIND_TERMS = {
    "FMS",
    "competitive",
    "competitive contract",
    "non-competitive",
    "non-competitive contract",
}


def _negate_last(items: list[tuple[str, str, str]], korean: str) -> None:
    """Negate the item before: a contract kind becomes its opposite's wording ("non-FMS",
    "non-competitive"), anything else gets "not" before it."""
    if items and items[-1][2] in _KIND_TERMS:
        kind, written, english = items[-1]
        if english.startswith("non-"):
            english = english.removeprefix("non-")
        else:
            english = f"non-{english}"
        items[-1] = (kind, f"{written} {korean}", english)
        return
    items.insert(len(items) - 1 if items else 0, ("term", korean, "not"))


def _counted_first(
    items: list[tuple[str, str, str]], at: int, actions: frozenset[str]
) -> list[tuple[str, str, str]]:
    """ "절충교역 계약 몇 건": the words just before 몇 (and its counter after) are what is counted;
    English puts them right after "How many", in the plural."""
    start = at
    while start > 0 and at - start < 2 and items[start - 1][0] == "term":
        start -= 1
    counted = items[start:at]
    after = items[at : at + 1] if at < len(items) and items[at][0] == "counter" else []
    if not counted and not after:
        return items
    noun = [*counted, *after]
    if not after and noun:
        kind, korean, english = noun[-1]
        if not english.endswith("s") and english.islower() and english not in actions:
            noun[-1] = (kind, korean, english + "s")
    rest = items[:start] + items[at + len(after) :]
    return noun + rest


def _has_figure(items: list[tuple[str, str, str]]) -> bool:
    """Whether ``items`` pose an amount: a condition ("…이면") with one is a posed case; one
    with only years or periods ("2011~2015년과 … 비교하면") is not."""
    return any(kind in ("money", "rate") for kind, _, _ in items)


# Words Korean puts between an amount and its contract ("1,200만 달러 규모 경쟁계약").
_MEASURE = {"worth", "value", "contract value"}


def _noun_phrase(items: list[tuple[str, str, str]]) -> str:
    """A posed case in English order: "a USD 12 million competitive contract" (an article before
    the first amount, the measure words Korean writes after it left out)."""
    words: list[str] = []
    for kind, _, english in items:
        if english in _MEASURE and words:
            continue
        words.append(f"in {english}" if kind == "year" and english.isdigit() else english)
    text = " ".join(words)
    if re.search(r"\b(?:contract|purchases)\b", text):
        text = re.sub(r"(?=\b(?:USD|KRW) \d)", "a ", text, count=1)
    return text


def _percent_of(items: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """ "A의 P%" is P% of A: the share is written after what it is a share of in Korean."""
    out = list(items)
    for i in range(len(out) - 1):
        if out[i][0] == "money" and out[i + 1][0] == "percent":
            share, whole = out[i + 1], out[i]
            out[i] = share
            out[i + 1] = ("money", whole[1], f"of {whole[2]}")
    return out


def _without_repeats(items: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Each English term once: "미 무역대표부(USTR)" and "튀르키예(터키)" name one thing twice."""
    kept: list[tuple[str, str, str]] = []
    for item in items:
        words = item[2].lower()
        if item[0] != "term":
            kept.append(item)
            continue
        if any(
            k[0] == "term" and (k[2].lower() == words or f" {words} " in f" {k[2].lower()} ")
            for k in kept
        ):
            continue
        # A longer term that holds an earlier one replaces it ("offset" then "offset banking").
        kept = [k for k in kept if not (k[0] == "term" and f" {k[2].lower()} " in f" {words} ")]
        kept.append(item)
    return kept


def _key(text: str) -> str:
    return "".join(text.split()).lower()


def _alternation(words: dict[str, str]) -> re.Pattern[str]:
    """One pattern matching any of ``words``, longest first, spaces optional, case aside."""
    ordered = sorted(words, key=lambda w: len(_key(w)), reverse=True)
    parts = [r"\s?".join(re.escape(c) for c in _key(w)) for w in ordered]
    return re.compile("(?:" + "|".join(parts) + ")", re.IGNORECASE)


def _chosen_form(forms: list[str]) -> str:
    """The question form that wins (``ANSWER_TYPES`` order); none is a yes-or-no question."""
    return next((name for name in ANSWER_TYPES if name in forms), "yesno")


def _english_question(
    items: list[tuple[str, str, str]],
    answer_type: str,
    condition_at: int | None,
    glossary: Glossary,
    headed: bool = False,
) -> str:
    words = [f"in {e}" if kind == "year" and e.isdigit() else e for kind, _, e in items]
    if answer_type == "follow_up":
        return f"What about {' '.join(words)}?"
    if items and all(kind in _FIGURE_KINDS for kind, _, _ in items):
        # Figures and nothing else: a calculation ("2조 원을 달러당 1,300원으로 바꾸면 몇 달러?").
        ordered = sorted(items, key=lambda item: _ARITHMETIC_ORDER.get(item[0], 1))
        return f"What is {' '.join(english for _, _, english in ordered)}?"
    if answer_type == "money" and any(w in _VALUE_TERMS for w in words):
        # "…금액은 얼마" asks for an amount of money, not any quantity.
        words.append("worth")
    if answer_type == "follow_up":
        return f"What about {' '.join(words)}?"
    if answer_type == "yesno":
        opening = "Does"
    elif headed:
        opening = "Which"  # the asked-for noun follows: "Which lawmakers …"
    else:
        opening = glossary.question_forms[answer_type].english
    if condition_at is not None and _has_figure(items[:condition_at]):
        condition = _noun_phrase(items[:condition_at])
        main = " ".join(words[condition_at:])
        return f"If {condition}, {opening.lower()} {main}".rstrip() + "?"
    return f"{opening} {' '.join(words)}?"


# The frame's answer types as the Korean reader names the question forms.
_FRAME_TYPES = {"quantity": "money", "other": "what"}


def english_reading(question: str) -> Interpretation:
    """An English question asked for a Korean answer: searched as it is, its type from its frame."""
    from assistant.answering.frame import frame_of

    found = frame_of(question).answer_type
    return Interpretation(question, question, _FRAME_TYPES.get(found, found))


@cache
def reader(path: Path = GLOSSARY_FILE) -> Reader:
    """The reader over the glossary at ``path``."""
    return Reader(load_glossary(path))


def interpret(question: str, follow_up: bool = False, path: Path = GLOSSARY_FILE) -> Interpretation:
    """``question`` (Korean) read into the English question the pipeline answers."""
    return reader(path).read(question, follow_up)
