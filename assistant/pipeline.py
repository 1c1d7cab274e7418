"""The assistant: sources → index → retrieval → composed, cited answers."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from assistant.answering.attribution import attributed
from assistant.answering.bylines import of_writers_asked
from assistant.answering.chained_figures import chained as figures_chained
from assistant.answering.citations import CitationList
from assistant.answering.claim_tellers import without_teller
from assistant.answering.compose import Composer, display, unit_citation
from assistant.answering.counted_alike import reading_meaning
from assistant.answering.described import as_named
from assistant.answering.figures import figures, without_untraced
from assistant.answering.fiscal_years import as_calendar_years
from assistant.answering.followup import (
    ResolvedQuestion,
    RuleStep,
    asks_for_more,
    asks_part_of_last,
    changes_an_input,
    gives_again,
    resolve,
    stated_by,
)
from assistant.answering.frame import dated, kinds_as_written
from assistant.answering.general_counts import (
    asked_noun,
    general_answer,
    general_readings,
    nouns_counted,
)
from assistant.answering.named_conversions import conversion_of_stated, without_conversion
from assistant.answering.operands import missing_operand
from assistant.answering.outlets_asked import led_by_outlet, outlet_kinds_asked
from assistant.answering.own_figures import own_figures
from assistant.answering.preamble import without_preamble
from assistant.answering.put_claims import as_claim
from assistant.answering.reading import asks_only_a_reading, without_reading
from assistant.answering.routing import (
    Label,
    Route,
    answer_figure_route,
    asks_to_add_up,
    fact_asks,
    follow_up_route,
    route,
    stated_conversion,
)
from assistant.answering.row_answers import FactBook
from assistant.answering.rule_coverage import declined
from assistant.answering.scope import ScopeChecker
from assistant.answering.share_complements import with_share_complement
from assistant.answering.source_kinds import not_held, read_by_kind
from assistant.answering.source_switched import asked_of_another_source
from assistant.answering.source_years import without_source_years
from assistant.answering.sourced_rule import rule_of_sources
from assistant.answering.speakers import asks_who_said
from assistant.answering.start_claims import start_claimed, start_verdict
from assistant.answering.stated_counts import with_stated_counts
from assistant.answering.stated_operands import with_stated_arithmetic
from assistant.answers import Answer, ToolCall, Turn
from assistant.errors import CalculationError, InputError, KnowledgeError, describe
from assistant.inputs import clean_question, parse_history
from assistant.knowledge.chunks import Unit
from assistant.knowledge.disagreements import load_disagreements
from assistant.knowledge.domain import domain
from assistant.knowledge.names import written_names
from assistant.knowledge.origins import origins
from assistant.knowledge.rows import OffsetData, load_data
from assistant.knowledge.sources import SourceMeta, load_domain, load_sources
from assistant.knowledge.verdict import check
from assistant.korean.interpret import detect_language
from assistant.quantities import LETTER_SCALES, format_money, lex
from assistant.regex import compile_all, lazy
from assistant.search.encoder import encoder_name, english_words
from assistant.search.english import english_dictionary, rare_words
from assistant.search.index import KnowledgeIndex, StoredSource, SyncReport
from assistant.search.terms import Lexicon
from assistant.settings import Settings, check_language
from assistant.wording import say

if TYPE_CHECKING:
    from assistant.calculator.operations import CalcResult, CalculatorInput
    from assistant.search.ingest import IngestReport


class Assistant:
    """Answers questions about the Korea–US defense offset dispute, citing its sources.

    >>> Assistant().ask("What is Korea's offset threshold?").answer

    The index is built (or brought up to date) the first time it is needed.
    """

    def __init__(self, settings: Settings | None = None, *, progress: bool = True) -> None:
        self.settings = (settings or Settings.from_env()).checked()
        self.progress = progress
        self._lock = threading.Lock()
        self._index: KnowledgeIndex | None = None
        self._composer: Composer | None = None
        self._data: OffsetData | None = None
        # The index and the nouns its sentences and rows write after a number (general_counts).
        self._counted_by: tuple[Any, frozenset[str], tuple[str, ...]] | None = None
        self.last_sync: SyncReport | None = None
        # Set when the index is first made ready (``_ready``), then kept for every reload.
        self._builtin_texts: dict[str, str] = {}
        self._domain: tuple[str, frozenset[str], frozenset[str]] = ("", frozenset(), frozenset())
        self._facts: FactBook | None = None
        # What the loaded composer reflects, and when the store was last looked at for changes.
        self._loaded: tuple[tuple[str, str], ...] = ()
        self._checked = 0.0

    @property
    def index(self) -> KnowledgeIndex:
        self._ready()
        assert self._index is not None
        return self._index

    def _ready(self) -> Composer:
        with self._lock:
            if self._composer is None:
                lexicon = Lexicon(self.settings.knowledge_dir / "aliases.yaml")
                index = KnowledgeIndex(self.settings, lexicon)
                # The model starts while the sources, tables and views are read.
                index.prepare_encoder()
                sources = load_sources(self.settings.sources_dir)
                data = self.data
                texts = {s.id: s.text for s in sources}
                problems = check(data, texts, self.settings.data_dir, self.settings.cache_dir)
                if problems:
                    raise KnowledgeError(
                        f"{len(problems)} rows of {self.settings.data_dir} do not match their "
                        f"sources; first: {problems[0]}"
                    )
                self.last_sync = index.sync(sources, progress=self.progress)
                index.load()
                self._index = index
                self._builtin_texts = texts
                self._domain = load_domain(self.settings.knowledge_dir / "domain.yaml", lexicon)
                # The facts' vectors are kept in the cache: the model, still loading in the
                # background, is waited for when the question is encoded, not here.
                self._facts = FactBook(
                    data,
                    lexicon,
                    encoder_name(self.settings),
                    lambda texts: index.encoder.encode(texts),
                    self.settings.cache_dir,
                )
                self._composer = self._build_composer(index)
            return self._composer

    def _build_composer(self, index: KnowledgeIndex) -> Composer:
        """A composer over the loaded index: scope words, vocabulary and texts include ingested ones."""
        self._loaded = tuple(sorted(index.hashes.items()))
        self._checked = time.monotonic()
        called = _source_names(index)
        return Composer(
            index,
            ScopeChecker(
                index.lexicon,
                index.vocabulary,
                index.years,
                index.surfaces,
                index.names,
                english_dictionary(),
                written_names(self.settings.knowledge_dir) | set(index.lexicon.phrases) | called,
                called,
                # Corrected only to the model's words, the common ones (``Speller``).
                english_words(),
                rare_words(),
                index.unit_df,
            ),
            self.settings.retrieval_depth,
            self.settings.rrf_k,
            home_country=self._domain[0],
            other_countries=self._domain[1],
            comparison_words=self._domain[2],
            facts=self._facts,
            source_texts={**self._builtin_texts, **index.texts},
            disagreements=load_disagreements(self.settings.knowledge_dir),
        )

    def reload(self) -> None:
        """Read the knowledge base back from the store, so the next answer sees every change."""
        # A new index is loaded beside the old one and swapped in, so questions being answered
        # meanwhile (the UI answers several at once) never see a half-loaded index.
        index = self._ready().index.reopened()
        with self._lock:
            self._index = index
            self._composer = self._build_composer(index)

    def _fresh(self) -> Composer:
        """The composer, reloaded first if another process changed the store since the last look.

        The check (one read of the small sources collection) runs at most every
        ``settings.refresh_seconds``, so a long-running server picks up documents ingested by
        another tradebrief on the same Chroma server without paying for it on every question.
        """
        composer = self._ready()
        if time.monotonic() - self._checked < self.settings.refresh_seconds:
            return composer
        self._checked = time.monotonic()
        if composer.index.fingerprint() != self._loaded:
            self.reload()
            assert self._composer is not None
            return self._composer
        return composer

    @property
    def data(self) -> OffsetData:
        """The structured tables of ``knowledge/data``, validated (no index needed)."""
        if self._data is None:
            self._data = load_data(self.settings.data_dir)
        return self._data

    def source_meta(self, source_id: str) -> SourceMeta | None:
        """Title, publisher, date, kind and known defects of a source in the knowledge base."""
        return self._ready().index.source_meta(source_id)

    def source_text(self, source_id: str) -> str:
        """The verbatim text a citation's offsets index into ("" for an unknown source)."""
        return self._ready().source_texts.get(source_id, "")

    def sync(self, rebuild: bool = False) -> SyncReport:
        """Bring the index in line with the sources now and report what changed.

        ``rebuild`` re-chunks and re-embeds every source, ingested ones from their stored text.
        """
        if rebuild:
            from assistant.search.lock import writer_lock

            # One writer from the invalidation to the last re-embedded source.
            with writer_lock(self.settings):
                self._ready().index.invalidate()
                self._composer = None
                return self._sync()
        return self._sync()

    def prepare(self) -> None:
        """Build and keep on disk, now, what the first question would otherwise build (the
        vectors of the sources' vocabulary): ``tradebrief index`` calls it, so the first
        ``ask`` after it is as quick as any later one."""
        self._fresh().keep_ahead()

    def warm(self) -> None:
        """Make ready, now, what the first questions of a process would otherwise each pay for
        at their first use: the index and the vocabulary's vectors (``prepare``), the speller's
        index of the dictionary, and every regular expression the answering modules write
        (``assistant.regex.compile_all``), about a second in all. For a process that will answer
        many questions (``serve``, ``chat``, ``mcp``, the latency benchmark), not for one ``ask``,
        which compiles only the patterns its question reaches. Answers are the same either way."""
        composer = self._fresh()
        composer.keep_ahead()
        composer.scope.speller.make_ready()
        compile_all()

    def _sync(self) -> SyncReport:
        if self._composer is None:
            self._ready()  # the first use syncs; report that sync
            assert self.last_sync is not None
            return self.last_sync
        report = self._composer.index.sync(
            load_sources(self.settings.sources_dir), progress=self.progress
        )
        self.reload()
        self.last_sync = report
        return report

    def ingest(self, paths: Any, metadata: Any = None, follow_links: bool = False) -> IngestReport:
        """Add documents (files or folders) to the knowledge base; one outcome per file.

        ``metadata`` (a dict or ``DocumentMeta``: id, title, publisher, date, kind) applies to
        every file given and wins over sidecar files and the documents' own properties. Files that
        cannot be read are reported as failed with a one-line reason; the others go on. The next
        question already sees the new documents. In a folder, a symbolic link that leads out of
        it is not followed (and is reported) unless ``follow_links``.
        """
        from assistant.search.ingest import DocumentMeta, Ingester

        if isinstance(paths, str | Path):
            paths = [paths]
        try:
            given = (
                metadata
                if isinstance(metadata, DocumentMeta)
                else DocumentMeta.model_validate(metadata or {})
            )
        except ValidationError as exc:
            raise InputError(f"metadata {describe(exc, 'metadata')}") from None
        composer = self._ready()
        ingester = Ingester(
            composer.index,
            frozenset(self._builtin_texts),
            self.settings.max_upload_bytes,
            progress=self.progress,
            max_expanded_bytes=self.settings.max_expanded_bytes,
        )
        # One writer for the whole batch: what is stored is checked and written under one lock.
        with composer.index.writing():
            report = ingester.run(paths, given, follow_links=follow_links)
        if report.changed or report.cancelled:  # a cancel may have undone a committed document
            self.reload()
        return report

    def remove_source(self, source_id: str) -> None:
        """Take an ingested document out of the knowledge base (built-in ones live in files)."""
        composer = self._ready()
        if source_id in self._builtin_texts:
            raise InputError(
                f"{source_id} is a built-in source: remove its file from "
                f"{self.settings.sources_dir} (and its entry in sources.yaml) instead"
            )
        if not composer.index.remove(source_id):
            raise InputError(
                f"no source {source_id!r} in the knowledge base: see `tradebrief sources`"
            )
        self.reload()

    def sources(self) -> list[StoredSource]:
        """Every source in the knowledge base, built-in first, with its unit count."""
        return self._fresh().index.listing()

    def ask(
        self,
        question: Any,
        history: Any = None,
        id: str | int | None = None,
        language: str | None = None,
    ) -> Answer:
        """Answer ``question``; ``history`` is the conversation so far as ``{role, content}`` turns.

        ``language`` ("en", "ko"; default ``settings.language``, "auto": told from the question's
        letters) is the language of the question and the answer. A Korean question is read into
        an English one through the glossary, answered, and worded in Korean (``korean.answer``).
        """
        text = clean_question(question, self.settings.max_question_chars)
        turns = parse_history(history)
        chosen = check_language(language or self.settings.language)
        if chosen == "auto":
            chosen = detect_language(text)
        if chosen == "ko":
            return self._ask_korean(text, turns, id)
        answer = self._ask_counted(text, turns, id)
        # "Which wire service reported …?" asks for an outlet: the answer leads with the cited
        # sources' publishers of that kind, or says none of that kind carries it.
        composer = self._fresh()
        outlets = outlet_kinds_asked(text, composer.called)
        return led_by_outlet(answer, outlets, composer.index.sources)

    def _ask_counted(self, text: str, turns: list[Turn], id: str | int | None) -> Answer:
        """The answer to ``text``; a count refused when asked by the asker's own noun is asked
        again of each general noun the sources count by (``general_counts``): "how many
        grievances did the report raise" is answered by "21 cases were mentioned" when no other
        general count that answers otherwise fits."""
        answer = self._ask(text, turns, id)
        if not answer.abstained:
            return answer
        earlier = [t.content for t in turns if t.role == "user"]
        answered = []
        with reading_meaning(self._fresh().index.word_meaning):
            readings = general_readings([*earlier, text], self._said()[0])
        for reading in readings:
            *before, last = reading
            asked_before = iter(before)
            history = [
                t.model_copy(update={"content": next(asked_before)}) if t.role == "user" else t
                for t in turns
            ]
            again = self._ask(last, history, id)
            if not again.abstained:
                answered.append(again)
        noun = asked_noun([*earlier, text])
        sources = self._ready().source_texts
        agreed = general_answer(answered, noun, sources, self._said()[1]) if noun else None
        return answer if agreed is None else _as_asked(agreed, text, id)

    def _said(self) -> tuple[frozenset[str], tuple[str, ...]]:
        """The nouns the sources' sentences and rows write after a number, and those sentences
        and rows (boilerplate is no unit), read once per index."""
        index = self._fresh().index
        if self._counted_by is None or self._counted_by[0] is not index:
            texts = tuple(u.text for u in index.units.values() if u.kind in ("sentence", "row"))
            self._counted_by = (index, nouns_counted(texts), texts)
        return self._counted_by[1], self._counted_by[2]

    def _ask_korean(self, text: str, turns: list[Turn], id: str | int | None) -> Answer:
        from assistant.korean.answer import cannot_interpret, korean_answer, uncovered
        from assistant.korean.coverage import gap
        from assistant.korean.interpret import english_reading, reader

        korean = reader(self.settings.knowledge_dir / "glossary_ko.yaml")
        if detect_language(text) == "en":
            # An English question asked for a Korean answer (the chat's Korean view, --lang ko).
            english = self._ask(text, turns, id)
            # The Korean lead states figures of its own making (money both ways, Korean units):
            # each is checked against the quotes like any other answer's.
            return without_untraced(korean_answer(english, english_reading(text), korean.glossary))
        reading = korean.read(text, follow_up=any(t.role == "user" for t in turns))
        if not reading.readable:
            return cannot_interpret(reading, id)
        # Earlier Korean questions are read the same way, so a follow-up leans on their English.
        english_turns = [
            Turn(role=t.role, content=korean.read(t.content, follow_up=True).english)
            if t.role == "user" and detect_language(t.content) == "ko"
            else t
            for t in turns
        ]
        english = self._ask(reading.english, english_turns, id)
        # The English question may be broader than the Korean one (a word the glossary does not
        # know, a figure the answer never states): such an answer is refused, not passed on.
        missing = gap(english, reading, korean.glossary)
        if missing is not None:
            return without_untraced(uncovered(english, reading, missing))
        return without_untraced(korean_answer(english, reading, korean.glossary))

    def _start_judged(self, claim: str, turns: list[Turn], id: str | int | None) -> Answer | None:
        """The verdict on a claim that dates a beginning (``start_claims``): the answer to the
        claim with its year asked, led by yes or no. None when ``claim`` is no such claim or
        the sources give no year for it."""
        year_asked = start_claimed(claim)
        if year_asked is None:
            return None
        checked = self._ask(year_asked, turns, id)
        holds = None if checked.abstained else start_verdict(claim, checked.answer)
        if holds is None:
            return None
        lead = say("verdict_yes") if holds else say("verdict_no")
        return checked.model_copy(update={"answer": f"{lead} {checked.answer}"})

    def _ask(self, asked: str, turns: list[Turn], id: str | int | None) -> Answer:
        composer = self._fresh()
        # The question as the sources would spell it ("Lockhed" is "Lockheed"): every step
        # below reads the words it names, the answer shows the question as asked.
        text = composer.scope.respell(asked).text
        # "Over FY2016-20": the sources' years are calendar years, as the home country's fiscal
        # ones are; the label is read away.
        text = as_calendar_years(text)
        # The earlier questions too: a follow-up ("what share of that bought radars?") leans on
        # the names they wrote, and a misspelt one ("Northrup") would name nothing.
        turns = [
            t.model_copy(update={"content": composer.scope.respell(t.content).text})
            if t.role == "user"
            else t
            for t in turns
        ]
        # "A Dutch weekly says …": a claim passed on by a teller who is none of the sources is
        # checked as it stands; the teller is no topic of the question.
        text = without_teller(text)
        # "Per the wire service", "the economic daily's figure": sources called by the kind of
        # publication they are, read as their names; a kind the project holds none of is said so.
        sources = composer.index.sources
        by_kind = read_by_kind(text, sources)
        if by_kind.absent is not None:
            not_among = not_held(by_kind.absent, sources)
            refused = Answer(
                question=text, answer=f"{say('cannot_answer')} {not_among}", abstained=True
            )
            return _as_asked(refused, asked, id)
        text = by_kind.question
        turns = [
            t.model_copy(update={"content": read_by_kind(t.content, sources).question})
            if t.role == "user"
            else t
            for t in turns
        ]
        earlier_asked = [t.content for t in turns if t.role == "user"]
        if earlier_asked:
            # "And the Gazette?", "what figure does the bureau use?": the earlier question, put to
            # the source the follow-up names. It is put first, so that it is read as any question
            # is below ("the 2031-35 toll" spans the years 2031 to 2035 in it too).
            text = asked_of_another_source(text, earlier_asked[-1], composer.called) or text
        # "I'm writing a memo for my boss. What …?": the opening about the asker is no topic.
        text = without_preamble(text)
        # "Per the 2031 Gazette survey": a source's own year before its name says which piece
        # is meant, no time the answer must be of.
        text = without_source_years(text, composer.called, composer.source_year)
        # "Copy line: 'The mill opened in 1961.' Fine to print?": the claim the frame puts.
        text = as_claim(text)
        # "The levy dates from 1975, doesn't it?": judged by the year the sources give for the
        # levy's beginning, asked for as such, not by any sentence naming 1975.
        dated_start = self._start_judged(text, turns, id)
        if dated_start is not None:
            return _as_asked(dated_start, asked, id)
        # "The threshold when the policy began" asks for the threshold of the year it began.
        text = dated(text, domain().first_year, domain().present_year)
        # "A sole-source buy" is what the sources call a non-competitive contract.
        text = kinds_as_written(text)
        # "The European planemaker" is Airbus: a company described by where it is based, whose
        # place is no country the answer must be about.
        text = as_named(text, origins(self.settings.knowledge_dir), composer.index.lexicon.terms)
        # "Using the Daily's figures, ...": a calculation on the figures of the source it names.
        named = attributed(text, composer.called)
        calculation = route(text, self.data.stated_by(named.sources) if named else self.data)
        own = own_figures(text) if not turns else None
        if own and (calculation is None or len(own) > 1):
            # "A mill ordered 90 looms and 35 came: how many are owed?": every operand stands in
            # the question, whatever its nouns; a computation, not a question for the sources.
            # "..., and the percentage of the batch still due?" asks the part of what is owed, which
            # only the remainder worked out first gives (not the part of the 35 that came).
            calculation = Route(own)
        # "When was the mill built, and what is 4% of its price?": the asks for the
        # sources beside the calculation, composed and joined to it.
        asked_of_sources = fact_asks(text, self.data) if calculation is not None else []
        focus = len([t for t in composer.index.lexicon.terms(text) if composer.index.idf(t) > 0])
        resolved = resolve(
            text,
            turns,
            focus,
            composer.first_named,
            composer.name_spans,
            self._rule_steps(),
            composer.unattributed,
        )
        earlier = [t.content for t in turns if t.role == "user"]
        if asks_who_said(text) and turns and turns[-1].role == "assistant":
            # "Who said so?": the speakers of the sentences the last answer cited.
            sourced = composer.speakers(text, turns[-1].content)
            if sourced is not None:
                return _as_asked(sourced, asked, id)
        if asks_for_more(text) and turns and turns[-1].role == "assistant":
            # "Tell me more": what the sources go on to say after the sentences last shown.
            further = composer.told_further(text, turns[-1].content)
            if further is not None:
                return _as_asked(further, asked, id)
        if calculation is None:
            # "Who wrote the institute's paper?": the source's own bylines, or that it has none.
            written = composer.writers(text, earlier)
            if written is None and resolved.question != text:
                # "What is his title?" after "Who wrote the paper?": the follow-up resolved to
                # the writer the answer named asks what that writer's byline says of them.
                written = composer.writers(resolved.question, earlier)
            of_writers = of_writers_asked(text, earlier[-1]) if earlier else None
            if written is None and of_writers is not None:
                # "What are their titles?" after "Who wrote the paper?": the writers' bylines.
                written = composer.writers(of_writers, earlier)
            if written is not None:
                return _as_asked(written, asked, id)
        if calculation is None and resolved.context and turns[-1].role == "assistant":
            # "And in won?" after an answer whose sentence states the sum in won as well: the
            # sources' own conversion, quoted, not worked out again.
            stated = stated_conversion(text, turns[-1].content)
            quoted = composer.shown_again(text, stated) if stated else None
            # Only when the sentence meets what the follow-up asks besides the currency: "and
            # the floor in euros back in 1990?" asks a year the sentence does not give.
            if quoted is not None and composer.meets(text, quoted):
                return _as_asked(quoted, asked, id)
        if calculation is None and earlier:
            # "Now put that obligation in won": the figure the earlier calculation gave, worked on.
            calculation = follow_up_route(text, earlier[-1], self.data)
        if calculation is None and resolved.question != text:
            # "And in Chile?" after a calculation for Peru: the earlier question, asked of Chile.
            calculation = route(resolved.question, self.data, context=resolved.context)
        if calculation is None and resolved.context:
            # "And in dollars?" after a question about a program's price: the figure of the
            # sources the earlier questions name, worked on.
            calculation = route(text, self.data, context=resolved.context)
        if calculation is None and resolved.context and asks_to_add_up(text):
            # "What do those add up to?" adds up the figures the earlier question asked for.
            calculation = route(resolved.query, self.data)
            if calculation is None:
                # Read in the order it was said, the earlier question first: "together, how
                # much is that?" then asks the sum of the figures that question named.
                calculation = route(f"{resolved.context} {text}", self.data)
        if calculation is None and resolved.context and changes_an_input(text):
            # "And in 1986?" re-asks the earlier question with the new year or amount.
            calculation = route(resolved.query, self.data)
        if calculation is None and len(earlier) > 1 and changes_an_input(text):
            # "And at 900?" after "in yen at 950?" after "how big is the floor?": the two
            # turns before made one calculation together, which is asked again with the new input.
            chained = [Turn(role="user", content=f"{earlier[-2]} {earlier[-1]}"), *turns[-1:]]
            again = resolve(
                text,
                chained,
                focus,
                composer.first_named,
                composer.name_spans,
                self._rule_steps(),
                composer.unattributed,
            )
            if again.context and route(again.context, self.data) is not None:
                calculation = route(again.query, self.data)
        if calculation is None and len(earlier) > 1:
            # "Then the ratio of the second to the first?": the figures the two earlier answers stated.
            answered = [t.content for t in turns if t.role == "assistant"]
            chain = figures_chained(text, earlier, [stated_by(a) for a in answered])
            worked = route(chain.question, self.data) if chain is not None else None
            if chain is not None and worked is not None:
                calculation = worked
                calculation.read_as = " ".join(o.sentence for o in chain.operands)
                calculation.restated = tuple(o.text for o in chain.operands)
        if calculation is None and resolved.context and asks_only_a_reading(text):
            # "Round that to the nearest million": the earlier calculation, read the new way in
            # place of any way the earlier question asked.
            calculation = route(f"{without_reading(resolved.context)} {text}", self.data)
        if calculation is None and resolved.context and turns[-1].role == "assistant":
            # "What is that in yen at 150?" after an answer that gave one sum the sources state.
            calculation = answer_figure_route(text, earlier[-1], turns[-1].content, self.data)
        if calculation is None and resolved.context and route(earlier[-1], self.data) is None:
            # "And for each vessel?" after a question about a program's cost: neither turn
            # alone is a calculation, together they are one (the turn asks the working, the
            # earlier question names its figures), so the turn's words are what ask for it.
            calculation = route(resolved.query, self.data)
        if calculation is None and not resolved.context:
            # "Converted at 0.8 crowns per dollar, how large was the 2031 levy in crowns?": the sum the
            # question without its conversion is answered with, converted at its rate.
            plain = without_conversion(text)
            figure = self._ask(plain, [], id) if plain is not None else None
            if plain is not None and figure is not None and not figure.abstained:
                if not figure.tool_calls:
                    calculation = conversion_of_stated(text, plain, figure.answer, self.data)
        if calculation is not None:
            # "Under Ruritania's own rules, what offset on $40 million?": a rule the sources
            # give for no such country is declined, never replaced by another country's.
            why = declined(text, calculation.requests, calculation.cites, self.data)
            # "Converted as the levy began, at that morning's rate …": an operand the sources give for no
            # such day or kind is named as missing, never filled with a figure nearby.
            why = why or missing_operand(text, calculation.requests, self.data)
            if why is not None:
                refused = Answer(
                    question=text, answer=f"{say('cannot_answer')} {why}", abstained=True
                )
                return _as_asked(refused, asked, id)
            # "Per Yonhap, what would Seoul require …": the rule as the named source states it.
            of_source = rule_of_sources(calculation.requests, self.data, named, composer.called)
            if named and of_source.declined is not None:
                refused = Answer(
                    question=text,
                    answer=f"{say('cannot_answer')} {of_source.declined}",
                    abstained=True,
                )
                return _as_asked(refused, asked, id)
            calculated = self._calculated(
                text, calculation, composer, of_source.rows, named.sources if named else ()
            )
            calculated = _with_fact_asks(calculated, asked_of_sources, composer)
            return _as_asked(calculated, asked, id)
        # The words that name the question's source ("according to Yonhap") are no topic.
        scope = composer.scope.check(composer.unattributed(text))
        if resolved.context and not scope.covered and not scope.unknown:
            # A bare follow-up ("what about that part?") is judged with what it refers to.
            scope = composer.scope.check(resolved.query)
        # The question as resolved: "that company" asked of the company the last answer named.
        # A follow-up may ask what a person the last answer quoted went on to say.
        said = turns[-1].content if resolved.context and turns[-1].role == "assistant" else ""
        answer = composer.compose(resolved.question, resolved.context, scope, said)
        if answer.abstained and turns and turns[-1].role == "assistant":
            # "And what did that stage cost?" after an answer that named the stage: what the
            # turn leans on may be what the last answer said, not what was asked before it.
            answer = self._leaning_on_last_answer(composer, text, resolved, turns, said) or answer
        if not resolved.context:
            # "Of the $9 million budget, how much was not for looms?": a remainder, difference,
            # share or multiple of two figures the quoted sentence states, worked out.
            answer = with_stated_arithmetic(text, answer, self.data)
            # "How many more looms did the north mill run than the south?": a count the sources
            # do not state, worked out from the two counts the quoted sentence does.
            answer = with_stated_counts(text, answer, self.data)
            # "What share of the levy had the port not collected?": 100% less the share the
            # sources state it had collected, the question without its negation answering that.
            answer = with_share_complement(
                text, answer, self.data, lambda positive: self._ask(positive, [], id)
            )
        if said and asks_part_of_last(text) and gives_again(answer.answer, said):
            # The earlier question's words found the whole again: the part is looked for by the
            # turn's own words, which name it, with the names the earlier question gave the
            # whole by (a program's part is told from another's only by the program), else alone.
            names = " ".join(
                dict.fromkeys(
                    name
                    for kind, name, _, _ in composer.name_spans(resolved.context)
                    if kind in _OWNERS_OF_PARTS
                )
            )
            for leaning in dict.fromkeys([names, ""]):
                alone = composer.compose(resolved.question, leaning, composer.scope.check(text))
                if not alone.abstained and not gives_again(alone.answer, said):
                    answer = alone
                    break
        return _as_asked(answer, asked, id, earlier=earlier, derived=resolved.derived)

    def _leaning_on_last_answer(
        self,
        composer: Composer,
        text: str,
        resolved: ResolvedQuestion,
        turns: list[Turn],
        said: str,
    ) -> Answer | None:
        """A turn the sources seemed not to answer, asked again leaning on the earlier question
        and on what the last answer stated (its cited sentences, without markers): a turn
        that refers to a thing only the answer named ("that phase", "the study", "the price
        tag") is then asked of that thing. None when the last answer stated nothing (it was a
        refusal too) or the turn leaning on it is still not answered."""
        stated = stated_by(turns[-1].content)
        if not stated:
            return None
        earlier = [t.content for t in turns if t.role == "user"]
        context = " ".join([resolved.context or earlier[-1], stated])
        scope = composer.scope.check(composer.unattributed(text))
        if not scope.covered and not scope.unknown:
            scope = composer.scope.check(f"{resolved.question} {context}")
        if not scope.covered:
            return None
        leaning = composer.compose(resolved.question, context, scope, said or turns[-1].content)
        return None if leaning.abstained else leaning

    def _rule_steps(self) -> list[RuleStep]:
        return [
            RuleStep(
                rule.from_year,
                rule.threshold_usd,
                tuple(rule.shares[k] for k in sorted(rule.shares)),
            )
            for rule in self.data.rules
        ]

    def _calculated(
        self,
        question: str,
        calculation: Route,
        composer: Composer,
        sourced: tuple[str, ...] = (),
        sources: tuple[str, ...] = (),
    ) -> Answer:
        """An answer worked out by the calculator, each call recorded and its inputs cited.
        ``sourced``: the rows of the named ``sources`` that state the offset rule applied; an
        obligation then cites those (and its other rows of those sources) only."""
        from assistant.calculator.operations import calculate

        calls: list[ToolCall] = []
        cited = CitationList(composer.row_citation)

        def cite(row_ids: list[str]) -> str:
            return cited.rows([self.data.row(row_id) for row_id in row_ids])

        paragraphs = []
        requests = list(calculation.requests)
        if calculation.lead:
            paragraphs.append(f"{calculation.lead} {cite(calculation.cites)}".strip())
        obligations: list[CalcResult] = []
        labels = list(calculation.labels)
        for request, label in _with_derived(requests, labels, obligations, calculation):
            arguments = request.model_dump(exclude_none=True)
            try:
                result = calculate(request, self.data)
            except CalculationError as exc:
                calls.append(
                    ToolCall(name="calculator", input=arguments, output={"error": str(exc)})
                )
                return Answer(
                    question=question,
                    answer=say("cannot_calculate", reason=exc),
                    tool_calls=calls,
                    abstained=True,
                )
            calls.append(
                ToolCall(name="calculator", input=arguments, output=result.model_dump(mode="json"))
            )
            if _is_obligation(request):
                obligations.append(result)
            summary = result.summary
            if label is not None and result.display:
                summary = label(result.display)
            cites = result.cites
            if sourced and request.operation == "offset_obligation":
                own = [c for c in cites if self.data.row(c).source in sources]
                if len(own) < len(cites):
                    cites = list(dict.fromkeys([*sourced, *own]))
            lines = [f"{summary} {cite(cites)}".strip()]
            lines.append("Working: " + "; ".join(result.working) + ".")
            lines += result.notes
            paragraphs.append("\n".join(lines))
        if not cited.items:
            # A figure restated by an ask the reading left out ("…, and is that above the
            # 2 million yen ceiling?") is looked for in the whole question.
            read = calculation.read_as or question
            if not all(amount in read for amount in calculation.restated):
                read = question
            stating = _stating_units(composer, read, calculation.restated)
            if stating:
                # "The sources state these figures: <first> [1] <second> [2]"
                said = [
                    (display(unit.quote), cited.add(unit_citation(composer.index, unit, 1)))
                    for unit in stating
                ]
                sentence = " ".join(
                    [f"{text} [{marker}]" for text, marker in said[:-1]] + [said[-1][0]]
                )
                paragraphs.append(say("stated_figures", sentence=sentence, marker=said[-1][1]))
        return Answer(
            question=question,
            answer="\n\n".join(p for p in paragraphs if p),
            citations=cited.items,
            tool_calls=calls,
            disputed=calculation.disputed,
        )

    def retriever(self, k: int = 4) -> Any:
        """The hybrid retriever as a LangChain ``BaseRetriever``."""
        from assistant.search.retriever import HybridRetriever

        return HybridRetriever(index=self.index, k=k)


# A citation marker in an answer's text: "[3]".
_MARKER = lazy(r"\[(\d+)\]")


def _with_fact_asks(answer: Answer, asks: list[str], composer: Composer) -> Answer:
    """``answer`` (a calculation's) with each of ``asks`` (asks for the sources beside it) answered
    after it from the sources, its citations numbered on from the calculation's. An ask the
    sources do not answer is said to be unanswered, after the answers."""
    if answer.abstained or not asks:
        return answer
    cited = CitationList(composer.row_citation, answer.citations)
    paragraphs = [answer.answer]
    unanswered = []
    for ask in asks:
        part = composer.compose(ask, "", composer.scope.check(ask))
        if part.abstained or not part.citations:
            unanswered.append(ask)
            continue
        numbers = {c.marker: cited.add(c) for c in part.citations}
        paragraphs.append(
            _MARKER.sub(
                lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]",  # noqa: B023
                part.answer,
            )
        )
    if unanswered:
        paragraphs.append(say("part_unanswered", parts="; ".join(unanswered)))
    if len(paragraphs) == 1:
        return answer
    return answer.model_copy(update={"answer": "\n\n".join(paragraphs), "citations": cited.items})


def _is_obligation(request: CalculatorInput) -> bool:
    """Whether a request works out what one rule asks of a contract: the home rule's
    obligation, or one other country's rule alone (not two set side by side), whose result an
    offset offered or the threshold can then be measured against."""
    if request.operation == "offset_obligation":
        return True
    return request.operation == "compare_policies" and len(request.countries or []) == 1


def _with_derived(
    requests: list[CalculatorInput],
    labels: list[Label | None],
    obligations: list[CalcResult],
    calculation: Route,
) -> Iterator[tuple[CalculatorInput, Label | None]]:
    """The route's requests (each with its label), then what the question asks of the
    obligations they worked out (read as they come, so each figure is of the results shown):
    their sum, when it asks for them added up; the gap between each and the offset offered,
    when it asks how that offer measures up."""
    from assistant.calculator.arithmetic import parse_amount
    from assistant.calculator.operations import CalculatorInput

    for number, request in enumerate(requests):
        yield request, labels[number] if number < len(labels) else None
    owed = [r for r in obligations if r.result is not None and r.currency]
    # What an offer is measured against: each obligation, or their sum when that is asked.
    measured = [(Decimal(r.result or 0), r.currency or "") for r in owed]
    if calculation.total:
        read = next((r for r in requests if r.operation == "offset_obligation"), None)
        total = _total_of_obligations(obligations, owed, read)
        if total is not None:
            yield total, _total_label(obligations)
            added = sum((Decimal(r.result or 0) for r in owed), Decimal(0))
            summed = format_money(added, owed[0].currency or "")
            if len({r.currency for r in owed}) == 1:
                measured = [(added, owed[0].currency or "")]
            for convert in calculation.total_converted:
                yield convert.model_copy(update={"amount": summed}), None
            dollars = _dollar_figures(owed)
            if dollars and len(dollars) + len(_below_threshold(obligations)) >= 2:
                terms = dollars + [format_money(Decimal(0), "USD")] * len(
                    _below_threshold(obligations) + _fms_case_by_case(obligations)
                )
                yield (
                    CalculatorInput(operation="evaluate", expression=" + ".join(terms)),
                    lambda result: say("obligations_total_usd", result=result),
                )
    if calculation.below:
        yield from _threshold_gaps(obligations)
    if calculation.difference and len(owed) == 2 and len({r.currency for r in owed}) == 1:
        larger, smaller = sorted(owed, key=lambda r: -Decimal(r.result or 0))
        high, low = (
            format_money(Decimal(r.result or 0), r.currency or "") for r in (larger, smaller)
        )
        yield (
            CalculatorInput(operation="evaluate", expression=f"{high} − {low}"),
            _difference_label(high, low),
        )
        dollars = _dollar_figures([larger, smaller])
        if dollars:
            high_usd, low_usd = dollars
            yield (
                CalculatorInput(operation="evaluate", expression=f"{high_usd} − {low_usd}"),
                _dollar_difference_label(high_usd, low_usd),
            )
    try:
        offered = parse_amount(calculation.offered) if calculation.offered else None
    except CalculationError:
        offered = None  # an offer the calculator cannot read: no gap to work out
    if offered is not None:
        for value, currency in measured:
            required = format_money(value, currency)
            if currency != offered.currency:
                continue
            if offered.value > value:
                # An offer above the obligation: the margin is the positive amount it passes by.
                yield (
                    CalculatorInput(
                        operation="evaluate", expression=f"{calculation.offered} − {required}"
                    ),
                    _excess_label(calculation.offered, required),
                )
                continue
            yield (
                CalculatorInput(
                    operation="evaluate", expression=f"{required} − {calculation.offered}"
                ),
                _gap_label(calculation.offered, required),
            )


def _total_of_obligations(
    obligations: list[CalcResult], owed: list[CalcResult], read: CalculatorInput | None
) -> CalculatorInput | None:
    """The sum asked of several contracts' obligations: each one owed, and nothing (USD 0) for
    each contract below its threshold, so "in total" is answered even when only one contract
    triggers; read as the obligations are. None when there is nothing to add up."""
    from assistant.calculator.operations import CalculatorInput

    if not owed or len({r.currency for r in owed}) != 1:
        return None
    currency = owed[0].currency or ""
    below = _below_threshold(obligations) + _fms_case_by_case(obligations)
    if len(owed) + len(below) < 2:
        return None
    terms = [format_money(Decimal(r.result or 0), currency) for r in owed]
    terms += [format_money(Decimal(0), currency)] * len(below)
    places, scale = (read.places, read.scale) if read is not None else (None, None)
    return CalculatorInput(
        operation="evaluate", expression=" + ".join(terms), places=places, scale=scale
    )


def _below_threshold(obligations: list[CalcResult]) -> list[CalcResult]:
    """The contracts' obligations that their threshold does not trigger: each adds nothing."""
    return [r for r in obligations if r.operation == "offset_obligation" and r.triggers is False]


def _fms_case_by_case(obligations: list[CalcResult]) -> list[CalcResult]:
    """The FMS deals among the obligations that their rule decides case by case: none owes a
    mandatory offset, so each adds nothing to a sum of what must be sought. An FMS deal under a
    rule the sources leave unstated is left out, and then no sum is stated."""
    return [r for r in obligations if r.details.get("fms") == "case-by-case"]


def _total_label(obligations: list[CalcResult]) -> Label:
    """The sum of the obligations, naming the contracts that add nothing: below the threshold,
    or FMS deals decided case by case."""
    below = [str(r.details.get("contract_usd")) for r in _below_threshold(obligations)]
    fms = [str(r.details.get("contract_usd")) for r in _fms_case_by_case(obligations)]
    more = say("obligations_total_below", contracts=" and ".join(below)) if below else ""
    if fms:
        more += say("obligations_total_fms", contracts=" and ".join(fms))
    return lambda result: say("obligations_total", result=result, below=more)


def _threshold_gaps(
    obligations: list[CalcResult],
) -> Iterator[tuple[CalculatorInput, Label | None]]:
    """How far each contract checked falls short of the threshold it was checked against, or
    passes it: once per contract and threshold (both contract types share them)."""
    from assistant.calculator.arithmetic import parse_amount
    from assistant.calculator.operations import CalculatorInput

    seen = set()
    for result in obligations:
        contract, threshold = (result.details.get(k) for k in ("contract_usd", "threshold_usd"))
        if not contract or not threshold or (contract, threshold) in seen:
            continue
        seen.add((contract, threshold))
        # The larger first, so the working shows the margin as the positive amount it is.
        over = parse_amount(contract).value > parse_amount(threshold).value
        expression = f"{contract} − {threshold}" if over else f"{threshold} − {contract}"
        yield (
            CalculatorInput(operation="evaluate", expression=expression),
            _threshold_gap_label(contract, threshold, over),
        )


def _threshold_gap_label(contract: str, threshold: str, over: bool) -> Label:
    """The gap between a contract and the threshold: short of it by, or over it by."""

    def label(result: str) -> str:
        if over:
            return say("over_threshold_by", contract=contract, threshold=threshold, result=result)
        return say("short_of_threshold_by", contract=contract, threshold=threshold, result=result)

    return label


def _difference_label(high: str, low: str) -> Label:
    return lambda result: say("obligations_differ", high=high, low=low, result=result)


def _dollar_difference_label(high: str, low: str) -> Label:
    return lambda result: say("obligations_differ_usd", high=high, low=low, result=result)


def _dollar_figures(owed: list[CalcResult]) -> list[str]:
    """The dollar amounts of obligations worked out on contracts in another currency (each states
    its offset in the contract's currency and, at the rate used, in dollars, the currency the
    rule's threshold is set in), in order; empty when any is in dollars already or states no
    dollar figure, so a sum or a gap of them is worked out in dollars as well only then."""
    figures = [r.details.get("required_usd") for r in owed]
    if not owed or any(r.currency == "USD" for r in owed) or not all(figures):
        return []
    return [str(f) for f in figures]


def _gap_label(offered: str, required: str) -> Label:
    """How an offset offered measures up to the obligation: short by the gap, or covering it."""

    def label(result: str) -> str:
        if result.startswith(("−", "-")) or result.split()[-1] == "0":
            return say("offer_covers", offered=offered, required=required, result=result)
        return say("offer_gap", offered=offered, required=required, result=result)

    return label


def _excess_label(offered: str, required: str) -> Label:
    """An offer above the obligation, by how much it passes it."""
    return lambda result: say("offer_exceeds", offered=offered, required=required, result=result)


def _stating_units(composer: Composer, question: str, restated: tuple[str, ...] = ()) -> list[Unit]:
    """The source sentences that state the figures a computation takes from the question: the
    one that states two or more of them ("the port raised its fee from 5% to 8%") or the
    one figure the question restates as known ("the KRW 4 trillion purchase"); else, when no one
    sentence does, a sentence for each figure, if the best-ranked sentences state every figure
    the question gives (a threshold's first value in one sentence, its later one in another)."""
    asked = _asked_figures(question)
    known = {value for amount in restated for value in _asked_figures(amount)}
    if len(asked) < 2 and not known:
        return []
    ranked = [candidate.unit for candidate in composer.rank(question)[:10]]
    # The quote, not the unit's text: what is cited must state the figures.
    said = {id(unit): {value for _, value in figures(unit.quote)} for unit in ranked}
    stating = [
        unit
        for unit in ranked
        if len(asked & said[id(unit)]) >= 2 or (known and known <= said[id(unit)])
    ]
    # "KIET puts offsets at ...": a sentence of the source the question names comes first.
    named = [u for u in stating if _names_source(composer, question, u.source_id)]
    first = named or stating
    if first:
        return [first[0]]
    if len(asked) < 2:
        return []
    left, each = set(asked), []
    for unit in ranked:
        if left & said[id(unit)]:
            each.append(unit)
            left -= said[id(unit)]
        if not left:
            return each
    return []


def _source_names(index: KnowledgeIndex) -> set[str]:
    """What questions call the sources ("the Korea Economic Daily", "Asiae"): names of several
    words the speller reads a misspelt word of by the others ("Economic Dialy"), so the question
    is still read as naming its source, and words it never corrects though they are often in no
    source's text: respelt, the question would no longer say whose figures it asks for."""
    return {name for meta in index.sources.values() for name in meta.called}


def _asked_figures(text: str) -> set[Decimal]:
    """The values of the figures ``text`` states, an amount of money with a letter for its scale
    ("$84.3M", "$5.88B") at its scaled value: a currency before it makes the letter a scale, as
    the calculator reads it, and the sources write such an amount out in words."""
    found = {value for _, value in figures(text)}
    found |= {t.scaled().normalize() for t in lex(text) if t.currency and t.scale in LETTER_SCALES}
    return found


def _names_source(composer: Composer, question: str, source_id: str) -> bool:
    """Whether ``question`` names the source by its short name, one of its "/" alternatives
    ("KIET", "Korea Bizwire/Yonhap") or a name it is called by ("Asiae"), as a phrase."""
    meta = composer.index.source_meta(source_id)
    if meta is None:
        return False
    names = [re.sub(r"\(.*?\)", "", n).strip() for n in meta.short_name.split("/")]
    names += list(composer.called.get(source_id, ()))
    return any(n and re.search(rf"\b{re.escape(n)}\b", question, re.I) for n in names)


# The kinds of name whose packages have parts of the same kinds as another's (each program's
# offsets have their SME exports): a part is told apart only by them.
_OWNERS_OF_PARTS = frozenset({"programs", "companies"})


def _as_asked(
    answer: Answer,
    asked: str,
    id: str | int | None,
    earlier: Sequence[str] = (),
    derived: str = "",
) -> Answer:
    """The answer to the question as the user asked it, with its id. Its figures are traced
    against that question: a figure only a rewritten follow-up holds ("the 2025 report" for
    "what about China?") is no figure the user gave, and no answer states it. A refusal may
    say how the question was read ("nothing on this for 2025") only with a figure the user
    gave in this conversation (``earlier`` holds their earlier turns). A year the reading took
    from the knowledge instead ("when the program began" read as its first rule's year) would
    be a fact put forward uncited, so it is blanked like any untraced figure. ``derived``: the
    question as a step from the user's own earlier one made it ("the year before" their year),
    whose figures are theirs too."""
    answer.question = " ".join([asked, *earlier]) if answer.abstained else asked
    if derived and not answer.abstained:
        answer.question = f"{asked} {derived}"
    answer = without_untraced(answer)
    answer.question = asked
    answer.id = id
    return answer
