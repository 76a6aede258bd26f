"""Provider profiles: recognition, keys, request shape, and one real `factx extract` per
provider against the fake server behaving like it (reached under the provider's own host name
through FACTX_CONNECT_TO: no DNS, no flag where the host identifies the provider)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factx.errors import FactxError
from factx.llm.config import LLMConfig, parse_params
from factx.llm.providers import (
    BY_NAME,
    detect,
    diagnose,
    endpoint,
    find_key,
    is_reasoning,
)
from factx.schemas import ArticleResult
from factx.testing import Exchange, FakeOpenAI, answer
from factx.testing.profiles import prompt_tokens
from tests.helpers import ARTICLE, GOOD
from tests.helpers import run_factx as factx

KEY = "sk-test-0123456789abcdef0123"


@pytest.mark.parametrize(
    ("url", "name"),
    [
        (None, "openai"),
        ("https://api.openai.com/v1", "openai"),
        ("https://res.openai.azure.com/openai/deployments/d", "azure"),
        ("https://res.cognitiveservices.azure.com", "azure"),
        ("https://api.anthropic.com/v1/", "anthropic"),
        ("https://generativelanguage.googleapis.com/v1beta/openai/", "gemini"),
        ("https://openrouter.ai/api/v1", "openrouter"),
        ("https://api.groq.com/openai/v1", "groq"),
        ("https://api.together.xyz/v1", "together"),
        ("https://api.mistral.ai/v1", "mistral"),
        ("https://api.deepseek.com", "deepseek"),
        ("http://127.0.0.1:11434/v1", "ollama"),
        ("http://localhost:8000/v1", "vllm"),
        ("http://192.168.1.5:8080/v1", "llamacpp"),
        ("http://localhost:1234/v1", "lmstudio"),
        ("https://api.example.com:8000/v1", "generic"),  # a port means nothing off this host
        ("https://evil-openai.com/v1", "generic"),
        ("https://api.openai.com.evil.com/v1", "generic"),
    ],
)
def test_profiles_are_recognised_by_host_or_local_port(url: str | None, name: str) -> None:
    assert detect(url).name == name


def test_a_named_provider_wins_and_an_unknown_one_is_one_line() -> None:
    assert detect("http://127.0.0.1:9/v1", "ollama").name == "ollama"
    with pytest.raises(FactxError, match="unknown --provider 'olama'; choose from openai"):
        detect(None, "olama")


@pytest.mark.parametrize(
    ("model", "reasoning"),
    [
        ("o1", True),
        ("o1-mini", True),
        ("o3-mini-2025-01-31", True),
        ("o4-mini", True),
        ("gpt-5", True),
        ("gpt-5.1", True),
        ("gpt-5-mini", True),
        ("openai/o3-mini", True),
        ("gpt-4o-mini", False),
        ("gpt-4.1", False),
        ("llama3.1", False),
        ("claude-sonnet-4-5", False),
        ("mistral-large-o1", False),
    ],
)
def test_reasoning_models_are_recognised_by_name(model: str, reasoning: bool) -> None:
    assert is_reasoning(model) is reasoning


def _key(provider: str, key_env: str | None, environ: dict[str, str]) -> tuple[str, str] | None:
    """The value and source of the key `find_key` gives `provider`, if any."""
    key = find_key(BY_NAME[provider], key_env, environ)
    return None if key is None else (key.value, key.source)


def test_openai_key_goes_to_openai_only() -> None:
    env = {"OPENAI_API_KEY": "openai-secret-value", "ANTHROPIC_API_KEY": "anthropic-value"}
    assert _key("openai", None, env) == ("openai-secret-value", "$OPENAI_API_KEY")
    assert _key("anthropic", None, env) == ("anthropic-value", "$ANTHROPIC_API_KEY")
    assert _key("generic", None, env) is None
    assert _key("ollama", None, {"OPENAI_API_KEY": "x"}) is None
    both = {**env, "FACTX_API_KEY": "factx-value"}
    assert _key("generic", None, both) == ("factx-value", "$FACTX_API_KEY")
    assert _key("generic", "MY_CRED", {"MY_CRED": "c"}) == ("c", "$MY_CRED")
    with pytest.raises(FactxError, match="--api-key-env MY_CRED: .* not set"):
        find_key(BY_NAME["generic"], "MY_CRED", {})


def test_azure_resource_url_becomes_the_deployment_url() -> None:
    azure = BY_NAME["azure"]
    url, query = endpoint(azure, "https://res.openai.azure.com", "my-dep")
    assert url == "https://res.openai.azure.com/openai/deployments/my-dep"
    assert query == {"api-version": "2024-10-21"}
    url, query = endpoint(
        azure, "https://r.openai.azure.com/openai/deployments/d?api-version=x", "m"
    )
    assert (url, query) == ("https://r.openai.azure.com/openai/deployments/d", {"api-version": "x"})
    assert endpoint(azure, "https://r.openai.azure.com/openai/v1", "m")[1] == {}


def _diagnosed(
    status: int | None, message: str, provider: str = "anthropic", key_source: str | None = "$K"
) -> str | None:
    """The one line `diagnose` gives, or None where the error is not a run-level one."""
    problem = diagnose(
        status, message, provider=BY_NAME[provider], model="m", url="u", key_source=key_source
    )
    return None if problem is None else problem.line()


def test_diagnose_names_cause_and_fix_only_for_run_level_errors() -> None:
    line = _diagnosed(401, "invalid x-api-key") or ""
    assert "refused the API key" in line and "ANTHROPIC_API_KEY" in line and "$K" in line
    assert "not found" in (_diagnosed(404, "") or "")
    assert "--no-temperature" in (_diagnosed(400, "Unsupported value: x") or "")
    assert "cannot reach u" in (_diagnosed(None, "refused") or "")
    assert _diagnosed(400, "maximum context length is 4096") is None
    assert _diagnosed(429, "slow down") is None
    assert _diagnosed(401, "", provider="generic", key_source=None) == (
        "the server at u refused the API key (HTTP 401, no key was sent); "
        "set a valid key in $FACTX_API_KEY, or name its variable with --api-key-env"
    )


def test_params_are_json_when_they_parse() -> None:
    assert parse_params(["a=1", "b=low", 'c={"x": 2}', "d="]) == {
        "a": 1,
        "b": "low",
        "c": {"x": 2},
        "d": "",
    }
    with pytest.raises(FactxError, match="--param 'oops': expected KEY=VALUE"):
        parse_params(["oops"])


def test_a_base_url_that_is_not_http_is_refused() -> None:
    for bad in ("not a url", "ftp://x", "http://"):
        with pytest.raises(FactxError, match="not an http"):
            LLMConfig(base_url=bad)


def extract(
    tmp_path: Path, server: FakeOpenAI, *args: str, env: dict[str, str], text: str = ARTICLE
) -> tuple[ArticleResult, Exchange]:
    """Run `factx extract` on one article; its single result and the first exchange."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run = factx("extract", str(tmp_path / "a.txt"), "-o", str(out), *args, env=env)
    assert run.returncode == 0, run.stderr
    (line,) = out.read_text(encoding="utf-8").splitlines()
    return ArticleResult.model_validate_json(line), server.exchanges[0]


def test_openai_reasoning_model(tmp_path: Path) -> None:
    with FakeOpenAI([answer(GOOD)], profile="reasoning", key=KEY) as server:
        env = {"OPENAI_API_KEY": KEY, "FACTX_CONNECT_TO": f"api.openai.com={server.origin}"}
        result, sent = extract(tmp_path, server, "--model", "o3-mini", env=env)
    assert result.status == "ok" and result.provenance.mode == "tools"
    assert sent.headers["host"] == "api.openai.com" and sent.path == "/v1/chat/completions"
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.body["max_completion_tokens"] == 8192
    assert "max_tokens" not in sent.body and "temperature" not in sent.body
    assert "tools" in sent.body


def test_anthropic_gets_tool_calls_and_its_own_key_only(tmp_path: Path) -> None:
    with FakeOpenAI([answer(GOOD)], profile="anthropic", key="anthropic-key-123") as server:
        env = {
            "ANTHROPIC_API_KEY": "anthropic-key-123",
            "OPENAI_API_KEY": "openai-key-must-not-travel",
            "FACTX_CONNECT_TO": f"api.anthropic.com={server.origin}",
        }
        args = ("--base-url", "https://api.anthropic.com/v1/", "--model", "claude-sonnet-4-5")
        result, sent = extract(tmp_path, server, *args, env=env)
    assert result.status == "ok" and result.provenance.mode == "tools"
    assert sent.headers["authorization"] == "Bearer anthropic-key-123"
    assert "openai-key-must-not-travel" not in json.dumps(sent.headers)
    assert "tools" in sent.body and "response_format" not in sent.body
    assert sent.body["max_tokens"] == 8192 and sent.body["temperature"] == 0


def test_anthropic_ignores_json_schema_as_documented(tmp_path: Path) -> None:
    with FakeOpenAI([answer(GOOD)], profile="anthropic") as server:
        env = {
            "ANTHROPIC_API_KEY": "k" * 12,
            "FACTX_CONNECT_TO": f"api.anthropic.com={server.origin}",
        }
        (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
        args = ("--base-url", "https://api.anthropic.com/v1/", "--mode", "json_schema")
        run = factx("extract", str(tmp_path / "a.txt"), "--max-retries", "0", *args, env=env)
    assert run.returncode == 1 and '"status":"failed"' in run.stdout


def test_azure_deployment_api_version_and_api_key_header(tmp_path: Path) -> None:
    with FakeOpenAI([answer(GOOD)], profile="azure", key="azure-key-1234", models=("dep",)) as s:
        env = {
            "AZURE_OPENAI_API_KEY": "azure-key-1234",
            "FACTX_CONNECT_TO": f"res.openai.azure.com={s.origin}",
        }
        args = ("--base-url", "https://res.openai.azure.com", "--model", "dep")
        result, sent = extract(tmp_path, s, *args, env=env)
    assert result.status == "ok" and result.provenance.mode == "tools"
    assert sent.path == "/openai/deployments/dep/chat/completions"
    assert sent.query == {"api-version": "2024-10-21"}
    assert sent.headers["api-key"] == "azure-key-1234" and "authorization" not in sent.headers


def long_article(paragraphs: int) -> str:
    return "\n\n".join([ARTICLE] * paragraphs)


def test_ollama_default_window_cannot_hold_the_instructions(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with FakeOpenAI([answer(GOOD)], profile="ollama") as server:
        run = factx(
            "extract",
            str(tmp_path / "a.txt"),
            "--base-url",
            "http://localhost:11434/v1",
            env={"FACTX_CONNECT_TO": f"localhost:11434={server.origin}"},
        )
    assert run.returncode == 2 and server.requests == []
    assert "context window of 4,096" in run.stderr and "OLLAMA_CONTEXT_LENGTH" in run.stderr


def test_the_ollama_fake_cuts_what_a_wrong_window_lets_through(tmp_path: Path) -> None:
    with FakeOpenAI([answer(GOOD)], profile="ollama", window=3000) as server:
        env = {"FACTX_CONNECT_TO": f"localhost:11434={server.origin}"}
        args = ("--base-url", "http://localhost:11434/v1", "--context-window", "100000")
        extract(tmp_path, server, *args, env=env)
    assert server.truncated, "a prompt past the server's window is cut silently, as Ollama does"


@pytest.mark.parametrize(
    ("profile", "port"), [("ollama", 11434), ("vllm", 8000), ("llamacpp", 8080)]
)
def test_local_servers_get_articles_split_to_their_window(
    tmp_path: Path, profile: str, port: int
) -> None:
    """Ollama would cut a longer prompt silently, vLLM and llama.cpp would refuse it."""
    window = 6500
    with FakeOpenAI([answer(GOOD)], profile=profile, window=window, models=("qwen",)) as server:
        env = {"FACTX_CONNECT_TO": f"localhost:{port}={server.origin}"}
        args = ("--base-url", f"http://localhost:{port}/v1", "--model", "qwen")
        result, sent = extract(
            tmp_path,
            server,
            *args,
            "--context-window",
            str(window),
            env=env,
            text=long_article(16),
        )
    assert result.status == "ok" and result.provenance.mode == "json_schema"
    assert len(server.requests) >= 2, "the article was split to fit the window"
    assert server.truncated == [], "no prompt reached the server longer than its window"
    assert "response_format" in sent.body and sent.body["temperature"] == 0
    assert "authorization" not in sent.headers
    for body in server.requests:
        assert prompt_tokens(body) + body["max_tokens"] <= window
