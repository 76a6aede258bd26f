"""Provider profiles: what each OpenAI-compatible endpoint needs that the others do not.

A profile is recognised from the base URL's host (hosted services) or port (local servers on
this machine), or named with `--provider`. It decides the structured-output mode, how and from
which environment variable the key is sent, extra query parameters, and the context window
assumed when none is declared. Reasoning models (OpenAI's o-series, the gpt-5 family) are
recognised by name wherever they are served: they take `max_completion_tokens` and no
temperature. Pure data and string work: nothing here imports an HTTP stack.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from factx.errors import FactxError

#: The variable any endpoint takes its key from when no --api-key-env is given.
FACTX_KEY = "FACTX_API_KEY"
OPENAI_URL = "https://api.openai.com/v1"
#: Azure OpenAI's newest generally available data-plane version (sent unless the URL has one).
AZURE_API_VERSION = "2024-10-21"


@dataclass(frozen=True)
class Provider:
    """One kind of endpoint and its quirks."""

    name: str
    title: str
    #: Host names (exact) or suffixes (starting with '.') that identify a hosted service.
    hosts: tuple[str, ...] = ()
    #: Default ports that identify a local server (on localhost or a private address).
    ports: tuple[int, ...] = ()
    #: The instructor mode that works best there (`--mode` overrides it).
    mode: str = "json_schema"
    #: Environment variables holding the key, in order (FACTX_API_KEY and --api-key-env
    #: come first; OPENAI_API_KEY is only ever listed for OpenAI itself).
    key_vars: tuple[str, ...] = ()
    #: The header the key goes in: `authorization` (as a Bearer token) or e.g. `api-key`.
    key_header: str = "authorization"
    #: Whether the run refuses to start without a key (hosted services).
    needs_key: bool = False
    #: Query parameters every request carries (a URL's own query wins).
    query: tuple[tuple[str, str], ...] = ()
    #: The context window in tokens assumed when `--context-window` is not given.
    context_window: int | None = None
    #: One line for `factx providers` and the README.
    notes: str = ""

    @property
    def recognised_by(self) -> str:
        if self.hosts:
            return "host " + ", ".join(h.lstrip(".") for h in self.hosts)
        if self.ports:
            return "local port " + ", ".join(map(str, self.ports))
        return "any other URL"


PROVIDERS: tuple[Provider, ...] = (
    Provider(
        "openai",
        "OpenAI",
        hosts=("api.openai.com",),
        mode="tools",
        key_vars=("OPENAI_API_KEY",),
        needs_key=True,
        notes="the default when no --base-url is given",
    ),
    Provider(
        "azure",
        "Azure OpenAI",
        hosts=(".openai.azure.com", ".cognitiveservices.azure.com"),
        mode="tools",
        key_vars=("AZURE_OPENAI_API_KEY",),
        key_header="api-key",
        needs_key=True,
        query=(("api-version", AZURE_API_VERSION),),
        notes="--model is the deployment name; key in the api-key header; "
        f"api-version {AZURE_API_VERSION} unless the URL gives one",
    ),
    Provider(
        "anthropic",
        "Anthropic",
        hosts=("api.anthropic.com",),
        mode="tools",
        key_vars=("ANTHROPIC_API_KEY",),
        needs_key=True,
        notes="OpenAI-compatible layer: response_format is ignored, so tool calls are used",
    ),
    Provider(
        "gemini",
        "Google Gemini",
        hosts=("generativelanguage.googleapis.com",),
        mode="tools",
        key_vars=("GEMINI_API_KEY", "GOOGLE_API_KEY"),
        needs_key=True,
        notes="base URL https://generativelanguage.googleapis.com/v1beta/openai/",
    ),
    Provider(
        "openrouter",
        "OpenRouter",
        hosts=("openrouter.ai",),
        mode="tools",
        key_vars=("OPENROUTER_API_KEY",),
        needs_key=True,
        notes="model names carry the vendor ('openai/o3-mini'); reasoning models still apply",
    ),
    Provider(
        "groq",
        "Groq",
        hosts=("api.groq.com",),
        mode="tools",
        key_vars=("GROQ_API_KEY",),
        needs_key=True,
    ),
    Provider(
        "together",
        "Together AI",
        hosts=("api.together.xyz", "api.together.ai"),
        mode="tools",
        key_vars=("TOGETHER_API_KEY",),
        needs_key=True,
    ),
    Provider(
        "mistral",
        "Mistral",
        hosts=("api.mistral.ai",),
        mode="tools",
        key_vars=("MISTRAL_API_KEY",),
        needs_key=True,
    ),
    Provider(
        "deepseek",
        "DeepSeek",
        hosts=("api.deepseek.com",),
        mode="tools",
        key_vars=("DEEPSEEK_API_KEY",),
        needs_key=True,
        notes="no JSON-schema response_format; tool calls are used",
    ),
    Provider(
        "ollama",
        "Ollama",
        ports=(11434,),
        context_window=4096,
        notes="cuts prompts silently at its context window (4096 tokens assumed): raise it with "
        "OLLAMA_CONTEXT_LENGTH or a Modelfile's num_ctx and pass --context-window",
    ),
    Provider(
        "vllm",
        "vLLM",
        ports=(8000,),
        notes="answers 400 when prompt + max_tokens exceed --max-model-len; "
        "declare it with --context-window",
    ),
    Provider(
        "llamacpp",
        "llama.cpp server",
        ports=(8080,),
        notes="answers 400 exceed_context_size_error past its -c size; declare it with "
        "--context-window",
    ),
    Provider("lmstudio", "LM Studio", ports=(1234,)),
    Provider("generic", "other OpenAI-compatible server", notes="no key unless one is given"),
)
BY_NAME = {provider.name: provider for provider in PROVIDERS}

_REASONING = re.compile(
    r"""
    (?: ^ | / )                    # a bare name, or after a router's 'vendor/' prefix
    (?: o [1-9] (?: -[\w.]+ )*     # o1, o1-mini, o3-pro, o4-mini-2025-04-16
      | gpt-5 (?: [.-][\w.]+ )*    # gpt-5, gpt-5-mini, gpt-5.1
    ) $
    """,
    re.VERBOSE | re.IGNORECASE,
)
_LOCAL_NAMES = frozenset({"localhost", "host.docker.internal"})


def is_reasoning(model: str) -> bool:
    """Whether `model` is a reasoning model: `max_completion_tokens`, no temperature."""
    return bool(_REASONING.search(model))


def _is_local(host: str) -> bool:
    if host in _LOCAL_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_unspecified


def _host_matches(host: str, pattern: str) -> bool:
    return host.endswith(pattern) if pattern.startswith(".") else host == pattern


def check_url(url: str) -> None:
    """Refuse a base URL that is not http(s)://host before anything runs."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FactxError(
            f"base URL {url!r} is not an http(s) URL (--base-url / OPENAI_BASE_URL); "
            "e.g. http://127.0.0.1:11434/v1"
        )


def detect(base_url: str | None, name: str | None = None) -> Provider:
    """The profile for `base_url`: the one named, else by host, else by local port, else
    `generic`."""
    if name is not None:
        if name not in BY_NAME:
            raise FactxError(f"unknown --provider {name!r}; choose from {', '.join(BY_NAME)}")
        return BY_NAME[name]
    parts = urlsplit(base_url or OPENAI_URL)
    host = (parts.hostname or "").lower()
    for provider in PROVIDERS:
        if any(_host_matches(host, pattern) for pattern in provider.hosts):
            return provider
    if _is_local(host):
        for provider in PROVIDERS:
            if parts.port in provider.ports:
                return provider
    return BY_NAME["generic"]


@dataclass(frozen=True)
class Key:
    """An API key and the variable it came from (named in errors, never the value)."""

    value: str
    source: str


def find_key(
    provider: Provider, key_env: str | None = None, environ: Mapping[str, str] | None = None
) -> Key | None:
    """The key for `provider`: `$key_env` if named (it must be set), else `FACTX_API_KEY`,
    else the provider's own variables. `OPENAI_API_KEY` goes to OpenAI's host only."""
    env = os.environ if environ is None else environ
    if key_env is not None:
        if not env.get(key_env):
            raise FactxError(f"--api-key-env {key_env}: that environment variable is not set")
        return Key(env[key_env], f"${key_env}")
    for var in (FACTX_KEY, *provider.key_vars):
        if env.get(var):
            return Key(env[var], f"${var}")
    return None


def missing_key(provider: Provider) -> str:
    """What to set when a hosted provider has no key."""
    where = " or ".join(f"${var}" for var in provider.key_vars)
    openai = "" if provider.name == "openai" else "; $OPENAI_API_KEY is only sent to api.openai.com"
    return (
        f"no API key for {provider.title}: set {where} (or ${FACTX_KEY}, or --api-key-env NAME)"
        f"{openai}"
    )


def endpoint(provider: Provider, base_url: str | None, model: str) -> tuple[str, dict[str, str]]:
    """The base URL the SDK is given and the query parameters every request carries.

    For Azure, a resource URL (`https://RES.openai.azure.com[/openai]`) becomes the deployment
    URL for `model`; a URL's own query (e.g. `?api-version=...`) wins over the profile's.
    """
    parts = urlsplit(base_url or OPENAI_URL)
    query = dict(provider.query)
    query.update(parse_qsl(parts.query))
    path = parts.path.rstrip("/")
    if provider.name == "azure":
        if path in ("", "/openai"):
            path = f"/openai/deployments/{model}"
        elif path.startswith("/openai/v1"):
            query.pop("api-version", None)  # the v1 API takes none
    return urlunsplit((parts.scheme, parts.netloc, path, "", "")), query


@dataclass(frozen=True)
class Problem:
    """An endpoint error every request of the run would meet, with what to do about it."""

    cause: str
    fix: str

    def line(self) -> str:
        return f"{self.cause}; {self.fix}"


_UNSUPPORTED = re.compile(
    r"unsupported (?:parameter|value)|not supported with this model|unrecognized request argument",
    re.IGNORECASE,
)


def diagnose(
    status: int | None,
    message: str,
    *,
    provider: Provider,
    model: str,
    url: str,
    key_source: str | None,
) -> Problem | None:
    """The run-level problem behind an error, if it is one: a refused key (401/403), an
    unknown model or deployment (404), an unsupported parameter (400), or an endpoint that
    cannot be reached (`status` None). Other errors (rate limits, context overflows,
    one article's bad answer) are not: they return None."""
    said = f" ({message})" if message else ""
    who = f"the server at {url}" if provider.name == "generic" else provider.title
    if status is None:
        return Problem(
            f"cannot reach {url}{said}",
            "is the server running, and is --base-url right?",
        )
    if status == 401:
        sent = f"key from {key_source}" if key_source else "no key was sent"
        places = dict.fromkeys([*provider.key_vars[:1], FACTX_KEY])
        return Problem(
            f"{who} refused the API key (HTTP 401, {sent}){said}",
            f"set a valid key in {' or '.join('$' + name for name in places)}, "
            "or name its variable with --api-key-env",
        )
    if status == 403:
        return Problem(
            f"{who} denied access (HTTP 403){said}",
            f"check that the key may use model {model!r} at {url}",
        )
    if status == 404:
        what = "deployment" if provider.name == "azure" else "model"
        return Problem(
            f"{what} {model!r} or the endpoint was not found at {url} (HTTP 404){said}",
            "check --model"
            + (" (the deployment name)" if provider.name == "azure" else "")
            + " and --base-url",
        )
    if status == 400 and _UNSUPPORTED.search(message):
        return Problem(
            f"{who} refused a request parameter for {model!r} (HTTP 400){said}",
            "drop or rename it: --no-temperature, --param max_completion_tokens=N, "
            "or --provider to pick the right profile",
        )
    return None
