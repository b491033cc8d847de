"""Reads params.yaml, the file DVC tracks parameters in.

A real project calls yaml.safe_load (PyYAML); this example keeps to the standard library,
so it reads the two-level `section: / key: number` shape its params.yaml has, and refuses
anything else rather than guess.
"""


def load(path="params.yaml"):
    params, section = {}, None
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].rstrip()
            if not line:
                continue
            key, sep, value = line.strip().partition(":")
            if not sep:
                raise ValueError(f"{path}:{number}: expected `key: value`")
            if not line.startswith(" "):
                section = params.setdefault(key, {})
            elif section is None:
                raise ValueError(f"{path}:{number}: a key before any section")
            else:
                section[key] = float(value) if "." in value or "e" in value else int(value)
    return params
