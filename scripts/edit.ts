/**
 * npm run edit — the browser editor, for the PC where content is edited: Decap CMS at
 * http://127.0.0.1:8080 (editor/server.ts), its file backend decap-server at 127.0.0.1:8081,
 * and the live preview at http://127.0.0.1:3000 (scripts/lib/preview.ts). Everything listens
 * on 127.0.0.1 only; EDIT_PORT, EDIT_API_PORT and DEV_PORT choose other ports. One Ctrl+C
 * stops all of them.
 */
import type http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { startEditorServer } from "../editor/server";
import { startPreview, type Preview } from "./lib/preview";
import { listening, portInUse, portTakenMessage, ProcessGroup, stopOnSignal } from "./lib/processes";

async function main() {
  const root = process.cwd();
  const ports = {
    editor: Number(process.env.EDIT_PORT ?? 8080),
    api: Number(process.env.EDIT_API_PORT ?? 8081),
    preview: Number(process.env.DEV_PORT ?? 3000),
  };
  const names = {
    editor: ["编辑器 / the editor", "EDIT_PORT"],
    api: ["编辑器的文件服务 / decap-server", "EDIT_API_PORT"],
    preview: ["预览 / the preview", "DEV_PORT"],
  } as const;
  for (const key of ["editor", "api", "preview"] as const) {
    if (await portInUse(ports[key])) throw new Error(portTakenMessage(names[key][0], ports[key], names[key][1]));
  }

  const group = new ProcessGroup();
  const running: { preview?: Preview; editor?: http.Server } = {};
  const stop = async () => {
    const { editor, preview } = running;
    editor?.closeAllConnections();
    await new Promise((resolve) => (editor ? editor.close(resolve) : resolve(undefined)));
    await preview?.close();
    await group.stop();
  };
  stopOnSignal(stop, group);
  group.onExit = (name, code) => {
    console.error(`${name} 已退出（${code}），编辑器停止。 / ${name} exited (${code}); the editor stops.`);
    void stop().finally(() => process.exit(1));
  };

  const editorUrl = `http://127.0.0.1:${ports.editor}`;
  const require = createRequire(path.join(root, "package.json"));
  group.start("decap-server", process.execPath, [require.resolve("decap-server/dist/index.js")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(ports.api),
      BIND_HOST: "127.0.0.1",
      MODE: "fs",
      GIT_REPO_DIRECTORY: root,
      // Only the editor's page may read and write files through it.
      ORIGIN: editorUrl,
      LOG_LEVEL: "warn",
    },
  });
  const preview = (running.preview = await startPreview({ root, port: ports.preview, group }));
  running.editor = await startEditorServer({ root, port: ports.editor, apiUrl: `http://127.0.0.1:${ports.api}/api/v1`, previewUrl: preview.url });
  if (!(await listening(ports.api, 15_000))) throw new Error("decap-server did not start / 编辑器的文件服务没有启动");
  console.log(
    [
      "",
      "浏览器编辑器已启动 / The browser editor is running:",
      `  编辑 / edit:     ${editorUrl}/`,
      `  预览 / preview:  ${preview.url}/`,
      "  用浏览器打开“编辑”的地址。按 Ctrl+C 停止全部。 / Open the edit address in a browser. Ctrl+C stops everything.",
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
