import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LocaleProvider } from "../../../lib/LocaleProvider";
import { LessonTimer } from "./LessonTimer";

const clock = () => screen.getByRole("timer", { name: "Lesson time" });
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe("LessonTimer", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("counts from the moment it opens, pauses, resumes and resets, and keeps its time in sessionStorage", () => {
    sessionStorage.clear();
    vi.useFakeTimers({ now: new Date("2026-01-15T09:00:00Z"), toFake: ["Date", "setInterval", "clearInterval"] });
    render(
      <LocaleProvider lang="en">
        <LessonTimer />
      </LocaleProvider>,
    );
    expect(clock()).toHaveTextContent("0:00");
    wait(65_000);
    expect(clock()).toHaveTextContent("1:05");
    expect(clock()).toHaveAttribute("datetime", "PT0H1M5S");

    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    wait(60_000);
    expect(clock()).toHaveTextContent("1:05");
    fireEvent.click(screen.getByRole("button", { name: "Resume" }));
    wait(10_000);
    expect(clock()).toHaveTextContent("1:15");
    // A reload of the speaker view finds the lesson's time where it was.
    expect(JSON.parse(sessionStorage.getItem("silk-road-ledger:lesson-timer") ?? "null")).toEqual({
      banked: 65_000,
      since: Date.parse("2026-01-15T09:02:05Z"),
    });

    fireEvent.click(screen.getByRole("button", { name: "Reset" }));
    expect(clock()).toHaveTextContent("0:00");
    // An hour later (the clock moves on while the page sleeps in the background, say).
    vi.setSystemTime(Date.now() + 3_600_000 + 1_800);
    wait(250);
    expect(clock()).toHaveTextContent("1:00:02");
  });
});
