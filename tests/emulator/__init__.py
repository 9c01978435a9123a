"""A local Azure for tests: ARM, Entra ID token and managed identity endpoints over TLS.

Run it with ``python -m tests.emulator serve --seed FILE``; see docs/emulator.md. Start it from tests with
``tests.emulator.launcher.running_emulator`` and drive it with ``tests.emulator.control``.
"""
