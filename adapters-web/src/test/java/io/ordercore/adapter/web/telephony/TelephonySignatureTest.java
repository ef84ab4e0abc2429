package io.ordercore.adapter.web.telephony;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.adapter.web.TelephonySigner;
import io.ordercore.adapter.web.security.InvalidSignatureException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The signature check on its own, including a service started without a secret. */
class TelephonySignatureTest {

    private static final byte[] BODY = "{\"orderId\": 1}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theBodysHmacWithTheSecretPassesInEitherCase() {
        TelephonySignature check = new TelephonySignature("shared-secret");
        String signature = TelephonySigner.sign("shared-secret", BODY);

        assertThatCode(() -> check.verify(BODY, signature)).doesNotThrowAnyException();
        assertThatCode(() -> check.verify(BODY, signature.toUpperCase())).doesNotThrowAnyException();
        assertThatThrownBy(() -> check.verify(BODY, signature.substring(1))).isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> check.verify(BODY, null)).isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void withoutASecretNothingPasses() {
        for (String unset : new String[] {"", null}) {
            TelephonySignature check = new TelephonySignature(unset);

            assertThatThrownBy(() -> check.verify(BODY, TelephonySigner.sign("x", BODY)))
                    .isInstanceOf(InvalidSignatureException.class);
            assertThatThrownBy(() -> check.verify(new byte[0], "")).isInstanceOf(InvalidSignatureException.class);
        }
    }
}
