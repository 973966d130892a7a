/**
 * The peak of a process tree's summed resident memory, sampled from /proc. GNU time reports the
 * largest single process; the build runs Pagefind's indexer as a second process beside Node, and
 * a machine has to hold both.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The summed peak and what each command held at that moment, in KiB. */
export interface TreePeak {
  kb: number;
  byCommand: Record<string, number>;
}

const PAGE_KB = 4;

/** Samples the tree under `rootPid` every `everyMs` until `stop()`, which returns the peak seen. */
export function sampleTreeMemory(rootPid: number, everyMs = 500): { stop: () => TreePeak } {
  let peak: TreePeak = { kb: 0, byCommand: {} };
  const sample = (): void => {
    const children = new Map<number, number[]>();
    const command = new Map<number, string>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const stat = readOrEmpty(`/proc/${name}/stat`);
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ")".
      const close = stat.lastIndexOf(')');
      if (close < 0) continue;
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      command.set(Number(name), stat.slice(stat.indexOf('(') + 1, close));
      const siblings = children.get(ppid);
      if (siblings) siblings.push(Number(name));
      else children.set(ppid, [Number(name)]);
    }
    const now: TreePeak = { kb: 0, byCommand: {} };
    const stack = [rootPid];
    while (stack.length > 0) {
      const pid = stack.pop()!;
      const rssKb = Number(readOrEmpty(`/proc/${pid}/statm`).split(' ')[1] ?? 0) * PAGE_KB;
      const name = command.get(pid) ?? String(pid);
      now.kb += rssKb;
      now.byCommand[name] = (now.byCommand[name] ?? 0) + rssKb;
      stack.push(...(children.get(pid) ?? []));
    }
    if (now.kb > peak.kb) peak = now;
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** A /proc file's text, or "" when the process has just exited. */
function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
