/// Folding of accented Latin letters to plain ASCII letters, for comparison keys and for feeds
/// that only take ASCII: `é` → `e`, `Ł` → `L`, `ß` → `ss`, `Æ` → `AE`; with the German style,
/// `ä ö ü` → `ae oe ue` as Germans write them when a system refuses umlauts.
///
/// Covers Latin-1 Supplement, Latin Extended-A and Latin Extended-B (U+00C0–U+024F) and the
/// capital sharp s (U+1E9E). The table is derived from Unicode's canonical decompositions (the
/// base letter of each precomposed letter), plus the letters that have none (`ø`, `ł`, `đ`, `þ`).
public enum LatinFold {
    /// The ASCII letters for `scalar`, or `nil` when it is not a foldable Latin letter.
    /// At most two bytes; the second is 0 when there is only one.
    @inlinable
    public static func ascii(_ scalar: UInt32, germanStyle: Bool = false) -> (UInt8, UInt8)? {
        if scalar == 0x1E9E { return (0x53, 0x53) }  // ẞ → SS
        guard scalar >= first, scalar < end else { return nil }
        if germanStyle, let umlaut = germanUmlaut(scalar) { return umlaut }
        let index = Int(scalar - first) &* 2
        let a = table[index]
        guard a != filler else { return nil }
        let b = table[index &+ 1]
        return (a, b == filler ? 0 : b)
    }

    @usableFromInline static let first: UInt32 = 0xC0
    @usableFromInline static let end: UInt32 = 0x250
    @usableFromInline static let filler = UInt8(ascii: ".")

    @usableFromInline
    static func germanUmlaut(_ scalar: UInt32) -> (UInt8, UInt8)? {
        switch scalar {
        case 0xC4: (0x41, 0x65)  // Ä → Ae
        case 0xD6: (0x4F, 0x65)  // Ö → Oe
        case 0xDC: (0x55, 0x65)  // Ü → Ue
        case 0xE4: (0x61, 0x65)  // ä → ae
        case 0xF6: (0x6F, 0x65)  // ö → oe
        case 0xFC: (0x75, 0x65)  // ü → ue
        default: nil
        }
    }

    /// Two bytes per code point from U+00C0: the ASCII letters, `.` for none.
    @usableFromInline
    static let table: [UInt8] = Array(
        """
        A.A.A.A.A.A.AEC.E.E.E.E.I.I.I.I.D.N.O.O.O.O.O...O.U.U.U.U.Y.THss\
        a.a.a.a.a.a.aec.e.e.e.e.i.i.i.i.d.n.o.o.o.o.o...o.u.u.u.u.y.thy.\
        A.a.A.a.A.a.C.c.C.c.C.c.C.c.D.d.D.d.E.e.E.e.E.e.E.e.E.e.G.g.G.g.\
        G.g.G.g.H.h.H.h.I.i.I.i.I.i.I.i.I.i.IJijJ.j.K.k.k.L.l.L.l.L.l.L.\
        l.L.l.N.n.N.n.N.n.n.N.n.O.o.O.o.O.o.OEoeR.r.R.r.R.r.S.s.S.s.S.s.\
        S.s.T.t.T.t.T.t.U.u.U.u.U.u.U.u.U.u.U.u.W.w.Y.y.Y.Z.z.Z.z.Z.z.s.\
        ................................................................\
        O.o...........................U.u...............................\
        ..........................A.a.I.i.O.o.U.u.U.u.U.u.U.u.U.u...A.a.\
        A.a.........G.g.K.k.O.o.O.o.....j.......G.g.....N.n.A.a.........\
        A.a.A.a.E.e.E.e.I.i.I.i.O.o.O.o.R.r.R.r.U.u.U.u.S.s.T.t.....H.h.\
        ............A.a.E.e.O.o.O.o.O.o.O.o.Y.y.........................\
        ................................
        """.utf8)
}
