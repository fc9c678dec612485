// Preloaded (node --require) into a measured child: writes the process's peak
// resident set size (kilobytes, from process.resourceUsage) and its CPU time
// (user + system, microseconds, all threads) to the file named by
// FSPLAN_BENCH_RSS_OUT when the process exits.
const fs = require('node:fs');

const out = process.env.FSPLAN_BENCH_RSS_OUT;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    fs.writeFileSync(out, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}`);
  });
}
