package pl.zmp.tracker.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RememberingPasswordEncoderTest {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final String hash = bcrypt.encode("coordinator");
    private final AtomicInteger verifications = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            verifications.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };

    @Test
    void verifiesARightPasswordWithBcryptOnceThenFromMemory() {
        RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(counting, Clock.systemUTC());

        assertThat(encoder.matches("coordinator", hash)).isTrue();
        assertThat(encoder.matches("coordinator", hash)).isTrue();

        assertThat(verifications).hasValue(1);
    }

    @Test
    void neverRemembersAWrongPassword() {
        RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(counting, Clock.systemUTC());

        assertThat(encoder.matches("guess", hash)).isFalse();
        assertThat(encoder.matches("guess", hash)).isFalse();

        assertThat(verifications).hasValue(2);
    }

    @Test
    void verifiesAgainAfterTheMemoryExpires() {
        Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(counting, clock);
        assertThat(encoder.matches("coordinator", hash)).isTrue();

        now[0] = now[0].plus(RememberingPasswordEncoder.REMEMBER_FOR).plusSeconds(1);
        assertThat(encoder.matches("coordinator", hash)).isTrue();

        assertThat(verifications).hasValue(2);
    }
}
