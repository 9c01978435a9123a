"""The emulator's type table: one module per ARM namespace, each with ROWS (tests/emulator/row.py Service rows).

Key Vault, Managed HSM and Storage are written by hand from AZURE_BEHAVIOUR.md and the existing recordings; the
other rows were built from the research notes on each type (docs/emulator.md "The type table") and keep their
sources per fact. Adding a type: add its row to the module of its namespace (or a new module listed below).
"""
from . import apimanagement, appconfiguration, attestation, authorization, automation, batch, botservice, cache, cognitiveservices, compute, containerregistry, containerservice, dashboard, databricks, datafactory, dbformariadb, dbformysql, dbforpostgresql, desktopvirtualization, devices, digitaltwins, documentdb, elasticsan, eventgrid, eventhub, hardwaresecuritymodules, hdinsight, healthcareapis, hybridcompute, insights, keyvault, kusto, machinelearningservices, media, monitor, network, powerbi, purview, recoveryservices, relay, search, servicebus, signalrservice, sql, storage, storagesync, synapse, web  # noqa: F401

MODULES = (apimanagement, appconfiguration, attestation, authorization, automation, batch, botservice, cache, cognitiveservices, compute, containerregistry, containerservice, dashboard, databricks, datafactory, dbformariadb, dbformysql, dbforpostgresql, desktopvirtualization, devices, digitaltwins, documentdb, elasticsan, eventgrid, eventhub, hardwaresecuritymodules, hdinsight, healthcareapis, hybridcompute, insights, keyvault, kusto, machinelearningservices, media, monitor, network, powerbi, purview, recoveryservices, relay, search, servicebus, signalrservice, sql, storage, storagesync, synapse, web,)
ALL_ROWS = tuple(row for module in MODULES for row in module.ROWS)
