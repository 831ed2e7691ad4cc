"""unicodedata: CPython 3.11's Unicode database functions (Unicode 14.0.0).

Properties (category, bidirectional, east_asian_width, mirrored, combining,
decomposition, numeric values) cover every code point, read from the C
tables of _unicodedata.  Character names cover Latin, Greek, Cyrillic,
Armenian, Hebrew/Arabic letters, punctuation, symbols, arrows, math
operators, box drawing, kana, ligatures, full-width forms and emoticons,
plus the algorithmic CJK ideograph and Hangul syllable names; other
characters have no name here (name() raises "no such name").
"""

import _unicodedata as _ud

unidata_version = '14.0.0'

__all__ = ['bidirectional', 'category', 'combining', 'decimal', 'decomposition', 'digit',
           'east_asian_width', 'is_normalized', 'lookup', 'mirrored', 'name', 'normalize',
           'numeric', 'unidata_version']

_SBASE, _LBASE, _VBASE, _TBASE = 0xAC00, 0x1100, 0x1161, 0x11A7
_LCOUNT, _VCOUNT, _TCOUNT = 19, 21, 28
_NCOUNT = _VCOUNT * _TCOUNT
_SCOUNT = _LCOUNT * _NCOUNT

_JAMO_L = ('G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K',
           'T', 'P', 'H')
_JAMO_V = ('A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U',
           'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I')
_JAMO_T = ('', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP',
           'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H')

_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF), (0x2A700, 0x2B738),
               (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0), (0x30000, 0x3134A))

_FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')


def _type_name(value):
    return 'None' if value is None else type(value).__name__


def _code(fname, chr, which='argument'):
    if not isinstance(chr, str) or len(chr) != 1:
        raise TypeError('%s() %s must be a unicode character, not %s'
                        % (fname, which, _type_name(chr)))
    return ord(chr)


def category(chr, /):
    return _ud.category(_code('category', chr))


def bidirectional(chr, /):
    return _ud.bidirectional(_code('bidirectional', chr))


def east_asian_width(chr, /):
    return _ud.east_asian_width(_code('east_asian_width', chr))


def mirrored(chr, /):
    return _ud.mirrored(_code('mirrored', chr))


def combining(chr, /):
    return _ud.combining(_code('combining', chr))


def decomposition(chr, /):
    return _ud.decomposition(_code('decomposition', chr))


_NO_DEFAULT = object()


def decimal(chr, default=_NO_DEFAULT, /):
    found = _ud.numeric(_code('decimal', chr, 'argument 1'))
    if found is None or found[0] != 1:
        if default is _NO_DEFAULT:
            raise ValueError('not a decimal')
        return default
    return int(found[1])


def digit(chr, default=_NO_DEFAULT, /):
    found = _ud.numeric(_code('digit', chr, 'argument 1'))
    if found is None or found[0] == 3:
        if default is _NO_DEFAULT:
            raise ValueError('not a digit')
        return default
    return int(found[1])


def numeric(chr, default=_NO_DEFAULT, /):
    found = _ud.numeric(_code('numeric', chr, 'argument 1'))
    if found is None:
        if default is _NO_DEFAULT:
            raise ValueError('not a numeric character')
        return default
    return found[1]


def name(chr, default=_NO_DEFAULT, /):
    cp = _code('name', chr, 'argument 1')
    if _SBASE <= cp < _SBASE + _SCOUNT:
        s = cp - _SBASE
        return ('HANGUL SYLLABLE ' + _JAMO_L[s // _NCOUNT]
                + _JAMO_V[(s % _NCOUNT) // _TCOUNT] + _JAMO_T[s % _TCOUNT])
    for lo, hi in _CJK_RANGES:
        if lo <= cp <= hi:
            return 'CJK UNIFIED IDEOGRAPH-%X' % cp
    found = _ud.name(cp)
    if found is None:
        if default is _NO_DEFAULT:
            raise ValueError('no such name')
        return default
    return found


def _lookup_algorithmic(key):
    if key.startswith('CJK UNIFIED IDEOGRAPH-'):
        digits = key[len('CJK UNIFIED IDEOGRAPH-'):]
        if len(digits) in (4, 5) and all(c in '0123456789ABCDEF' for c in digits):
            cp = int(digits, 16)
            for lo, hi in _CJK_RANGES:
                if lo <= cp <= hi:
                    return cp
        return -1
    if key.startswith('HANGUL SYLLABLE '):
        rest = key[len('HANGUL SYLLABLE '):]
        # the longest matching jamo at each step, as CPython's lookup does
        for li in _longest_first(_JAMO_L, rest):
            after_l = rest[len(_JAMO_L[li]):]
            for vi in _longest_first(_JAMO_V, after_l):
                after_v = after_l[len(_JAMO_V[vi]):]
                if after_v in _JAMO_T:
                    ti = _JAMO_T.index(after_v)
                    return _SBASE + (li * _VCOUNT + vi) * _TCOUNT + ti
        return -1
    return -1


def _longest_first(table, text):
    hits = [i for i, j in enumerate(table) if text.startswith(j)]
    hits.sort(key=lambda i: -len(table[i]))
    return hits


def lookup(name, /):
    if not isinstance(name, str):
        raise TypeError("a bytes-like object is required, not '%s'" % type(name).__name__)
    # CPython matches the algorithmic names case-sensitively, the others not
    cp = _lookup_algorithmic(name)
    if cp < 0:
        cp = _ud.lookup(name.upper())
    if cp < 0:
        raise KeyError("undefined character name '%s'" % name)
    return chr(cp)


def _decompose_into(cp, compat, out):
    if _SBASE <= cp < _SBASE + _SCOUNT:
        s = cp - _SBASE
        out.append(_LBASE + s // _NCOUNT)
        out.append(_VBASE + (s % _NCOUNT) // _TCOUNT)
        if s % _TCOUNT:
            out.append(_TBASE + s % _TCOUNT)
        return
    found = _ud.decomp(cp)
    if found is None or (found[0] and not compat):
        out.append(cp)
        return
    for part in found[1]:
        _decompose_into(part, compat, out)


def _decompose(text, compat):
    out = []
    for ch in text:
        _decompose_into(ord(ch), compat, out)
    # canonical ordering: stable sort of each run of non-starters by class
    classes = [_ud.combining(cp) for cp in out]
    i, n = 0, len(out)
    while i < n:
        if classes[i] == 0:
            i += 1
            continue
        j = i
        while j < n and classes[j] != 0:
            j += 1
        if j - i > 1:
            run = sorted(range(i, j), key=lambda k: classes[k])
            out[i:j] = [out[k] for k in run]
        i = j
    return out


def _compose_pair(first, second):
    if _LBASE <= first < _LBASE + _LCOUNT and _VBASE <= second < _VBASE + _VCOUNT:
        return _SBASE + ((first - _LBASE) * _VCOUNT + (second - _VBASE)) * _TCOUNT
    if (_SBASE <= first < _SBASE + _SCOUNT and (first - _SBASE) % _TCOUNT == 0
            and _TBASE < second < _TBASE + _TCOUNT):
        return first + (second - _TBASE)
    return _ud.compose(first, second)


def _compose(cps):
    result = []
    starter = -1
    last_class = 0
    for cp in cps:
        cls = _ud.combining(cp)
        if starter >= 0:
            adjacent = len(result) - 1 == starter
            if adjacent or (last_class != 0 and last_class < cls):
                composite = _compose_pair(result[starter], cp)
                if composite >= 0:
                    result[starter] = composite
                    continue
        if cls == 0:
            starter = len(result)
        last_class = cls
        result.append(cp)
    return result


def normalize(form, unistr, /):
    if not isinstance(form, str):
        raise TypeError('normalize() argument 1 must be str, not %s' % _type_name(form))
    if not isinstance(unistr, str):
        raise TypeError('normalize() argument 2 must be str, not %s' % _type_name(unistr))
    if form not in _FORMS:
        raise ValueError('invalid normalization form')
    if unistr.isascii():
        return unistr
    cps = _decompose(unistr, form.startswith('NFK'))
    if form in ('NFC', 'NFKC'):
        cps = _compose(cps)
    return ''.join([chr(cp) for cp in cps])


def is_normalized(form, unistr, /):
    if not isinstance(form, str):
        raise TypeError('is_normalized() argument 1 must be str, not %s' % _type_name(form))
    if not isinstance(unistr, str):
        raise TypeError('is_normalized() argument 2 must be str, not %s' % _type_name(unistr))
    if form not in _FORMS:
        raise ValueError('invalid normalization form')
    return normalize(form, unistr) == unistr
