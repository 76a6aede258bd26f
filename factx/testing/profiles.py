"""How the fake server imitates particular providers: what each refuses, with the status code
and error body that provider documents, and what it does to prompts past its context window.

The error bodies are the ones the providers send (from their documentation and reported
exchanges): OpenAI's `unsupported_parameter` 400 for `max_tokens` on reasoning models,
Azure's 404 `DeploymentNotFound` and bare 404 without `api-version`, Anthropic's
`authentication_error`, vLLM's 400 past `--max-model-len`, llama.cpp's
`exceed_context_size_error`, Ollama's 404 for a model not pulled. Ollama does not refuse a
long prompt: it cuts it to its window and answers anyway; the fake records that in
`FakeOpenAI.truncated`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from factx.testing.server import Exchange, Reply

if TYPE_CHECKING:
    from factx.testing.server import FakeOpenAI

Refuse = Callable[[Exchange, "FakeOpenAI"], Reply | None]


@dataclass(frozen=True)
class Profile:
    """A provider's behaviour: `refuse` answers a request it would reject (None lets the
    script answer); `reshape` alters the scripted answer as that provider would."""

    name: str
    refuse: Refuse
    reshape: Callable[[Exchange, Reply], Reply] = lambda exchange, reply: reply


def prompt_tokens(body: dict[str, Any]) -> int:
    """The prompt's size as the fake counts it: four characters a token, schema included."""
    parts = {k: body[k] for k in ("messages", "tools", "response_format") if k in body}
    return len(json.dumps(parts, ensure_ascii=False)) // 4


def _reply_limit(body: dict[str, Any]) -> int:
    return int(body.get("max_completion_tokens") or body.get("max_tokens") or 0)


def _bearer(exchange: Exchange) -> str | None:
    value = exchange.headers.get("authorization", "")
    return value[len("Bearer ") :] if value.startswith("Bearer ") else None


def _openai_error(message: str, kind: str, param: str | None, code: str | None) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


def _openai_key(exchange: Exchange, server: FakeOpenAI, echo: bool) -> Reply | None:
    """401 unless the Bearer key is the server's. OpenAI masks the key it quotes; a proxy
    that echoes it whole (`echo`) is what the canary-key test needs."""
    sent = _bearer(exchange)
    if server.key is None or sent == server.key:
        return None
    shown = sent if echo else f"{(sent or '')[:3]}***{(sent or '')[-4:]}"
    return Reply(
        401,
        _openai_error(
            f"Incorrect API key provided: {shown}. You can find your API key at "
            "https://platform.openai.com/account/api-keys.",
            "invalid_request_error",
            None,
            "invalid_api_key",
        ),
    )


def _openai(exchange: Exchange, server: FakeOpenAI) -> Reply | None:
    return _openai_key(exchange, server, echo=False)


def _echo(exchange: Exchange, server: FakeOpenAI) -> Reply | None:
    return _openai_key(exchange, server, echo=True)


def _reasoning(exchange: Exchange, server: FakeOpenAI) -> Reply | None:
    """An o-series / gpt-5 model on OpenAI: no `max_tokens`, no temperature but the default."""
    if refused := _openai(exchange, server):
        return refused
    body = exchange.body
    if "max_tokens" in body:
        return Reply(
            400,
            _openai_error(
                "Unsupported parameter: 'max_tokens' is not supported with this model. "
                "Use 'max_completion_tokens' instead.",
                "invalid_request_error",
                "max_tokens",
                "unsupported_parameter",
            ),
        )
    if body.get("temperature", 1) != 1:
        return Reply(
            400,
            _openai_error(
                f"Unsupported value: 'temperature' does not support {body['temperature']} with "
                "this model. Only the default (1) value is supported.",
                "invalid_request_error",
                "temperature",
                "unsupported_value",
            ),
        )
    return None


def _anthropic(exchange: Exchange, server: FakeOpenAI) -> Reply | None:
    """Anthropic's OpenAI-compatible layer: the key as Bearer token or x-api-key."""
    sent = _bearer(exchange) or exchange.headers.get("x-api-key")
    if server.key is not None and sent != server.key:
        return Reply(
            401,
            {
                "type": "error",
                "error": {"type": "authentication_error", "message": "invalid x-api-key"},
            },
        )
    return None


def _anthropic_reshape(exchange: Exchange, reply: Reply) -> Reply:
    """`response_format` is ignored: without tools, Claude answers in prose around the JSON."""
    body = reply.body
    if exchange.body.get("tools") or not isinstance(body, dict) or "choices" not in body:
        return reply
    message = body["choices"][0]["message"]
    message["content"] = f"Here is the extraction you asked for:\n\n{message['content']}"
    return replace(reply, body=body)


_DEPLOYMENT = re.compile(r"^/openai/deployments/(?P<name>[^/]+)/chat/completions$")
#: Azure's Files and Batches APIs: the dated ones (`api-version` required) or the v1 ones.
AZURE_BATCH_API = re.compile(r"^/openai/(?P<v1>v1/)?(?:files|batches)(?:/|$)")
_NOT_FOUND = Reply(404, {"error": {"code": "404", "message": "Resource not found"}})


def _azure(exchange: Exchange, server: FakeOpenAI) -> Reply | None:
    """Azure OpenAI: the key in `api-key`, an `api-version`, a deployment in the path (the
    Files and Batches APIs sit beside the deployments: `/openai/files`, `/openai/batches`)."""
    if server.key is not None and exchange.headers.get("api-key") != server.key:
        return Reply(
            401,
            {
                "error": {
                    "code": "401",
                    "message": "Access denied due to invalid subscription key or wrong API "
                    "endpoint. Make sure to provide a valid key for an active subscription and "
                    "use a correct regional API endpoint for your resource.",
                }
            },
        )
    if batch_api := AZURE_BATCH_API.match(exchange.path):
        return None if batch_api["v1"] or "api-version" in exchange.query else _NOT_FOUND
    if exchange.path == "/openai/v1/chat/completions":  # the v1 API: the deployment in `model`
        deployment = exchange.body.get("model")
    elif (found := _DEPLOYMENT.match(exchange.path)) and "api-version" in exchange.query:
        deployment = found["name"]
    else:
        return _NOT_FOUND
    if server.models is not None and deployment not in server.models:
        return Reply(
            404,
            {
                "error": {
                    "code": "DeploymentNotFound",
                    "message": "The API deployment for this resource does not exist. If you "
                    "created the deployment within the last 5 minutes, please wait a moment "
                    "and try again.",
                }
            },
        )
    return None


def _ollama(exchange: Exchange, server: FakeOpenAI) -> Reply | None:
    """Ollama: 404 for a model not pulled; a prompt past the window is cut, not refused."""
    model = exchange.body.get("model")
    if server.models is not None and model not in server.models:
        return Reply(
            404,
            _openai_error(
                f'model "{model}" not found, try pulling it first', "api_error", None, None
            ),
        )
    if (used := prompt_tokens(exchange.body)) > (server.window or 4096):
        server.truncated.append(used)
    return None


def _vllm(exchange: Exchange, server: FakeOpenAI) -> Reply | None:
    """vLLM: 404 for a model it does not serve, 400 when prompt + reply exceed the window."""
    body = exchange.body
    if server.models is not None and body.get("model") not in server.models:
        return Reply(
            404,
            {
                "object": "error",
                "message": f"The model `{body.get('model')}` does not exist.",
                "type": "NotFoundError",
                "param": None,
                "code": 404,
            },
        )
    used, reply = prompt_tokens(body), _reply_limit(body)
    if server.window is not None and used + reply > server.window:
        return Reply(
            400,
            {
                "object": "error",
                "message": f"This model's maximum context length is {server.window} tokens. "
                f"However, you requested {used + reply} tokens ({used} in the messages, {reply} "
                "in the completion). Please reduce the length of the messages or completion.",
                "type": "BadRequestError",
                "param": None,
                "code": 400,
            },
        )
    return None


def _llamacpp(exchange: Exchange, server: FakeOpenAI) -> Reply | None:
    """llama.cpp server: 400 `exceed_context_size_error` when the prompt passes its -c size."""
    used = prompt_tokens(exchange.body)
    if server.window is not None and used > server.window:
        return Reply(
            400,
            {
                "error": {
                    "code": 400,
                    "message": f"request ({used} tokens) exceeds the available context size "
                    f"({server.window} tokens), try increasing it",
                    "type": "exceed_context_size_error",
                    "n_prompt_tokens": used,
                    "n_ctx": server.window,
                }
            },
        )
    return None


PROFILES: dict[str, Profile] = {
    profile.name: profile
    for profile in (
        Profile("openai", _openai),
        Profile("echo", _echo),
        Profile("reasoning", _reasoning),
        Profile("anthropic", _anthropic, _anthropic_reshape),
        Profile("azure", _azure),
        Profile("ollama", _ollama),
        Profile("vllm", _vllm),
        Profile("llamacpp", _llamacpp),
    )
}
