"""Answer feedback: ratings kept in SQLite (concurrent writers, nothing lost when a process dies),
listed, counted, and exported as draft evaluation cases that `tradebrief eval` skips."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml

from assistant.answers import Answer, Citation, ToolCall
from assistant.app.feedback import FeedbackStore
from assistant.cli import main
from assistant.errors import InputError
from assistant.evaluation.cases import EvalCase, load_cases, reviewed
from assistant.evaluation.drafts import cases_yaml, draft_case
from assistant.settings import REPO_ROOT, Settings

QUESTION = "How much did Korea obtain in offsets from 2016 to 2020?"
ANSWER = Answer(
    question=QUESTION,
    answer="Korea obtained USD 7.99 billion in offsets from 2016 to 2020. [1]",
    citations=[
        Citation(
            marker=1, source_id="003_ef00d9b87152a25b", title="KIET", quote="q", start=0, end=1
        )
    ],
)
CALCULATED = Answer(
    question="What is 30% of $25 million?",
    answer="30% of USD 25,000,000 is USD 7,500,000.",
    tool_calls=[ToolCall(name="calculator", input={}, output={})],
)


def _store(tmp_path: Path) -> FeedbackStore:
    return FeedbackStore(tmp_path / "feedback.sqlite3")


def _add(path: str, number: int) -> int:
    """One rating, as a separate process writes it."""
    answer = ANSWER.model_copy(update={"question": f"question {number}"})
    return FeedbackStore(Path(path)).add("down", answer.question, [], answer, {}, user=f"u{number}")


def test_a_rating_keeps_the_question_history_answer_hashes_time_and_user(tmp_path):
    store = _store(tmp_path)
    history = [{"role": "user", "content": "Earlier question?"}]
    hashes = {"003_ef00d9b87152a25b": "abc123"}
    ident = store.add("down", QUESTION, history, ANSWER, hashes, user="ana")
    store.comment(ident, "  The KIET figure is 7.99 trillion won, not dollars.  ")
    [entry] = store.entries()
    assert (entry.id, entry.rating, entry.user, entry.question) == (ident, "down", "ana", QUESTION)
    assert entry.history == history and entry.source_hashes == hashes
    assert entry.answer == ANSWER
    assert entry.comment == "The KIET figure is 7.99 trillion won, not dollars."
    assert entry.time.endswith("+00:00") and entry.category == "answer"


def test_only_thumbs_down_ratings_are_listed_as_disliked_and_stats_count_by_day_and_category(
    tmp_path,
):
    store = _store(tmp_path)
    store.add("down", QUESTION, [], ANSWER, {})
    store.add("up", QUESTION, [], ANSWER, {})
    store.add("up", CALCULATED.question, [], CALCULATED, {})
    assert [e.rating for e in store.entries(disliked=True)] == ["down"]
    stats = store.stats()
    [day] = stats["day"]
    assert stats["day"][day] == {"up": 2, "down": 1}
    assert stats["category"]["answer"] == {"up": 1, "down": 1}
    assert stats["category"]["calculator"] == {"up": 1}


def test_bad_ratings_and_comments_are_refused_and_store_nothing(tmp_path):
    store = _store(tmp_path)
    with pytest.raises(InputError, match="up or down"):
        store.add("meh", QUESTION, [], ANSWER, {})  # type: ignore[arg-type]
    with pytest.raises(InputError, match="too long"):
        store.add("down", QUESTION, [], ANSWER, {}, comment="x" * 5000)
    with pytest.raises(InputError, match="no feedback with id 7"):
        store.comment(7, "hello")
    assert store.entries() == []


def test_twenty_concurrent_writes_from_threads_all_land(tmp_path):
    store = _store(tmp_path)
    with ThreadPoolExecutor(max_workers=20) as pool:
        ids = list(pool.map(lambda n: _add(str(store.path), n), range(20)))
    assert len(set(ids)) == 20
    entries = store.entries()
    assert sorted(e.question for e in entries) == sorted(f"question {n}" for n in range(20))
    assert len({e.user for e in entries}) == 20  # each user their own row


def test_twenty_concurrent_writes_from_processes_all_land(tmp_path):
    store = _store(tmp_path)
    store.entries()  # nothing there yet, and nothing created by looking
    assert not store.path.exists()
    with ProcessPoolExecutor(20, mp_context=multiprocessing.get_context("fork")) as pool:
        ids = list(pool.map(_add, [str(store.path)] * 20, range(20)))
    assert len(set(ids)) == 20
    assert sorted(e.id for e in store.entries()) == sorted(ids)


def test_a_rating_is_kept_when_the_writing_process_is_killed_right_after(tmp_path):
    store = _store(tmp_path)
    script = (
        "import os, signal, sys\n"
        "from assistant.app.feedback import FeedbackStore\n"
        "from assistant.answers import Answer\n"
        "answer = Answer(question='q', answer='a')\n"
        "FeedbackStore(__import__('pathlib').Path(sys.argv[1])).add('down', 'q', [], answer, {})\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(store.path)], cwd=REPO_ROOT, capture_output=True
    )
    assert done.returncode == -9
    assert [e.question for e in store.entries()] == ["q"]


def test_a_disliked_answer_becomes_a_draft_case_with_its_question_sources_figures_and_comment():
    history = [{"role": "user", "content": "Earlier question?"}]
    case = draft_case(12, QUESTION, history, ANSWER, "wrong currency")
    assert (case.id, case.category, case.status) == ("feedback-12", "feedback", "draft")
    assert case.question == QUESTION and [t.content for t in case.history] == ["Earlier question?"]
    assert case.sources == ("003_ef00d9b87152a25b",)
    assert case.values == ("7.99 billion",)  # the question's years are not the answer's figures
    assert case.note and "wrong currency" in case.note and "7.99 billion" in case.note


def test_draft_cases_round_trip_through_the_evals_format_and_are_skipped_until_reviewed(tmp_path):
    path = tmp_path / "drafts.yaml"
    path.write_text(cases_yaml([draft_case(1, QUESTION, [], ANSWER, "")]), encoding="utf-8")
    [case] = load_cases([path])
    assert case.draft and yaml.safe_load(path.read_text())[0]["status"] == "draft"
    kept, skipped = reviewed([case])
    assert (kept, skipped) == ([], 1)
    # A draft may lack what an answered case needs; once reviewed it must have it.
    with pytest.raises(ValueError, match="needs facts, values or a tool"):
        EvalCase(id="x", category="c", question="q?", status="reviewed")
    EvalCase(id="x", category="c", question="q?", status="draft")


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_feedback_commands_list_export_and_count(tmp_path, capsys):
    store = FeedbackStore(Settings.from_env().feedback_db)
    down = store.add("down", QUESTION, [], ANSWER, {}, comment="wrong currency")
    store.add("up", CALCULATED.question, [], CALCULATED, {})
    code, out, _ = _run(capsys, "feedback", "list", "--disliked")
    assert code == 0 and out.count("\n") == 1
    assert f"#{down}" in out and "wrong currency" in out
    code, out, _ = _run(capsys, "feedback", "export")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["rating"] for r in rows] == ["down", "up"]
    assert rows[0]["answer"] == ANSWER.model_dump(mode="json")
    target = tmp_path / "drafts.yaml"
    code, _, err = _run(capsys, "feedback", "export", "--disliked", "--as-eval", str(target))
    assert code == 0 and "1 draft case" in err
    [case] = load_cases([target])
    assert case.id == f"feedback-{down}" and case.draft
    code, out, _ = _run(capsys, "feedback", "stats")
    assert "by day" in out and "calculator" in out and "answer" in out


def test_eval_says_how_many_drafts_it_skipped(tmp_path, capsys):
    path = tmp_path / "drafts.yaml"
    path.write_text(cases_yaml([draft_case(1, QUESTION, [], ANSWER, "")]), encoding="utf-8")
    code, _, err = _run(capsys, "eval", str(path))
    assert code == 2
    assert "skipped 1 draft case(s)" in err and "every case given is a draft" in err


def test_feedback_export_as_eval_needs_a_file_in_an_existing_folder(tmp_path, capsys):
    code, _, err = _run(capsys, "feedback", "export", "--as-eval", str(tmp_path / "no" / "x.yaml"))
    assert code == 2 and "existing folder" in err
    code, _, err = _run(capsys, "feedback", "list", "--as-eval", str(tmp_path / "x.yaml"))
    assert code == 2 and "goes with export" in err
    assert os.listdir(tmp_path) == []
