"""The command line: thin commands over the domain and storage packages."""
