// CPU time for the timing guards. Wall time on a shared machine counts the
// time spent waiting for a core (at a load of 20 on two cores, most of it),
// which inflates both sides of a comparison at random; CPU time does not.

/** Milliseconds of CPU time this process has used. */
export function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Milliseconds of CPU time the process spent in f. */
export function timed(f: () => void): number {
  const t0 = cpu();
  f();
  return cpu() - t0;
}
