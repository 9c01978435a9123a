#!/usr/bin/env python
"""Print "PASSED FAILED SKIPPED" summed over JUnit XML files (pytest's and ansible-test's --junitxml output).

Errors (a test that broke in a fixture, a module that failed to import) count as failed.
Usage: python scripts/junit_counts.py FILE.xml [FILE.xml ...]
"""

from __future__ import annotations

import sys
from xml.etree import ElementTree


def counts(path):
    """(passed, failed, skipped) of one JUnit file, whether its root is <testsuites> or a single <testsuite>."""
    root = ElementTree.parse(path).getroot()
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    total = failed = skipped = 0
    for suite in suites:
        total += int(suite.get("tests", 0))
        failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
        skipped += int(suite.get("skipped", 0))
    return max(total - failed - skipped, 0), failed, skipped


def main(paths):
    passed = failed = skipped = 0
    for path in paths:
        try:
            file_passed, file_failed, file_skipped = counts(path)
        except (OSError, ElementTree.ParseError) as error:
            sys.exit("junit_counts: cannot read %s: %s" % (path, error))
        passed, failed, skipped = passed + file_passed, failed + file_failed, skipped + file_skipped
    print(passed, failed, skipped)


if __name__ == "__main__":
    main(sys.argv[1:])
