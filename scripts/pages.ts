/** Every HTML page the site ships: each is a real file in dist/, so any static host serves it. */
export const PAGES = [
  { name: "dashboard", html: "index.html", route: "/" },
  { name: "embed-trade", html: "embed/trade/index.html", route: "/embed/trade" },
  { name: "embed-investment", html: "embed/investment/index.html", route: "/embed/investment" },
  { name: "embed-timeline", html: "embed/timeline/index.html", route: "/embed/timeline" },
  { name: "embed-map", html: "embed/map/index.html", route: "/embed/map" },
  { name: "embed-index", html: "embed/index.html", route: "/embed/" },
  { name: "present", html: "present/index.html", route: "/present" },
  { name: "not-found", html: "404.html", route: "/404.html" },
] as const;
