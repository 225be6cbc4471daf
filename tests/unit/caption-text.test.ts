import { describe, expect, it } from "vitest";
import { captionCharacters, type CaptionText } from "@/lib/display-modes/caption-text";
import { captionText, readableTexts } from "@/scripts/lib/caption-text";
import { parseHtml } from "@/scripts/lib/export-files";

/** What the bar shows for `text` with 拼音: each character with its reading, as "字(zì)". */
const withReadings = (data: CaptionText, text: string) =>
  captionCharacters(data, text)
    .map((character) => (character.reading ? `${character.text}(${character.reading})` : character.text))
    .join("");
const converted = (data: CaptionText, text: string) =>
  captionCharacters(data, text)
    .map((character) => character.converted)
    .join("");

describe("the readable texts of an exported page", () => {
  const page = (body: string) => readableTexts(parseHtml(`<!doctype html><html lang="zh-CN"><head><title>标题</title></head><body>${body}</body></html>`));

  it("takes each outermost block or control whole, a link inside a paragraph as part of its sentence", () => {
    expect(
      page(`<main><h1>实施重大产业平台</h1><p>见<a href="#a">十件民生实事</a>和<strong>重点</strong>项目。</p><button type="button">连读</button></main>`),
    ).toEqual(["实施重大产业平台", "见十件民生实事和重点项目。", "连读"]);
  });

  it("sets a block inside another apart, so that no word is read across two blocks", () => {
    expect(page(`<ul><li><p>重</p><p>大</p></li></ul>`)).toEqual(["\n重\n\n大\n"]);
  });

  it("leaves out what is never shown, and adds labels and the module strings (the bar's hint)", () => {
    const texts = page(
      `<header><script type="application/json" data-module-strings>{"captionHint":"把鼠标移到文字上"}</script>` +
        `<a href="/" aria-label="南朗镇首页">南朗</a><p aria-hidden="true">装饰</p><p hidden>隐藏</p><script>var a = "脚本";</script>` +
        `<p>外面的字<span>不在块里</span></p></header><div>不在任何块里的字</div>`,
    );
    expect(texts).toEqual(["把鼠标移到文字上", "南朗镇首页", "南朗", "外面的字不在块里"]);
  });
});

describe("a page's caption text, computed at build", () => {
  it("reads each character as in its word: 重大 zhòng dà, 重新 chóng xīn, 调整 tiáo zhěng, 一 and 不 with their own tone", () => {
    const data = captionText(["实施重大产业平台，调整规划。", "重新设计，不断增长。", "一个"], "simplified");
    expect(withReadings(data, "实施重大产业平台，调整规划。")).toBe(
      "实(shí)施(shī)重(zhòng)大(dà)产(chǎn)业(yè)平(píng)台(tái)，调(tiáo)整(zhěng)规(guī)划(huà)。",
    );
    expect(withReadings(data, "重新设计，不断增长。")).toBe("重(chóng)新(xīn)设(shè)计(jì)，不(bù)断(duàn)增(zēng)长(zhǎng)。");
    expect(withReadings(data, "一个")).toBe("一(yī)个(gè)");
  });

  it("reads the town's names as the reviewed table says (濠涌 háo chōng), and the table's corrected words", () => {
    const data = captionText(["冲口、榄边、濠涌的田园风光", "建设示范种植基地"], "simplified");
    expect(withReadings(data, "濠涌")).toBe("濠(háo)涌(chōng)");
    expect(withReadings(data, "冲口")).toBe("冲(chōng)口(kǒu)");
    expect(withReadings(data, "种植基地")).toBe("种(zhòng)植(zhí)基(jī)地(dì)");
  });

  it("gives a Simplified page its Traditional form with the reviewed names and Hong Kong quotation marks", () => {
    const data = captionText(["冲口、濠涌、兰溪河，“头号工程”。"], "simplified");
    expect(converted(data, "冲口、濠涌、兰溪河，“头号工程”。")).toBe("沖口、濠涌、蘭溪河，「頭號工程」。");
  });

  it("gives a Traditional page its Simplified form, and the readings of that form", () => {
    const data = captionText(["實施重大產業平台「頭號工程」，沖口。"], "traditional");
    expect(converted(data, "實施重大產業平台「頭號工程」，沖口。")).toBe("实施重大产业平台“头号工程”，冲口。");
    expect(withReadings(data, "重大產業")).toBe("重(zhòng)大(dà)產(chǎn)業(yè)");
  });

  it("keeps white space out of the file, and each text once: one inside another is found there", () => {
    const data = captionText(["十件民生实事", "做好 十件民生实事 。", "十件民生实事", "WCAG 2.2"], "simplified");
    expect(data.texts).toEqual(["做好十件民生实事。"]);
    expect(data.pinyin).toEqual(["zuò hǎo shí jiàn mín shēng shí shì"]);
  });
});

describe("what the bar shows for a sentence", () => {
  const data: CaptionText = {
    texts: ["信息来源：本网", "重大产业平台"],
    converted: ["信息來源：本網", "重大產業平台"],
    pinyin: ["xìn xī lái yuán běn wǎng", "zhòng dà chǎn yè píng tái"],
  };

  it("keeps the sentence's own spaces, however the page spaced it", () => {
    expect(withReadings(data, "信息来源： 本网")).toBe("信(xìn)息(xī)来(lái)源(yuán)： 本(běn)网(wǎng)");
    expect(converted(data, " 信息来源： 本网 ")).toBe(" 信息來源： 本網 ");
  });

  it("covers a sentence that spans two texts, and shows a character found nowhere as it is", () => {
    expect(withReadings(data, "本网重大7")).toBe("本(běn)网(wǎng)重(zhòng)大(dà)7");
    expect(converted(data, "本网重大产业园")).toBe("本網重大產業园");
  });
});
