import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * A certificate authority and a certificate for one host name, made with openssl for
 * one test run and valid for two days: nginx serves the HTTPS example with it, and the
 * client that checks it trusts that authority alone, so the certificate is verified
 * (chain and host name) as a browser would verify a real one.
 */
export interface ThrowawayCertificate {
  /** The authority's certificate (PEM), for the client's trust store. */
  ca: string;
  certificateFile: string;
  keyFile: string;
}

export function makeThrowawayCertificate(dir: string, hostname: string): ThrowawayCertificate {
  fs.mkdirSync(dir, { recursive: true });
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync("openssl", args, { stdio: ["ignore", "ignore", "pipe"] });
  const ecKey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  openssl("req", "-x509", ...ecKey, "-keyout", file("ca.key"), "-out", file("ca.pem"), "-days", "2", "-subj", "/CN=Nanlang test authority");
  openssl("req", ...ecKey, "-keyout", file("site.key"), "-out", file("site.csr"), "-subj", `/CN=${hostname}`);
  fs.writeFileSync(
    file("site.ext"),
    `subjectAltName=DNS:${hostname}\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n`,
  );
  openssl(
    "x509",
    "-req",
    "-in",
    file("site.csr"),
    "-CA",
    file("ca.pem"),
    "-CAkey",
    file("ca.key"),
    "-CAcreateserial",
    "-out",
    file("site.pem"),
    "-days",
    "2",
    "-extfile",
    file("site.ext"),
  );
  return { ca: fs.readFileSync(file("ca.pem"), "utf8"), certificateFile: file("site.pem"), keyFile: file("site.key") };
}
