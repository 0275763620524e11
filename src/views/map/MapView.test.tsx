import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { names, place as placeInput } from "../../../tests/fixtures/builders";
import { placesFile } from "../../../tests/fixtures/datasets";
import { mapPlaces } from "../../../tests/fixtures/places";
import { shippedGeographyText } from "../../../tests/fixtures/shipped";
import { mockLayout } from "../../../tests/mockLayout";
import { EmbedFormContext, type EmbedForm } from "../../lib/embedForm";
import { renderApp } from "../../../tests/renderApp";
import { ok, stubDataFetch } from "../../../tests/stubDataFetch";
import { MapView } from "./MapView";

const WIDTH = 900;
const geography = shippedGeographyText();

/** Serves the map's fixture places, the shared sources, and the shipped country shapes (or a failure). */
const stubFetch = ({ geo = "ok", places = mapPlaces }: { geo?: "ok" | "missing"; places?: typeof mapPlaces } = {}) =>
  stubDataFetch({ places: ok(places), geography: geo === "ok" ? ok(geography) : { status: 404, body: "Not Found" } });

/** The fixture with a second place at Khorgos ICBC's very spot: no zoom parts the two. */
const withTwin = placesFile({
  features: [
    ...mapPlaces.features,
    placeInput({
      id: "khorgos-gateway",
      at: [80.39596, 44.21364],
      name: names("Khorgos Gateway dry port"),
      category: "logistics",
      description: "A dry port.",
    }),
  ],
});

/** Where a point place is drawn in the map (px), from its transform. */
const drawnAt = (el: Element) => {
  const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute("transform") ?? "")!;
  return { x: Number(x), y: Number(y) };
};

beforeEach(() => {
  mockLayout({ width: WIDTH, height: 500 });
});

async function renderMap(search = "", form: EmbedForm | null = null) {
  renderApp(
    <EmbedFormContext.Provider value={form}>
      <MapView />
    </EmbedFormContext.Provider>,
    { search },
  );
  return screen.findByRole("group", { name: /^Map of Kazakhstan, China and their neighbours/ });
}

const mapGroup = () => screen.getByRole("group", { name: /^Map of Kazakhstan/ });
const place = (name: RegExp) => within(mapGroup()).getByRole("button", { name });
const url = () => new URLSearchParams(window.location.search);
/** A place's open details panel, and a fact in it: the text that follows its term. */
const details = (name: string) => {
  const panel = screen.getByRole("region", { name });
  return { panel, fact: (term: string) => within(panel).getByText(term).nextElementSibling?.textContent };
};

describe("MapView", () => {
  it("states what is on the map, computed from the data", async () => {
    stubFetch();
    const map = await renderMap();
    expect(screen.getByText("4 sites and 2 routes, with 1 town for orientation")).toBeInTheDocument();
    expect(map).toHaveAccessibleName(/showing 7 of 7 places/);
    expect(
      screen.getByText(/Natural Earth \(public domain\); © OpenStreetMap contributors; GeoNames \(CC BY 4\.0\); Global Energy Monitor/),
    ).toBeInTheDocument();
  });

  it("draws the country shapes, Kazakhstan and China emphasized, with their names", async () => {
    stubFetch();
    const map = await renderMap();
    // The countries in the frame (cut to it), none empty: those wholly outside it have nothing to draw.
    await waitFor(() => expect(map.querySelectorAll(".map-countries .map-country").length).toBeGreaterThan(10));
    expect([...map.querySelectorAll(".map-countries .map-country")].filter((p) => !p.getAttribute("d"))).toEqual([]);
    expect([...map.querySelectorAll(".map-countries .map-country--focus")].map((p) => p.getAttribute("data-country")).sort()).toEqual([
      "China",
      "Kazakhstan",
    ]);
    const labels = [...map.querySelectorAll(".map-label--focus-country")].map((t) => t.textContent);
    expect(labels.sort()).toEqual(["CHINA", "KAZAKHSTAN"]);
  });

  it("gives every place an accessible name with what it is, its status and any caveat", async () => {
    stubFetch();
    await renderMap();
    expect(place(/^Zhanatas wind farm; Wind farm, operating since June 20, 2021$/)).toBeInTheDocument();
    expect(place(/^Energy China solar plant, Turkestan region; Solar plant, planned; Approximate location or route$/)).toBeInTheDocument();
    expect(place(/^Western Europe–Western China highway; Road, operating; Schematic route/)).toBeInTheDocument();
    expect(place(/^Almaty; Town, for orientation$/)).toBeInTheDocument();
    // Status and precision are also drawn: hollow for planned, a dashed ring for approximate.
    const solar = place(/^Energy China solar plant/);
    expect(solar).toHaveClass("map-mark--planned", "map-mark--approximate");
    expect(solar.querySelector(".map-mark__halo")).not.toBeNull();
  });

  it("filters by legend group, in the URL, and shows all again", async () => {
    stubFetch();
    const map = await renderMap();
    const legend = screen.getByRole("group", { name: "Show on the map:" });
    await userEvent.click(within(legend).getByRole("button", { name: /^Wind/ }));
    expect(url().get("layers")).toBe("crossings,corridors,oil,gas,hydro,solar,refining,towns");
    expect(screen.queryByRole("button", { name: /^Zhanatas wind farm/ })).toBeNull();
    expect(within(legend).getByRole("button", { name: /^Wind/ })).toHaveAttribute("aria-pressed", "false");
    expect(map).toHaveAccessibleName(/showing 6 of 7 places/);
    // What the toggle changed is said, as in the other views.
    expect(document.querySelector('.map [aria-live="polite"]')).toHaveTextContent(/showing 6 of 7 places/);
    await userEvent.click(within(legend).getByRole("button", { name: "Show all" }));
    expect(url().get("layers")).toBeNull();
    expect(place(/^Zhanatas wind farm/)).toBeInTheDocument();
  });

  it("sets the focus year from its picker, like every view", async () => {
    stubFetch();
    await renderMap();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Focus year" }), "2013");
    expect(url().get("year")).toBe("2013");
    expect(place(/^Zhanatas wind farm/)).toHaveClass("is-dimmed");
  });

  it("names each legend chip as it reads, and keeps the last one on", async () => {
    stubFetch();
    await renderMap("layers=oil");
    const legend = screen.getByRole("group", { name: "Show on the map:" });
    const oil = within(legend).getByRole("button", { name: "Oil, 1 place" });
    await userEvent.click(oil);
    expect(oil).toHaveAttribute("aria-pressed", "true");
    expect(within(legend).getByRole("status")).toHaveTextContent(/^The last one left on stays on/);
  });

  it("reads the filter from a link, ignoring names it does not know", async () => {
    stubFetch();
    const map = await renderMap("layers=oil,nonsense");
    expect(map).toHaveAccessibleName(/showing 1 of 7 places: Oil\./);
    expect(place(/^Atasu–Alashankou oil pipeline/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Almaty/ })).toBeNull();
  });

  it("fades the places not yet begun in the focus year, and says how many", async () => {
    stubFetch();
    await renderMap("year=2013");
    expect(screen.getByText("Focus year 2013 — 3 places had not been started by then and are faded.")).toHaveAttribute("role", "status");
    expect(place(/^Zhanatas wind farm; .*; Not yet begun in 2013 \(work started 2019\)$/)).toHaveClass("is-dimmed");
    expect(place(/^Lianyungang logistics base/)).toHaveClass("is-dimmed");
    expect(place(/^Khorgos ICBC/)).not.toHaveClass("is-dimmed");
    expect(place(/^Western Europe–Western China highway/)).not.toHaveClass("is-dimmed");
    await userEvent.click(screen.getByRole("button", { name: "Clear focus year" }));
    expect(url().get("year")).toBeNull();
    expect(place(/^Zhanatas wind farm/)).not.toHaveClass("is-dimmed");
  });

  it("opens a place's details on click: dates, capacity, owners, builders, location and sources", async () => {
    stubFetch();
    await renderMap();
    await userEvent.click(place(/^Zhanatas wind farm/));
    expect(url().get("place")).toBe("zhanatas-wind-farm");
    const { panel, fact } = details("Zhanatas wind farm");
    expect(fact("Agreed")).toBe("February 26, 2016");
    expect(fact("Construction began")).toBe("July 15, 2019");
    expect(fact("In operation")).toBe("June 20, 2021");
    expect(fact("Capacity")).toBe("100 MW — 40 × 2.5 MW");
    expect(fact("Owners")).toBe("China Power International Holding (SPIC, 80%) and Visor (20%)");
    expect(fact("Builders")).toBe("POWERCHINA Chengdu Engineering");
    expect(fact("Location")).toBe("43.49° N, 69.69° E · Exact location");
    expect(fact("Confidence")).toBe("verified");
    expect(within(panel).getByText("Coordinates: centroid of its 40 turbines.")).toBeInTheDocument();
    expect(await within(panel).findByRole("link", { name: "People's Daily (2024)" })).toHaveAttribute("href", "https://example.org/a");
    expect(place(/^Zhanatas wind farm/)).toHaveAttribute("aria-pressed", "true");
  });

  it("shows a place's costs, formatted, each with whose figure it is", async () => {
    stubFetch();
    await renderMap("place=zhanatas-wind-farm");
    const cost = within(details("Zhanatas wind farm").panel).getByText("Cost").nextElementSibling as HTMLElement;
    // The sources disagree: both figures are shown, each with its source, once sources.json has loaded.
    await waitFor(() =>
      expect(
        within(cost)
          .getAllByRole("listitem")
          .map((li) => li.textContent),
      ).toEqual(["about $150M (the wind farm), per People's Daily", "$136.2M (the wind farm), per IMF"]),
    );
  });

  it("gives a route's cost with the year it is given as of, and no cost line where none is sourced", async () => {
    stubFetch();
    await renderMap("place=oil-atasu-alashankou");
    const route = screen.getByRole("region", { name: "Atasu–Alashankou oil pipeline" });
    await waitFor(() =>
      expect(within(route).getByText("Cost").nextElementSibling).toHaveTextContent(
        /^\$700M \(construction, as of 2006\), per People's Daily$/,
      ),
    );
    await userEvent.click(place(/^Khorgos ICBC/));
    const icbc = screen.getByRole("region", { name: "Khorgos ICBC" });
    expect(within(icbc).getByText("Owners")).toBeInTheDocument();
    expect(within(icbc).queryByText("Cost")).toBeNull();
    expect(icbc).not.toHaveTextContent("$");
  });

  it("says unknown where a fact is missing, and gives a route its length", async () => {
    stubFetch();
    await renderMap("place=oil-atasu-alashankou");
    const { fact } = details("Atasu–Alashankou oil pipeline");
    expect(fact("Length")).toBe("962 km");
    expect(fact("Capacity")).toBe("unknown");
    expect(fact("Builders")).toBe("unknown");
    expect(fact("Location")).toBe("Approximate location or route");
  });

  it("ignores a place id from a link that names nothing", async () => {
    stubFetch();
    await renderMap("place=atlantis");
    expect(screen.getByText(/^Select a place on the map/)).toBeInTheDocument();
  });

  it("opens zoomed to the place a link names, without taking the focus", async () => {
    stubFetch();
    const map = await renderMap("place=zhanatas-wind-farm");
    const layer = map.querySelector(".map-places")!.parentElement!;
    await waitFor(() => expect(layer.getAttribute("transform")).toMatch(/scale\(4\)/));
    expect(document.activeElement).toBe(document.body);
    expect(screen.getByRole("button", { name: "Reset the view" })).toHaveAttribute("aria-disabled", "false");
  });

  it("is operable by keyboard: Tab to a place, arrows between places, Enter opens, Escape closes", async () => {
    stubFetch();
    const map = await renderMap();
    map.focus();
    await userEvent.tab();
    // The first place west to east holds the one tab stop (roving tabindex).
    expect(document.activeElement).toBe(place(/^Western Europe–Western China highway/));
    expect(map.querySelectorAll('[data-place][tabindex="0"]')).toHaveLength(1);
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    expect(document.activeElement).toBe(place(/^Zhanatas wind farm/));
    await userEvent.keyboard("{Enter}");
    const heading = screen.getByRole("heading", { name: "Zhanatas wind farm" });
    expect(document.activeElement).toBe(heading);
    await userEvent.keyboard("{Escape}");
    expect(url().get("place")).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(place(/^Zhanatas wind farm/)));
    await userEvent.keyboard("{End}");
    expect(document.activeElement).toBe(place(/^Lianyungang logistics base/));
    await userEvent.keyboard(" ");
    expect(url().get("place")).toBe("lianyungang-base");
  });

  it("zooms with + and −, resets with 0 and the buttons, keeping symbols their size", async () => {
    stubFetch();
    const map = await renderMap();
    map.focus();
    const layer = map.querySelector(".map-places")!.parentElement!;
    await userEvent.keyboard("+");
    await waitFor(() => expect(layer.getAttribute("transform")).toMatch(/scale\(1\.6\)/));
    const wind = place(/^Zhanatas wind farm/);
    expect(wind.getAttribute("transform")).toMatch(/scale\(0\.625\)$/);
    expect(screen.getByRole("button", { name: "Zoom out" })).toHaveAttribute("aria-disabled", "false");
    await userEvent.keyboard("0");
    await waitFor(() => expect(layer.getAttribute("transform")).toBe("translate(0,0) scale(1)"));
    await userEvent.click(screen.getByRole("button", { name: "Zoom in" }));
    await waitFor(() => expect(layer.getAttribute("transform")).toMatch(/scale\(1\.6\)/));
    await userEvent.click(screen.getByRole("button", { name: "Reset the view" }));
    await waitFor(() => expect(layer.getAttribute("transform")).toBe("translate(0,0) scale(1)"));
  });

  it("shows a tooltip on hover", async () => {
    stubFetch();
    await renderMap();
    fireEvent.pointerMove(place(/^Khorgos ICBC/).querySelector(".map-mark__symbol")!, { pointerType: "mouse" });
    const tooltip = document.querySelector(".chart-tooltip")!;
    expect(tooltip).toHaveTextContent("Khorgos ICBC");
    expect(tooltip).toHaveTextContent("Border crossing, operating since April 2012");
  });

  it("lists every place in the table, whatever the filter, and shows one on the map from there", async () => {
    stubFetch();
    await renderMap("layers=oil");
    await userEvent.click(screen.getByRole("button", { name: "Table" }));
    const table = screen.getByRole("table", { name: "7 places on the map, with their dates and sizes" });
    expect(within(table).getAllByRole("row")).toHaveLength(8);
    await userEvent.click(within(table).getByRole("button", { name: "Zhanatas wind farm" }));
    expect(url().get("place")).toBe("zhanatas-wind-farm");
    expect(url().get("layers")).toBe("oil,wind");
    await waitFor(() => expect(document.activeElement).toBe(place(/^Zhanatas wind farm/)));
  });

  it("gives each place's costs in the table, blank where none is sourced", async () => {
    stubFetch();
    await renderMap();
    await userEvent.click(screen.getByRole("button", { name: "Table" }));
    const table = screen.getByRole("table", { name: "7 places on the map, with their dates and sizes" });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    const costColumn = headers.indexOf("Cost");
    expect(costColumn).toBeGreaterThan(0);
    const costOf = (name: string) => {
      const row = within(table).getByRole("button", { name }).closest("tr")!;
      // The first column is the row header: cells are counted from the second.
      return within(row).getAllByRole("cell")[costColumn - 1]?.textContent;
    };
    await waitFor(() =>
      expect(costOf("Zhanatas wind farm")).toBe("about $150M (the wind farm), per People's Daily; $136.2M (the wind farm), per IMF"),
    );
    expect(costOf("Khorgos ICBC")).toBe("");
  });

  it("lists the sites and routes beside the map, each one click from its facts", async () => {
    stubFetch();
    await renderMap("year=2013");
    const list = screen.getByRole("group", { name: "Sites and routes" });
    // Towns are there for orientation only; the places not yet begun are faded in the list too.
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toHaveLength(6);
    expect(within(list).getByRole("button", { name: "Zhanatas wind farm" })).toHaveClass("is-dimmed");
    await userEvent.click(within(list).getByRole("button", { name: "Atasu–Alashankou oil pipeline" }));
    expect(url().get("place")).toBe("oil-atasu-alashankou");
    expect(screen.getByRole("region", { name: "Atasu–Alashankou oil pipeline" })).toBeInTheDocument();
  });

  describe("on a slide", () => {
    const SLIDE: EmbedForm = { slide: true, controls: "compact", title: true };

    it("keeps the headline, the map and a key to the layers shown; the focus year and filters wait in Options", async () => {
      stubFetch();
      const map = await renderMap("layers=wind,oil,towns", SLIDE);
      expect(screen.getByText("4 sites and 2 routes, with 1 town for orientation")).toBeInTheDocument();
      const key = screen.getByRole("list", { name: "How to read the symbols" });
      expect(
        within(key)
          .getAllByRole("listitem")
          .map((li) => li.textContent),
      ).toEqual(["Oil", "Wind", "Towns", "Under construction", "Planned"]);
      expect(screen.queryByRole("group", { name: "Show on the map:" })).toBeNull();
      expect(screen.queryByRole("combobox", { name: "Focus year" })).toBeNull();
      await userEvent.click(screen.getByRole("button", { name: "Options" }));
      expect(screen.getByRole("group", { name: "Show on the map:" })).toBeInTheDocument();
      // No list beside the map, no table or downloads: the link opens the full view for those.
      expect(screen.queryByRole("group", { name: "Sites and routes" })).toBeNull();
      expect(screen.queryByRole("button", { name: "Table" })).toBeNull();
      // The keys are still read out, but not shown.
      expect(document.getElementById(map.getAttribute("aria-describedby")!)).toHaveClass("visually-hidden");
      expect(screen.getByText(/sources, cited place by place/)).toHaveClass("source-line");
    });

    it("sets no label under 12 px, countries included", async () => {
      stubFetch();
      const map = await renderMap("", SLIDE);
      await waitFor(() => expect(map.querySelectorAll(".map-label--country").length).toBeGreaterThan(0));
      const sizes = [...map.querySelectorAll("text")].map((text) => Number(text.getAttribute("font-size")));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    });

    it("opens a place's details over the map, and closes them with Escape", async () => {
      stubFetch();
      await renderMap("", SLIDE);
      await userEvent.click(place(/^Zhanatas wind farm/));
      const { panel, fact } = details("Zhanatas wind farm");
      expect(fact("Capacity")).toBe("100 MW — 40 × 2.5 MW");
      fireEvent.keyDown(panel, { key: "Escape" });
      expect(screen.queryByRole("region", { name: "Zhanatas wind farm" })).toBeNull();
      expect(url().get("place")).toBeNull();
    });
  });

  it("draws Lianyungang, too far east for the frame, in the inset, where it opens like any place", async () => {
    stubFetch();
    await renderMap();
    const inset = screen.getByRole("group", { name: /^Inset: China and Kazakhstan whole/ });
    await userEvent.click(within(inset).getByRole("button", { name: /^Lianyungang logistics base/ }));
    expect(url().get("place")).toBe("lianyungang-base");
    expect(screen.getByRole("region", { name: "Lianyungang logistics base" })).toBeInTheDocument();
  });

  it("shows the keyboard instructions once the keyboard is used on the map, and reads them out before", async () => {
    stubFetch();
    const map = await renderMap();
    const keys = document.getElementById(map.getAttribute("aria-describedby")!)!;
    expect(keys).toHaveTextContent(/^Keyboard: on the map, arrow keys pan/);
    expect(keys).toHaveClass("visually-hidden");
    map.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(keys).toHaveClass("chart-keys");
    expect(keys).not.toHaveClass("visually-hidden");
  });

  it("lists places at one spot to choose from when a click lands on both, and opens the one chosen", async () => {
    stubFetch({ places: withTwin });
    const map = await renderMap();
    const icbc = place(/^Khorgos ICBC/);
    const { x, y } = drawnAt(icbc);
    fireEvent.pointerDown(icbc, { pointerType: "mouse" });
    fireEvent.click(icbc, { clientX: x, clientY: y, detail: 1 });
    const chooser = screen.getByRole("group", { name: "2 places here: which one?" });
    expect(
      within(chooser)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Khorgos ICBC", "Khorgos Gateway dry port"]);
    await userEvent.click(within(chooser).getByRole("button", { name: "Khorgos Gateway dry port" }));
    expect(url().get("place")).toBe("khorgos-gateway");
    expect(screen.queryByRole("group", { name: /places here/ })).toBeNull();
    expect(map).toBeInTheDocument();
  });

  describe("on a phone", () => {
    beforeEach(() => {
      mockLayout({ width: 375, height: 300 });
    });

    it("groups places too close to tap apart into clusters, each a button named for what it holds", async () => {
      stubFetch();
      const map = await renderMap();
      const cluster = within(map).getByRole("button", { name: "2 places around Zhanatas wind farm" });
      expect(cluster.getAttribute("data-members")).toBe("zhanatas-wind-farm turkestan-solar");
      expect(within(cluster).getByText("2")).toBeInTheDocument();
      // The places in it are not targets of their own at this zoom; the rest are.
      expect(within(map).queryByRole("button", { name: /^Zhanatas wind farm/ })).toBeNull();
      expect(within(map).getByRole("button", { name: /^Western Europe–Western China highway/ })).toBeInTheDocument();
      // Every place is still reachable: alone, or in a cluster.
      const reachable = [...map.querySelectorAll("[data-place], [data-cluster]")].flatMap((el) =>
        (el.getAttribute("data-members") ?? el.getAttribute("data-place")!).split(" "),
      );
      expect(reachable.sort()).toEqual(mapPlaces.features.map((f) => f.id).sort());
    });

    it("zooms in on a cluster's places when it is tapped, parting them", async () => {
      stubFetch();
      const map = await renderMap();
      const layer = map.querySelector(".map-places")!.parentElement!;
      await userEvent.click(within(map).getByRole("button", { name: "2 places around Zhanatas wind farm" }));
      await waitFor(() => expect(place(/^Zhanatas wind farm/)).toBeInTheDocument());
      expect(Number(/scale\(([\d.]+)\)/.exec(layer.getAttribute("transform") ?? "")?.[1])).toBeGreaterThan(2);
      expect(place(/^Energy China solar plant/)).toBeInTheDocument();
      expect(within(map).queryByRole("button", { name: /around Zhanatas/ })).toBeNull();
    });

    it("opens a cluster from the keyboard, and moves the focus to what it held", async () => {
      stubFetch();
      const map = await renderMap();
      within(map).getByRole("button", { name: "2 places around Zhanatas wind farm" }).focus();
      await userEvent.keyboard("{Enter}");
      await waitFor(() => expect(document.activeElement).toBe(place(/^Zhanatas wind farm/)));
    });

    it("lists a cluster's places when no zoom can part them; the one chosen opens, Escape closes the list", async () => {
      stubFetch({ places: withTwin });
      const map = await renderMap();
      const twins = () => within(map).getByRole("button", { name: "2 places around Khorgos ICBC" });
      twins().focus();
      await userEvent.keyboard("{Enter}");
      // Khorgos ICBC and the dry port share a spot: no zoom parts them, so the map stays and they are listed.
      expect(map.querySelector(".map-places")!.parentElement!.getAttribute("transform")).toBeNull();
      const chooser = screen.getByRole("group", { name: "2 places around Khorgos ICBC" });
      expect(document.activeElement).toBe(within(chooser).getByRole("button", { name: "Khorgos ICBC" }));
      await userEvent.keyboard("{Escape}");
      expect(screen.queryByRole("group", { name: "2 places around Khorgos ICBC" })).toBeNull();
      await waitFor(() => expect(document.activeElement).toBe(twins()));
      await userEvent.click(twins());
      await userEvent.click(
        within(screen.getByRole("group", { name: "2 places around Khorgos ICBC" })).getByRole("button", {
          name: "Khorgos Gateway dry port",
        }),
      );
      expect(url().get("place")).toBe("khorgos-gateway");
      expect(screen.getByRole("region", { name: "Khorgos Gateway dry port" })).toBeInTheDocument();
    });
  });

  it("still draws the places when the country shapes fail to load, and says so", async () => {
    stubFetch({ geo: "missing" });
    const map = await renderMap();
    expect(
      await screen.findByText(/The country outlines could not be loaded \(data\/geo\/region\.topo\.json: the server answered HTTP 404\)/),
    ).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(map.querySelectorAll(".map-country")).toHaveLength(0);
    expect(place(/^Khorgos ICBC/)).toBeInTheDocument();
  });
});
