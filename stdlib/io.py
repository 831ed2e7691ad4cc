"""In-memory text and byte streams (StringIO, BytesIO) for Corral."""

__all__ = ["StringIO", "BytesIO", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "IOBase", "TextIOBase", "BufferedIOBase"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError):
    # CPython's also derives from ValueError; Corral cannot combine two exception layouts
    pass


class IOBase:
    pass


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


def _check_size(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


class _MemoryStream:
    """What StringIO and BytesIO share; _buf is a list of characters or a bytearray."""

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def tell(self):
        self._check_open()
        return self._pos

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        hint = _check_size(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
        elif size < 0:
            raise ValueError("Negative size value %d" % size)
        del self._buf[size:]
        return size

    def _read_span(self, size):
        self._check_open()
        size = _check_size(size)
        n = len(self._buf)
        start = min(self._pos, n)
        end = n if size < 0 else min(n, start + size)
        self._pos = max(self._pos, end)
        return start, end

    def _readline_span(self, size):
        self._check_open()
        size = _check_size(size)
        n = len(self._buf)
        start = min(self._pos, n)
        end = start
        limit = n if size < 0 else min(n, start + size)
        newline = self._newline_item
        while end < limit:
            end += 1
            if self._buf[end - 1] == newline:
                break
        self._pos = max(self._pos, end)
        return start, end

    def _write_items(self, items):
        n = len(self._buf)
        if self._pos > n:
            self._buf.extend(self._padding * (self._pos - n))
        self._buf[self._pos:self._pos + len(items)] = items
        self._pos += len(items)


class StringIO(_MemoryStream, TextIOBase):
    _newline_item = "\n"
    _closed_message = "I/O operation on closed file"
    _padding = ["\0"]

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._closed = False
        self._buf = list(initial_value or "")
        self._pos = 0

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)

    def getvalue(self):
        self._check_open()
        return "".join(self._buf)

    def read(self, size=-1):
        start, end = self._read_span(size)
        return "".join(self._buf[start:end])

    def readline(self, size=-1):
        start, end = self._readline_span(size)
        return "".join(self._buf[start:end])

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        self._write_items(list(s))
        return len(s)

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos


class BytesIO(_MemoryStream, BufferedIOBase):
    _newline_item = 10
    _closed_message = "I/O operation on closed file."
    _padding = b"\0"

    def __init__(self, initial_bytes=b""):
        self._closed = False
        self._buf = bytearray(initial_bytes if initial_bytes is not None else b"")
        self._pos = 0

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def read(self, size=-1):
        start, end = self._read_span(size)
        return bytes(self._buf[start:end])

    read1 = read

    def readline(self, size=-1):
        start, end = self._readline_span(size)
        return bytes(self._buf[start:end])

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        self._write_items(data)
        return len(data)

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos
