package io.ordercore.adapter.payment.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormBodyTest {

    private static Map<String, String> parse(String body) {
        return FormBody.parse(body.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void decodesUtf8PlusAndPercentEscapesWithoutTrimming() {
        assertThat(parse("a=%D0%97%D0%B0%D0%BA%D0%B0%D0%B7-7&b=IVAN+IVANOV&c=+x+&d=12%2F25"))
                .containsExactly(Map.entry("a", "Заказ-7"), Map.entry("b", "IVAN IVANOV"), Map.entry("c", " x "),
                        Map.entry("d", "12/25"));
    }

    @Test
    void keepsTheFirstOfRepeatedNamesAndReadsBareNamesAsEmpty() {
        assertThat(parse("a=1&&a=2&flag&b=")).containsExactly(Map.entry("a", "1"), Map.entry("flag", ""),
                Map.entry("b", ""));
    }

    @Test
    void refusesBrokenEscapesAndReadsNothingFromNothing() {
        assertThat(FormBody.parse("a=%G1".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FormBody.parse("a=%2".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FormBody.parse(null)).contains(Map.of());
    }
}
