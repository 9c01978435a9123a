#!/usr/bin/env python
"""Write the README's marked code blocks to a directory, so that CI runs them exactly as a reader would.

A block is marked by an HTML comment on the line before its opening fence:
  <!-- ci: file NAME -->   the block is written to DIR/NAME as it is (a playbook the reader saves as NAME);
  <!-- ci: run NAME -->    the block's "$ " lines, prompt removed, are written to DIR/NAME.sh (a console session),
                           each after a line that prints it.
Usage: python scripts/readme_blocks.py README.md DIR   (prints the names written, one a line)
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

MARKER = re.compile(r"^<!-- ci: (file|run) (\S+)(?: .*)? -->$")


def marked_blocks(text):
    """(kind, name, lines of the block) for each marked fenced block, in order."""
    lines = text.splitlines()
    blocks = []
    for index, line in enumerate(lines):
        match = MARKER.match(line.strip())
        if not match:
            continue
        if index + 1 >= len(lines) or not lines[index + 1].startswith("```"):
            raise SystemExit("readme_blocks: line %d: a ci marker must be followed by a fenced block" % (index + 1))
        end = next((i for i in range(index + 2, len(lines)) if lines[i].startswith("```")), None)
        if end is None:
            raise SystemExit("readme_blocks: line %d: the fenced block is never closed" % (index + 2))
        blocks.append((match.group(1), match.group(2), lines[index + 2:end]))
    return blocks


def main(argv):
    if len(argv) != 2:
        raise SystemExit(__doc__)
    readme, destination = Path(argv[0]), Path(argv[1])
    destination.mkdir(parents=True, exist_ok=True)
    blocks = marked_blocks(readme.read_text(encoding="utf-8"))
    if not blocks:
        raise SystemExit("readme_blocks: %s has no <!-- ci: ... --> marked block" % readme)
    for kind, name, lines in blocks:
        if kind == "file":
            target, body = destination / name, lines
        else:
            target, body = destination / (name + ".sh"), []
            for line in lines:
                if line.startswith("$ "):
                    body += ["printf '%%s\\n' %s" % shlex.quote(line), line[2:]]
        target.write_text("\n".join(body) + "\n", encoding="utf-8")
        print(target.name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
