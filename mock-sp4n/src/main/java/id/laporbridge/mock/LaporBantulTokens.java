package id.laporbridge.mock;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Issues Lapor Bantul access tokens and checks them against the mock clock. Thread-safe. */
final class LaporBantulTokens {

    private record Grant(String clientId, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final MockTime time;
    private final Duration lifetime;
    private final Map<String, Grant> grants = new HashMap<>();
    private final List<String> issuedTokens = new ArrayList<>();
    private int issued;
    private int usesBeforeEarlyExpiry = -1;

    LaporBantulTokens(MockTime time, Duration lifetime) {
        this.time = time;
        this.lifetime = lifetime;
    }

    Duration lifetime() {
        return lifetime;
    }

    synchronized String issue(String clientId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(clientId, time.now().plus(lifetime)));
        issuedTokens.add(token);
        issued++;
        return token;
    }

    /** Returns the client that the token was issued to, or empty when the token is unknown or expired. */
    synchronized Optional<String> clientOf(String token) {
        Grant grant = grants.get(token);
        if (grant == null) {
            return Optional.empty();
        }
        if (!time.now().isBefore(grant.expiresAt()) || usesBeforeEarlyExpiry == 0) {
            usesBeforeEarlyExpiry = -1;
            grants.remove(token);
            return Optional.empty();
        }
        if (usesBeforeEarlyExpiry > 0) {
            usesBeforeEarlyExpiry--;
        }
        return Optional.of(grant.clientId());
    }

    /** Lets the current tokens pass {@code uses} more checks; the check after that rejects the token. */
    synchronized void expireEarlyAfter(int uses) {
        usesBeforeEarlyExpiry = uses;
    }

    synchronized void expireAll() {
        grants.clear();
    }

    synchronized int issued() {
        return issued;
    }

    /** Returns every token issued so far, oldest first, expired ones included. */
    synchronized List<String> issuedTokens() {
        return List.copyOf(issuedTokens);
    }
}
