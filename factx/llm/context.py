"""Fitting requests into a model's context window, estimated before anything is sent.

Tokens are estimated from characters: tiktoken would count OpenAI's tokens exactly, but it
downloads its encodings at run time (impossible offline) and other models tokenise
differently anyway. English prose runs about four characters a token; three is used, so the
estimate errs on the large side for names, numbers, JSON and other languages.
"""

from __future__ import annotations

import json
import math
from typing import Any

from factx.errors import FactxError

CHARS_PER_TOKEN = 3
#: The least room a request must leave for the answer (a short article's extraction).
MIN_REPLY = 1024
#: Token-limit fields a request may carry (`max_completion_tokens` for reasoning models).
TOKEN_LIMITS = ("max_tokens", "max_completion_tokens")


class ContextOverflow(FactxError):
    """A request that would not fit the context window: the server would cut or refuse it."""


def estimate_tokens(text: str) -> int:
    """A deliberately generous token count for `text` (see the module docstring)."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)


def reply_room(window: int, max_tokens: int) -> int:
    """Tokens kept free for the answer: the reply limit, at most a quarter of the window."""
    return max(MIN_REPLY, min(max_tokens, window // 4))


def article_chars(window: int, overhead: str, max_tokens: int) -> int:
    """The longest article (in characters) that fits beside `overhead` (instructions and
    schema) and the reply room; raises `ContextOverflow` when not even a short one does."""
    room = window - estimate_tokens(overhead) - reply_room(window, max_tokens)
    if room * CHARS_PER_TOKEN < 1000:
        raise ContextOverflow(
            f"factx's instructions and schema take ~{estimate_tokens(overhead):,} tokens, which "
            f"leaves no room for an article and its answer in a context window of {window:,} "
            "tokens: give the model a larger window (Ollama: OLLAMA_CONTEXT_LENGTH=16384 or a "
            "Modelfile's num_ctx) and declare it with --context-window"
        )
    return room * CHARS_PER_TOKEN


def fit(body: dict[str, Any], window: int) -> dict[str, Any]:
    """`body` with its token limit lowered to the room the prompt leaves in `window`; raises
    `ContextOverflow` if that room is under `MIN_REPLY` (a re-ask that grew too long)."""
    prompt = {k: v for k, v in body.items() if k not in TOKEN_LIMITS}
    used = estimate_tokens(json.dumps(prompt, ensure_ascii=False))
    room = window - used
    if room < MIN_REPLY:
        raise ContextOverflow(
            f"the request (~{used:,} tokens) leaves under {MIN_REPLY:,} tokens for the answer "
            f"in the context window of {window:,} tokens; split articles smaller (--max-chars) "
            "or give the model a larger window (--context-window)"
        )
    return {
        k: min(v, room) if k in TOKEN_LIMITS and isinstance(v, int) else v for k, v in body.items()
    }
