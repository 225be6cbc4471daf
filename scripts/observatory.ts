/**
 * npm run observatory (after npm run build): serves the export with the shipped HTTPS
 * example (deploy/site.conf.example) on loopback ports, with a throwaway certificate made
 * for the run, and prints the grade Mozilla's HTTP Observatory would give it, computed by
 * its published rules from the real responses (scripts/lib/observatory.ts). deploy/README.md
 * shows the same table; tests/e2e/server.spec.ts checks that they agree.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { CSP_MAPS_FILE, EXPORT_DIR } from "./lib/build-paths";
import { EXAMPLE_HOST, startNginx } from "./lib/nginx-server";
import { gradeSite, gradeTable, observeSite } from "./lib/observatory";
import { makeThrowawayCertificate } from "./lib/throwaway-certificate";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

if (!fs.existsSync(path.join(EXPORT_DIR, "index.html")) || !fs.existsSync(CSP_MAPS_FILE)) {
  console.error("✗ 还没有构建 / No build yet: run npm run build (or npm run build:preview) first.");
  process.exit(1);
}
async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nanlang-observatory-"));
  const certificate = makeThrowawayCertificate(dir, EXAMPLE_HOST);
  const acmeRoot = path.join(dir, "acme");
  fs.mkdirSync(acmeRoot);
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const server = await startNginx({
    root: EXPORT_DIR,
    port: httpPort,
    cspMapsFile: CSP_MAPS_FILE,
    httpsExample: { httpsPort, certificate: certificate.certificateFile, key: certificate.keyFile, acmeRoot },
  });
  try {
    const grade = gradeSite(await observeSite({ host: EXAMPLE_HOST, httpPort, httpsPort, ca: certificate.ca }));
    console.log(`deploy/site.conf.example, as https://${EXAMPLE_HOST}/ (served on 127.0.0.1:${httpPort} and :${httpsPort}):\n`);
    console.log(await gradeTable(grade));
    if (grade.score < 100) process.exitCode = 1;
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
