"""The user's settings that belong to no profile or database, such as the study app's theme.

A small JSON object in ``config.json`` under the user config folder (platformdirs), or the file
``QUIZAPP_CONFIG`` names. Reading never fails: a missing file is an empty config, and a damaged
one is ignored with one line saying why (``problem``). Writing is atomic (a temporary file moved
over the old one); a damaged file is first kept aside as ``config.json.bad``, so nothing the
user wrote is lost.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.userfiles import UserFileError, read_user_file, write_user_file

__all__ = ["CONFIG_ENV", "UserConfig", "config_path"]

CONFIG_ENV = "QUIZAPP_CONFIG"
MAX_CONFIG_BYTES = 64 * 1024


def config_path() -> Path:
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    from platformdirs import user_config_path

    return user_config_path("quizapp", appauthor=False) / "config.json"


@dataclass
class UserConfig:
    path: Path
    values: dict[str, object] = field(default_factory=dict)
    problem: str | None = None  # why the file on disk was ignored, in one line

    @classmethod
    def load(cls, path: Path | None = None) -> UserConfig:
        path = path or config_path()
        try:
            data = read_user_file(path, MAX_CONFIG_BYTES)
        except UserFileError as error:
            if not path.exists() and not path.is_symlink():
                return cls(path)  # no config yet: every default
            return cls(path, problem=f"{path}: {error}; settings not read")
        try:
            values = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            reason = getattr(error, "msg", "not UTF-8")
            return cls(path, problem=f"{path}: not a valid settings file ({reason}); ignored")
        if not isinstance(values, dict):
            return cls(path, problem=f"{path}: not a JSON object; ignored")
        return cls(path, values)

    def text(self, key: str) -> str | None:
        value = self.values.get(key)
        return value if isinstance(value, str) else None

    def save(self, key: str, value: object) -> None:
        """Set ``key`` and write the file; UserFileError (one line) when it cannot be written."""
        self.values[key] = value
        body = json.dumps(self.values, indent=2, sort_keys=True) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.problem is not None and self.path.is_file():
                os.replace(self.path, self.path.with_name(self.path.name + ".bad"))
        except OSError as error:
            raise UserFileError(f"cannot write: {error.strerror or error}") from None
        write_user_file(self.path, body, force=True)
        self.problem = None
