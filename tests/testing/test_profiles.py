"""The fake server's provider profiles answer as each provider documents."""

from __future__ import annotations

import httpx
import pytest

from factx.testing import BatchEngine, FakeOpenAI, answer
from tests.helpers import GOOD

BODY = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 10}


def test_the_reasoning_fake_answers_the_old_shape_as_openai_documents() -> None:
    with FakeOpenAI([answer(GOOD)], profile="reasoning") as server:
        sent = {"model": "o3", "messages": [], "max_tokens": 10}
        refused = httpx.post(f"{server.url}/chat/completions", json=sent).json()["error"]
    assert refused == {
        "message": "Unsupported parameter: 'max_tokens' is not supported with this model. "
        "Use 'max_completion_tokens' instead.",
        "type": "invalid_request_error",
        "param": "max_tokens",
        "code": "unsupported_parameter",
    }


@pytest.mark.parametrize(
    ("profile", "headers", "status", "error"),
    [
        ("openai", {"authorization": "Bearer wrong"}, 401, "invalid_api_key"),
        ("anthropic", {"x-api-key": "wrong"}, 401, "authentication_error"),
        ("azure", {"api-key": "wrong"}, 401, "401"),
    ],
)
def test_a_wrong_key_gets_the_providers_own_401(
    profile: str, headers: dict[str, str], status: int, error: str
) -> None:
    with FakeOpenAI([answer(GOOD)], profile=profile, key="right") as server:
        response = httpx.post(f"{server.url}/chat/completions", json=BODY, headers=headers)
    assert response.status_code == status and error in response.text
    assert "right" not in response.text


def test_azure_without_api_version_is_a_bare_404() -> None:
    with FakeOpenAI([answer(GOOD)], profile="azure") as server:
        url = f"{server.origin}/openai/deployments/gpt/chat/completions"
        response = httpx.post(url, json=BODY)
    assert response.status_code == 404 and "Resource not found" in response.text


def test_azure_batch_api_is_under_openai_with_an_api_version_and_the_api_key() -> None:
    with FakeOpenAI(
        [answer(GOOD)], profile="azure", key="k", batches=BatchEngine(answer(GOOD))
    ) as s:
        dated = httpx.get(
            f"{s.origin}/openai/batches?api-version=2024-10-21", headers={"api-key": "k"}
        )
        v1 = httpx.get(f"{s.origin}/openai/v1/batches", headers={"api-key": "k"})
        bare = httpx.get(f"{s.origin}/openai/batches", headers={"api-key": "k"})
        bearer = httpx.get(f"{s.origin}/openai/v1/batches", headers={"authorization": "Bearer k"})
        openai_path = httpx.get(f"{s.origin}/v1/batches", headers={"api-key": "k"})
    assert dated.json()["object"] == v1.json()["object"] == "list"
    assert (bare.status_code, bearer.status_code, openai_path.status_code) == (404, 401, 404)


def test_ollama_answers_past_its_window_but_cuts_the_prompt() -> None:
    long = {**BODY, "messages": [{"role": "user", "content": "word " * 4000}]}
    with FakeOpenAI([answer(GOOD)], profile="ollama", window=1000) as server:
        response = httpx.post(f"{server.url}/chat/completions", json=long)
    assert response.status_code == 200 and server.truncated
