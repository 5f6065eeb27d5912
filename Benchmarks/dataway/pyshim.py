#!/usr/bin/env python3
"""Run a Dataway code-mode script under CPython, the way `junction dataway run` does.

    python3 pyshim.py SCRIPT.py PAYLOAD.json

Loads the payload JSON file, builds `msg` with `.payload` (the parsed JSON),
`.vars` ({}) and `.attrs` ({}), runs the script with the Dataway pre-loaded
modules (`json`, `math`) already in scope, calls `dw_process(msg)` and prints
`json.dumps(result)` on stdout.
"""

import json
import math
import sys
import types


def main(argv):
    if len(argv) != 3:
        print("usage: pyshim.py SCRIPT.py PAYLOAD.json", file=sys.stderr)
        return 2
    script_path, payload_path = argv[1], argv[2]
    with open(payload_path, encoding="utf-8") as f:
        payload = json.load(f)
    with open(script_path, encoding="utf-8") as f:
        source = f.read()

    namespace = {"__name__": "__dataway__", "json": json, "math": math}
    exec(compile(source, script_path, "exec"), namespace)
    dw_process = namespace.get("dw_process")
    if not callable(dw_process):
        print("pyshim: %s does not define dw_process(msg)" % script_path, file=sys.stderr)
        return 2

    msg = types.SimpleNamespace(payload=payload, vars={}, attrs={}, id="", seq_id="", error=None)
    result = dw_process(msg)
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
