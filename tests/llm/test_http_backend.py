"""The OpenAI-compatible HTTP backend against a real server on loopback: llama.cpp's own HTTP
server (started by xllamacpp with the session's SmolLM2 model), plus a port nobody listens on."""

from __future__ import annotations

import socket
import time

import pytest

from newsweave.config import Settings
from newsweave.errors import LLMError
from newsweave.llm.http import OpenAIChatBackend, normalise_base_url
from newsweave.pipeline.registry import summarizers


def make_summarizer(settings):
    return summarizers.create(settings.method, settings)


pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def url(smol):
    return smol.http_address + "/v1"


def test_chat_over_http(url):
    with OpenAIChatBackend(url, "smollm2-135m", timeout=60) as backend:
        assert "smollm2-135m" in backend.models()
        answer = backend.chat([{"role": "user", "content": "Name one colour."}], max_tokens=12)
    assert isinstance(answer, str) and answer.strip()


def test_the_only_model_is_used_when_none_is_named(url):
    with OpenAIChatBackend(url, None, timeout=60) as backend:
        assert backend.chat([{"role": "user", "content": "Say yes."}], max_tokens=4).strip()
        assert backend.model in backend.models()


def test_wrong_model_name_is_named_in_the_error(url):
    with OpenAIChatBackend(url, "gpt-9-turbo", timeout=30) as backend:
        with pytest.raises(LLMError) as info:
            backend.chat([{"role": "user", "content": "Hi"}], max_tokens=4)
    assert "'gpt-9-turbo' is not served" in info.value.message
    assert "smollm2-135m" in info.value.message
    assert info.value.hint


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_endpoint_down_fails_fast_after_retries():
    url = f"http://127.0.0.1:{free_port()}/v1"
    backend = OpenAIChatBackend(url, "m", timeout=30, retries=2, backoff=0.2)
    start = time.monotonic()
    with pytest.raises(LLMError, match="cannot reach the LLM endpoint") as info:
        backend.chat([{"role": "user", "content": "Hi"}])
    elapsed = time.monotonic() - start
    assert "start the server" in info.value.hint
    assert 0.5 <= elapsed < 10  # two backoff waits (0.2 + 0.4 s), then a clear error


def test_slow_answer_times_out(url):
    backend = OpenAIChatBackend(url, "smollm2-135m", timeout=0.3, retries=0)
    start = time.monotonic()
    with pytest.raises(LLMError, match="did not answer within"):
        backend.chat([{"role": "user", "content": "Write a long story about a harbour."}], max_tokens=150)
    assert time.monotonic() - start < 5


def test_a_server_that_accepts_but_never_answers_times_out():
    # A real listening socket that never replies (a hung server), not a mock of the client.
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(4)
        url = f"http://127.0.0.1:{server.getsockname()[1]}/v1"
        backend = OpenAIChatBackend(url, "m", timeout=0.5, check_model=False)
        start = time.monotonic()
        with pytest.raises(LLMError, match="did not answer within 0.5 s"):
            backend.chat([{"role": "user", "content": "Hi"}])
        assert time.monotonic() - start < 3


def test_summarize_through_http_settings(url, example_docs):
    summarizer = make_summarizer(Settings(method="llm", llm_url=url, llm_model="smollm2-135m", llm_timeout=240))
    summary = summarizer.summarize(example_docs, words=80, story_id="h1")
    assert summary.method == "llm", summary.warnings
    assert summary.sentences
    by_id = {d.article.id: d.article.text for d in example_docs}
    for s in summary.sentences:
        assert s.support in {"supported", "replaced"}
        for c in s.citations:
            assert by_id[c.article_id][c.start : c.end].strip()


def test_down_endpoint_in_settings_gives_the_extractive_summary(example_docs):
    summarizer = make_summarizer(Settings(method="llm", llm_url=f"http://127.0.0.1:{free_port()}", llm_model="m", llm_timeout=5))
    summary = summarizer.summarize(example_docs, words=60)
    assert summary.method == "extractive" and summary.sentences
    assert any("cannot reach the LLM endpoint" in w for w in summary.warnings), summary.warnings


@pytest.mark.parametrize(
    ("given", "expect"),
    [
        ("http://h:8080", "http://h:8080/v1"),
        ("http://h:8080/", "http://h:8080/v1"),
        ("http://h:11434/v1/", "http://h:11434/v1"),
        ("https://api.example.com/v1/chat/completions", "https://api.example.com/v1"),
    ],
)
def test_normalise_base_url(given, expect):
    assert normalise_base_url(given) == expect


def test_bad_url_is_an_error():
    with pytest.raises(LLMError, match="not an HTTP URL"):
        normalise_base_url("localhost:8080")
