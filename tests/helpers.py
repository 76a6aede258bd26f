"""What tests share: repository paths, small builders, a worked article and its answer."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factx.llm.config import LLMConfig, RetryPolicy
from factx.llm.extractor import LLMExtractor
from factx.testing import answer

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = SEEDS / "gold"
SEED_ARTICLES = sorted(SEEDS.glob("*.txt"))
CASSETTES = ROOT / "cassettes"
#: The API key replay runs get: a dummy, so a leak of it would be harmless and easy to spot.
DUMMY_KEY = "dummy-key-for-replay"

FAST_RETRY = RetryPolicy(attempts=3, initial_wait=0.01, max_wait=0.05, jitter=0.01)


def llm_extractor(url: str, **config: Any) -> LLMExtractor:
    """An extractor pointed at a fake server, with retries that do not sleep long."""
    config.setdefault("retry", FAST_RETRY)
    config.setdefault("model", "test-model")
    return LLMExtractor(LLMConfig(base_url=url, **config))


def draft(
    claims: Sequence[dict[str, Any]] = (),
    figures: Sequence[dict[str, Any]] = (),
    positions: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """A model's answer as a JSON-able dict."""
    return {"claims": list(claims), "figures": list(figures), "positions": list(positions)}


ARTICLE = (
    "Dock workers at Eastport voted to strike on Monday. "
    '"We have been patient for two years," said Ana Ruiz, secretary of the Dockers Union. '
    "The port authority said the 4% offer was final. More than 1,200 workers are affected."
)
GOOD = draft(
    claims=[
        {
            "kind": "direct",
            "speaker": "Ana Ruiz",
            "speaker_role": "secretary",
            "speaker_org": "Dockers Union",
            "evidence": "We have been patient for two years,",
        }
    ],
    figures=[
        {
            "evidence": "More than 1,200 workers",
            "raw": "More than 1,200",
            "value": 1200,
            "unit": "people",
            "qualifier": "more than",
            "measures": "workers affected by the strike",
            "applies_to": "Eastport docks",
        }
    ],
    positions=[
        {
            "actor": "Dock workers at Eastport",
            "stance": "oppose",
            "target": "4% offer",
            "evidence": "Dock workers at Eastport voted to strike",
        }
    ],
)
BAD_QUOTE = {"kind": "direct", "speaker": "Ana Ruiz", "evidence": "We will never give in"}


def _user_env(env: dict[str, str] | None) -> dict[str, str]:
    """The environment a user's shell would give factx: none of the caller's OPENAI_/FACTX_."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FACTX_"))}
    return {**clean, **(env or {})}


def run_factx(
    *args: str,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    stderr: int = subprocess.PIPE,
) -> subprocess.CompletedProcess[str]:
    """Run the `factx` command as a user would and wait for it (`stderr`: a file descriptor
    to write it to instead of capturing it)."""
    return subprocess.run(
        [sys.executable, "-m", "factx", *args],
        input=stdin,
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        cwd=ROOT,
        env=_user_env(env),
        timeout=120,
    )


def start_factx(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """Start the `factx` command as a user would, in the background. Ctrl-C is restored in the
    child: a test run started in the background by a non-interactive shell ignores SIGINT, and
    the child would inherit that."""
    return subprocess.Popen(
        [sys.executable, "-m", "factx", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=_user_env(env),
        preexec_fn=_default_ctrl_c,
    )


def _default_ctrl_c() -> None:
    """In a child before it runs: SIGINT does what it does in a terminal."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


#: An invented article exercising the offline rules: quotes running on, split by 'she added',
#: reported claims, figures and every stance.
RIVERTON = (
    "Teachers in Riverton have rejected a 2.5% pay offer from the city council.\n"
    "Maria Lopez, general secretary of the Riverton Teachers Association, said: "
    '"This offer is an insult to every classroom in the city.\n'
    '"Our members have waited three years for a fair settlement and they will not '
    'wait any longer."\n'
    '"We are ready to talk," she added, "but not at any price."\n'
    "The council's finance director, Peter Hall, told reporters that the budget "
    "could not stretch further.\n"
    'Mr Hall said the deal was "the best we can possibly manage this year".\n'
    "According to the association, more than 4,000 staff would take part in a walkout.\n"
    "Union leaders warned the cuts were unfair.\n"
    "The Parents Forum welcomed the decision to keep talking.\n"
    "Other unions will put the offer to their members next week.\n"
    "The mayor, Anne Cole, declined to comment on the dispute.\n"
    "‘We will not be bullied,’ said Ms Lopez.\n"
)
DEVSET = ROOT / "devset"
#: Every real article the rules are measured on: the dev set (tune and held out) and the seeds.
REAL_ARTICLES = sorted([*DEVSET.glob("*/*.txt"), *SEED_ARTICLES])


def write_articles(directory: Path, count: int) -> list[Path]:
    """`count` one-line articles, each different, as files in `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = directory / f"{n:04d}.txt"
        path.write_text(
            f"Article {n}. Staff at site {n} were offered a 3% pay rise.\n", encoding="utf-8"
        )
        paths.append(path)
    return paths


def read_lines(file: Path) -> list[dict[str, Any]]:
    """The JSON lines of a result file (blank lines ignored)."""
    return [
        json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def modules_loaded_by(code: str) -> set[str]:
    """The top-level packages a fresh interpreter has loaded after running `code` (private
    bootstrap modules left out), to check what an import or a command pulls in."""
    probe = (
        f"{code}\nimport sys\n"
        "print(','.join(sorted({m.split('.')[0] for m in sys.modules if not m.startswith('_')})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return set(out.stdout.strip().splitlines()[-1].split(","))


#: The key the fake Batch API expects, and an answer holding nothing.
BATCH_KEY = "batch-test-key-0123456789"
EMPTY = answer(draft())


def configure(url: str, **extra: Any) -> LLMConfig:
    """Settings for a batch run against the fake at `url`."""
    settings: dict[str, Any] = {"api_key": BATCH_KEY, "model": "gpt-4o-mini", "retry": FAST_RETRY}
    return LLMConfig(base_url=url, **{**settings, **extra})


def request_lines(directory: Path) -> list[dict[str, object]]:
    """Every request line of the batch files `prepare` wrote into `directory`."""
    return [
        line for file in sorted(directory.glob("requests-*.jsonl")) for line in read_lines(file)
    ]
