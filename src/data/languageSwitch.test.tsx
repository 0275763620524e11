import { useSuspenseQuery } from "@tanstack/react-query";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense, useEffect } from "react";
import { describe, expect, it, vi } from "vitest";
import { FIXTURES } from "../../tests/fixtures/datasets";
import { renderApp } from "../../tests/renderApp";
import { stubDataFetch } from "../../tests/stubDataFetch";
import { LanguagePicker } from "../app/Controls";
import { useLocale } from "../lib/locale";
import { timelineQuery } from "./queries";

function Levels() {
  const { lang } = useLocale();
  const { data } = useSuspenseQuery(timelineQuery(lang));
  return (
    <ul aria-label="Levels">
      {data.levels.map((level) => (
        <li key={level.id}>{level.name}</li>
      ))}
    </ul>
  );
}

describe("changing the language", () => {
  it("downloads the page's files in the new language before showing it, with no loading state between", async () => {
    const fetchMock = stubDataFetch();
    const loadingShown = vi.fn();
    const Fallback = () => {
      useEffect(() => loadingShown(), []);
      return <p>Loading</p>;
    };
    renderApp(
      <>
        <LanguagePicker />
        <Suspense fallback={<Fallback />}>
          <Levels />
        </Suspense>
      </>,
    );
    const english = FIXTURES.timeline.levels.map((level) => level.name.en);
    const russian = FIXTURES.timeline.levels.map((level) => level.name.ru);
    expect((await screen.findAllByRole("listitem")).map((item) => item.textContent)).toEqual(english);
    const before = loadingShown.mock.calls.length;

    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Language" }), "Русский");
    await screen.findByText(russian[0]!);
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(russian);
    expect(document.documentElement.lang).toBe("ru");
    expect(loadingShown).toHaveBeenCalledTimes(before);
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual(["/data/en/timeline.json", "/data/ru/timeline.json"]);
  });
});
