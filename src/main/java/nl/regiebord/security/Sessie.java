package nl.regiebord.security;

/**
 * What a session cookie says: who, which of their sessions (the nonce, also the seed of the CSRF token), the
 * user's session version when it was made, when it was last renewed and when it began, at login (seconds since 1970).
 */
public record Sessie(long gebruikerId, int sessieversie, String nonce, long vernieuwd, long begonnen) {
}
