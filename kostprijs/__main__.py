"""``python -m kostprijs`` = de opdracht ``kostprijs``."""

from kostprijs.cli import main

raise SystemExit(main())
