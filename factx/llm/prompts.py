"""Prompt templates as files, versioned by content hash, rendered into chat messages.

The static part (instructions and the worked example) comes first and the article last, so
that providers' prompt caching applies across articles.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from factx.errors import FactxError

PROMPT_FILES = ("system.md", "example_article.txt", "example_answer.json", "article.md")
ARTICLE_SLOT = "{article}"


def default_prompt_dir() -> Path:
    """`$FACTX_PROMPTS`, else the prompts bundled in the wheel, else the repository's `prompts/`."""
    if env := os.environ.get("FACTX_PROMPTS"):
        return Path(env)
    package = Path(__file__).resolve().parents[1]
    bundled = package / "_prompts"
    return bundled if bundled.is_dir() else package.parent / "prompts"


@dataclass(frozen=True)
class Prompt:
    """The loaded prompt files and their version."""

    system: str
    example_article: str
    example_answer: str
    article_template: str
    version: str

    def messages(self, article_text: str) -> list[dict[str, str]]:
        """Chat messages for one article: static system prompt first, the article last."""
        example = (
            f"{self.system.rstrip()}\n\n## Worked example\n\n"
            f"<article>\n{self.example_article.rstrip()}\n</article>\n\n"
            f"Answer:\n{self.example_answer.strip()}\n"
        )
        user = self.article_template.replace(ARTICLE_SLOT, article_text)
        return [{"role": "system", "content": example}, {"role": "user", "content": user}]


@lru_cache(maxsize=8)
def load_prompt(directory: Path | None = None) -> Prompt:
    """Load the prompt files from `directory` (default: `default_prompt_dir()`)."""
    directory = directory or default_prompt_dir()
    texts: dict[str, str] = {}
    for name in PROMPT_FILES:
        file = directory / name
        try:
            texts[name] = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise FactxError(f"{file}: cannot read prompt file ({exc.strerror or exc})") from None
    if ARTICLE_SLOT not in texts["article.md"]:
        raise FactxError(f"{directory / 'article.md'}: template has no {ARTICLE_SLOT} slot")
    try:
        json.loads(texts["example_answer.json"])
    except json.JSONDecodeError as exc:
        raise FactxError(f"{directory / 'example_answer.json'}: not valid JSON ({exc})") from None
    digest = hashlib.sha256()
    for name in PROMPT_FILES:
        digest.update(name.encode() + b"\0" + texts[name].encode() + b"\0")
    return Prompt(
        system=texts["system.md"],
        example_article=texts["example_article.txt"],
        example_answer=texts["example_answer.json"],
        article_template=texts["article.md"],
        version=digest.hexdigest()[:12],
    )
