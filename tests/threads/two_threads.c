/* Two threads run many runs of one shared program at the same time, each
 * with its own host loop: the runs must not interfere (no global state in
 * the library, and the program's frozen code is only read).  Built with
 * ThreadSanitizer when available (see CMakeLists). */
#include "corral.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

static const char SOURCE[] =
    "import json\n"
    "class Acc:\n"
    "    def __init__(self):\n"
    "        self.items = {}\n"
    "    def add(self, k, v):\n"
    "        self.items[k] = self.items.get(k, 0) + v\n"
    "acc = Acc()\n"
    "for i in range(200):\n"
    "    acc.add('k%d' % (i % 7), host(i))\n"
    "json.dumps(acc.items, sort_keys=True) + f' {sum(v for v in acc.items.values())}'\n";

static corral_program *program;
static int failures[2];

static void *worker(void *arg)
{
    int id = (int)(size_t)arg;
    for (int n = 0; n < 40; n++) {
        corral_run *run;
        if (corral_run_new(&run, program, NULL) != CORRAL_OK) {
            failures[id]++;
            continue;
        }
        int outcome;
        while (corral_run_step(run, &outcome) == CORRAL_OK && outcome == CORRAL_PAUSED_CALL) {
            uint64_t args, kwargs, first, answer;
            int64_t i;
            corral_run_call_args(run, &args, &kwargs);
            corral_value_item(run, args, 0, &first);
            corral_value_get_int(run, first, &i);
            corral_value_int(run, &answer, i * (id + 1));
            corral_run_resume_value(run, answer);
        }
        uint64_t result;
        const char *text;
        size_t len;
        if (outcome != CORRAL_COMPLETE || corral_run_result(run, &result) != CORRAL_OK ||
            corral_value_get_str(run, result, &text, &len) != CORRAL_OK) {
            failures[id]++;
        } else {
            /* sum of i*(id+1) for i < 200 */
            char want[32];
            snprintf(want, sizeof want, " %d", 19900 * (id + 1));
            if (len < strlen(want) || memcmp(text + len - strlen(want), want, strlen(want)) != 0)
                failures[id]++;
        }
        corral_run_free(run);
    }
    return NULL;
}

int main(void)
{
    if (corral_program_compile(&program, SOURCE, sizeof SOURCE - 1, "threads.py", 10, NULL, 0, "host", 4, NULL) !=
        CORRAL_OK) {
        printf("0 passed, 1 failed\n");
        return 1;
    }
    pthread_t t[2];
    for (size_t i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    corral_program_free(program);
    int failed = failures[0] + failures[1];
    printf("%d passed, %d failed\n", 80 - failed, failed);
    return failed ? 1 : 0;
}
