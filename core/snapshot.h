/* Corral snapshots of a paused run (see snapshot.c for the format). */
#ifndef CORRAL_SNAPSHOT_H
#define CORRAL_SNAPSHOT_H

#include "vm.h"

enum { SNAP_E_FORMAT = -2, SNAP_E_VERSION = -3 };

/* What a snapshot says about its program and run, besides the heap. */
typedef struct SnapshotInfo {
    const char *source; size_t source_len;          /* the program's source text */
    const char *script_name;                        /* NUL-terminated */
    char script_name_buf[256];
    const char *inputs; size_t inputs_len;          /* names, space-separated */
    const char *externals; size_t externals_len;
    uint64_t ncodes;                                /* code objects of the program */
    int state;                                      /* the ABI outcome the run was paused at */
    uint32_t abi_version;
    uint64_t time_used_ns;
    Value result;                                   /* reserved */
    size_t payload_offset;                          /* where the run section starts */
} SnapshotInfo;

/* Run state restored by snapshot_load besides the heap and frames. */
typedef struct SnapshotState {
    int pause_kind;
    uint64_t next_call_id, pending_call_id, fuel_used, time_used_ns;
    Value result;
} SnapshotState;

/* Serialise a paused run whose program is 'root' (and info's source and
 * names).  On success *bytes_out is malloc'd.  Returns 0, or -1 with a
 * message in err (an object kind snapshots do not support, or memory). */
int snapshot_dump(Vm *vm, const SnapshotInfo *info, CodeObj *root, uint8_t **bytes_out, size_t *len_out,
                  char *err, size_t err_size);

/* Check header, version, length and checksum and read the program section.
 * Returns 0, SNAP_E_FORMAT or SNAP_E_VERSION (message in err).  The
 * pointers in *info point into 'bytes'. */
int snapshot_read_info(const uint8_t *bytes, size_t len, SnapshotInfo *info, char *err, size_t err_size);

/* Restore heap, roots and frames into a fresh run 'vm' whose program was
 * compiled from info's source (root).  Every index, type, length and frame
 * is verified first; returns 0 or -1 with a message in err. */
int snapshot_load(Vm *vm, const uint8_t *bytes, size_t len, const SnapshotInfo *info, CodeObj *root,
                  SnapshotState *state, char *err, size_t err_size);

#endif
