import path from "node:path";

/** The static export that `next build` writes (output: "export"). */
export const EXPORT_DIR = path.resolve("out");
/** Server configuration written from the export, deployed with it (gitignored). */
export const GENERATED_DIR = path.resolve("deploy/generated");
/** The nginx maps of the Content-Security-Policy hashes, included by deploy/nginx.conf. */
export const CSP_MAPS_FILE = path.join(GENERATED_DIR, "csp-hashes.conf");
/** How the last step of the build starts the line that says how long each of its parts took (read by the benchmark). */
export const POSTBUILD_TIMINGS_PREFIX = "⏱ after next build:";
