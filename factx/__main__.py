"""`python -m factx` runs the CLI."""

from factx.cli import main

main()
