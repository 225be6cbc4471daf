import { afterEach } from "vitest";

// Testing Library cleans up after each test only where a DOM exists.
afterEach(async () => {
  if (typeof document !== "undefined") {
    const { cleanup } = await import("@testing-library/react");
    cleanup();
  }
});
