"""Pure figures computed from study records: no storage, no terminal."""
