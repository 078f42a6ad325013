"""Reading the demo's YAML files (``campaigns/demo/data``).

Each file is read once per process. StreamField bodies are written in YAML as
``- block_type: value`` mappings; ``stream`` turns them into the
``(block_type, value)`` pairs a StreamField accepts.
"""

from functools import cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
MATERIALS_DIR = DATA_DIR / "materials"


@cache
def load(name):
    """The parsed contents of ``data/<name>.yaml``."""
    with (DATA_DIR / f"{name}.yaml").open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def load_materials():
    """The demo materials, one file each, in the order of their file names."""
    materials = []
    for path in sorted(MATERIALS_DIR.glob("*.yaml")):
        with path.open(encoding="utf-8") as file:
            materials.append(yaml.safe_load(file))
    return materials


def stream(blocks):
    """``[{type: value}, ...]`` from YAML as ``[(type, value), ...]``."""
    pairs = []
    for block in blocks:
        ((kind, value),) = block.items()
        pairs.append((kind, value))
    return pairs
