// Preloaded (node --expose-gc --require) into the measured language server:
// on SIGUSR2 it runs a full garbage collection and writes
// process.memoryUsage() as JSON to the file named by FSPLAN_BENCH_HEAP_OUT,
// so the benchmark can tell retained memory from garbage not yet collected.
const fs = require('node:fs');

const out = process.env.FSPLAN_BENCH_HEAP_OUT;
if (out && typeof global.gc === 'function' && process.platform !== 'win32') {
  process.on('SIGUSR2', () => {
    global.gc();
    fs.writeFileSync(out + '.tmp', JSON.stringify(process.memoryUsage()));
    fs.renameSync(out + '.tmp', out);
  });
}
