package io.ordercore.bootstrap.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(1024, 1); // cheap for the test only

    @Test
    void aHashIsArgon2idSaltedAndVerifiesOnlyItsPassword() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hash).startsWith("$argon2id$v=19$").doesNotContain("correct horse battery");
        assertThat(hasher.verify("correct horse battery", hash)).isTrue();
        assertThat(hasher.verify("correct horse batterY", hash)).isFalse();
        assertThat(hasher.hash("correct horse battery")).isNotEqualTo(hash);
    }

    @Test
    void theProductionCostIsTheOwaspMinimum() {
        String hash = new Argon2PasswordHasher().hash("whatever-it-is-42");
        assertThat(hash).contains("m=19456,t=2,p=1");
    }

    @Test
    void foreignOrBrokenHashesNeverVerify() {
        assertThat(hasher.verify("x", "test$abc$def")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=19$broken")).isFalse();
        assertThat(hasher.verify("x", null)).isFalse();
    }
}
