// Times workloads and start-up in @pydantic/monty (npm) through its JS API.
// Usage: node monty_node.mjs MODULE_DIR workload FILE REPS -> JSON {times, cpu, output}
//        node monty_node.mjs MODULE_DIR startup ITERATIONS -> JSON {compile_run_1p2_ns, run_1p2_ns}
// A workload time covers new Monty(code) (parse/compile) plus run().
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [moduleDir, mode, arg1, arg2] = process.argv.slice(2);
const { Monty } = await import(pathToFileURL(join(moduleDir, 'wrapper.js')).href);

function nowNs() { return Number(process.hrtime.bigint()); }

if (mode === 'workload') {
  const code = readFileSync(arg1, 'utf8');
  const reps = Number(arg2);
  const times = [];
  const cpu = [];
  let output = null;
  try {
    for (let r = 0; r < reps; r++) {
      const chunks = [];
      const cpuStart = process.cpuUsage();
      const start = nowNs();
      const m = new Monty(code);
      m.run({ printCallback: (stream, text) => { chunks.push(text); } });
      times.push((nowNs() - start) / 1e9);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1e6);
      if (output === null) output = chunks.join('');
    }
    console.log(JSON.stringify({ times, cpu, output }));
  } catch (e) {
    console.log(JSON.stringify({ error: String(e && e.message || e).slice(0, 200) }));
  }
} else {
  const iterations = Number(arg1);
  const best = (fn) => {
    let bestPer = Infinity;
    for (let b = 0; b < 5; b++) {
      const start = nowNs();
      for (let i = 0; i < iterations; i++) fn();
      bestPer = Math.min(bestPer, (nowNs() - start) / iterations);
    }
    return bestPer;
  };
  const compiled = new Monty('1+2');
  console.log(JSON.stringify({
    compile_run_1p2_ns: best(() => new Monty('1+2').run()),
    run_1p2_ns: best(() => compiled.run()),
  }));
}
