/* snapshot_tamper: a real snapshot, tampered with byte by byte, must load
 * as CORRAL_E_SNAPSHOT / CORRAL_E_VERSION or as a run that then steps to a
 * clean outcome inside its limits -- never a crash (docs/security.md,
 * promise 5).  Each byte is XORed with 0x01, 0x80 and 0xFF, and the
 * snapshot is also cut at every length.  The header's checksum (FNV-1a,
 * not a MAC: an attacker can recompute it) would reject nearly every
 * variant, so each one is tried twice: as is, and resealed with a correct
 * length and checksum so the loader's own validation is what is tested.
 *
 * Exit status: 0 clean (prints how many variants loaded), 77 when this
 * build cannot dump snapshots yet (CTest: skipped), 1 on a bad status. */
#include "corral.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char program_text[] =
    "class Account:\n"
    "    def __init__(self, owner):\n"
    "        self.owner = owner\n"
    "        self.items = [1, 2.5, 'three', (4, None), {'five': b'6'}]\n"
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield i * i\n"
    "acc = Account('ada')\n"
    "g = gen(5)\n"
    "next(g)\n"
    "answer = ext(acc.owner, len(acc.items))\n"
    "print(answer, list(g), acc.items)\n";

/* The snapshot header (core/snapshot.c): magic[8] | u32 version | u32 ABI |
 * u64 payload length | u64 FNV-1a of the payload, little-endian. */
static void put_u64(uint8_t *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static void reseal(uint8_t *bytes, size_t len)
{
    if (len < 32)
        return;
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 32; i < len; i++) {
        h ^= bytes[i];
        h *= 1099511628211ull;
    }
    put_u64(bytes + 16, (uint64_t)(len - 32));
    put_u64(bytes + 24, h);
}

static int drive(corral_run *run)
{
    for (int pauses = 0; pauses < 100; pauses++) {
        int outcome;
        if (corral_run_step(run, &outcome) != CORRAL_OK)
            return 0;
        const char *text;
        size_t len;
        (void)corral_run_output(run, &text, &len);
        (void)corral_run_output_clear(run);
        if (outcome == CORRAL_PAUSED_CALL) {
            uint64_t none;
            if (corral_value_none(run, &none) != CORRAL_OK || corral_run_resume_value(run, none) != CORRAL_OK)
                return 0;
        } else if (outcome == CORRAL_ERROR) {
            (void)corral_run_error_traceback(run, &text, &len);
            return outcome;
        } else if (outcome != CORRAL_PAUSED_PRINT) {
            return outcome;
        }
    }
    return 0;
}

/* 1 when the status is an allowed answer to corrupt bytes */
static int try_load(const uint8_t *bytes, size_t len, const corral_limits *lim, unsigned long *loaded)
{
    corral_run *run = NULL;
    corral_error *err = NULL;
    int st = corral_run_load(&run, bytes, len, lim, &err);
    corral_error_free(err);
    if (st == CORRAL_OK) {
        ++*loaded;
        (void)drive(run);
        corral_run_free(run);
        return 1;
    }
    if (st != CORRAL_E_SNAPSHOT && st != CORRAL_E_VERSION && st != CORRAL_E_MEMORY) {
        fprintf(stderr, "snapshot_tamper: corral_run_load gave %s for corrupt bytes\n", corral_status_string(st));
        return 0;
    }
    return 1;
}

int main(void)
{
    corral_program *program;
    if (corral_program_compile(&program, program_text, sizeof program_text - 1, "tamper.py", 9, NULL, 0, "ext", 3,
                               NULL) != CORRAL_OK) {
        fprintf(stderr, "snapshot_tamper: the program does not compile\n");
        return 1;
    }
    corral_limits lim;
    corral_limits_init(&lim);
    lim.max_fuel = 200000;
    lim.max_memory_bytes = 64u << 20;
    corral_run *run;
    int outcome = 0;
    if (corral_run_new(&run, program, &lim) != CORRAL_OK || corral_run_step(run, &outcome) != CORRAL_OK ||
        outcome != CORRAL_PAUSED_CALL) {
        fprintf(stderr, "snapshot_tamper: the run did not pause at ext() (outcome %d)\n", outcome);
        return 1;
    }
    uint8_t *snap;
    size_t len;
    int st = corral_run_dump(run, &snap, &len);
    corral_run_free(run);
    corral_program_free(program);
    if (st != CORRAL_OK) {
        printf("snapshot_tamper: corral_run_dump not available (%s): skipped\n", corral_status_string(st));
        return 77;
    }
    unsigned long variants = 0, loaded = 0;
    int bad = 0;
    if (!try_load(snap, len, &lim, &loaded) || loaded != 1) {
        fprintf(stderr, "snapshot_tamper: the untouched snapshot does not load\n");
        bad = 1;
    }
    uint8_t *copy = malloc(len ? len : 1);
    static const uint8_t masks[] = {0x01, 0x80, 0xFF};
    for (size_t i = 0; i < len && copy; i++) {
        for (size_t m = 0; m < sizeof masks; m++) {
            memcpy(copy, snap, len);
            copy[i] ^= masks[m];
            variants++;
            if (!try_load(copy, len, &lim, &loaded)) {
                fprintf(stderr, "  at byte %zu ^ 0x%02x\n", i, masks[m]);
                bad = 1;
            }
            if (i >= 16 && i < 32)
                continue;   /* resealing would undo the change */
            reseal(copy, len);
            variants++;
            if (getenv("TAMPER_VERBOSE"))
                fprintf(stderr, "trying byte %zu ^ 0x%02x resealed (was 0x%02x)\n", i, masks[m], snap[i]);
            if (!try_load(copy, len, &lim, &loaded)) {
                fprintf(stderr, "  at byte %zu ^ 0x%02x, resealed\n", i, masks[m]);
                bad = 1;
            }
        }
    }
    for (size_t cut = 0; cut < len && copy; cut++) {
        variants++;
        memcpy(copy, snap, cut);
        if (!try_load(copy, cut, &lim, &loaded)) {
            fprintf(stderr, "  cut at %zu bytes\n", cut);
            bad = 1;
        }
        reseal(copy, cut);
        variants++;
        if (!try_load(copy, cut, &lim, &loaded)) {
            fprintf(stderr, "  cut at %zu bytes, resealed\n", cut);
            bad = 1;
        }
    }
    free(copy);
    corral_bytes_free(snap);
    printf("snapshot_tamper: %zu-byte snapshot, %lu variants, %lu loaded and ran%s\n", len, variants, loaded,
           bad ? ", FAILED" : "");
    return bad;
}
