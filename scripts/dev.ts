/**
 * npm run dev — the live preview at http://127.0.0.1:3000 (DEV_PORT chooses another port):
 * every open page reloads by itself when a content file is saved, or shows what is wrong
 * with it (scripts/lib/preview.ts). One Ctrl+C stops everything it started.
 */
import { startPreview, type Preview } from "./lib/preview";
import { ProcessGroup, stopOnSignal } from "./lib/processes";

async function main() {
  const group = new ProcessGroup();
  const running: { preview?: Preview } = {};
  const stop = async () => {
    await running.preview?.close();
    await group.stop();
  };
  stopOnSignal(stop, group);
  group.onExit = (name, code) => {
    console.error(`${name} 已退出（${code}），预览停止。 / ${name} exited (${code}); the preview stops.`);
    void stop().finally(() => process.exit(1));
  };
  const preview = await startPreview({ root: process.cwd(), port: Number(process.env.DEV_PORT ?? 3000), group, nextArgs: process.argv.slice(2) });
  running.preview = preview;
  console.log(
    `\n预览 / preview: ${preview.url}/\n  保存内容文件后，打开的页面会自动刷新；按 Ctrl+C 停止。\n  Open pages reload when a content file is saved; Ctrl+C stops it.\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
