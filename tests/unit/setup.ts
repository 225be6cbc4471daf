import { afterAll, afterEach } from "vitest";
import { removeTempDirs } from "./temp-dir";

// Testing Library cleans up after each test only where a DOM exists.
afterEach(async () => {
  if (typeof document !== "undefined") {
    const { cleanup } = await import("@testing-library/react");
    cleanup();
  }
});

// Temporary copies of the content made by the tests of this file.
afterAll(removeTempDirs);
