"""hashlib: md5, sha1, sha224, sha256, sha384, sha512, blake2b, blake2s
(the C core is _hashlib)."""

import _hashlib

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                                   'blake2b', 'blake2s'))
algorithms_available = algorithms_guaranteed

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'new',
           'algorithms_guaranteed', 'algorithms_available')


class HASH:
    __slots__ = ('_state', 'name', 'digest_size', 'block_size')

    def update(self, *args):
        if len(args) != 1:
            raise TypeError('HASH.update() takes exactly one argument (%d given)' % len(args))
        _hashlib.update(self._state, args[0])

    def digest(self):
        return _hashlib.digest(self._state)

    def hexdigest(self):
        return _hashlib.digest(self._state).hex()

    def copy(self):
        cls = type(self)
        other = cls.__new__(cls)
        other._state = bytearray(self._state)
        other.name = self.name
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


HASH.__module__ = '_hashlib'


def _make(name, data):
    info = _hashlib.info(name)
    if info is None:
        raise ValueError('unsupported hash type ' + name)
    h = HASH.__new__(HASH)
    h.name, h.digest_size, h.block_size, size = info
    h._state = bytearray(size)
    _hashlib.init(h.name, h._state)
    if data is not None:
        _hashlib.update(h._state, data)
    return h


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    lowered = name.lower()
    if lowered == 'blake2b':
        return blake2b(data, **kwargs)
    if lowered == 'blake2s':
        return blake2s(data, **kwargs)
    return _make(name, _initial_data(data, kwargs, 'new'))


def _initial_data(data, kwargs, fname):
    for key in kwargs:
        if key == 'string':
            if data is not b'' and data is not None:
                raise TypeError("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.")
            data = kwargs[key]
        elif key != 'usedforsecurity':
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, fname))
    return data


def md5(string=b'', *, usedforsecurity=True):
    return _make('md5', string)


def sha1(string=b'', *, usedforsecurity=True):
    return _make('sha1', string)


def sha224(string=b'', *, usedforsecurity=True):
    return _make('sha224', string)


def sha256(string=b'', *, usedforsecurity=True):
    return _make('sha256', string)


def sha384(string=b'', *, usedforsecurity=True):
    return _make('sha384', string)


def sha512(string=b'', *, usedforsecurity=True):
    return _make('sha512', string)


def _buffer_arg(value):
    if isinstance(value, (bytes, bytearray)):
        return value
    raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)


_BLAKE2_OPTIONS = ('digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size',
                   'node_offset', 'node_depth', 'inner_size', 'last_node', 'usedforsecurity')


def _blake2_options(kwargs, fname, digest_size):
    options = dict(digest_size=digest_size, key=b'', salt=b'', person=b'', fanout=1, depth=1,
                   leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False)
    for key, value in kwargs.items():
        if key not in _BLAKE2_OPTIONS:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, fname))
        if key != 'usedforsecurity':
            options[key] = value
    return options


def _blake2_init(self, data, digest_size, key, salt, person, fanout, depth,
                 leaf_size, node_offset, node_depth, inner_size, last_node):
    cls = type(self)
    max_digest = cls.MAX_DIGEST_SIZE
    if not 1 <= digest_size <= max_digest:
        raise ValueError('digest_size must be between 1 and %d bytes' % max_digest)
    key, salt, person = _buffer_arg(key), _buffer_arg(salt), _buffer_arg(person)
    if len(key) > cls.MAX_KEY_SIZE:
        raise ValueError('maximum key length is %d bytes' % cls.MAX_KEY_SIZE)
    if len(salt) > cls.SALT_SIZE:
        raise ValueError('maximum salt length is %d bytes' % cls.SALT_SIZE)
    if len(person) > cls.PERSON_SIZE:
        raise ValueError('maximum person length is %d bytes' % cls.PERSON_SIZE)
    if not 0 <= fanout <= 255:
        raise ValueError('fanout must be between 0 and 255')
    if not 1 <= depth <= 255:
        raise ValueError('depth must be between 1 and 255')
    if leaf_size < 0 or node_offset < 0:
        raise ValueError('value must be positive')
    if leaf_size >= 1 << 32:
        raise OverflowError('leaf_size is too large')
    if node_offset >= 1 << 64:
        raise OverflowError('int too big to convert')
    if max_digest == 32 and node_offset >= 1 << 48:
        raise OverflowError('node_offset is too large')
    if not 0 <= node_depth <= 255:
        raise ValueError('node_depth must be between 0 and 255')
    if not 0 <= inner_size <= max_digest:
        raise ValueError('inner_size must be between 0 and is %d' % max_digest)
    info = _hashlib.info(self.name)
    self._state = bytearray(info[3])
    self.digest_size = digest_size
    _hashlib.init_blake2(self.name, self._state, digest_size, key, salt, person, fanout,
                         depth, leaf_size, node_offset, node_depth, inner_size, bool(last_node))
    if data is not None and data is not b'':
        _hashlib.update(self._state, data)


class blake2b(HASH):
    """BLAKE2b hash (RFC 7693) with its keyed, salted and tree modes."""
    __slots__ = ()
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64

    def __init__(self, data=b'', /, **kwargs):
        self.name = 'blake2b'
        self.block_size = 128
        _blake2_init(self, data, **_blake2_options(kwargs, 'blake2b', 64))

    def __repr__(self):
        return '<_blake2.blake2b object @ %s>' % hex(id(self))


class blake2s(HASH):
    """BLAKE2s hash (RFC 7693) with its keyed, salted and tree modes."""
    __slots__ = ()
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32

    def __init__(self, data=b'', /, **kwargs):
        self.name = 'blake2s'
        self.block_size = 64
        _blake2_init(self, data, **_blake2_options(kwargs, 'blake2s', 32))

    def __repr__(self):
        return '<_blake2.blake2s object @ %s>' % hex(id(self))


blake2b.__module__ = '_blake2'
blake2s.__module__ = '_blake2'
