package pl.zmp.tracker.platform.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * BCrypt that remembers, for a while, the passwords it has already verified. HTTP Basic sends the
 * credentials with every request, and BCrypt is slow on purpose (tens of milliseconds): without
 * this every command would pay it. Only successes are remembered, keyed by a SHA-256 of the stored
 * hash and the presented password, so a wrong guess always pays the full cost.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(10);
    private static final int MAX_REMEMBERED = 10_000;

    private final PasswordEncoder bcrypt;
    private final Clock clock;
    private final Map<String, Instant> verifiedUntil = new ConcurrentHashMap<>();

    RememberingPasswordEncoder() {
        this(new BCryptPasswordEncoder(), Clock.systemUTC());
    }

    RememberingPasswordEncoder(PasswordEncoder bcrypt, Clock clock) {
        this.bcrypt = bcrypt;
        this.clock = clock;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String key = key(rawPassword, encodedPassword);
        Instant now = clock.instant();
        Instant until = verifiedUntil.get(key);
        if (until != null && until.isAfter(now)) {
            return true;
        }
        boolean matches = bcrypt.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verifiedUntil.size() >= MAX_REMEMBERED) {
                verifiedUntil.clear();
            }
            verifiedUntil.put(key, now.plus(REMEMBER_FOR));
        }
        return matches;
    }

    private static String key(CharSequence rawPassword, String encodedPassword) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
