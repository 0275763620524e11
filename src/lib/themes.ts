/** The themes a page can be shown in: "auto" follows the system's light or dark setting through CSS. */
export const THEMES = ["auto", "light", "dark", "contrast"] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The script each page runs in its head, before anything is painted: the theme asked for in the address
 * (`?theme=dark`), set on <html> as the app will set it, so a dark or projector page never flashes light
 * first. Inline, so the site's content security policy allows it by the hash of this exact text.
 */
export const THEME_SCRIPT = `(()=>{const t=new URLSearchParams(location.search).get("theme");if(${JSON.stringify(THEMES.filter((t) => t !== "auto"))}.includes(t))document.documentElement.dataset.theme=t})()`;
