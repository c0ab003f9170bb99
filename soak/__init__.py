"""Soak test: fuzzed inputs against the engine and the RPC, then sustained load on a server."""
