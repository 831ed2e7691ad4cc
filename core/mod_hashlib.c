/* The _hashlib module: MD5, SHA-1, SHA-224/256, SHA-384/512 and BLAKE2b/s
 * written from their specifications (RFC 1321, FIPS 180-4, RFC 7693).
 *
 * A hash object's state lives in a bytearray owned by the Python-level
 * hash object (stdlib/hashlib.py): init(name, buf) fills it, update(buf,
 * data) absorbs bytes, digest(buf) finishes a copy, so the object can keep
 * being updated and copy() is a bytearray copy.
 */
#include "bigint.h"
#include "modules.h"

enum { H_MD5, H_SHA1, H_SHA224, H_SHA256, H_SHA384, H_SHA512, H_BLAKE2B, H_BLAKE2S };

typedef struct {
    uint32_t algo;
    uint32_t buffered;      /* bytes waiting in block[] */
    uint64_t total_lo;      /* message length in bytes (128-bit for SHA-512) */
    uint64_t total_hi;
    uint32_t h32[8];
    uint64_t h64[8];
    uint8_t block[128];
    uint32_t out_len;       /* BLAKE2: digest size chosen at creation */
    uint32_t last_node;     /* BLAKE2: tree mode's last-node flag */
} HashState;

typedef struct {
    const char *name;
    int algo;
    int digest_size;
    int block_size;
} HashInfo;

static const HashInfo hash_infos[] = {
    {"md5", H_MD5, 16, 64},        {"sha1", H_SHA1, 20, 64},       {"sha224", H_SHA224, 28, 64},
    {"sha256", H_SHA256, 32, 64},  {"sha384", H_SHA384, 48, 128}, {"sha512", H_SHA512, 64, 128},
    {"blake2b", H_BLAKE2B, 64, 128}, {"blake2s", H_BLAKE2S, 32, 64},
};
#define N_HASHES (sizeof hash_infos / sizeof hash_infos[0])

#define ROL32(x, n) (((x) << (n)) | ((x) >> (32 - (n))))
#define ROR32(x, n) (((x) >> (n)) | ((x) << (32 - (n))))
#define ROR64(x, n) (((x) >> (n)) | ((x) << (64 - (n))))

static uint32_t load_be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static uint32_t load_le32(const uint8_t *p)
{
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}
static uint64_t load_be64(const uint8_t *p) { return (uint64_t)load_be32(p) << 32 | load_be32(p + 4); }

/* ------------------------------------------------------------------ MD5 */

static const uint32_t md5_k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
static const uint8_t md5_shift[64] = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
};

static void md5_block(HashState *s, const uint8_t *p)
{
    uint32_t m[16];
    for (int i = 0; i < 16; i++)
        m[i] = load_le32(p + 4 * i);
    uint32_t a = s->h32[0], b = s->h32[1], c = s->h32[2], d = s->h32[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) {
            f = (b & c) | (~b & d);
            g = i;
        } else if (i < 32) {
            f = (d & b) | (~d & c);
            g = (5 * i + 1) & 15;
        } else if (i < 48) {
            f = b ^ c ^ d;
            g = (3 * i + 5) & 15;
        } else {
            f = c ^ (b | ~d);
            g = (7 * i) & 15;
        }
        uint32_t t = d;
        d = c;
        c = b;
        uint32_t x = a + f + md5_k[i] + m[g];
        b = b + ROL32(x, md5_shift[i]);
        a = t;
    }
    s->h32[0] += a;
    s->h32[1] += b;
    s->h32[2] += c;
    s->h32[3] += d;
}

/* ---------------------------------------------------------------- SHA-1 */

static void sha1_block(HashState *s, const uint8_t *p)
{
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = load_be32(p + 4 * i);
    for (int i = 16; i < 80; i++)
        w[i] = ROL32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = s->h32[0], b = s->h32[1], c = s->h32[2], d = s->h32[3], e = s->h32[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        uint32_t t = ROL32(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = ROL32(b, 30);
        b = a;
        a = t;
    }
    s->h32[0] += a;
    s->h32[1] += b;
    s->h32[2] += c;
    s->h32[3] += d;
    s->h32[4] += e;
}

/* -------------------------------------------------------------- SHA-256 */

static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void sha256_block(HashState *s, const uint8_t *p)
{
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = load_be32(p + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROR32(w[i - 15], 7) ^ ROR32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROR32(w[i - 2], 17) ^ ROR32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t v[8];
    memcpy(v, s->h32, sizeof v);
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = ROR32(v[4], 6) ^ ROR32(v[4], 11) ^ ROR32(v[4], 25);
        uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint32_t t1 = v[7] + S1 + ch + sha256_k[i] + w[i];
        uint32_t S0 = ROR32(v[0], 2) ^ ROR32(v[0], 13) ^ ROR32(v[0], 22);
        uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        uint32_t t2 = S0 + maj;
        memmove(v + 1, v, 7 * sizeof v[0]);
        v[4] += t1;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++)
        s->h32[i] += v[i];
}

/* -------------------------------------------------------------- SHA-512 */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static void sha512_block(HashState *s, const uint8_t *p)
{
    uint64_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = load_be64(p + 8 * i);
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ROR64(w[i - 15], 1) ^ ROR64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ROR64(w[i - 2], 19) ^ ROR64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t v[8];
    memcpy(v, s->h64, sizeof v);
    for (int i = 0; i < 80; i++) {
        uint64_t S1 = ROR64(v[4], 14) ^ ROR64(v[4], 18) ^ ROR64(v[4], 41);
        uint64_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint64_t t1 = v[7] + S1 + ch + sha512_k[i] + w[i];
        uint64_t S0 = ROR64(v[0], 28) ^ ROR64(v[0], 34) ^ ROR64(v[0], 39);
        uint64_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        uint64_t t2 = S0 + maj;
        memmove(v + 1, v, 7 * sizeof v[0]);
        v[4] += t1;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++)
        s->h64[i] += v[i];
}

/* -------------------------------------------------------------- BLAKE2 */

static const uint8_t blake2_sigma[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
};

/* BLAKE2b's IV is SHA-512's; BLAKE2s's is SHA-256's */
static const uint64_t blake2b_iv[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                                       0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                                       0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
static const uint32_t blake2s_iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

static uint64_t load_le64(const uint8_t *p) { return (uint64_t)load_le32(p + 4) << 32 | load_le32(p); }

#define B2B_G(a, b, c, d, x, y)            \
    do {                                   \
        v[a] = v[a] + v[b] + (x);          \
        v[d] = ROR64(v[d] ^ v[a], 32);     \
        v[c] = v[c] + v[d];                \
        v[b] = ROR64(v[b] ^ v[c], 24);     \
        v[a] = v[a] + v[b] + (y);          \
        v[d] = ROR64(v[d] ^ v[a], 16);     \
        v[c] = v[c] + v[d];                \
        v[b] = ROR64(v[b] ^ v[c], 63);     \
    } while (0)

#define B2S_G(a, b, c, d, x, y)            \
    do {                                   \
        v[a] = v[a] + v[b] + (x);          \
        v[d] = ROR32(v[d] ^ v[a], 16);     \
        v[c] = v[c] + v[d];                \
        v[b] = ROR32(v[b] ^ v[c], 12);     \
        v[a] = v[a] + v[b] + (y);          \
        v[d] = ROR32(v[d] ^ v[a], 8);      \
        v[c] = v[c] + v[d];                \
        v[b] = ROR32(v[b] ^ v[c], 7);      \
    } while (0)

static void blake2b_compress(HashState *s, const uint8_t *p, bool last)
{
    uint64_t m[16], v[16];
    for (int i = 0; i < 16; i++)
        m[i] = load_le64(p + 8 * i);
    for (int i = 0; i < 8; i++) {
        v[i] = s->h64[i];
        v[i + 8] = blake2b_iv[i];
    }
    v[12] ^= s->total_lo;
    v[13] ^= s->total_hi;
    if (last) {
        v[14] = ~v[14];
        if (s->last_node)
            v[15] = ~v[15];
    }
    for (int r = 0; r < 12; r++) {
        const uint8_t *sg = blake2_sigma[r];
        B2B_G(0, 4, 8, 12, m[sg[0]], m[sg[1]]);
        B2B_G(1, 5, 9, 13, m[sg[2]], m[sg[3]]);
        B2B_G(2, 6, 10, 14, m[sg[4]], m[sg[5]]);
        B2B_G(3, 7, 11, 15, m[sg[6]], m[sg[7]]);
        B2B_G(0, 5, 10, 15, m[sg[8]], m[sg[9]]);
        B2B_G(1, 6, 11, 12, m[sg[10]], m[sg[11]]);
        B2B_G(2, 7, 8, 13, m[sg[12]], m[sg[13]]);
        B2B_G(3, 4, 9, 14, m[sg[14]], m[sg[15]]);
    }
    for (int i = 0; i < 8; i++)
        s->h64[i] ^= v[i] ^ v[i + 8];
}

static void blake2s_compress(HashState *s, const uint8_t *p, bool last)
{
    uint32_t m[16], v[16];
    for (int i = 0; i < 16; i++)
        m[i] = load_le32(p + 4 * i);
    for (int i = 0; i < 8; i++) {
        v[i] = s->h32[i];
        v[i + 8] = blake2s_iv[i];
    }
    v[12] ^= (uint32_t)s->total_lo;
    v[13] ^= (uint32_t)(s->total_lo >> 32);
    if (last) {
        v[14] = ~v[14];
        if (s->last_node)
            v[15] = ~v[15];
    }
    for (int r = 0; r < 10; r++) {
        const uint8_t *sg = blake2_sigma[r];
        B2S_G(0, 4, 8, 12, m[sg[0]], m[sg[1]]);
        B2S_G(1, 5, 9, 13, m[sg[2]], m[sg[3]]);
        B2S_G(2, 6, 10, 14, m[sg[4]], m[sg[5]]);
        B2S_G(3, 7, 11, 15, m[sg[6]], m[sg[7]]);
        B2S_G(0, 5, 10, 15, m[sg[8]], m[sg[9]]);
        B2S_G(1, 6, 11, 12, m[sg[10]], m[sg[11]]);
        B2S_G(2, 7, 8, 13, m[sg[12]], m[sg[13]]);
        B2S_G(3, 4, 9, 14, m[sg[14]], m[sg[15]]);
    }
    for (int i = 0; i < 8; i++)
        s->h32[i] ^= v[i] ^ v[i + 8];
}

static bool is_blake2(const HashState *s) { return s->algo == H_BLAKE2B || s->algo == H_BLAKE2S; }

/* BLAKE2 keeps the last block buffered (it is compressed with the final
 * flag), so a full buffer is only compressed once more data arrives; the
 * counter counts bytes compressed so far. */
static int blake2_update(Vm *vm, HashState *s, const uint8_t *data, size_t len)
{
    size_t bs = s->algo == H_BLAKE2B ? 128 : 64;
    size_t nblocks = 0;
    while (len) {
        if (s->buffered == bs) {
            uint64_t old = s->total_lo;
            s->total_lo += bs;
            if (s->total_lo < old)
                s->total_hi++;
            if (s->algo == H_BLAKE2B)
                blake2b_compress(s, s->block, false);
            else
                blake2s_compress(s, s->block, false);
            s->buffered = 0;
            if ((++nblocks & 4095) == 0 && vm_tick(vm) < 0)
                return -1;
        }
        size_t take = bs - s->buffered;
        if (take > len)
            take = len;
        memcpy(s->block + s->buffered, data, take);
        s->buffered += (uint32_t)take;
        data += take;
        len -= take;
    }
    return 0;
}

static int blake2_final(HashState *s, uint8_t *out)
{
    size_t bs = s->algo == H_BLAKE2B ? 128 : 64;
    uint64_t old = s->total_lo;
    s->total_lo += s->buffered;
    if (s->total_lo < old)
        s->total_hi++;
    memset(s->block + s->buffered, 0, bs - s->buffered);
    if (s->algo == H_BLAKE2B) {
        blake2b_compress(s, s->block, true);
        for (uint32_t i = 0; i < s->out_len; i++)
            out[i] = (uint8_t)(s->h64[i / 8] >> (8 * (i % 8)));
    } else {
        blake2s_compress(s, s->block, true);
        for (uint32_t i = 0; i < s->out_len; i++)
            out[i] = (uint8_t)(s->h32[i / 4] >> (8 * (i % 4)));
    }
    return (int)s->out_len;
}

typedef struct {
    uint32_t digest_size, fanout, depth, node_depth, inner_size, last_node;
    uint32_t leaf_size;
    uint64_t node_offset;
    const uint8_t *key, *salt, *person;
    size_t key_len, salt_len, person_len;
} Blake2Params;

/* Parameters are validated by the caller; lengths are clamped here only so
 * that a bad call cannot write out of bounds. */
static void blake2_setup(HashState *s, int algo, const Blake2Params *p)
{
    bool big = algo == H_BLAKE2B;
    size_t bs = big ? 128 : 64, maxkey = big ? 64 : 32, saltlen = big ? 16 : 8;
    uint8_t param[64];
    memset(s, 0, sizeof *s);
    memset(param, 0, sizeof param);
    s->algo = (uint32_t)algo;
    s->out_len = p->digest_size;
    s->last_node = p->last_node;
    size_t key_len = p->key_len > maxkey ? maxkey : p->key_len;
    param[0] = (uint8_t)p->digest_size;
    param[1] = (uint8_t)key_len;
    param[2] = (uint8_t)p->fanout;
    param[3] = (uint8_t)p->depth;
    for (int i = 0; i < 4; i++)
        param[4 + i] = (uint8_t)(p->leaf_size >> (8 * i));
    /* node offset: 8 bytes in BLAKE2b, 6 in BLAKE2s */
    int offset_bytes = big ? 8 : 6;
    for (int i = 0; i < offset_bytes; i++)
        param[8 + i] = (uint8_t)(p->node_offset >> (8 * i));
    param[8 + offset_bytes] = (uint8_t)p->node_depth;
    param[9 + offset_bytes] = (uint8_t)p->inner_size;
    size_t salt_at = big ? 32 : 16;
    memcpy(param + salt_at, p->salt, p->salt_len > saltlen ? saltlen : p->salt_len);
    memcpy(param + salt_at + saltlen, p->person, p->person_len > saltlen ? saltlen : p->person_len);
    if (big) {
        for (int i = 0; i < 8; i++)
            s->h64[i] = blake2b_iv[i] ^ load_le64(param + 8 * i);
    } else {
        for (int i = 0; i < 8; i++)
            s->h32[i] = blake2s_iv[i] ^ load_le32(param + 4 * i);
    }
    if (key_len) {
        memcpy(s->block, p->key, key_len);
        s->buffered = (uint32_t)bs;
    }
}

/* ---------------------------------------------------------- streaming */

static int block_size_of(int algo) { return algo >= H_SHA384 && algo != H_BLAKE2S ? 128 : 64; }

static void hash_init(HashState *s, int algo)
{
    static const uint32_t md5_iv[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    static const uint32_t sha1_iv[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    static const uint32_t sha224_iv[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                          0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};
    static const uint32_t sha256_iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                          0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    static const uint64_t sha384_iv[8] = {0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL,
                                          0x152fecd8f70e5939ULL, 0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL,
                                          0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL};
    static const uint64_t sha512_iv[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                                          0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                                          0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
    if (algo == H_BLAKE2B || algo == H_BLAKE2S) {
        Blake2Params p = {algo == H_BLAKE2B ? 64 : 32, 1, 1, 0, 0, 0, 0, 0, NULL, NULL, NULL, 0, 0, 0};
        blake2_setup(s, algo, &p);
        return;
    }
    memset(s, 0, sizeof *s);
    s->algo = (uint32_t)algo;
    switch (algo) {
    case H_MD5: memcpy(s->h32, md5_iv, sizeof md5_iv); break;
    case H_SHA1: memcpy(s->h32, sha1_iv, sizeof sha1_iv); break;
    case H_SHA224: memcpy(s->h32, sha224_iv, sizeof sha224_iv); break;
    case H_SHA256: memcpy(s->h32, sha256_iv, sizeof sha256_iv); break;
    case H_SHA384: memcpy(s->h64, sha384_iv, sizeof sha384_iv); break;
    default: memcpy(s->h64, sha512_iv, sizeof sha512_iv); break;
    }
}

static void hash_compress(HashState *s, const uint8_t *block)
{
    switch (s->algo) {
    case H_MD5: md5_block(s, block); break;
    case H_SHA1: sha1_block(s, block); break;
    case H_SHA224:
    case H_SHA256: sha256_block(s, block); break;
    default: sha512_block(s, block); break;
    }
}

static int hash_update(Vm *vm, HashState *s, const uint8_t *data, size_t len)
{
    if (is_blake2(s))
        return blake2_update(vm, s, data, len);
    size_t bs = (size_t)block_size_of((int)s->algo);
    uint64_t old = s->total_lo;
    s->total_lo += len;
    if (s->total_lo < old)
        s->total_hi++;
    size_t nblocks = 0;
    while (len) {
        size_t take = bs - s->buffered;
        if (take > len)
            take = len;
        if (s->buffered == 0 && len >= bs) {
            hash_compress(s, data);
            take = bs;
        } else {
            memcpy(s->block + s->buffered, data, take);
            s->buffered += (uint32_t)take;
            if (s->buffered == bs) {
                hash_compress(s, s->block);
                s->buffered = 0;
            }
        }
        data += take;
        len -= take;
        if ((++nblocks & 4095) == 0 && vm_tick(vm) < 0)
            return -1;
    }
    return 0;
}

/* Finishes the hash in *s (destroying it) and writes the digest to out. */
static int hash_final(Vm *vm, HashState *s, uint8_t *out)
{
    if (is_blake2(s))
        return blake2_final(s, out);
    size_t bs = (size_t)block_size_of((int)s->algo);
    size_t lenbytes = bs == 128 ? 16 : 8;
    uint64_t bits_lo = s->total_lo << 3, bits_hi = (s->total_hi << 3) | (s->total_lo >> 61);
    uint8_t pad[128 + 16 + 1];
    size_t padlen = bs - (s->buffered % bs);
    if (padlen < lenbytes + 1)
        padlen += bs;
    memset(pad, 0, sizeof pad);
    pad[0] = 0x80;
    uint8_t *lenp = pad + padlen - lenbytes;
    if (s->algo == H_MD5) {
        for (int i = 0; i < 8; i++)
            lenp[i] = (uint8_t)(bits_lo >> (8 * i));
    } else {
        for (int i = 0; i < 8; i++)
            lenp[lenbytes - 1 - i] = (uint8_t)(bits_lo >> (8 * i));
        if (lenbytes == 16)
            for (int i = 0; i < 8; i++)
                lenp[7 - i] = (uint8_t)(bits_hi >> (8 * i));
    }
    uint64_t lo = s->total_lo, hi = s->total_hi;
    if (hash_update(vm, s, pad, padlen) < 0)
        return -1;
    s->total_lo = lo;
    s->total_hi = hi;
    switch (s->algo) {
    case H_MD5:
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
                out[4 * i + j] = (uint8_t)(s->h32[i] >> (8 * j));
        return 16;
    case H_SHA1:
    case H_SHA224:
    case H_SHA256: {
        int nwords = s->algo == H_SHA1 ? 5 : s->algo == H_SHA224 ? 7 : 8;
        for (int i = 0; i < nwords; i++)
            for (int j = 0; j < 4; j++)
                out[4 * i + j] = (uint8_t)(s->h32[i] >> (24 - 8 * j));
        return 4 * nwords;
    }
    default: {
        int nwords = s->algo == H_SHA384 ? 6 : 8;
        for (int i = 0; i < nwords; i++)
            for (int j = 0; j < 8; j++)
                out[8 * i + j] = (uint8_t)(s->h64[i] >> (56 - 8 * j));
        return 8 * nwords;
    }
    }
}

/* ------------------------------------------------------------ bindings */

static int state_arg(Vm *vm, Value v, HashState **out)
{
    if (!obj_isinstance_type(v, &t_bytearray) || ((ByteArrayObj *)AS_OBJ(v))->len != sizeof(HashState)) {
        vm_raise(vm, &t_TypeError, "invalid hash state");
        return -1;
    }
    *out = (HashState *)(void *)((ByteArrayObj *)AS_OBJ(v))->data;
    if (((uintptr_t)*out & 7) != 0 || (*out)->algo >= N_HASHES) {
        vm_raise(vm, &t_TypeError, "invalid hash state");
        return -1;
    }
    return 0;
}

/* Bytes-like data of v: bytes or bytearray; str raises CPython's message. */
static int data_arg(Vm *vm, Value v, const uint8_t **data, size_t *len)
{
    if (obj_isinstance_type(v, &t_bytes)) {
        *data = AS_BYTES(v)->data;
        *len = AS_BYTES(v)->len;
        return 0;
    }
    if (obj_isinstance_type(v, &t_bytearray)) {
        *data = ((ByteArrayObj *)AS_OBJ(v))->data;
        *len = ((ByteArrayObj *)AS_OBJ(v))->len;
        return 0;
    }
    if (obj_isinstance_type(v, &t_str))
        vm_raise(vm, &t_TypeError, "Strings must be encoded before hashing");
    else
        vm_raise(vm, &t_TypeError, "object supporting the buffer API required");
    return -1;
}

static const HashInfo *find_hash(Value name)
{
    if (!IS_STR(name))
        return NULL;
    for (size_t i = 0; i < N_HASHES; i++) {
        const char *a = hash_infos[i].name, *b = STR_DATA(name);
        size_t n = STR_LEN(name);
        if (strlen(a) != n)
            continue;
        size_t j = 0;
        for (; j < n; j++) {
            char c = b[j];
            if (c >= 'A' && c <= 'Z')
                c = (char)(c - 'A' + 'a');
            if (c != a[j])
                break;
        }
        if (j == n)
            return &hash_infos[i];
    }
    return NULL;
}

/* info(name) -> (canonical name, digest_size, block_size, state size) or None */
static Value h_info(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "info", nargs, kwnames, 1, 1) < 0)
        return VAL_NULL;
    const HashInfo *hi = find_hash(args[0]);
    if (!hi)
        return VAL_NONE;
    Value items[4] = {str_from_cstr(vm, hi->name), MAKE_SMALLINT(hi->digest_size), MAKE_SMALLINT(hi->block_size),
                      MAKE_SMALLINT(sizeof(HashState))};
    if (!items[0])
        return VAL_NULL;
    return tuple_from_array(vm, items, 4);
}

/* init(name, state) */
static Value h_init(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "init", nargs, kwnames, 2, 2) < 0)
        return VAL_NULL;
    const HashInfo *hi = find_hash(args[0]);
    if (!hi)
        return vm_raise(vm, &t_ValueError, "unsupported hash type %S", args[0]);
    Value st = args[1];
    if (!obj_isinstance_type(st, &t_bytearray) || ((ByteArrayObj *)AS_OBJ(st))->len != sizeof(HashState) ||
        ((uintptr_t)((ByteArrayObj *)AS_OBJ(st))->data & 7) != 0)
        return vm_raise(vm, &t_TypeError, "invalid hash state");
    hash_init((HashState *)(void *)((ByteArrayObj *)AS_OBJ(st))->data, hi->algo);
    return VAL_NONE;
}

static int u64_arg(Vm *vm, Value v, uint64_t *out)
{
    if (!is_intlike(v) || int_sign(v) < 0) {
        vm_raise(vm, &t_ValueError, "value must be positive");
        return -1;
    }
    uint8_t bytes[8];
    if (int_to_bytes(vm, v, bytes, 8, true, false) < 0)
        return -1;
    *out = 0;
    for (int i = 7; i >= 0; i--)
        *out = *out << 8 | bytes[i];
    return 0;
}

/* init_blake2(name, state, digest_size, key, salt, person, fanout, depth,
 * leaf_size, node_offset, node_depth, inner_size, last_node): ranges are
 * checked by hashlib.py, sizes again here. */
static Value h_init_blake2(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "init_blake2", nargs, kwnames, 13, 13) < 0)
        return VAL_NULL;
    const HashInfo *hi = find_hash(args[0]);
    if (!hi || (hi->algo != H_BLAKE2B && hi->algo != H_BLAKE2S))
        return vm_raise(vm, &t_ValueError, "unsupported hash type %S", args[0]);
    Value st = args[1];
    if (!obj_isinstance_type(st, &t_bytearray) || ((ByteArrayObj *)AS_OBJ(st))->len != sizeof(HashState) ||
        ((uintptr_t)((ByteArrayObj *)AS_OBJ(st))->data & 7) != 0)
        return vm_raise(vm, &t_TypeError, "invalid hash state");
    Blake2Params p;
    uint64_t n[8];
    const int int_args[] = {2, 6, 7, 8, 9, 10, 11, 12};
    for (int i = 0; i < 8; i++)
        if (u64_arg(vm, args[int_args[i]], &n[i]) < 0)
            return VAL_NULL;
    if (n[0] < 1 || n[0] > (uint64_t)hi->digest_size || n[1] > 255 || n[2] > 255 || n[3] > UINT32_MAX ||
        n[5] > 255 || n[6] > (uint64_t)hi->digest_size)
        return vm_raise(vm, &t_ValueError, "invalid BLAKE2 parameter");
    p.digest_size = (uint32_t)n[0];
    p.fanout = (uint32_t)n[1];
    p.depth = (uint32_t)n[2];
    p.leaf_size = (uint32_t)n[3];
    p.node_offset = n[4];
    p.node_depth = (uint32_t)n[5];
    p.inner_size = (uint32_t)n[6];
    p.last_node = n[7] != 0;
    if (data_arg(vm, args[3], &p.key, &p.key_len) < 0 || data_arg(vm, args[4], &p.salt, &p.salt_len) < 0 ||
        data_arg(vm, args[5], &p.person, &p.person_len) < 0)
        return VAL_NULL;
    blake2_setup((HashState *)(void *)((ByteArrayObj *)AS_OBJ(st))->data, hi->algo, &p);
    return VAL_NONE;
}

/* update(state, data) */
static Value h_update(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "update", nargs, kwnames, 2, 2) < 0)
        return VAL_NULL;
    HashState *s;
    const uint8_t *data;
    size_t len;
    if (state_arg(vm, args[0], &s) < 0 || data_arg(vm, args[1], &data, &len) < 0)
        return VAL_NULL;
    if (args[0] == args[1]) {
        HashState copy = *s;
        uint8_t tmp[sizeof(HashState)];
        memcpy(tmp, data, len);
        if (hash_update(vm, &copy, tmp, len) < 0)
            return VAL_NULL;
        *s = copy;
        return VAL_NONE;
    }
    if (hash_update(vm, s, data, len) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

/* digest(state) -> bytes; the state itself is left as it was */
static Value h_digest(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "digest", nargs, kwnames, 1, 1) < 0)
        return VAL_NULL;
    HashState *s;
    if (state_arg(vm, args[0], &s) < 0)
        return VAL_NULL;
    HashState copy = *s;
    uint8_t out[64];
    int n = hash_final(vm, &copy, out);
    if (n < 0)
        return VAL_NULL;
    return bytes_new(vm, out, (size_t)n);
}

/* check_data(data): raises the TypeError update() would for a non-buffer */
static Value h_check_data(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "check_data", nargs, kwnames, 1, 1) < 0)
        return VAL_NULL;
    const uint8_t *data;
    size_t len;
    if (data_arg(vm, args[0], &data, &len) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static const BuiltinFunc hashlib_functions[] = {
    BUILTIN_STATIC("info", h_info),       BUILTIN_STATIC("init", h_init),
    BUILTIN_STATIC("update", h_update),   BUILTIN_STATIC("digest", h_digest),
    BUILTIN_STATIC("check_data", h_check_data), BUILTIN_STATIC("init_blake2", h_init_blake2),
};

static Value hashlib_init(Vm *vm)
{
    Value m = module_new(vm, "_hashlib");
    if (!m || module_add_functions(vm, m, hashlib_functions, sizeof hashlib_functions / sizeof hashlib_functions[0]) < 0)
        return VAL_NULL;
    return m;
}

const ModuleDef corral_module_hashlib = {"_hashlib", hashlib_init, NULL};
