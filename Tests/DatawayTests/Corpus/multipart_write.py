# Entity.from_value(..., mime_type="multipart/form-data") writes the email package's layout.
form = {
    "boundary": "BOUNDARY",
    "parts": [
        {"name": "title", "value": "Report"},
        {"name": "doc", "filename": "r.txt", "content_type": "text/plain", "value": b"hello\r\nworld"},
        {"name": "n", "value": 42},
        {"name": "flag", "value": True, "headers": {"X-Trace": "abc"}},
    ],
}
e = Entity.from_value(form, mime_type="multipart/form-data")
print(e["^mime_type"])
print(repr(e["^blob"]))
back = e["^value"]
print(back["boundary"], [(p["name"], p["filename"], p["value"]) for p in back["parts"]])
simple = Entity.from_value({"a": "1", "b": ["x", "y"], "c": b"raw"}, mime_type="multipart/form-data")
print(simple["^mime_type"])
print(repr(simple["^blob"]))
print([p["value"] for p in simple["*b"]])
fixed = Entity.from_value({"a": "1"}, mime_type="multipart/form-data; boundary=given")
print(fixed["^mime_type"], repr(fixed["^blob"]))
clash = Entity.from_value({"a": "------DatawayFormBoundary7MA4YWxkTrZu0gW inside"}, mime_type="multipart/form-data")
print(clash["^mime_type"], clash["a"]["value"])
