#!/usr/bin/env python3
"""CPython stand-ins for Dataway's `Entity` and `MultiMap`, for the differential corpus.

    python3 scripts/corpus_prelude.py SCRIPT.py

puts `Entity` and `MultiMap` into builtins and runs SCRIPT.py as __main__. regen-corpus.py
runs every corpus script that mentions them this way. The classes implement DATAWAY.md's rules
(which format a MIME type means, the `^blob`/`^value` keys, how parts are addressed, the error
text "Entity body is not valid <type>: ...") and hand the formats themselves to the reference
libraries: XML to xmltodict (parse with its defaults, dict_constructor giving `d["*child"]`
lists; unparse), CSV to the csv module (excel dialect), multipart to the email package
(BytesParser and BytesGenerator with the HTTP policy), JSON to json, forms to urllib.parse.
Nothing here knows about individual corpus scripts.
"""
import builtins
import csv
import email.generator
import email.message
import email.parser
import email.policy
import io
import json
import re
import runpy
import sys
import types
import urllib.parse
from xml.parsers import expat as _expat

import xmltodict

_HTTP = email.policy.HTTP.clone(utf8=True)
_DEFAULT_BOUNDARY = "----DatawayFormBoundary7MA4YWxkTrZu0gW"
_ALIASES = {"text/json": "application/json", "text/csv": "application/csv", "text/xml": "application/xml"}


def _essence(mime):
    base = mime.split(";", 1)[0].strip().lower()
    return _ALIASES.get(base, base)


def _invalid(fmt, detail):
    return ValueError(f"Entity body is not valid {fmt}: {detail}")


def _decode(blob, encoding, fmt):
    try:
        return blob.decode(encoding)
    except UnicodeDecodeError as e:
        raise _invalid(fmt, e) from None


def _mime_param(mime, name):
    m = email.message.Message()
    m["Content-Type"] = mime
    v = m.get_param(name)
    return v if isinstance(v, str) else None


class XmlDict(dict):
    """A parsed XML element: d["*child"] is always the list of child values."""

    def __missing__(self, key):
        if isinstance(key, str) and key.startswith("*"):
            if key[1:] not in self:
                return []
            v = dict.__getitem__(self, key[1:])
            return v if isinstance(v, list) else [v]
        raise KeyError(key)


class MultiMap:
    def __init__(self, pairs=()):
        if isinstance(pairs, dict):
            pairs = pairs.items()
        self.pairs = [(str(k), v) for k, v in pairs]

    def _keys(self):
        return list(dict.fromkeys(k for k, _ in self.pairs))

    def __getitem__(self, key):
        if isinstance(key, str) and key.startswith("*"):
            return [v for k, v in self.pairs if k == key[1:]]
        for k, v in self.pairs:
            if k == key:
                return v
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.pairs = [(k, v) for k, v in self.pairs if k != key] + [(key, value)]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def getall(self, key):
        return [v for k, v in self.pairs if k == key]

    def keys(self):
        return self._keys()

    def items(self):
        return list(self.pairs)

    def values(self):
        return [v for _, v in self.pairs]

    def __iter__(self):
        return iter(self._keys())

    def __len__(self):
        return len(self._keys())

    def __eq__(self, other):
        return isinstance(other, MultiMap) and self.pairs == other.pairs

    def __repr__(self):
        return "MultiMap([" + ", ".join(f"({k!r}, {v!r})" for k, v in self.pairs) + "])"


# ---------------------------------------------------------------------------- XML

def _xml_encoding(blob, encoding):
    if blob.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if blob[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    m = re.match(rb"<\?xml[^>]*?encoding\s*=\s*([\"'])([A-Za-z0-9._-]+)\1", blob)
    return m.group(2).decode("ascii") if m else encoding


def _parse_xml(blob, encoding):
    text = _decode(blob, _xml_encoding(blob, encoding), "application/xml")
    made = []

    def parser_create(*args, **kwargs):
        made.append(_expat.ParserCreate(*args, **kwargs))
        return made[-1]

    try:
        return xmltodict.parse(text, dict_constructor=XmlDict, expat=types.SimpleNamespace(ParserCreate=parser_create))
    except _expat.ExpatError as e:
        raise _invalid("application/xml", e) from None
    except ValueError as e:  # xmltodict refusing an entity declaration
        p = made[-1]
        raise _invalid("application/xml", f"{e}: line {p.CurrentLineNumber}, column {p.CurrentColumnNumber}") from None


def _write_xml(value, encoding):
    if not isinstance(value, dict):
        raise TypeError(f"Entity.from_value: application/xml needs a dict with one root key, not {type(value).__name__}")
    return xmltodict.unparse(value, encoding=encoding)


# ---------------------------------------------------------------------------- CSV

def _parse_csv(blob, encoding):
    text = _decode(blob, encoding, "application/csv")
    reader = csv.reader(io.StringIO(text, newline=""))
    header, rows = None, []
    try:
        for record in reader:
            if not record:
                continue
            if header is None:
                header = record
                continue
            if len(record) != len(header):
                raise _invalid("application/csv",
                               f"line {reader.line_num}: expected {len(header)} fields, got {len(record)}")
            rows.append(dict(zip(header, record)))
    except csv.Error as e:
        raise _invalid("application/csv", f"line {reader.line_num}: {e}") from None
    return rows


def _write_csv(value):
    def wrong():
        return TypeError("Entity.from_value: application/csv needs a list of dicts or a list of lists, "
                         f"not {type(value).__name__}")
    if not isinstance(value, (list, tuple)):
        raise wrong()
    out = io.StringIO()
    if all(isinstance(r, dict) for r in value):
        if value:
            names = list(dict.fromkeys(k for r in value for k in r))
            w = csv.DictWriter(out, fieldnames=names)
            w.writeheader()
            w.writerows(value)
    else:
        w = csv.writer(out)
        for r in value:
            if not isinstance(r, (list, tuple)):
                raise wrong()
            w.writerow(r)
    return out.getvalue()


# ---------------------------------------------------------------------------- multipart

def _parse_multipart(blob, mime, encoding):
    fmt = "multipart/form-data"
    boundary = _mime_param(mime, "boundary")
    if not boundary:
        raise _invalid(fmt, "no boundary parameter in the MIME type")
    raw = b"Content-Type: " + mime.encode("utf-8") + b"\r\n\r\n" + blob
    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    defects = {type(d).__name__ for d in msg.defects}
    if "StartBoundaryNotFoundDefect" in defects or not msg.is_multipart():
        raise _invalid(fmt, f"start boundary '--{boundary}' not found (at byte 0)")
    if "CloseBoundaryNotFoundDefect" in defects:
        raise _invalid(fmt, f"close boundary '--{boundary}--' not found (at byte {len(blob)})")
    parts = []
    for part in msg.get_payload():
        name = part.get_param("name", header="content-disposition")
        filename = part.get_param("filename", header="content-disposition")
        payload = part.get_payload(decode=True)
        if filename is None:
            charset = part.get_param("charset") if "Content-Type" in part else None
            try:
                value = payload.decode(charset or encoding)
            except UnicodeDecodeError as e:
                raise _invalid(fmt, f"part {name or ''!r}: {e}") from None
        else:
            value = payload
        parts.append({
            "name": name,
            "filename": filename,
            "content_type": part.get_content_type() if "Content-Type" in part else None,
            "headers": dict(part.raw_items()),
            "value": value,
        })
    return {"boundary": boundary, "parts": parts}


def _part_body(v, encoding):
    if v is None:
        return b""
    if isinstance(v, str):
        return v.encode(encoding)
    if isinstance(v, (bytes, bytearray)):
        return bytes(v)
    if isinstance(v, bool):
        return b"true" if v else b"false"
    return str(v).encode(encoding)


def _quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _write_multipart(value, mime, encoding):
    if not isinstance(value, dict):
        raise TypeError(f"Entity.from_value: multipart/form-data needs a dict, not {type(value).__name__}")
    specs = []
    given = None
    if "parts" in value:
        for p in value["parts"]:
            if not isinstance(p, dict):
                raise TypeError(f"multipart/form-data parts must be dicts, not {type(p).__name__}")
            opt = lambda k: None if p.get(k) is None else str(p.get(k))
            headers = [(str(k), str(v)) for k, v in (p.get("headers") or {}).items()
                       if str(k).lower() not in ("content-disposition", "content-type")]
            specs.append((opt("name"), opt("filename"), opt("content_type"), headers,
                          _part_body(p.get("value"), encoding)))
        given = None if value.get("boundary") is None else str(value.get("boundary"))
    else:
        for k, v in value.items():
            for item in (v if isinstance(v, list) else [v]):
                specs.append((str(k), None, None, [], _part_body(item, encoding)))
    in_mime = _mime_param(mime, "boundary")
    boundary = in_mime or given or _DEFAULT_BOUNDARY
    if in_mime is None and given is None:
        n = 0
        while any(("--" + boundary).encode() in s[4] for s in specs):
            n += 1
            boundary = f"{_DEFAULT_BOUNDARY}-{n}"
    msg = email.message.Message(policy=_HTTP)
    msg["Content-Type"] = f'multipart/form-data; boundary="{boundary}"'
    parts = []
    for name, filename, ctype, headers, body in specs:
        p = email.message.Message(policy=_HTTP)
        disposition = "form-data"
        if name is not None:
            disposition += "; name=" + _quote(name)
        if filename is not None:
            disposition += "; filename=" + _quote(filename)
        p["Content-Disposition"] = disposition
        if ctype is not None:
            p["Content-Type"] = ctype
        for k, v in headers:
            p[k] = v
        p.set_payload(body.decode("ascii", "surrogateescape"))
        parts.append(p)
    msg.set_payload(parts)
    buf = io.BytesIO()
    email.generator.BytesGenerator(buf, mangle_from_=False, policy=_HTTP).flatten(msg)
    data = buf.getvalue()
    body = data[data.index(b"\r\n\r\n") + 4:]
    if not parts:
        body = f"--{boundary}--\r\n".encode()
    full_mime = mime if in_mime else f"multipart/form-data; boundary={boundary}"
    return body, full_mime


def _multipart_item(value, key):
    parts = value.get("parts", [])
    if isinstance(key, int) and not isinstance(key, bool):
        return parts[key]
    if isinstance(key, str):
        name = key[1:] if key.startswith("*") else key
        matching = [p for p in parts if p.get("name") == name]
        if key.startswith("*"):
            return matching
        if matching:
            return matching[0]
    return value[key]


# ---------------------------------------------------------------------------- Entity

class Entity:
    def __init__(self, blob, mime_type, encoding="utf-8"):
        self._blob = bytes(blob)
        self._mime = mime_type
        self._encoding = encoding
        self._parsed = None
        self._done = False

    @staticmethod
    def from_bytes(data, mime_type, encoding="utf-8"):
        if isinstance(data, str):
            data = data.encode(encoding)
        elif not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"from_bytes() data must be bytes or str, not {type(data).__name__}")
        return Entity(data, mime_type, encoding)

    @staticmethod
    def from_value(value, mime_type="application/json", encoding="utf-8"):
        kind = _essence(mime_type)
        if kind == "application/json":
            text = json.dumps(value, ensure_ascii=False)
        elif kind == "application/x-www-form-urlencoded":
            pairs = value.pairs if isinstance(value, MultiMap) else value
            text = urllib.parse.urlencode(pairs, doseq=isinstance(value, dict))
        elif kind == "text/plain":
            text = str(value)
        elif kind == "application/xml":
            text = _write_xml(value, encoding)
        elif kind == "application/csv":
            text = _write_csv(value)
        elif kind == "multipart/form-data":
            blob, full = _write_multipart(value, mime_type, encoding)
            return Entity(blob, full, encoding)
        else:
            raise ValueError(f"Entity.from_value cannot serialise MIME type '{kind}' (supported: application/json, "
                             "text/json, text/plain, application/x-www-form-urlencoded, application/csv, text/csv, "
                             "application/xml, text/xml, multipart/form-data)")
        return Entity(text.encode(encoding), mime_type, encoding)

    def _value(self):
        if self._done:
            return self._parsed
        kind = _essence(self._mime)
        if kind == "application/json":
            try:
                v = json.loads(self._blob.decode(self._encoding))
            except json.JSONDecodeError as e:
                raise ValueError(f"Entity body is not valid application/json: {e}") from None
        elif kind == "application/x-www-form-urlencoded":
            v = MultiMap(urllib.parse.parse_qsl(self._blob.decode(self._encoding), keep_blank_values=True))
        elif kind == "application/xml":
            v = _parse_xml(self._blob, self._encoding)
        elif kind == "application/csv":
            v = _parse_csv(self._blob, self._encoding)
        elif kind == "multipart/form-data":
            v = _parse_multipart(self._blob, self._mime, self._encoding)
        elif kind.startswith("text/"):
            v = self._blob.decode(self._encoding)
        else:
            v = self._blob
        self._parsed, self._done = v, True
        return v

    def __getitem__(self, key):
        if key == "^blob":
            return self._blob
        if key == "^mime_type":
            return self._mime
        if key == "^encoding":
            return self._encoding
        if key == "^value":
            return self._value()
        if _essence(self._mime) == "multipart/form-data":
            return _multipart_item(self._value(), key)
        return self._value()[key]

    def get(self, key, default=None):
        try:
            return self[key]
        except LookupError:
            return default

    def __eq__(self, other):
        return isinstance(other, Entity) and (self._blob, self._mime, self._encoding) == (
            other._blob, other._mime, other._encoding)

    def __str__(self):
        return self._blob.decode(self._encoding, "replace")

    def __repr__(self):
        return f"Entity(mime_type={self._mime!r}, encoding={self._encoding!r}, {len(self._blob)} bytes)"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: corpus_prelude.py SCRIPT.py")
    builtins.Entity = Entity
    builtins.MultiMap = MultiMap
    path = sys.argv[1]
    sys.argv = [path]
    runpy.run_path(path, run_name="__main__")


if __name__ == "__main__":
    main()
