// TEMPORARY until the io-csv branch lands its TextEncoding.
public enum TextEncoding: String, Sendable, CaseIterable { case utf8 = "utf-8", latin1 = "latin-1", windows1252 = "windows-1252" }
