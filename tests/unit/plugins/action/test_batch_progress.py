"""The progress lines azure_pec_batch's action prints from the module's journal while the batch runs."""

import json

from ansible_collections.privatelink.azure.plugins.action.azure_pec_batch import Progress


def append(path, *events, partial=""):
    with open(path, "a") as handle:
        for event in events:
            handle.write(json.dumps(event) + "\n")
        handle.write(partial)


def test_finished_changes_and_failures_are_counted_as_the_journal_grows(tmp_path):
    journal = str(tmp_path / "journal.jsonl")
    progress = Progress(total=4)
    progress.read(journal)  # not there yet
    assert progress.line() is None
    append(journal, {"event": "start", "index": 0}, {"event": "start", "index": 1})
    progress.read(journal)
    assert progress.line() is None  # started is not done
    append(journal, {"event": "finish", "index": 0, "error": None},
           {"event": "finish", "index": 1, "error": {"message": "409"}}, partial='{"event": "fin')
    progress.read(journal)
    assert progress.line() == "azure_pec_batch: 2/4 changes done, 1 failed"
    assert progress.line() is None  # nothing moved: nothing printed again
    append(journal, partial='ish", "index": 2}\n')  # the half-written line, completed
    progress.read(journal)
    assert progress.line() == "azure_pec_batch: 3/4 changes done, 1 failed"
