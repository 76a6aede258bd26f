"""Estimated cost of LLM calls from token usage: a small price table the user can override.

Prices are US dollars per million tokens (input, output), as published by the providers; they
change, so `--prices FILE` (or FACTX_PRICES) takes a JSON object `{"model": [input, output]}`
that adds to or replaces these. Unknown models have no estimate rather than a wrong one.
A provider's batch engine (OpenAI Batch, Azure global batch) charges half the list price for
the answers it returns (`BATCH_DISCOUNT`); the synchronous requests that finish a batch's
leftovers pay the full price.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from factx.errors import FactxError
from factx.schemas import Usage

#: The share of the list price a provider's batch engine charges ("50% less" at OpenAI and Azure).
BATCH_DISCOUNT = 0.5
#: USD per 1M tokens (input, output).
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "o4-mini": (1.10, 4.40),
    "o3-mini": (1.10, 4.40),
}


def load_prices(path: Path | None) -> dict[str, tuple[float, float]]:
    """The built-in table, overridden by a JSON file of `{"model": [input, output]}`."""
    prices = dict(PRICES)
    if path is None:
        return prices
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        prices.update(
            {str(model): (float(pair[0]), float(pair[1])) for model, pair in data.items()}
        )
    except (OSError, ValueError, TypeError, IndexError, AttributeError) as exc:
        raise FactxError(
            f'{path}: not a price table ({{"model": [input, output]}} per 1M tokens): {exc}'
        ) from None
    return prices


def estimate(model: str, usage: Usage, prices: dict[str, tuple[float, float]]) -> float | None:
    """Dollars for `usage` at `model`'s price (dated suffixes like '-2024-07-18' ignored)."""
    price = prices.get(model)
    if price is None:
        base = next(
            (
                known
                for known in sorted(prices, key=len, reverse=True)
                if model.startswith(f"{known}-")
            ),
            None,
        )
        price = prices.get(base) if base else None
    if price is None:
        return None
    return round((usage.prompt_tokens * price[0] + usage.completion_tokens * price[1]) / 1e6, 6)


def estimate_parts(
    model: str, parts: Iterable[tuple[Usage, float]], prices: dict[str, tuple[float, float]]
) -> float | None:
    """Dollars for responses each priced at a share of the list price (`(usage, share)`: 1 for a
    synchronous request, `BATCH_DISCOUNT` for a batch engine's answer); None if unpriced."""
    total = estimate(model, Usage(), prices)
    for usage, share in parts:
        cost = estimate(model, usage, prices)
        if cost is None or total is None:
            return None
        total += cost * share
    return None if total is None else round(total, 6)
