/** English: the reference catalog. Every other language file has the same keys; a missing key falls back to this. */
export const meta = { code: "en", nativeName: "English", dir: "ltr" } as const;

export const messages = {
  "app.title": "Silk Road Ledger",
  "app.tagline": "China–Kazakhstan relations in data, 1992 to today",
  "app.lede":
    "By China's customs count, trade between the two countries grew from {first} in {firstYear} to {latest} in {latestYear}. Here those figures stand beside Kazakhstan's own statistics, the investment tally, the partnership's milestones and the places where it meets the ground — every number with its source.",
  "app.ledeLoading": "Trade, investment, diplomacy and the places where they meet the ground — every number with its source.",
  "app.skip": "Skip to the charts",
  "app.nav": "Views",

  "controls.language": "Language",
  "controls.theme": "Theme",
  "theme.auto": "System",
  "theme.light": "Light",
  "theme.dark": "Dark",
  "theme.contrast": "Projector",

  "view.trade.title": "Bilateral trade",
  "view.trade.subtitle": "Annual trade in US dollars, as each country reports it",
  "view.investment.title": "Chinese investment",
  "view.investment.subtitle": "How much, by whose count, and in which deals",
  "view.timeline.title": "The partnership ladder",
  "view.timeline.subtitle": "From diplomatic relations to a permanent comprehensive strategic partnership",
  "view.map.title": "Where it meets the ground",
  "view.map.subtitle": "Border crossings, logistics hubs, pipelines and energy projects",

  "view.loading": "Loading {view}…",
  "view.error.title": "{view} could not be shown",
  "view.error.file": "File",
  "view.error.field": "Where",
  "view.error.more.one": "{count} more problem in this file",
  "view.error.more.other": "{count} more problems in this file",
  "view.error.problem": "Problem",
  "view.error.retry": "Retry",
  "view.error.network": "The file could not be downloaded ({reason}).",
  "view.error.unexpected": "Something went wrong while drawing this view: {reason}",
  "view.source": "Source",
  "view.sources": "Sources",

  "actions.label": "Data and sharing",
  "actions.table": "Table",
  "actions.csv": "CSV",
  "actions.svg": "SVG",
  "actions.png": "PNG",
  "actions.embed": "Embed",
  "actions.cite": "Cite",
  "actions.copy": "Copy",
  "actions.copied": "Copied",
  "actions.embedHint": "Paste this into a page, slide or learning platform:",
  "actions.citeHint": "Cite this view:",
  "actions.citation": "Silk Road Ledger, “{title}”, {url} (accessed {date}). Data: {sources}.",
  "table.sort": "Sort by this column",

  // --- trade view: keys start with "trade." ---
  "trade.headline": "{first} in {firstYear} → {latest} in {latestYear}: {multiple}-fold",
  "trade.reportedBy": "China customs",
  "trade.kzLatest": "Kazakhstan's statistics record {value} for {year}; China's customs record {gap} more for the same year.",
  "trade.peak": "Peak before {year}: {value} in {peakYear}; the lowest since: {low} in {lowYear}.",
  "trade.target": "Target: {value} by {year} (set {setOn}).",
  "trade.years.one": "{count} year of China customs data, {from}–{to}.",
  "trade.years.other": "{count} years of China customs data, {from}–{to}.",

  // --- investment view: keys start with "investment." ---
  "investment.headline": "{value} of Chinese investment, {from}–{to}",
  "investment.otherCounts": "Other counts",
  "investment.deals.one": "{count} landmark deal or loan on record, {disclosed} with a disclosed amount.",
  "investment.deals.other": "{count} landmark deals and loans on record, {disclosed} of them with a disclosed amount.",

  // --- timeline view: keys start with "timeline." ---
  "timeline.levels": "Partnership levels",
  "timeline.events.one": "{count} dated event, {from}–{to}.",
  "timeline.events.other": "{count} dated events, {from}–{to}.",

  // --- map view: keys start with "map." ---
  "map.places.one": "{count} site or route on record:",
  "map.places.other": "{count} sites and routes on record:",

  "sources.title": "Sources and method",
  "sources.intro":
    "Every figure in this dashboard carries the source it comes from and a confidence tag. China's customs and Kazakhstan's statistics report the same trade differently; the two are never mixed in one series.",
  "sources.count.one": "{count} source",
  "sources.count.other": "All {count} sources",
  "sources.loading": "Loading the list of sources…",
  "confidence.verified": "verified",
  "confidence.secondary": "verified in a secondary source",
  "confidence.derived": "derived",
  "confidence.unverified": "unverified",

  "footer.data": "The datasets are open: {files}.",
  "footer.privacy": "No cookies, no analytics, no requests to other sites.",
  "footer.credits": "Map geometry: Natural Earth (public domain); © OpenStreetMap contributors; GeoNames.",

  "embed.openFull": "Open in Silk Road Ledger",
  "embed.unknown.title": "There is no view called “{name}”",
  "embed.unknown.none": "Choose a view to embed",
  "embed.unknown.body": "These views can be embedded:",

  "present.label": "Presentation",
  "present.step": "Step {n} of {total}",
  "present.prev": "Previous step",
  "present.next": "Next step",
  "present.keys": "Use ← and → (or a clicker) to move between steps.",
  "present.s1.title": "1992: two new neighbours",
  "present.s1.caption":
    "China and Kazakhstan established diplomatic relations on {date}. That year, China's customs recorded {value} of trade between them.",
  "present.s2.title": "{year}: {value}",
  "present.s2.caption": "By {year}, China's customs recorded {value} of bilateral trade: {multiple} times the 1992 figure.",

  "notfound.title": "Page not found",
  "notfound.body": "There is nothing at {path}.",
  "notfound.home": "Go to the dashboard",

  "value.unknown": "unknown",
  "value.notDisclosed": "not disclosed",
} as const;

export type MessageKey = keyof typeof messages;
