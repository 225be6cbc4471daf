import { execFile } from "node:child_process";

/** wrk on 127.0.0.1 for a bounded time, and what it says. */
export interface LoadFigures {
  url: string;
  seconds: number;
  threads: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  transferPerSecond: string;
  latency: Record<"p50" | "p75" | "p90" | "p99", string>;
  errors: number;
  non2xx: number;
}

const WRK = { seconds: 10, threads: 2, connections: 50 };

export function runWrk(url: string): Promise<LoadFigures> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error("The load test only ever targets this machine (127.0.0.1).");
  const args = [`-t${WRK.threads}`, `-c${WRK.connections}`, `-d${WRK.seconds}s`, "--latency", "-H", "Accept-Encoding: gzip", url];
  return new Promise((resolve, reject) => {
    execFile("wrk", args, { timeout: (WRK.seconds + 30) * 1000 }, (error, stdout) => {
      if (error) return reject(error);
      const match = (pattern: RegExp) => pattern.exec(stdout)?.[1] ?? "";
      const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
      resolve({
        url,
        ...WRK,
        requests: Number(match(/(\d+) requests in/)),
        requestsPerSecond: Number(match(/Requests\/sec:\s+([\d.]+)/)),
        transferPerSecond: match(/Transfer\/sec:\s+(\S+)/),
        latency: {
          p50: match(/\s50%\s+(\S+)/),
          p75: match(/\s75%\s+(\S+)/),
          p90: match(/\s90%\s+(\S+)/),
          p99: match(/\s99%\s+(\S+)/),
        },
        errors: errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
        non2xx: Number(match(/Non-2xx or 3xx responses: (\d+)/) || 0),
      });
    });
  });
}
