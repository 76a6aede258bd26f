"""The model answer the benchmarks' fake server gives: one figure, for articles offering a 3%
pay rise (each benchmark writes such articles). Shared so every benchmark grounds the same."""

from __future__ import annotations

from typing import Any

PAY_RISE: dict[str, Any] = {
    "claims": [],
    "positions": [],
    "figures": [
        {
            "evidence": "3% pay rise",
            "raw": "3%",
            "value": 3,
            "unit": "percent",
            "measures": "pay rise",
        }
    ],
}
