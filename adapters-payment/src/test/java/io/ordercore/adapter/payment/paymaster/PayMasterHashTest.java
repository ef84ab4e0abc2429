package io.ordercore.adapter.payment.paymaster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.adapter.payment.paymaster.PayMasterHash.Algorithm;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked vectors of shared/docs/payment-gateways.md, section C.1. */
class PayMasterHashTest {

    private static Map<String, String> vector1() {
        Map<String, String> f = new HashMap<>();
        f.put("LMI_MERCHANT_ID", "11112222-3333-4444-5555-666677778888");
        f.put("LMI_PAYMENT_NO", "ORDER-1001");
        f.put("LMI_SYS_PAYMENT_ID", "123456789");
        f.put("LMI_SYS_PAYMENT_DATE", "2024-03-15T09:30:00");
        f.put("LMI_PAYMENT_AMOUNT", "1500.00");
        f.put("LMI_CURRENCY", "RUB");
        f.put("LMI_PAID_AMOUNT", "1500.00");
        f.put("LMI_PAID_CURRENCY", "RUB");
        f.put("LMI_PAYMENT_SYSTEM", "3");
        f.put("LMI_SIM_MODE", "0");
        return f;
    }

    private static Map<String, String> vector2() {
        Map<String, String> f = new HashMap<>();
        f.put("LMI_MERCHANT_ID", "96e809e9-8bce-40fd-86cb-d34db39b4668");
        f.put("LMI_PAYMENT_NO", "Заказ-7");
        f.put("LMI_SYS_PAYMENT_ID", "987654");
        f.put("LMI_SYS_PAYMENT_DATE", "2024-12-31T23:59:59");
        f.put("LMI_PAYMENT_AMOUNT", "99.90");
        f.put("LMI_CURRENCY", "RUB");
        f.put("LMI_PAID_AMOUNT", "1.23");
        f.put("LMI_PAID_CURRENCY", "USD");
        f.put("LMI_PAYMENT_SYSTEM", "WebMoney");
        return f; // LMI_SIM_MODE absent on purpose
    }

    @ParameterizedTest
    @CsvSource({
            "MD5, p93DohzbSSphH/f9rv2Iqg==",
            "SHA1, FNaarI1G+AniSCBrYDdLW1tA9js=",
            "SHA256, dt0+rB+XmGbpZilJ1APHvv3U/u0EF7QqMCBO8gWeVXU="})
    void vectorOneMatchesForEachAlgorithm(Algorithm algorithm, String expected) {
        assertThat(new PayMasterHash(algorithm, "Test-Secret-1").sign(vector1())).isEqualTo(expected);
    }

    @Test
    void aHexDigestIsNotAValidHash() {
        Map<String, String> f = vector1();
        f.put("LMI_HASH", "a7ddc3a21cdb492a611ff7fdaefd88aa");
        assertThat(new PayMasterHash(Algorithm.MD5, "Test-Secret-1").verify(f)).isFalse();
        f.put("LMI_HASH", "p93DohzbSSphH/f9rv2Iqg==");
        assertThat(new PayMasterHash(Algorithm.MD5, "Test-Secret-1").verify(f)).isTrue();
    }

    @Test
    void vectorTwoWithUtf8AndAnAbsentSimModeMatches() {
        assertThat(new PayMasterHash(Algorithm.SHA256, "Секрет#2").sign(vector2()))
                .isEqualTo("2izxu40xZ22hbK2QLLEPy9Ov5GF33Lt/OHu0L6ti1Dk=");
    }

    @Test
    void valuesAreHashedAsReceivedNotReformatted() {
        Map<String, String> f = vector2();
        f.put("LMI_PAYMENT_AMOUNT", "99.9");
        String reformatted = new PayMasterHash(Algorithm.SHA256, "Секрет#2").sign(f);
        assertThat(reformatted).isEqualTo("E480nkOUXCwkRwKViwQjmK+pk/9qzZ7reaKnXvlhQHg=")
                .isNotEqualTo("2izxu40xZ22hbK2QLLEPy9Ov5GF33Lt/OHu0L6ti1Dk=");
        f.put("LMI_HASH", "2izxu40xZ22hbK2QLLEPy9Ov5GF33Lt/OHu0L6ti1Dk=");
        assertThat(new PayMasterHash(Algorithm.SHA256, "Секрет#2").verify(f)).isFalse();
    }

    @Test
    void theRealCapturedNotificationVerifies() {
        Map<String, String> f = new HashMap<>();
        f.put("LMI_MERCHANT_ID", "2902fb4a-d618-4b6b-aade-793b95e10c59");
        f.put("LMI_PAYMENT_NO", "41034-20151217-e8a416ef");
        f.put("LMI_SYS_PAYMENT_ID", "40599192");
        f.put("LMI_SYS_PAYMENT_DATE", "2015-12-17T12:14:10");
        f.put("LMI_PAYMENT_AMOUNT", "6000.00");
        f.put("LMI_CURRENCY", "RUB");
        f.put("LMI_PAID_AMOUNT", "6000.00");
        f.put("LMI_PAID_CURRENCY", "RUB");
        f.put("LMI_PAYMENT_SYSTEM", "3");
        f.put("LMI_SIM_MODE", "0");
        f.put("LMI_HASH", "m8bC0NMnyUrcr/XZXe4HaT0OkKjDLqLG2Rqo9GZZ0ys=");
        assertThat(new PayMasterHash(Algorithm.SHA256, "YOUR_MOMMY_SECRET").verify(f)).isTrue();
    }

    @Test
    void everySignedFieldChangedInTurnBreaksTheSignature() {
        PayMasterHash hash = new PayMasterHash(Algorithm.SHA256, "Test-Secret-1");
        Map<String, String> signed = vector1();
        signed.put("LMI_HASH", hash.sign(vector1()));
        assertThat(hash.verify(signed)).isTrue();
        for (String field : PayMasterHash.FIELDS) {
            Map<String, String> forged = new HashMap<>(signed);
            forged.put(field, signed.get(field) + "1");
            assertThat(hash.verify(forged)).as(field).isFalse();
        }
        Map<String, String> unsigned = new HashMap<>(vector1());
        assertThat(hash.verify(unsigned)).isFalse();
        assertThat(new PayMasterHash(Algorithm.SHA256, "another secret").verify(signed)).isFalse();
    }

    @Test
    void aSecretIsRequired() {
        assertThatThrownBy(() -> new PayMasterHash(Algorithm.SHA256, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
