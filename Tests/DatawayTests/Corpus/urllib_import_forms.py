import urllib.parse
from urllib.parse import quote
import urllib
print(urllib.parse.quote("a b"), quote("c d"), urllib.parse.urlencode({"k": "v"}))
print(urllib.parse.urlparse("http://x/y").path)
