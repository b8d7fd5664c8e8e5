# SPDX-License-Identifier: Apache-2.0
"""The KernelCompDataset the contract tests check: the file named on the
command line, else the one the generator makes for this machine's kernel
(as the plugin does on first use)."""
import json
import os
import subprocess
import tempfile


def curated_dir():
    return os.path.join(os.environ["SOURCE_DIR"], "contracts", "curated")


def load(argv):
    if len(argv) > 1:
        path = argv[1]
    else:
        path = os.path.join(tempfile.mkdtemp(), "contracts.json")
        subprocess.run([os.environ["CONTRACTS_GEN"], "-o", path, "--curated", curated_dir()],
                       check=True)
    with open(path) as f:
        return json.load(f)
