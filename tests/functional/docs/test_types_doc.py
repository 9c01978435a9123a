"""docs/types.md is generated from the type table: the committed page is what the table gives today."""

from scripts import types_doc


def test_the_types_page_is_current():
    with open(types_doc.PAGE) as handle:
        assert handle.read() == types_doc.render(), "docs/types.md is stale: run python scripts/types_doc.py"
