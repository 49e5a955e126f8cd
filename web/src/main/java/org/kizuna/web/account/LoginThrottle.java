package org.kizuna.web.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after five failed sign-ins for one username from one address, that pair is
 * locked for a minute. Kept in memory: a restart forgets it, which a guesser cannot use faster than five
 * tries per restart.
 */
@Component
class LoginThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(1);

    private record Failures(int count, Instant lockedUntil) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    static String key(String username, String address) {
        return (username == null ? "" : username.strip()) + "|" + address;
    }

    boolean locked(String key) {
        Failures known = failures.get(key);
        return known != null && known.lockedUntil() != null && clock.instant().isBefore(known.lockedUntil());
    }

    void failed(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, known) -> {
            int count = (known == null || (known.lockedUntil() != null && !now.isBefore(known.lockedUntil())))
                    ? 1
                    : known.count() + 1;
            return new Failures(count, count >= ALLOWED_FAILURES ? now.plus(LOCK) : null);
        });
        if (failures.size() > 10_000) {
            failures.entrySet()
                    .removeIf(entry -> entry.getValue().lockedUntil() == null
                            || now.isAfter(entry.getValue().lockedUntil()));
        }
    }

    void succeeded(String key) {
        failures.remove(key);
    }
}
