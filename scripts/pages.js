/*
 * The support and privacy pages (support.html, privacy.html and their .zh-CN twins), made at build time from the
 * catalogues src/i18n/<language>/pages.json (every language folder that has one, English first): static HTML in the pane's look, no script, so they open anywhere the
 * manifest's SupportUrl or a colleague's link sends someone. The contact on the support page is the deploying
 * admin's (GROWTH_OPS_SUPPORT at package time); without one the page says whom to ask.
 */
const fs = require("fs");
const path = require("path");

const I18N = path.join(__dirname, "..", "src", "i18n");
const LANGUAGES = fs
  .readdirSync(I18N)
  .filter((dir) => fs.existsSync(path.join(I18N, dir, "pages.json")))
  .sort((a, b) => (a === "en-US" ? -1 : b === "en-US" ? 1 : a.localeCompare(b)));
const PAGES = {
  support: {
    sections: [
      ["support.start", ["1", "2"], null],
      ["support.help", null, "contact"],
      ["support.report", null, ["1", "2", "3", "4"]],
      ["support.clients", ["body"], null],
    ],
  },
  privacy: {
    sections: [
      ["privacy.reads", ["body"], null],
      ["privacy.writes", ["body"], null],
      ["privacy.network", ["body"], null],
      ["privacy.personal", ["1", "2", "3"], null],
      ["privacy.shared", ["body"], null],
    ],
  },
};

function catalogue(language) {
  return JSON.parse(fs.readFileSync(path.join(I18N, language, "pages.json"), "utf8"));
}

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** A page's file name in a language: the English one has none of its own. */
const fileOf = (page, language) => (language === "en-US" ? `${page}.html` : `${page}.${language}.html`);

function render(page, language, contact) {
  const words = catalogue(language);
  const say = (key) => {
    if (!(key in words)) throw new Error(`src/i18n/${language}/pages.json has no "${key}"`);
    return escapeHtml(words[key]);
  };
  const body = PAGES[page].sections.map(([key, paragraphs, list]) => {
    const parts = [`<h2>${say(`${key}.heading`)}</h2>`];
    for (const p of paragraphs ?? []) parts.push(`<p>${say(`${key}.${p}`)}</p>`);
    if (list === "contact")
      parts.push(
        `<p>${contact ? say("support.help.contact").replace("{contact}", escapeHtml(contact)) : say("support.help.noContact")}</p>`
      );
    else if (list)
      parts.push(`<p>${say(`${key}.lead`)}</p><ul>${list.map((i) => `<li>${say(`${key}.${i}`)}</li>`).join("")}</ul>`);
    return `<section class="pane-section">${parts.join("")}</section>`;
  });
  const nav = [
    `<a href="${fileOf("support", language)}"${page === "support" ? ' aria-current="page"' : ""}>${say("nav.support")}</a>`,
    `<a href="${fileOf("privacy", language)}"${page === "privacy" ? ' aria-current="page"' : ""}>${say("nav.privacy")}</a>`,
    // Each other language by its own name, in its own language.
    ...LANGUAGES.filter((l) => l !== language).map(
      (l) => `<a href="${fileOf(page, l)}" lang="${l}" hreflang="${l}">${escapeHtml(catalogue(l)["language.name"])}</a>`
    ),
  ];
  return `<!doctype html>
<html lang="${language}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'" />
    <title>${say(`${page}.title`)}</title>
    <link rel="icon" type="image/png" href="assets/icon-32.png" />
    <link rel="stylesheet" href="styles/pane.css" />
    <link rel="stylesheet" href="styles/pages.css" />
  </head>
  <body>
    <main class="pane page">
      <header class="pane-header"><h1>${say(`${page}.title`)}</h1><p class="pane-tagline">${say(`${page}.lead`)}</p></header>
      <nav aria-label="${say("nav.label")}" class="page-nav">${nav.join("")}</nav>
      ${body.join("\n      ")}
    </main>
  </body>
</html>
`;
}

/** Every page in every language: [file name, HTML]. */
function pages(contact = process.env.GROWTH_OPS_SUPPORT || "") {
  return Object.keys(PAGES).flatMap((page) =>
    LANGUAGES.map((language) => [fileOf(page, language), render(page, language, contact)])
  );
}

module.exports = { pages, LANGUAGES, PAGES };
