import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { richText } from "./richText";

describe("richText", () => {
  it("puts each element where the language's sentence has its placeholder", () => {
    const link = <a href="/data/trade.json">trade.json</a>;
    const { container } = render(<p>{richText("数据集是公开的：{files}。", { files: link })}</p>);
    expect(container.innerHTML).toBe('<p>数据集是公开的：<a href="/data/trade.json">trade.json</a>。</p>');
  });

  it("handles a placeholder at the start, twice, and one it has no element for", () => {
    const { container } = render(<p>{richText("{a} and {a}, not {b}", { a: <b>x</b> })}</p>);
    expect(container.innerHTML).toBe("<p><b>x</b> and <b>x</b>, not {b}</p>");
  });
});
