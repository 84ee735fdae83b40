import Foundation
import Synchronization

/// A signed-in steward's browser session: the cookie's id, the CSRF token every state-changing
/// request of the session must carry, and the name decisions are logged under.
public struct StewardSession: Sendable, Hashable {
    /// The session cookie's value (256 random bits, hex).
    public var id: String
    /// What `X-CSRF-Token` (or the form field `csrf`) must hold on a state-changing request.
    public var csrfToken: String
    /// The steward's name, given at sign-in: the actor of the merge log.
    public var actor: String
    /// When it lapses unless used again.
    var expires: Date
}

/// The server's sessions, in memory: a restart signs everyone out.
///
/// ```swift
/// let sessions = SessionStore()
/// let session = sessions.open(actor: "ana")
/// sessions.session(session.id)?.actor   // "ana"
/// ```
public final class SessionStore: Sendable {
    /// How long a session lasts without a request.
    public let idleTimeout: TimeInterval
    private let sessions = Mutex<[String: StewardSession]>([:])

    public init(idleTimeout: TimeInterval = 8 * 3600) {
        self.idleTimeout = idleTimeout
    }

    /// A new session for `actor`.
    public func open(actor: String) -> StewardSession {
        let session = StewardSession(
            id: AccessToken.randomHex(bytes: 32), csrfToken: AccessToken.randomHex(bytes: 32), actor: actor,
            expires: Date().addingTimeInterval(idleTimeout))
        sessions.withLock { all in
            let now = Date()
            all = all.filter { $0.value.expires > now }
            all[session.id] = session
        }
        return session
    }

    /// The live session with cookie value `id`, its lapse pushed back; `nil` when there is none.
    public func session(_ id: String) -> StewardSession? {
        sessions.withLock { all in
            // Looked up by hash: the id is 256 random bits, so timing tells nothing useful.
            guard var session = all[id] else { return nil }
            guard session.expires > Date() else {
                all[id] = nil
                return nil
            }
            session.expires = Date().addingTimeInterval(idleTimeout)
            all[id] = session
            return session
        }
    }

    /// Ends the session `id`.
    public func close(_ id: String) {
        _ = sessions.withLock { $0.removeValue(forKey: id) }
    }
}
