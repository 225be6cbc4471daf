// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/display-modes/sentences";
import { pointedText, readableSentences, sentenceAtPoint } from "@/lib/display-modes/text-blocks";

const ZH = "抢抓“双区驱动”战略机遇，落实头号工程。加快推进华南现代中医药城！力争总产销值达80亿元？";
const EN = "Seize the opportunity. Build the platform! Is it done? Yes.";

describe("连读 reads sentence by sentence", () => {
  for (const useSegmenter of [true, false]) {
    const how = useSegmenter ? "with Intl.Segmenter" : "without Intl.Segmenter";

    it(`splits Chinese text at 。！？ ${how}`, () => {
      expect(splitSentences(ZH, "zh-CN", useSegmenter).map((s) => s.text)).toEqual([
        "抢抓“双区驱动”战略机遇，落实头号工程。",
        "加快推进华南现代中医药城！",
        "力争总产销值达80亿元？",
      ]);
    });

    it(`splits English text at . ! ? ${how}`, () => {
      expect(splitSentences(EN, "en", useSegmenter).map((s) => s.text)).toEqual(["Seize the opportunity.", "Build the platform!", "Is it done?", "Yes."]);
    });
  }

  it("gives offsets that point back into the text", () => {
    for (const span of splitSentences(ZH, "zh-CN")) expect(ZH.slice(span.start, span.end)).toBe(span.text);
  });

  it("skips fragments with nothing to say", () => {
    expect(splitSentences("  。 ……  ", "zh-CN")).toEqual([]);
  });
});

describe("the text that speech and the caption bar take from the page", () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <main id="main">
        <h1>（一）实施重大产业平台。</h1>
        <p>第一句。第二句<a href="#x">含链接</a>继续。</p>
        <p hidden>隐藏的段落。</p>
        <div aria-hidden="true"><p>装饰文字。</p></div>
        <ul><li>列表项<ul><li>子项。</li></ul></li></ul>
        <nav><a href="/" aria-label="南朗镇首页">首页</a></nav>
      </main>`;
  });

  it("reads main in document order, without hidden or aria-hidden text", () => {
    const sentences = readableSentences(document.getElementById("main")!, "zh-CN").map((s) => s.text);
    expect(sentences).toEqual(["（一）实施重大产业平台。", "第一句。", "第二句含链接继续。", "列表项", "子项。", "首页"]);
  });

  it("maps each sentence to the DOM range that shows it, across inline elements", () => {
    const sentences = readableSentences(document.getElementById("main")!, "zh-CN");
    for (const sentence of sentences) expect(sentence.range.toString()).toBe(sentence.text);
  });

  it("指读 reads the whole paragraph under the pointer, and a link's accessible name", () => {
    expect(pointedText(document.querySelector("p a"))).toBe("含链接");
    expect(pointedText(document.querySelector("p"))).toBe("第一句。第二句含链接继续。");
    expect(pointedText(document.querySelector("nav a"))).toBe("南朗镇首页");
    expect(pointedText(document.querySelector("[aria-hidden] p"))).toBe("");
    expect(pointedText(document.getElementById("main"))).toBe("");
  });
});

describe("连读 can start at the page's heading", () => {
  it("skips what comes before it, such as the breadcrumb", () => {
    document.body.innerHTML = `<main id="main"><nav><ol><li>首页</li></ol></nav><h1>标题。</h1><p>正文。</p></main>`;
    const main = document.getElementById("main")!;
    expect(readableSentences(main, "zh-CN", main.querySelector("h1")).map((s) => s.text)).toEqual(["标题。", "正文。"]);
  });
});

describe("大字幕 shows the whole sentence under the pointer", () => {
  const sentence = "抢抓“双区驱动”战略机遇，落实市委“3+4”重大产业平台头号工程，加快推进华南现代中医药城提升平台、拓展空间。";

  it("however long it is, and only that sentence", () => {
    document.body.innerHTML = `<main><p>${sentence}加快推进华南现代中医药城！</p></main>`;
    const text = document.querySelector("p")!.firstChild!;
    const caret = (offset: number) => () => ({ offsetNode: text, offset }) as unknown as CaretPosition;
    document.caretPositionFromPoint = caret(sentence.indexOf("头号工程"));
    expect(sentenceAtPoint(document, 10, 10, "zh-CN")).toBe(sentence);
    document.caretPositionFromPoint = caret(sentence.length + 3);
    expect(sentenceAtPoint(document, 10, 10, "zh-CN")).toBe("加快推进华南现代中医药城！");
  });
});
