"""`tradebrief serve` keeps answering while another process ingests into the same home, and
answers from the new document once that process has committed it (within the refresh interval)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest
from serving import serve_copy

from assistant.settings import REPO_ROOT

pytestmark = pytest.mark.slow

KNOWN = "Who supplied the KC-X tankers?"
NEW_FACT = "The obsidian review panel will report to the minister in June 2026."
NEW_QUESTION = "When will the obsidian review panel report to the minister?"


def test_serve_answers_throughout_another_processes_ingest_and_sees_the_document_after(
    assistant, settings, tmp_path_factory, tmp_path
):
    from gradio_client import Client

    server = serve_copy(settings, tmp_path_factory)
    home = server.log.parent
    try:
        client = Client(server.url, verbose=False)
        assert "Airbus" in client.predict(KNOWN, [], api_name="/ask")["answer"]
        # A document of a few hundred sentences, so its ingest (embedding and writes) takes a while.
        filler = (
            "Paragraph {n} of the delegation's notes records that the offset guidelines for "
            "foreign contracts were discussed again without any decision being taken."
        )
        memo = tmp_path / "panel-notes.md"
        memo.write_text(
            "# Panel notes\n\n"
            + "\n\n".join(filler.format(n=n) for n in range(600))
            + f"\n\n{NEW_FACT}\n",
            encoding="utf-8",
        )

        answered: list[tuple[float, str]] = []
        failures: list[str] = []
        done = threading.Event()

        def keep_asking() -> None:
            asker = Client(server.url, verbose=False)
            while not done.is_set():
                try:
                    answer = asker.predict(KNOWN, [], api_name="/ask")
                    answered.append((time.monotonic(), answer["answer"]))
                except Exception as exc:  # every failure is a finding: collect, assert below
                    failures.append(repr(exc))

        asking = threading.Thread(target=keep_asking, daemon=True)
        asking.start()
        env = {**os.environ, "TRADEBRIEF_HOME": str(home), "HF_HUB_OFFLINE": "1"}
        began = time.monotonic()
        ingest = subprocess.run(
            [sys.executable, "-m", "assistant.cli", "ingest", str(memo)],
            capture_output=True,
            env=env,
            cwd=REPO_ROOT,
            timeout=600,
        )
        committed = time.monotonic()
        assert ingest.returncode == 0, ingest.stderr.decode()
        assert "added" in ingest.stdout.decode()

        # Now the new document: answered from it within the refresh interval (5 s), plus margin.
        cited = None
        after: list[str] = []
        while time.monotonic() < committed + settings.refresh_seconds + 20:
            try:
                answer = client.predict(NEW_QUESTION, [], api_name="/ask")
            except Exception as exc:
                after.append(repr(exc))
                time.sleep(0.5)
                continue
            found = [c for c in answer["citations"] if c["source_id"] == "panel-notes"]
            if found:
                cited = (time.monotonic() - committed, found[0]["quote"], answer["answer"])
                break
            time.sleep(0.5)
        done.set()
        asking.join(timeout=60)

        during = [text for at, text in answered if began <= at <= committed]
        print(
            f"ingest {committed - began:.1f} s: {len(during)} answers during it, "
            f"{len(failures)} failures meanwhile, {len(after)} failures after it {after[:1]}"
        )
        assert not failures, failures[:3]
        assert not after, after[:3]
        assert len(during) >= 3, f"only {len(during)} answers during the ingest"
        assert all("Airbus" in text for _, text in answered)
        assert cited is not None, "the new document was never cited"
        seen_after, quote, text = cited
        assert "June 2026" in quote and "2026" in text
        assert seen_after <= settings.refresh_seconds + 20
        print(
            f"ingest {committed - began:.1f} s, {len(during)} answers during it, "
            f"new document cited {seen_after:.1f} s after the commit"
        )
    finally:
        server.stop()
