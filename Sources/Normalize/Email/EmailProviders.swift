/// The mailbox providers that domain-typo correction knows, and the real domains that look like
/// them and must be left alone.
enum EmailProviders {
    /// Domains a typo may be corrected to: the providers most customers use in the US, the UK,
    /// Germany, France and Spain.
    static let targets: [String] = [
        // Global
        "gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com",
        "msn.com", "aol.com", "icloud.com", "me.com", "mac.com", "protonmail.com", "proton.me",
        "rocketmail.com",
        // United States
        "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net", "charter.net",
        "cox.net", "earthlink.net", "optonline.net",
        // United Kingdom
        "yahoo.co.uk", "hotmail.co.uk", "live.co.uk", "btinternet.com", "sky.com",
        "virginmedia.com", "talktalk.net", "ntlworld.com", "tiscali.co.uk", "blueyonder.co.uk",
        // Germany
        "yahoo.de", "hotmail.de", "outlook.de", "gmx.de", "gmx.net", "web.de", "t-online.de",
        // France
        "yahoo.fr", "hotmail.fr", "outlook.fr", "orange.fr", "free.fr", "wanadoo.fr",
        "laposte.net", "sfr.fr",
        // Spain
        "yahoo.es", "hotmail.es", "outlook.es", "telefonica.net",
    ]

    /// Real domains within one edit of a target (or otherwise easy to take for a typo):
    /// never corrected. Mostly other countries' domains of the same providers (`hotmail.be` is
    /// one letter from `hotmail.de`) and real look-alikes (`mail.com`, `ymail.com` and
    /// `email.com` are each one letter from `gmail.com`; `cloud.com` from `icloud.com`).
    static let lookalikes: [String] = [
        "mail.com", "email.com", "ymail.com", "cloud.com", "gmx.com", "gmx.at", "gmx.ch",
        "gmx.fr", "gmx.es", "gmx.us", "gmx.eu", "gmx.org", "gmx.co.uk", "online.de",
        "yahoo.ca", "yahoo.it", "yahoo.ie", "yahoo.gr", "yahoo.se", "yahoo.dk", "yahoo.no",
        "yahoo.fi", "yahoo.be", "yahoo.nl", "yahoo.at", "yahoo.ch", "yahoo.pl", "yahoo.ro",
        "yahoo.in", "yahoo.co.in", "yahoo.co.id", "yahoo.co.jp", "yahoo.co.nz", "yahoo.co.za",
        "yahoo.com.au", "yahoo.com.ar", "yahoo.com.br", "yahoo.com.mx", "yahoo.com.sg",
        "yahoo.com.hk", "yahoo.com.tw", "yahoo.com.ph",
        "hotmail.it", "hotmail.be", "hotmail.nl", "hotmail.se", "hotmail.dk", "hotmail.fi",
        "hotmail.no", "hotmail.ca", "hotmail.ch", "hotmail.at", "hotmail.gr", "hotmail.cl",
        "hotmail.co.jp", "hotmail.co.nz", "hotmail.co.za", "hotmail.co.in", "hotmail.com.au",
        "hotmail.com.ar", "hotmail.com.br", "hotmail.com.mx", "hotmail.com.tr",
        "outlook.it", "outlook.be", "outlook.dk", "outlook.se", "outlook.fi", "outlook.at",
        "outlook.ie", "outlook.pt", "outlook.jp", "outlook.com.au", "outlook.com.br",
        "live.fr", "live.de", "live.it", "live.nl", "live.be", "live.se", "live.dk", "live.no",
        "live.fi", "live.at", "live.ch", "live.ie", "live.ca", "live.cl", "live.com.au",
        "live.com.mx", "live.com.ar", "live.co.za", "live.jp",
        "aol.co.uk", "aol.de", "aol.fr", "aim.com", "msn.co.uk",
        "protonmail.ch", "pm.me", "orange.com", "orange.es", "orange.net", "free.com",
        "telefonica.es", "telefonica.com", "comcast.com", "verizon.com", "att.com", "sky.fr",
        "sky.de", "sky.it", "laposte.fr", "web.com",
    ]

    /// Top-level labels typed for `com` that correct to it when the rest names a `.com`
    /// provider (`gmail.con`, `yahoo.cmo`, `hotmail.co`).
    static let comSlips: [String] = [
        "con", "cmo", "comm", "co", "cm", "om", "ocm", "vom", "xom", "cpm", "cim", "coom", "ccom",
        "comn", "conm", "cokm", "c0m", "clm", "comk",
    ]
}
