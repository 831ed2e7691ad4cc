def http_status(code):
    if code in (200, 201, 204):
        return "success"
    elif 300 <= code < 400:
        return "redirect"
    elif code == 404:
        return "not found"
    elif code >= 500:
        return "server error"
    return "client error"
print({c: http_status(c) for c in [200, 204, 301, 404, 418, 503]})
