/*
 * Where the task pane loads office.js from, by the Microsoft 365 cloud the add-in is deployed to. Add-ins must load
 * office.js from Microsoft's CDN (they may not bundle it); Microsoft 365 operated by 21Vianet in China has its own
 * partner CDN, and "Referencing the Office JavaScript API library" tells add-ins there to load it from that.
 */
const CLOUDS = {
  worldwide: {
    name: "Microsoft 365 worldwide",
    officeScript: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    officeOrigin: "https://appsforoffice.microsoft.com",
  },
  "21vianet": {
    name: "Microsoft 365 operated by 21Vianet",
    officeScript: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
    officeOrigin: "https://appsforoffice.cdn.partner.office365.cn",
  },
};

module.exports = { CLOUDS };
